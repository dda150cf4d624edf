//! What the CSV exports share: one formula-safe CSV line at a time, the keyset-paged stream of
//! them, the attachment that carries it, and the sign-in detour for an export opened without a
//! login.

use std::time::Duration;

use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use futures_util::{Stream, StreamExt};

/// The sign-in page, then back to this export.
pub fn sign_in_first(uri: &axum::http::Uri) -> Response {
    let here = uri.path_and_query().map_or(uri.path(), |p| p.as_str());
    Redirect::to(&crate::shared::address::login_url(here)).into_response()
}

/// A CSV attachment called `name`; never cached (it holds the audit log or a report).
pub fn download(name: &str, body: impl Into<axum::body::Body>) -> Response {
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

/// The longest a streamed export may take from first to last byte. The request timeout stops
/// at the response head, so a stream needs its own limit: past it the download is cut (the
/// browser reports it as failed, never as complete) and the database reads stop.
pub const EXPORT_MAX: Duration = Duration::from_secs(15 * 60);

/// The longest one chunk of a streamed export may take to produce (one batch of records).
pub const EXPORT_STALL: Duration = Duration::from_secs(60);

/// `chunks` cut short with an error when the whole stream outlasts `total` or one chunk takes
/// longer than `stall`; fused.
pub fn bounded<S>(
    chunks: S,
    total: Duration,
    stall: Duration,
) -> impl Stream<Item = Result<Vec<u8>, std::io::Error>>
where
    S: Stream<Item = Result<Vec<u8>, std::io::Error>> + Send + 'static,
{
    let deadline = tokio::time::Instant::now() + total;
    let chunks = Box::pin(chunks);
    futures_util::stream::unfold(Some(chunks), move |chunks| async move {
        let mut chunks = chunks?;
        let limit = deadline.min(tokio::time::Instant::now() + stall);
        match tokio::time::timeout_at(limit, chunks.next()).await {
            Ok(Some(item)) => Some((item, Some(chunks))),
            Ok(None) => None,
            Err(_) => {
                tracing::warn!("a streamed export took too long and was cut short");
                let err =
                    std::io::Error::new(std::io::ErrorKind::TimedOut, "the export took too long");
                Some((Err(err), None))
            }
        }
    })
    // Ended for good: a consumer that polls once more (the compression layer does) gets
    // `None` again rather than a panic.
    .fuse()
}

/// Where a keyset-paged export reads from: its name in the log, and what the browser is told
/// when a read fails.
pub struct Source {
    /// The log's name for the export ("history export").
    pub log: &'static str,
    /// The error that cuts the download short ("the audit log could not be read").
    pub unreadable: &'static str,
}

/// The CSV of every row `read` returns, `header` first, read in keyset batches of `batch`:
/// `read(None)` is the first batch, `read(Some(key))` the rows after the row whose `key` that
/// is, until a batch comes back short. So an export of 100,000 rows never holds more than one
/// batch in memory. A read that fails cuts the download short with an error, never ending it
/// as if it were complete.
pub fn keyset_csv<T, F, Fut, E>(
    header: Vec<u8>,
    batch: u32,
    source: Source,
    read: F,
    key: fn(&T) -> i64,
    line: fn(&T) -> Vec<u8>,
) -> impl Stream<Item = Result<Vec<u8>, std::io::Error>> + Send + 'static
where
    F: Fn(Option<i64>) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<Vec<T>, E>> + Send + 'static,
    E: std::fmt::Display,
    T: Send + 'static,
{
    /// Where the stream is: not started, after the row of this key, or finished.
    enum Position {
        Start(Vec<u8>),
        After(i64),
        Done,
    }
    let read = std::sync::Arc::new(read);
    let source = std::sync::Arc::new(source);
    futures_util::stream::unfold(Position::Start(header), move |position| {
        let (read, source) = (read.clone(), source.clone());
        async move {
            let (after, mut chunk) = match position {
                Position::Done => return None,
                Position::Start(header) => (None, header),
                Position::After(key) => (Some(key), Vec::new()),
            };
            let rows = match read(after).await {
                Ok(rows) => rows,
                Err(err) => {
                    tracing::error!("{}: {err}", source.log);
                    let err = std::io::Error::other(source.unreadable);
                    return Some((Err(err), Position::Done));
                }
            };
            for row in &rows {
                chunk.extend(line(row));
            }
            let next = match rows.last() {
                Some(last) if rows.len() == batch as usize => Position::After(key(last)),
                _ => Position::Done,
            };
            Some((Ok(chunk), next))
        }
    })
}

/// `chunks` as a CSV attachment named after `prefix` and today's UTC date, within the export
/// bounds ([`EXPORT_MAX`], [`EXPORT_STALL`]).
pub fn dated_download<S>(prefix: &str, chunks: S) -> Response
where
    S: Stream<Item = Result<Vec<u8>, std::io::Error>> + Send + 'static,
{
    let name = format!("{prefix}-{}.csv", chrono::Utc::now().format("%Y-%m-%d"));
    download(
        &name,
        axum::body::Body::from_stream(bounded(chunks, EXPORT_MAX, EXPORT_STALL)),
    )
}

/// One CSV line, every cell made safe for spreadsheets first.
pub fn csv_line<I, T>(cells: I) -> Vec<u8>
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

    #[tokio::test(start_paused = true)]
    async fn a_stream_past_its_bounds_is_cut_with_an_error() {
        let ok = |n: u8| Ok::<_, std::io::Error>(vec![n]);
        // A stream that stalls after its first chunk.
        let stalling = futures_util::stream::iter([ok(1)]).chain(futures_util::stream::pending());
        let got: Vec<_> = bounded(stalling, EXPORT_MAX, Duration::from_secs(5))
            .collect()
            .await;
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].as_ref().unwrap(), &[1]);
        assert_eq!(
            got[1].as_ref().unwrap_err().kind(),
            std::io::ErrorKind::TimedOut
        );
        // A stream that keeps producing, slowly, until the total bound.
        let slow = futures_util::stream::unfold(0u8, move |n| async move {
            tokio::time::sleep(Duration::from_secs(4)).await;
            Some((ok(n), n.wrapping_add(1)))
        });
        let got: Vec<_> = bounded(slow, Duration::from_secs(30), Duration::from_secs(5))
            .collect()
            .await;
        assert_eq!(got.iter().filter(|c| c.is_ok()).count(), 7);
        assert!(got.last().unwrap().is_err());
        // A stream within its bounds passes through untouched.
        let quick = futures_util::stream::iter([ok(1), ok(2)]);
        let got: Vec<_> = bounded(quick, EXPORT_MAX, EXPORT_STALL).collect().await;
        assert_eq!(got.len(), 2);
        assert!(got.iter().all(Result::is_ok));
    }

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
