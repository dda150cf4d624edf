//! The `/outcomes` summary as the lead reads it: a sentence, the per-technician table and the
//! three charts, over every session the filter admits.

use leptos::prelude::*;

use crate::outcomes::charts::{Bars, Columns, Counts};
use crate::outcomes::summary::{OutcomeSummary, TechnicianLine, WAITING_BOUNDS};
use crate::words::summary_time;

/// One line of the per-technician table.
fn technician_row(line: TechnicianLine) -> impl IntoView {
    let name = if line.technician.is_empty() {
        "(none)".to_owned()
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
        title: "Sessions per technician",
        id: "per-technician",
        group: "Technician",
        counts: technicians
            .iter()
            .map(|t| (t.technician.clone(), t.sessions))
            .collect(),
    };
    let per_day = Counts {
        title: "Sessions per day (UTC, by first post)",
        id: "per-day",
        group: if per_day.first().is_some_and(|(d, _)| d.len() == 7) {
            "Month"
        } else {
            "Day"
        },
        counts: per_day,
    };
    let waiting = Counts {
        title: "Waiting times",
        id: "waiting",
        group: "Waiting time",
        counts: waiting
            .into_iter()
            .enumerate()
            .map(|(i, n)| (crate::words::waiting_bucket(&WAITING_BOUNDS, i), n))
            .collect(),
    };
    let unknown = (waiting_unknown > 0)
        .then(|| view! { <p class="muted">{crate::words::waiting_unknown(waiting_unknown)}</p> });
    let mut totals = all;
    totals.technician = "All technicians".to_owned();
    view! {
        <section class="card" aria-labelledby="summary-title">
            <h2 id="summary-title">"Summary"</h2>
            <p>{opening}</p>
            <div class="table-scroll">
                <table class="sessions outcomes-summary">
                    <caption class="visually-hidden">"Sessions and times per technician"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Technician"</th>
                            <th scope="col" class="number">"Sessions"</th>
                            <th scope="col" class="number">"Median waiting"</th>
                            <th scope="col" class="number">"Median pickup"</th>
                            <th scope="col" class="number">"Median work time"</th>
                            <th scope="col" class="number">"Total work time"</th>
                        </tr>
                    </thead>
                    <tbody>{technicians.into_iter().map(technician_row).collect_view()}</tbody>
                    <tfoot>{technician_row(totals)}</tfoot>
                </table>
            </div>
        </section>
        <section class="card charts" aria-label="Charts of the filtered sessions">
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
