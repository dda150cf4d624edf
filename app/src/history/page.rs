//! `/history`: what was done, to which sessions, by whom, and how it ended. The filter form is a
//! plain GET form, so every view has an address that can be bookmarked and shared.

use crate::say;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::core::Page;
use crate::history::charts::{self, ByKey, OverTime};
use crate::history::{load_history, HistoryView, RawFilter};
use crate::layout::{filter_field, PageView, Section, TopBar};
use crate::sign_in::SignOut;

/// The history page.
#[component]
pub fn HistoryPage() -> impl IntoView {
    let query = use_query_map();
    let data = Resource::new(
        move || {
            let q = query.read();
            let filter = RawFilter {
                from: q.get("from"),
                to: q.get("to"),
                admin: q.get("admin"),
                action: q.get("action"),
                outcome: q.get("outcome"),
                session: q.get("session"),
                technician: q.get("technician"),
                delivery: q.get("delivery"),
            };
            (filter, q.get("before"))
        },
        |(filter, before)| load_history(filter, before),
    );
    let sign_out = ServerAction::<SignOut>::new();
    view! {
        <main class="page">
            <Suspense fallback=|| view! { <p>{say!("loading-history")}</p> }>
                {move || {
                    data.get()
                        .map(|result| {
                            let ready = move |view| view! { <History view sign_out/> };
                            view! { <PageView page=Page::of(result) ready framed=true/> }
                        })
                }}
            </Suspense>
        </main>
    }
}

/// A drop-down of the values the log holds, with "Any" first and the current value selected
/// (kept even when the log no longer holds it, so the form shows what the address says).
fn choice(
    id: &'static str,
    label: String,
    mut values: Vec<String>,
    current: Option<String>,
) -> impl IntoView {
    let current = current.unwrap_or_default();
    if !current.is_empty() && !values.contains(&current) {
        values.push(current.clone());
    }
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id name=id>
                <option value="" selected=current.is_empty()>
                    {say!("any")}
                </option>
                {values
                    .into_iter()
                    .map(|v| {
                        let selected = v == current;
                        let value = v.clone();
                        view! {
                            <option value=value selected=selected>
                                {v}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

#[component]
fn History(view: HistoryView, sign_out: ServerAction<SignOut>) -> impl IntoView {
    let HistoryView {
        email,
        query,
        raw,
        entries,
        older,
        paged,
        choices,
        summary,
        problem,
        on_record,
    } = view;
    let charts = (!summary.by_day.is_empty()).then(|| {
        view! {
            <section class="card charts" aria-label=say!("history-charts")>
                <OverTime series=charts::over_time(&summary.by_day)/>
                <ByKey series=charts::by_key(&summary.by_admin) noun="admin"/>
                <ByKey series=charts::by_key(&summary.by_technician) noun="technician"/>
            </section>
        }
        .into_any()
    });
    let with = |extra: &str| match (query.is_empty(), extra.is_empty()) {
        (true, _) => format!("?{extra}"),
        (false, true) => format!("?{query}"),
        (false, false) => format!("?{query}&{extra}"),
    };
    let export = format!("/history.csv{}", with(""));
    let newest = format!("/history{}", with(""));
    let older = older.map(|id| format!("/history{}", with(&format!("before={id}"))));
    let count = entries.len();
    view! {
        <TopBar title=say!("history-heading") email current=Section::History sign_out/>
        <form id="content" tabindex="-1" class="card filters" method="get" action="/history" aria-label=say!("history-filter")>
            {filter_field("from", say!("from-utc"), "date", raw.from)}
            {filter_field("to", say!("to-utc"), "date", raw.to)}
            {filter_field("admin", say!("col-admin"), "search", raw.admin)}
            {choice("action", say!("col-action"), choices.actions, raw.action)}
            {choice("outcome", say!("col-outcome"), choices.outcomes.iter().map(|o| o.code()).collect(), raw.outcome)}
            {filter_field("session", say!("session-id"), "search", raw.session)}
            {filter_field("technician", say!("col-technician"), "search", raw.technician)}
            {(choices.delivers || raw.delivery.is_some())
                .then(|| {
                    let values = vec!["waiting".to_owned(), "dead".to_owned()];
                    choice("delivery", say!("delivery"), values, raw.delivery)
                })}
            <div class="buttons">
                <button type="submit">{say!("apply")}</button>
                <a class="button secondary" href="/history">
                    {say!("clear")}
                </a>
            </div>
        </form>
        <section class="card table-card" aria-label=say!("history-table")>
            {problem.map(|p| view! { <p class="error" role="alert">{p.to_string()}</p> })}
            <div class="table-tools">
                <p class="muted">
                    {crate::words::history_count(count)}
                </p>
                <a class="button secondary small" href=export rel="nofollow" download>
                    {say!("export-csv")}
                </a>
            </div>
            {(count > 0)
                .then(|| {
                    view! {
                        <div class="table-scroll"><table class="sessions history">
                            <thead>
                                <tr>
                                    <th scope="col">{say!("col-time-utc")}</th>
                                    <th scope="col">{say!("col-admin")}</th>
                                    <th scope="col">{say!("col-action")}</th>
                                    <th scope="col">{say!("col-session")}</th>
                                    <th scope="col">{say!("col-technician")}</th>
                                    <th scope="col">{say!("col-outcome")}</th>
                                    <th scope="col" class="number">{say!("col-latency")}</th>
                                    <th scope="col">{say!("col-as-listed")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {entries
                                    .into_iter()
                                    .map(|e| {
                                        let badge = if e.outcome.accepted() {
                                            "badge live"
                                        } else if e.outcome.uncertain() {
                                            "badge unknown"
                                        } else {
                                            "badge failed"
                                        };
                                        let note = crate::words::outcome_note(&e.outcome);
                                        // What Rescue listed of the session when it was acted on.
                                        let facts = [e.status.as_str(), e.channel.as_str()]
                                            .into_iter()
                                            .filter(|f| !f.is_empty())
                                            .collect::<Vec<_>>()
                                            .join(" · ");
                                        view! {
                                            <tr data-entry=e.id>
                                                <td>{crate::words::utc_time(&e.at)}</td>
                                                <td>{e.admin}</td>
                                                <td>{e.action}</td>
                                                <td>
                                                    {if on_record.contains(&e.session) {
                                                        let href = format!("/outcomes/{}", e.session);
                                                        view! { <a href=href>{e.session}</a> }.into_any()
                                                    } else {
                                                        view! { {e.session} }.into_any()
                                                    }}
                                                </td>
                                                <td class="wrap">{e.technician}</td>
                                                <td>
                                                    <span class=badge>{e.outcome.code()}</span>
                                                    {note.map(|n| view! { <span class="outcome-note">{n}</span> })}
                                                </td>
                                                <td class="number">{crate::words::latency(e.latency_ms)}</td>
                                                <td class="wrap">{facts}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table></div>
                    }
                        .into_any()
                })}
            <nav class="pager" aria-label=say!("pager")>
                {paged.then(|| view! { <a href=newest>{say!("pager-newest")}</a> })}
                {older.map(|href| view! { <a href=href rel="next">{say!("pager-older")}</a> })}
            </nav>
        </section>
        {charts}
    }
}
