//! `GET /outcomes.csv`: the sessions the filter admits, as CSV, the most recently posted first.
//! Streamed in keyset batches, so 100,000 sessions never sit in memory at once; every cell
//! formula-safe (customers type their own names and fields); times in UTC.
//!
//! The chat is not exported: it is the most personal part of a record, a spreadsheet copy of
//! every customer's chat would outlive the retention and a deletion, and `/outcomes/<id>` shows
//! it whole.

use axum::extract::{FromRef, OriginalUri, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Router;
use tower_sessions::Session;

use crate::audit::{utc_rfc3339, OutcomeRow};
use crate::core::login::signed_in;
use crate::core::services::Services;
use crate::export::{csv_line, dated_download, keyset_csv, sign_in_first, Source};
use crate::outcomes::filter::RawOutcomeFilter;

/// The outcomes' routes outside Leptos: the CSV export.
pub fn routes<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    Services: FromRef<S>,
{
    Router::new().route("/outcomes.csv", axum::routing::get(outcomes_csv))
}

/// Sessions read per database query while streaming.
const BATCH: u32 = 1_000;

/// The columns and the field each shows (`None`: worked out, not a field). New columns go at
/// the end, so an import reading the earlier ones by position keeps working; the headers stay
/// English whatever the page's language.
const COLUMNS: [(&str, Option<&str>); 19] = [
    ("Session ID", None),
    ("First post (UTC)", None),
    ("Last post (UTC)", None),
    ("Posts", None),
    ("Technician", Some("techname")),
    ("Technician ID", Some("techid")),
    ("Technician e-mail", Some("techemail")),
    ("Technician SSO ID", Some("techssoid")),
    ("Customer", Some("cfield0")),
    ("Custom field 1", Some("cfield1")),
    ("Custom field 2", Some("cfield2")),
    ("Custom field 3", Some("cfield3")),
    ("Custom field 4", Some("cfield4")),
    ("Custom field 5", Some("cfield5")),
    ("Tracking ID", Some("tracking0")),
    ("Notes", Some("notes")),
    ("Waiting time (s)", Some("waitingtime")),
    ("Pickup time", Some("pickuptime")),
    ("Work time (s)", Some("worktime")),
];

/// Streams the sessions matching the address's filters as a CSV download.
async fn outcomes_csv(
    State(services): State<Services>,
    session: Session,
    OriginalUri(uri): OriginalUri,
    Query(raw): Query<RawOutcomeFilter>,
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
        async move { services.audit.outcome_rows(&filter, before, BATCH).await }
    };
    let source = Source {
        log: "outcomes export",
        unreadable: "the session records could not be read",
    };
    let key = |r: &OutcomeRow| r.last_id;
    let line = |r: &OutcomeRow| csv_line(cells(r));
    dated_download(
        "rescue-console-outcomes",
        keyset_csv(
            csv_line(COLUMNS.map(|(head, _)| head)),
            BATCH,
            source,
            read,
            key,
            line,
        ),
    )
}

/// One session's cells, in [`COLUMNS`]' order.
fn cells(row: &OutcomeRow) -> Vec<String> {
    COLUMNS
        .iter()
        .enumerate()
        .map(|(i, (_, field))| match (i, field) {
            (_, Some(name)) => row.field(name).unwrap_or_default().to_owned(),
            (0, None) => row.session.to_string(),
            (1, None) => utc_rfc3339(row.first_ms),
            (2, None) => utc_rfc3339(row.last_ms),
            _ => row.posts.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_is_written_in_column_order_and_formula_safe() {
        let row = OutcomeRow {
            session: 42,
            last_id: 7,
            first_ms: 1_796_126_400_000,
            last_ms: 1_796_126_460_000,
            posts: 2,
            latest: vec![
                ("cfield0".into(), "=HYPERLINK(\"x\")".into()),
                ("worktime".into(), "60".into()),
            ],
        };
        let cells = cells(&row);
        assert_eq!(cells.len(), COLUMNS.len());
        assert_eq!(
            cells[..4],
            ["42", "2026-12-01T12:00:00Z", "2026-12-01T12:01:00Z", "2"]
        );
        assert_eq!(cells[8], "=HYPERLINK(\"x\")");
        assert_eq!(cells[18], "60");
        let line = String::from_utf8(csv_line(cells)).unwrap();
        assert!(line.contains(r#","'=HYPERLINK(""x"")","#), "{line}");
    }
}
