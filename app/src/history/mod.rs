//! History of actions: the audit log as a support lead reads it, newest first, filtered by
//! what is in the address (so a view can be bookmarked and shared) and paged by keyset (so a
//! page stays the same while new records arrive); charts drawn on the server; `/history.csv`.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::audit::{Choices, Entry, Summary};
use crate::core::Page;
use crate::error::Error;

pub mod charts;
#[cfg(feature = "ssr")]
pub mod csv;
pub mod filter;
mod page;

pub use filter::RawFilter;
pub use page::HistoryPage;

/// Records on one page of `/history`.
pub const PAGE_SIZE: u32 = 50;

/// One page of history.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryView {
    /// The signed-in admin.
    pub email: String,
    /// The filter as an address query, for the page and export links.
    pub query: String,
    /// The raw filter, echoed back when it was refused, so nothing typed is lost.
    pub raw: RawFilter,
    /// Newest first.
    pub entries: Vec<Entry>,
    /// The `before` of the next (older) page, if there is one.
    pub older: Option<i64>,
    /// Whether this is a later page (offer "Newest").
    pub paged: bool,
    /// Drop-down values.
    pub choices: Choices,
    /// Counts of the whole filtered set, for the charts.
    pub summary: Summary,
    /// Why nothing could be listed (bad filter, database failure).
    pub problem: Option<Error>,
    /// The sessions on this page whose record Rescue posted (they link to it).
    pub on_record: Vec<u32>,
}

/// Loads a page of history: filters and `before` (the keyset) as they came in the address.
#[server]
pub async fn load_history(
    /// Filters from the address. Defaulted: with every filter blank the client sends no
    /// `filter` field at all.
    #[server(default)]
    filter: RawFilter,
    /// Show records older than this ID (the next-page link's value).
    before: Option<String>,
) -> Result<Page<HistoryView>, Error> {
    use crate::core::Cx;

    let checked = filter.check();
    let here = match &checked {
        Ok(f) if !filter::query(f).is_empty() => format!("/history?{}", filter::query(f)),
        _ => "/history".to_owned(),
    };
    let cx = match Cx::signed_in(&here).await {
        Ok(cx) => cx,
        Err(answer) => return answer,
    };
    let mut view = HistoryView {
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
    // Only the server needs the checked filter; the form echoes `raw`, what was typed.
    let filter = match checked {
        Ok(f) => {
            view.query = filter::query(&f);
            f
        }
        Err(refusal) => {
            view.problem = Some(refusal.answered());
            return Ok(Page::Ready(view));
        }
    };
    let audit = &cx.services.audit;
    match audit.choices().await {
        Ok(choices) => view.choices = choices,
        Err(err) => tracing::error!("history choices: {err}"),
    }
    match audit.summary(&filter).await {
        Ok(summary) => view.summary = summary,
        Err(err) => tracing::error!("history summary: {err}"),
    }
    // One more than a page tells whether an older page exists.
    match audit.page(&filter, before, PAGE_SIZE + 1).await {
        Ok(mut entries) => {
            if entries.len() > PAGE_SIZE as usize {
                entries.truncate(PAGE_SIZE as usize);
                view.older = entries.last().map(|e| e.id);
            }
            let sessions: Vec<i64> = entries.iter().map(|e| i64::from(e.session)).collect();
            match audit.sessions_on_record(&sessions).await {
                Ok(found) => {
                    view.on_record = found
                        .into_iter()
                        .filter_map(|s| u32::try_from(s).ok())
                        .collect();
                }
                Err(err) => tracing::error!("history: session records: {err}"),
            }
            view.entries = entries;
        }
        Err(err) => {
            tracing::error!("history page: {err}");
            view.problem = Some(Error::Internal(crate::words::history_unreadable()));
        }
    }
    Ok(Page::Ready(view))
}
