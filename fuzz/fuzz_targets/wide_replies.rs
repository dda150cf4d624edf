//! Wide and repetitive replies: a getSession_v3 header and a getReport_v2 header of up to a few
//! thousand columns (some repeated), each followed by rows. The parsers refuse a header past
//! their column bound or with a repeated name before reading any row, and never split a row
//! further than one field past its header; none of it panics or runs away.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rescue::{Report, SessionList};

/// The column bound both parsers keep (`rescue`'s `MAX_COLUMNS`).
const MAX_COLUMNS: usize = 1_000;

fuzz_target!(|data: &[u8]| {
    let [a, b, repeat, rest @ ..] = data else {
        return;
    };
    // Up to 4,096 columns; the last repeats column `repeat` when that is one of the others.
    let width = (usize::from(*a) << 4 | usize::from(*b >> 4)) + 1;
    let repeat = usize::from(*repeat);
    let row = String::from_utf8_lossy(rest);

    // ID, Status, then C2 … C(width-1); the last is C(repeat) instead when that repeats one.
    let repeated = (2..width.saturating_sub(1)).contains(&repeat);
    let mut table = String::from("ID|Status|");
    for i in 2..width {
        let name = if repeated && i == width - 1 { repeat } else { i };
        table.push_str(&format!("C{name}|"));
    }
    table.push('\n');
    for _ in 0..4 {
        table.push_str(&row);
        table.push('\n');
    }
    match SessionList::parse(&table) {
        Ok(list) => {
            assert!(width.max(2) <= MAX_COLUMNS, "{width} columns accepted");
            assert!(!repeated, "a repeated column accepted");
            let lines = 4 * (1 + row.matches('\n').count());
            assert!(list.rows.len() + list.malformed.len() <= lines);
        }
        Err(rescue::Error::MalformedReply(_)) => {}
        Err(other) => panic!("not a malformed reply: {other}"),
    }

    // The same width as report columns, the last one's id repeating another's when asked.
    let repeated = repeat < width - 1;
    let mut xml = String::from("<report><header>");
    for i in 0..width {
        let id = if repeated && i == width - 1 { repeat } else { i };
        xml.push_str(&format!("<field id=\"{id}\">C{i}</field>"));
    }
    xml.push_str("</header><data>");
    for _ in 0..rest.len().min(64) {
        xml.push_str("<row><field id=\"0\">");
        xml.push_str(&quick_escape(&row));
        xml.push_str("</field></row>");
    }
    xml.push_str("</data></report>");
    if let Ok(report) = Report::parse_xml(&xml) {
        assert!(report.columns.len() <= MAX_COLUMNS);
        assert!(!repeated, "a repeated column id accepted");
        for values in &report.rows {
            assert_eq!(values.len(), report.columns.len());
        }
    }
});

/// Text as XML character data.
fn quick_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
