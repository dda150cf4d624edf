//! `/outcomes`: the sessions Rescue posted, newest first, filtered by what is in the address
//! (a plain GET form, so every view can be bookmarked) and paged by keyset, each linking to its
//! record.

use crate::say;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

use crate::audit::OutcomeLine;
use crate::core::Page;
use crate::error::Error;
use crate::layout::{filter_field, PageView, Section, TopBar};
use crate::outcomes::filter::RawOutcomeFilter;
use crate::outcomes::overview::Overview;
use crate::outcomes::summary::OutcomeSummary;
use crate::sign_in::SignOut;
use crate::words::{duration, Precision};

/// Sessions on one page of `/outcomes`.
pub const PAGE_SIZE: u32 = 50;

/// One page of the list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomesView {
    /// The signed-in admin.
    pub email: String,
    /// The filter as an address query, for the pager's links.
    pub query: String,
    /// The filter as typed, echoed back (also when refused, so nothing typed is lost).
    pub raw: RawOutcomeFilter,
    /// Newest first.
    pub lines: Vec<OutcomeLine>,
    /// The `before` of the next (older) page, if there is one.
    pub older: Option<i64>,
    /// Whether this is a later page.
    pub paged: bool,
    /// Why nothing could be listed (a bad filter, the database).
    pub problem: Option<Error>,
    /// The summary and charts of every session the filter admits (first page only).
    pub summary: Option<OutcomeSummary>,
}

/// Loads a page of the list: filters and `before` (the keyset) as they came in the address.
#[server]
pub async fn load_outcomes(
    /// Filters from the address (blank: none).
    #[server(default)]
    filter: RawOutcomeFilter,
    /// Show sessions posted before this post ID (the next-page link's value).
    before: Option<String>,
) -> Result<Page<OutcomesView>, Error> {
    use crate::core::Cx;
    use crate::outcomes::filter::query;
    let checked = filter.check();
    let here = match &checked {
        Ok(f) if !query(f).is_empty() => format!("/outcomes?{}", query(f)),
        _ => "/outcomes".to_owned(),
    };
    let cx = match Cx::signed_in(&here).await {
        Ok(cx) => cx,
        Err(answer) => return answer,
    };
    let mut view = OutcomesView {
        email: cx.login.email.clone(),
        raw: filter,
        ..Default::default()
    };
    let before = match crate::core::page::keyset(before.as_deref()) {
        Ok(before) => before,
        Err(refusal) => {
            view.problem = Some(refusal);
            return Ok(Page::Ready(view));
        }
    };
    view.paged = before.is_some();
    let filter = match checked {
        Ok(f) => {
            view.query = query(&f);
            f
        }
        Err(refusal) => {
            view.problem = Some(refusal.answered());
            return Ok(Page::Ready(view));
        }
    };
    let audit = &cx.services.audit;
    if !view.paged {
        match audit.outcome_facts(&filter).await {
            Ok(facts) => {
                let (from, to) = (filter.from.map(|d| d.0), filter.to.map(|d| d.0));
                view.summary = Some(OutcomeSummary::of(&facts, from, to));
            }
            Err(err) => tracing::error!("outcomes summary: {err}"),
        }
    }
    // One more than a page tells whether an older page exists.
    match audit.outcome_rows(&filter, before, PAGE_SIZE + 1).await {
        Ok(mut rows) => {
            if rows.len() > PAGE_SIZE as usize {
                rows.truncate(PAGE_SIZE as usize);
                view.older = rows.last().map(|r| r.last_id);
            }
            view.lines = rows.iter().map(crate::audit::OutcomeRow::line).collect();
        }
        Err(err) => {
            tracing::error!("outcomes page: {err}");
            view.problem = Some(Error::Internal(crate::words::outcome_unreadable()));
        }
    }
    Ok(Page::Ready(view))
}

/// The list page.
#[component]
pub fn OutcomesPage() -> impl IntoView {
    let query = use_query_map();
    let data = Resource::new(
        move || {
            let q = query.read();
            let filter = RawOutcomeFilter {
                from: q.get("from"),
                to: q.get("to"),
                technician: q.get("technician"),
                text: q.get("text"),
            };
            (filter, q.get("before"))
        },
        |(filter, before)| load_outcomes(filter, before),
    );
    let sign_out = ServerAction::<SignOut>::new();
    view! {
        <main class="page">
            <Suspense fallback=|| view! { <p>{say!("loading-the-sessions")}</p> }>
                {move || {
                    data.get()
                        .map(|result| {
                            let ready = move |view| view! { <Outcomes view sign_out/> };
                            view! { <PageView page=Page::of(result) ready framed=true/> }
                        })
                }}
            </Suspense>
        </main>
    }
}

/// Seconds as the table shows them.
fn seconds(value: Option<u64>) -> String {
    value
        .map(|s| duration(s, Precision::Seconds))
        .unwrap_or_default()
}

#[component]
fn Outcomes(view: OutcomesView, sign_out: ServerAction<SignOut>) -> impl IntoView {
    let OutcomesView {
        email,
        query,
        raw,
        lines,
        older,
        paged,
        problem,
        summary,
    } = view;
    let with = |extra: &str| match (query.is_empty(), extra.is_empty()) {
        (true, true) => String::new(),
        (true, false) => format!("?{extra}"),
        (false, true) => format!("?{query}"),
        (false, false) => format!("?{query}&{extra}"),
    };
    let newest = format!("/outcomes{}", with(""));
    let older = older.map(|id| format!("/outcomes{}", with(&format!("before={id}"))));
    let export = format!("/outcomes.csv{}", with(""));
    let count = lines.len();
    view! {
        <TopBar title=say!("outcomes-heading") email current=Section::Outcomes sign_out/>
        <form id="content" tabindex="-1" class="card filters" method="get" action="/outcomes" aria-label=say!("filter-sessions")>
            {filter_field("from", say!("from-utc"), "date", raw.from)}
            {filter_field("to", say!("to-utc"), "date", raw.to)}
            {filter_field("technician", say!("col-technician"), "search", raw.technician)}
            {filter_field("text", say!("outcomes-search"), "search", raw.text)}
            <div class="buttons">
                <button type="submit">{say!("apply")}</button>
                <a class="button secondary" href="/outcomes">{say!("clear")}</a>
                <a class="button secondary" href=export download>{say!("export-csv")}</a>
            </div>
        </form>
        {summary.map(|summary| view! { <Overview summary/> })}
        <section class="card table-card" aria-label=say!("outcomes-table")>
            {problem.map(|p| view! { <p class="error" role="alert">{p.to_string()}</p> })}
            <p class="muted">{crate::words::outcomes_count(count)}</p>
            {(count > 0).then(|| view! {
                <div class="table-scroll"><table class="sessions outcomes">
                    <thead>
                        <tr>
                            <th scope="col">{say!("col-session")}</th>
                            <th scope="col">{say!("col-last-post")}</th>
                            <th scope="col">{say!("col-technician")}</th>
                            <th scope="col">{say!("col-customer")}</th>
                            <th scope="col" class="number">{say!("col-waiting")}</th>
                            <th scope="col" class="number">{say!("col-pickup")}</th>
                            <th scope="col" class="number">{say!("col-work-time")}</th>
                            <th scope="col" class="number">{say!("col-posts")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {lines.into_iter().map(|l| {
                            let href = format!("/outcomes/{}", l.session);
                            view! {
                                <tr>
                                    <td><a href=href>{l.session}</a></td>
                                    <td>{crate::words::utc_time(&l.last_at)}</td>
                                    <td class="wrap">{l.technician}</td>
                                    <td class="wrap">{l.customer}</td>
                                    <td class="number">{seconds(l.waiting)}</td>
                                    <td class="number">{seconds(l.pickup)}</td>
                                    <td class="number">{seconds(l.work)}</td>
                                    <td class="number">{l.posts}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table></div>
            }.into_any())}
            <nav class="pager" aria-label=say!("pager")>
                {paged.then(|| view! { <a href=newest>{say!("pager-newest")}</a> })}
                {older.map(|href| view! { <a href=href rel="next">{say!("pager-older")}</a> })}
            </nav>
        </section>
    }
}
