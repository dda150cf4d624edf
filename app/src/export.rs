//! What the CSV exports share: one formula-safe CSV line at a time, the attachment that
//! carries it, and the sign-in detour for an export opened without a login.

use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};

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
