//! `GET /history.csv`: exactly the filtered history, as CSV. Streamed in keyset batches, so an
//! export of 100,000 records never holds more than one batch in memory.

use axum::extract::{FromRef, OriginalUri, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Router;
use tower_sessions::Session;

use crate::audit::Entry;
use crate::core::login::signed_in;
use crate::core::services::Services;
use crate::export::{csv_line, dated_download, keyset_csv, sign_in_first, Source};
use crate::history::RawFilter;

/// The history's routes outside Leptos: the CSV export.
pub fn routes<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    Services: FromRef<S>,
{
    Router::new().route("/history.csv", axum::routing::get(history_csv))
}

/// Records read from the log per database query while streaming.
const BATCH: u32 = 1_000;

/// The columns, with the time zone in the header so nobody reads the times as local. New
/// columns go at the end, so a spreadsheet or import reading the earlier ones by position keeps
/// working.
const HEADER: [&str; 9] = [
    "Time (UTC)",
    "Admin",
    "Action",
    "Session ID",
    "Technician",
    "Outcome",
    "Latency (ms)",
    "Session status",
    "Channel",
];

/// Streams the history matching the address's filters as a CSV download.
async fn history_csv(
    State(services): State<Services>,
    session: Session,
    OriginalUri(uri): OriginalUri,
    Query(raw): Query<RawFilter>,
) -> Response {
    if !signed_in(&session, &services).await {
        return sign_in_first(&uri);
    }
    let filter = match raw.check() {
        Ok(filter) => filter,
        Err(refusal) => return (StatusCode::BAD_REQUEST, refusal.to_string()).into_response(),
    };
    let read = move |before| {
        let (services, filter) = (services.clone(), filter.clone());
        async move { services.audit.page(&filter, before, BATCH).await }
    };
    let source = Source {
        log: "history export",
        unreadable: "the audit log could not be read",
    };
    let key = |e: &Entry| e.id;
    let line = |e: &Entry| csv_line(row(e));
    dated_download(
        "rescue-console-history",
        keyset_csv(csv_line(HEADER), BATCH, source, read, key, line),
    )
}

/// One record's cells.
fn row(entry: &Entry) -> [String; 9] {
    [
        entry.at.clone(),
        entry.admin.clone(),
        entry.action.clone(),
        entry.session.to_string(),
        entry.technician.clone(),
        entry.outcome.code(),
        entry.latency_ms.to_string(),
        entry.status.clone(),
        entry.channel.clone(),
    ]
}
