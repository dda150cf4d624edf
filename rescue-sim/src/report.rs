//! The session report (area 0) as getReport_v2 writes it, from the same sessions getSession
//! lists: XML (values escaped, so `|` and line breaks survive) or TEXT (values raw, as Rescue
//! sends them, which is why clients should ask for XML).

use std::collections::BTreeMap;

use chrono::{NaiveDateTime, Timelike};

use crate::clock::{to_naive, Millis};
use crate::model::{Node, Session, Status};

/// What a login stored with the report setters (Rescue keeps report settings per login).
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// `setReportArea`'s area.
    pub area: Option<u32>,
    /// `setReportDate_v2`'s range.
    pub range: Option<(NaiveDateTime, NaiveDateTime)>,
    /// `setOutput` XML (TEXT otherwise, Rescue's default).
    pub xml: bool,
    /// `setTimezone`'s offset from UTC in minutes (`-240` is UTC−4): report times and the
    /// date range are in that zone.
    pub offset_minutes: i32,
    /// When this login last got a report (one per 60 seconds).
    pub last_report: Option<Millis>,
}

/// `setTimezone`'s value: minutes from UTC, within the offsets time zones use (UTC−12 to
/// UTC+14).
pub fn parse_offset(text: &str) -> Option<i32> {
    text.trim()
        .parse::<i32>()
        .ok()
        .filter(|m| (-720..=840).contains(m))
}

/// Rescue allows one report per 60 seconds.
pub const REPORT_INTERVAL_MS: Millis = 60_000;

/// The code the simulator answers a report asked for too soon. Rescue's own code for this is
/// not documented; clients are meant to keep to the interval themselves.
pub const TOO_SOON: &str = "TOOFREQUENT";

/// The session report's columns, in Rescue's documented order (a subset).
pub const COLUMNS: [&str; 13] = [
    "Start Time",
    "End Time",
    "Technician Name",
    "Technician ID",
    "Session ID",
    "Status",
    "Name",
    "Technician Comment",
    "Resolved Unresolved",
    "Channel ID",
    "Channel Name",
    "Waiting Time",
    "Total Time",
];

/// Parses `setReportDate_v2`'s `M/D/YYYY H:MM:SS`.
pub fn parse_date(text: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(text.trim(), "%m/%d/%Y %H:%M:%S").ok()
}

/// `M/D/YYYY h:mm:ss AM`, the report's time format.
fn report_time(t: NaiveDateTime) -> String {
    let (pm, hour) = t.hour12();
    format!(
        "{} {}:{:02}:{:02} {}",
        t.format("%-m/%-d/%Y"),
        hour,
        t.minute(),
        t.second(),
        if pm { "PM" } else { "AM" }
    )
}

/// Seconds as `H:MM:SS`.
fn duration(seconds: i64) -> String {
    let s = seconds.max(0);
    format!("{}:{:02}:{:02}", s / 3600, s % 3600 / 60, s % 60)
}

/// The values of one session's row, in [`COLUMNS`] order.
fn row(session: &Session, nodes: &BTreeMap<u32, Node>, now: Millis, shift: Millis) -> Vec<String> {
    let name = |id: u32| nodes.get(&id).map(|n| n.name.clone()).unwrap_or_default();
    let lead = session.technicians.first().copied();
    let finished = session.status.finished();
    let end = if finished { session.changed } else { now };
    let total = (end - session.started) / 1000;
    // The simulator does not keep pick-up times: a queued session has waited all along; any
    // other gets a wait derived from its ID, so reports are the same on every run.
    let waiting = match (session.status, lead) {
        (Status::Waiting, _) | (_, None) => total,
        _ => (30 + i64::from(session.id % 240)).min(total),
    };
    let resolved = match session.status {
        Status::ClosedByTechnician => "Resolved",
        s if s.finished() => "Unresolved",
        _ => "",
    };
    vec![
        report_time(to_naive(session.started + shift)),
        if finished {
            report_time(to_naive(session.changed + shift))
        } else {
            String::new()
        },
        lead.map(name).unwrap_or_default(),
        lead.map(|t| t.to_string()).unwrap_or_default(),
        session.id.to_string(),
        session.status.text().to_owned(),
        session.custom[0].clone(),
        session.technician_comment.clone(),
        resolved.to_owned(),
        session.channel.to_string(),
        name(session.channel),
        duration(waiting),
        duration(total),
    ]
}

/// The report of `sessions` (already selected by node and date range), its times shifted by
/// `shift` milliseconds (the login's `setTimezone`).
pub fn write(
    sessions: &[&Session],
    nodes: &BTreeMap<u32, Node>,
    now: Millis,
    shift: Millis,
    xml: bool,
) -> String {
    let rows: Vec<Vec<String>> = sessions.iter().map(|s| row(s, nodes, now, shift)).collect();
    if !xml {
        let mut out = String::new();
        for line in std::iter::once(COLUMNS.map(str::to_owned).to_vec()).chain(rows) {
            for value in line {
                out.push_str(&value);
                out.push('|');
            }
            out.push('\n');
        }
        return out;
    }
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<report><header>");
    for (id, column) in COLUMNS.iter().enumerate() {
        out.push_str(&format!("<field id=\"{id}\">{column}</field>"));
    }
    out.push_str("</header><data>");
    for values in rows {
        out.push_str("<row>");
        for (id, value) in values.iter().enumerate() {
            out.push_str(&format!("<field id=\"{id}\">{}</field>", escape(value)));
        }
        out.push_str("</row>");
    }
    out.push_str("</data></report>\n");
    out
}

/// XML text escaping (the simulator shares no code with the client it is measured against).
fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_durations_read_as_rescue_writes_them() {
        let t = parse_date("11/2/2026 8:04:09").unwrap();
        assert_eq!(report_time(t), "11/2/2026 8:04:09 AM");
        assert!(parse_date("2026-11-02").is_none());
        assert_eq!(duration(3725), "1:02:05");
        assert_eq!(escape("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }
}
