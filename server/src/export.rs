//! `GET /history.csv`: exactly the filtered history, as CSV. Streamed in keyset batches, so an
//! export of 100,000 records never holds more than one batch in memory.

use axum::extract::{OriginalUri, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use futures_util::stream;
use tower_sessions::Session;

use app::backend::Backend;
use app::history::{Entry, Filter, RawFilter};

/// Records read from the log per database query while streaming.
const BATCH: u32 = 1_000;

/// The columns, with the time zone in the header so nobody reads the times as local.
const HEADER: [&str; 7] = [
    "Time (UTC)",
    "Admin",
    "Action",
    "Session ID",
    "Technician",
    "Outcome",
    "Latency (ms)",
];

/// Streams the history matching the address's filters as a CSV download.
pub async fn history_csv(
    State(backend): State<Backend>,
    session: Session,
    OriginalUri(uri): OriginalUri,
    Query(raw): Query<RawFilter>,
) -> Response {
    if !app::auth::signed_in(&session, &backend).await {
        return sign_in_first(&uri);
    }
    let filter = match raw.check() {
        Ok(filter) => filter,
        Err(message) => return (StatusCode::BAD_REQUEST, message).into_response(),
    };
    let name = format!(
        "rescue-console-history-{}.csv",
        chrono::Utc::now().format("%Y-%m-%d")
    );
    download(
        &name,
        axum::body::Body::from_stream(batches(backend, filter)),
    )
}

/// `GET /reports.csv?node=…&noderef=…&from=…&to=…`: the cached report as CSV. It never asks
/// Rescue (that would spend the login's one report a minute): the report must have been shown.
pub async fn report_csv(
    State(backend): State<Backend>,
    session: Session,
    OriginalUri(uri): OriginalUri,
    Query(query): Query<std::collections::HashMap<String, String>>,
) -> Response {
    if !app::auth::signed_in(&session, &backend).await {
        return sign_in_first(&uri);
    }
    let cached = match app::reports::cached_for_export(&session, &backend, &query).await {
        Ok(Some(cached)) => cached,
        Ok(None) => {
            return (
                StatusCode::NOT_FOUND,
                "This report has not been fetched yet: open it on the reports page first.",
            )
                .into_response()
        }
        Err(message) => return (StatusCode::BAD_REQUEST, message).into_response(),
    };
    // The report is made in UTC (setTimezone 0); its date columns say so.
    let header = cached.report.columns.iter().map(|c| {
        if ["Start Time", "End Time", "Last Action Time"]
            .iter()
            .any(|d| c.trim().eq_ignore_ascii_case(d))
        {
            format!("{} (UTC)", c.trim())
        } else {
            c.clone()
        }
    });
    let mut body = csv_line(header);
    for row in &cached.report.rows {
        body.extend(csv_line(row));
    }
    let name = format!(
        "rescue-session-report-{}.csv",
        cached.fetched_at.format("%Y-%m-%d")
    );
    download(&name, body)
}

/// The sign-in page, then back to this export.
fn sign_in_first(uri: &axum::http::Uri) -> Response {
    let here = uri.path_and_query().map_or(uri.path(), |p| p.as_str());
    Redirect::to(&app::auth::login_url(here)).into_response()
}

/// A CSV attachment called `name`; never cached (it holds the audit log or a report).
fn download(name: &str, body: impl Into<axum::body::Body>) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        body.into(),
    )
        .into_response()
}

/// Where the stream is: not started, after record `before`, or finished.
enum Position {
    Start,
    After(i64),
    Done,
}

/// The CSV text, one chunk per batch of records, the header first.
fn batches(
    backend: Backend,
    filter: Filter,
) -> impl futures_util::Stream<Item = Result<Vec<u8>, std::io::Error>> {
    stream::unfold(Position::Start, move |position| {
        let backend = backend.clone();
        let filter = filter.clone();
        async move {
            let (before, mut chunk) = match position {
                Position::Done => return None,
                Position::Start => (None, csv_line(HEADER)),
                Position::After(id) => (Some(id), Vec::new()),
            };
            let entries = match backend.audit.page(&filter, before, BATCH).await {
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
fn row(entry: &Entry) -> [String; 7] {
    [
        entry.at.clone(),
        entry.admin.clone(),
        entry.action.clone(),
        entry.session.to_string(),
        entry.technician.clone(),
        entry.outcome.clone(),
        entry.latency_ms.to_string(),
    ]
}

/// One CSV line, every cell made safe for spreadsheets first.
fn csv_line<I, T>(cells: I) -> Vec<u8>
where
    I: IntoIterator<Item = T>,
    T: AsRef<str>,
{
    let mut writer = csv::Writer::from_writer(Vec::new());
    let cells: Vec<String> = cells
        .into_iter()
        .map(|c| spreadsheet_safe(c.as_ref()))
        .collect();
    // Writing to a Vec cannot fail; an empty line is the worst a bug here could cause.
    if writer.write_record(&cells).is_err() {
        return Vec::new();
    }
    writer.into_inner().unwrap_or_default()
}

/// A cell a spreadsheet will show as text, never run as a formula: text starting with `=`,
/// `+`, `-`, `@` (or a tab or carriage return, which some spreadsheets skip before looking) gets
/// a leading apostrophe. Technician names and e-mails come from Rescue and from admins, so they
/// are not trusted.
pub fn spreadsheet_safe(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_plain_text_kept() {
        for (cell, safe) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+1", "'+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("Tina Tech", "Tina Tech"),
            ("a=b", "a=b"),
            ("", ""),
        ] {
            assert_eq!(spreadsheet_safe(cell), safe);
        }
    }

    #[test]
    fn lines_are_quoted_as_csv() {
        let line = csv_line(["a,b", "say \"hi\"", "line\nbreak", "=1"]);
        assert_eq!(
            String::from_utf8(line).unwrap(),
            "\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",'=1\n"
        );
    }
}
