//! The `/outcomes` summary as the lead reads it: a sentence, the per-technician table and the
//! three charts, over every session the filter admits.

use leptos::prelude::*;

use crate::outcomes::charts::{Bars, Columns, Counts};
use crate::outcomes::summary::{OutcomeSummary, TechnicianLine, WAITING_BOUNDS};
use crate::say;
use crate::words::summary_time;

/// One line of the per-technician table.
fn technician_row(line: TechnicianLine) -> impl IntoView {
    let name = if line.technician.is_empty() {
        say!("none-value")
    } else {
        line.technician
    };
    view! {
        <tr>
            <th scope="row" class="wrap">{name}</th>
            <td class="number">{line.sessions}</td>
            <td class="number">{summary_time(line.median_waiting)}</td>
            <td class="number">{summary_time(line.median_pickup)}</td>
            <td class="number">{summary_time(line.median_work)}</td>
            <td class="number">{summary_time(Some(line.total_work))}</td>
        </tr>
    }
}

/// The summary and charts.
#[component]
pub fn Overview(
    /// What to show.
    summary: OutcomeSummary,
) -> impl IntoView {
    let OutcomeSummary {
        all,
        technicians,
        per_day,
        waiting,
        waiting_unknown,
    } = summary;
    if all.sessions == 0 {
        return ().into_any();
    }
    let opening = crate::words::outcomes_summary(all.sessions, all.technicians);
    let per_technician = Counts {
        title: say!("chart-per-technician"),
        id: "per-technician",
        noun: "technician",
        group: say!("col-technician"),
        counts: technicians
            .iter()
            .map(|t| (t.technician.clone(), t.sessions))
            .collect(),
    };
    let per_day = Counts {
        title: say!("chart-per-day"),
        id: "per-day",
        noun: "day",
        group: if per_day.first().is_some_and(|(d, _)| d.len() == 7) {
            say!("chart-month")
        } else {
            say!("chart-day")
        },
        counts: per_day,
    };
    let waiting = Counts {
        title: say!("chart-waiting-times"),
        id: "waiting",
        noun: "waiting",
        group: say!("waiting-time"),
        counts: waiting
            .into_iter()
            .enumerate()
            .map(|(i, n)| (crate::words::waiting_bucket(&WAITING_BOUNDS, i), n))
            .collect(),
    };
    let unknown = (waiting_unknown > 0)
        .then(|| view! { <p class="muted">{crate::words::waiting_unknown(waiting_unknown)}</p> });
    let mut totals = all;
    totals.technician = say!("all-technicians");
    view! {
        <section class="card" aria-labelledby="summary-title">
            <h2 id="summary-title">{say!("summary")}</h2>
            <p>{opening}</p>
            <div class="table-scroll">
                <table class="sessions outcomes-summary">
                    <caption class="visually-hidden">{say!("summary-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{say!("col-technician")}</th>
                            <th scope="col" class="number">{say!("sessions")}</th>
                            <th scope="col" class="number">{say!("median-waiting")}</th>
                            <th scope="col" class="number">{say!("median-pickup")}</th>
                            <th scope="col" class="number">{say!("median-work")}</th>
                            <th scope="col" class="number">{say!("total-work")}</th>
                        </tr>
                    </thead>
                    <tbody>{technicians.into_iter().map(technician_row).collect_view()}</tbody>
                    <tfoot>{technician_row(totals)}</tfoot>
                </table>
            </div>
        </section>
        <section class="card charts" aria-label=say!("outcomes-charts")>
            <Columns counts=per_day/>
            <div>
                <Columns counts=waiting/>
                {unknown}
            </div>
            <Bars counts=per_technician/>
        </section>
    }
    .into_any()
}
