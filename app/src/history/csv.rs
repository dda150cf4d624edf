//! `GET /history.csv`: exactly the filtered history, as CSV. Streamed in keyset batches, so an
//! export of 100,000 records never holds more than one batch in memory.

use axum::extract::{FromRef, OriginalUri, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Router;
use futures_util::stream;
use tower_sessions::Session;

use crate::audit::{Entry, Filter};
use crate::core::login::signed_in;
use crate::core::services::Services;
use crate::export::{bounded, csv_line, download, sign_in_first, EXPORT_MAX, EXPORT_STALL};
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
    let name = format!(
        "rescue-console-history-{}.csv",
        chrono::Utc::now().format("%Y-%m-%d")
    );
    download(
        &name,
        axum::body::Body::from_stream(bounded(batches(services, filter), EXPORT_MAX, EXPORT_STALL)),
    )
}

/// Where the stream is: not started, after record `before`, or finished.
enum Position {
    Start,
    After(i64),
    Done,
}

/// The CSV text, one chunk per batch of records, the header first.
fn batches(
    services: Services,
    filter: Filter,
) -> impl futures_util::Stream<Item = Result<Vec<u8>, std::io::Error>> {
    stream::unfold(Position::Start, move |position| {
        let services = services.clone();
        let filter = filter.clone();
        async move {
            let (before, mut chunk) = match position {
                Position::Done => return None,
                Position::Start => (None, csv_line(HEADER)),
                Position::After(id) => (Some(id), Vec::new()),
            };
            let entries = match services.audit.page(&filter, before, BATCH).await {
                Ok(entries) => entries,
                Err(err) => {
                    // Cut the download short rather than end it as if it were complete.
                    tracing::error!("history export: {err}");
                    let err = std::io::Error::other("the audit log could not be read");
                    return Some((Err(err), Position::Done));
                }
            };
            for entry in &entries {
                chunk.extend(csv_line(row(entry)));
            }
            let next = match entries.last() {
                Some(last) if entries.len() == BATCH as usize => Position::After(last.id),
                _ => Position::Done,
            };
            Some((Ok(chunk), next))
        }
    })
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
