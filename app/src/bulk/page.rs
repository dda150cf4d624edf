//! `/sessions/bulk`: the one confirmation of a bulk action (the sessions as Rescue lists them
//! now, with their pending actions), and a run's results, row by row as the answers arrive.
//! Plain HTML with a plain form: the same with or without JavaScript.

use crate::say;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;

use crate::actions::ActionReport;
use crate::bulk::summary::summary;
use crate::bulk::{bulk_action, load_bulk, BulkRow, BulkRun, BulkView};
use crate::core::Page;
use crate::layout::PageView;
use crate::shared::row::badge_class;
use crate::words::{bulk_label, bulk_progress};

/// The bulk page.
#[component]
pub fn BulkPage() -> impl IntoView {
    let query = use_query_map();
    let data = Resource::new(
        move || {
            let q = query.read();
            // The table's checkboxes send one `pick` each.
            let picks = q.get_all("pick").map(|all| all.join(","));
            (
                q.get("action"),
                q.get("node"),
                q.get("noderef"),
                picks,
                q.get("select"),
                q.get("run"),
            )
        },
        |(action, node, noderef, pick, select, run)| {
            load_bulk(action, node, noderef, pick, select, run)
        },
    );
    view! {
        <main id="content" tabindex="-1" class="page narrow-wide bulk">
            <Suspense fallback=|| view! { <p>{say!("loading-the-sessions")}</p> }>
                {move || {
                    data.get()
                        .map(|result| {
                            let ready = |view: BulkView| match view.run.clone() {
                                Some(run) => view! { <Results run/> }.into_any(),
                                None => view! { <Confirm view/> }.into_any(),
                            };
                            view! {
                                <Title text=say!("bulk-page-title")/>
                                <PageView page=Page::of(result) ready heading=say!("bulk-action") back=true/>
                            }
                        })
                }}
            </Suspense>
        </main>
    }
}

/// The confirmation: every session it will touch, then Confirm (or why it cannot be).
#[component]
fn Confirm(view: BulkView) -> impl IntoView {
    let Some(kind) = bulk_action(&view.action) else {
        return ().into_any();
    };
    let label = bulk_label(kind, view.rows.len());
    let node = view.node;
    let sessions: Vec<String> = view
        .rows
        .iter()
        .map(|r| format!("{}:{}", r.session, r.technician_id))
        .collect();
    let missing = (!view.missing.is_empty())
        .then(|| view! { <p class="notice">{crate::words::left_out(&view.missing)}</p> });
    let confirm = match view.refusal.clone() {
        Some(refusal) => view! { <p class="card error" role="alert">{refusal}</p> }.into_any(),
        None => view! {
            <form class="bulk-confirm" method="post" action="/sessions/bulk/run">
                <input type="hidden" name="action" value=view.action.clone()/>
                <input type="hidden" name="node" value=node.map(|n| n.id.to_string())/>
                <input type="hidden" name="noderef" value=node.map(|n| n.kind.as_str())/>
                <input type="hidden" name="sessions" value=sessions.join(",")/>
                <input type="hidden" name="token" value=view.token.clone()/>
                <p class="muted">{crate::words::bulk_explanation()}</p>
                <div class="buttons">
                    <button type="submit" class="danger confirm">{say!("bulk-confirm", label = label.as_str())}</button>
                    <a class="button secondary" href=view.back.clone()>{say!("keep-them")}</a>
                </div>
            </form>
        }
        .into_any(),
    };
    view! {
        <Title text=say!("page-title", page = label.as_str())/>
        <h1>{say!("bulk-question", label = label.as_str())}</h1>
        {missing}
        <section class="card" aria-label=say!("the-sessions")>
            <Rows rows=view.rows.clone() reports=Vec::new()/>
            {confirm}
        </section>
        <p><a href=view.back>{say!("back-to-sessions")}</a></p>
    }
    .into_any()
}

/// A run's results: each row's outcome as it arrives, then the summary. While calls are out
/// the page reloads itself (a refresh header, so it needs no JavaScript).
#[component]
fn Results(run: BulkRun) -> impl IntoView {
    let kind = bulk_action(&run.action);
    let label = kind.map_or_else(|| say!("bulk-action"), |k| bulk_label(k, run.rows.len()));
    let answered: Vec<ActionReport> = run.reports.iter().flatten().cloned().collect();
    let status = if run.done {
        kind.map(|k| summary(k, &answered)).unwrap_or_default()
    } else {
        bulk_progress(answered.len(), run.rows.len())
    };
    let reload = (!run.done).then(|| view! { <Meta http_equiv="refresh" content="2"/> });
    view! {
        <Title text=say!("bulk-results-title", label = label.as_str())/>
        {reload}
        <h1>{say!("bulk-results", label = label.as_str())}</h1>
        <p class=if run.done { "card result summary" } else { "card result" } role="status">
            {status}
        </p>
        {run.stopped.clone().map(|why| view! { <p class="card error" role="alert">{why}</p> })}
        <section class="card" aria-label=say!("bulk-each-outcome")>
            <Rows rows=run.rows.clone() reports=run.reports.clone()/>
        </section>
        <p><a href=run.back.clone()>{say!("back-to-sessions")}</a></p>
    }
}

/// The sessions' table; with `reports`, each row's outcome beside it.
#[component]
fn Rows(rows: Vec<BulkRow>, reports: Vec<Option<ActionReport>>) -> impl IntoView {
    let with_outcomes = !reports.is_empty();
    let body =
        rows.into_iter()
            .enumerate()
            .map(|(index, row)| {
                let outcome = with_outcomes.then(|| match reports.get(index).cloned().flatten() {
                    Some(report) => {
                        let class = if report.ok() {
                            "outcome ok"
                        } else {
                            "outcome error"
                        };
                        view! { <td class=class>{report.message}</td> }.into_any()
                    }
                    None => view! { <td class="outcome muted">{say!("waiting-for-rescue")}</td> }
                        .into_any(),
                });
                let technician = if row.technician.is_empty() {
                    say!("waiting-in-queue")
                } else {
                    row.technician
                };
                view! {
                    <tr data-session=row.session>
                        <td class="session-id">{row.session}</td>
                        <td>{technician}</td>
                        <td><span class=badge_class(row.badge)>{row.status}</span></td>
                        <td>{row.pending.unwrap_or_else(|| "—".into())}</td>
                        {outcome}
                    </tr>
                }
            })
            .collect_view();
    view! {
        <div class="table-scroll">
            <table class="bulk-sessions">
                <thead>
                    <tr>
                        <th scope="col">{say!("col-session")}</th>
                        <th scope="col">{say!("col-technician")}</th>
                        <th scope="col">{say!("col-status")}</th>
                        <th scope="col">{say!("col-your-pending")}</th>
                        {with_outcomes.then(|| view! { <th scope="col">{say!("col-outcome")}</th> })}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
