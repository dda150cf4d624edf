//! `/reports?node=…&noderef=…&from=…&to=…`: Rescue's session report with its summary. A GET
//! form, so every report has an address; without `refresh` a cached copy is shown, so
//! reloading never spends Rescue's one report a minute.

use crate::say;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::core::Page;
use crate::layout::{PageView, Section, TopBar};
use crate::reports::{load_report, ReportScope, ReportView};
use crate::sign_in::SignOut;

/// The reports page.
#[component]
pub fn ReportsPage() -> impl IntoView {
    let query = use_query_map();
    let data = Resource::new(
        move || {
            let q = query.read();
            // The form's drop-down sends `target=<id>|<NODE or CHANNEL>`; links send both.
            let target = q.get("target").unwrap_or_default();
            let (picked_node, picked_ref) = match target.split_once('|') {
                Some((n, r)) => (Some(n.to_owned()), Some(r.to_owned())),
                None if target == ReportScope::ACCOUNT => (Some(target.clone()), None),
                None => (None, None),
            };
            (
                q.get("node").or(picked_node),
                q.get("noderef").or(picked_ref),
                q.get("from"),
                q.get("to"),
                q.get("refresh"),
            )
        },
        |(node, noderef, from, to, refresh)| load_report(node, noderef, from, to, refresh),
    );
    let sign_out = ServerAction::<SignOut>::new();
    view! {
        <main class="page">
            <Suspense fallback=|| view! { <p>{say!("loading-report")}</p> }>
                {move || {
                    data.get()
                        .map(|result| {
                            let ready = move |view| view! { <Report view sign_out/> };
                            view! { <PageView page=Page::of(result) ready framed=true/> }
                        })
                }}
            </Suspense>
        </main>
    }
}

#[component]
fn Report(view: ReportView, sign_out: ServerAction<SignOut>) -> impl IntoView {
    let ReportView {
        email,
        node,
        from,
        to,
        picker,
        columns,
        rows,
        summary,
        fetched_at,
        next_fetch_in,
        notice,
        problem,
        query,
    } = view;
    let whole = node == ReportScope::Account;
    let options = picker
        .into_iter()
        .map(|p| {
            let value = format!("{}|{}", p.node.id, p.node.kind.as_str());
            let selected = ReportScope::Node(p.node) == node;
            let indent = "\u{a0}\u{a0}".repeat(usize::from(p.depth));
            view! {
                <option value=value selected=selected>
                    {format!("{indent}{}", p.name)}
                </option>
            }
        })
        .collect_view();
    let shown = fetched_at.is_some();
    let refresh = format!("/reports?{query}&refresh=1");
    let export = format!("/reports.csv?{query}");
    let statuses = summary
        .by_status
        .into_iter()
        .map(|(status, n)| view! { <li>{format!("{status}: {n}")}</li> })
        .collect_view();
    let technicians = summary
        .by_technician
        .into_iter()
        .map(|t| {
            view! {
                <tr>
                    <th scope="row">{t.name}</th>
                    <td class="number">{t.sessions}</td>
                    <td class="number">{t.median_waiting}</td>
                    <td class="number">{t.median_total}</td>
                </tr>
            }
        })
        .collect_view();
    let heads = columns
        .iter()
        .map(|c| view! { <th scope="col">{c.clone()}</th> })
        .collect_view();
    let total = rows.len();
    let body = rows
        .into_iter()
        .map(|row| {
            let cells = row
                .into_iter()
                .map(|v| view! { <td class="wrap">{v}</td> })
                .collect_view();
            view! { <tr data-report-row="">{cells}</tr> }
        })
        .collect_view();
    view! {
        <TopBar title=say!("report-heading") email current=Section::Reports sign_out/>
        <form id="content" tabindex="-1" class="card filters" method="get" action="/reports" aria-label=say!("report-choose")>
            <div class="field">
                <label for="target">{say!("report-target")}</label>
                <select id="target" name="target">
                    <option value=ReportScope::ACCOUNT selected=whole>
                        {say!("whole-account")}
                    </option>
                    {options}
                </select>
            </div>
            <div class="field">
                <label for="from">{say!("from-utc")}</label>
                <input id="from" name="from" type="date" value=from/>
            </div>
            <div class="field">
                <label for="to">{say!("to-utc")}</label>
                <input id="to" name="to" type="date" value=to/>
            </div>
            <div class="buttons">
                <button type="submit">{say!("show-report")}</button>
            </div>
        </form>
        {problem.map(|p| view! { <p class="card error" role="alert">{p.to_string()}</p> })}
        {notice.map(|n| view! { <p class="card notice" role="status">{n}</p> })}
        {shown
            .then(|| {
                view! {
                    <section class="card report-summary" aria-label=say!("summary")>
                        <div class="table-tools">
                            <p class="muted">
                                {say!(
                                    "report-fetched",
                                    total = total,
                                    at = fetched_at.clone().unwrap_or_default().as_str()
                                )}
                            </p>
                            <div class="buttons">
                                {(next_fetch_in == 0)
                                    .then(|| {
                                        view! {
                                            <a class="button secondary small" href=refresh.clone()>
                                                {say!("fetch-again")}
                                            </a>
                                        }
                                    })}
                                <a class="button secondary small" href=export.clone() rel="nofollow" download>
                                    {say!("export-csv")}
                                </a>
                            </div>
                        </div>
                        <div class="summary-grid">
                            <div>
                                <h2>{say!("by-status")}</h2>
                                <ul class="plain">{statuses}</ul>
                            </div>
                            <div>
                                <h2>{say!("resolved")}</h2>
                                <p class="big">
                                    {say!("resolved-count", resolved = summary.resolved, unresolved = summary.unresolved)}
                                </p>
                            </div>
                        </div>
                        <h2>{say!("by-technician")}</h2>
                        <table class="sessions">
                            <thead>
                                <tr>
                                    <th scope="col">{say!("col-technician")}</th>
                                    <th scope="col" class="number">{say!("sessions")}</th>
                                    <th scope="col" class="number">{say!("median-waiting")}</th>
                                    <th scope="col" class="number">{say!("median-total")}</th>
                                </tr>
                            </thead>
                            <tbody>{technicians}</tbody>
                        </table>
                    </section>
                    <section class="card table-card" aria-label=say!("report-sessions")>
                        <div class="table-scroll"><table class="sessions report">
                            <thead>
                                <tr>{heads}</tr>
                            </thead>
                            <tbody>{body}</tbody>
                        </table></div>
                    </section>
                }
                    .into_any()
            })}
    }
    .into_any()
}
