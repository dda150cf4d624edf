//! getSession_v3 (and v1/v2, which share its shape with fewer columns): the live session list of
//! a technician or channel (rescue-api.md §2.5).

use chrono::{NaiveDate, NaiveDateTime};

use crate::error::{Error, Result};
use crate::ids::{NodeId, SessionId};
use crate::status::SessionStatus;
use crate::table::{Row, Table, TableError, MAX_COLUMNS};

/// Number of custom fields getSession_v3 carries (`Custom Field 0` … `Custom Field 5`).
pub const CUSTOM_FIELDS: usize = 6;

/// One row of the list. A session with collaborating technicians has one row per technician,
/// so (session ID, technician ID) is the key, not the session ID alone.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionRow {
    /// `ID`.
    pub id: SessionId,
    /// `Status` exactly as Rescue sent it (possibly localized).
    pub status_text: String,
    /// The typed status, when `status_text` is a documented English text.
    pub status: Option<SessionStatus>,
    /// `Entry ID`: the channel, `None` for a private session (Rescue sends `0`).
    pub channel_id: Option<NodeId>,
    /// `Entry`: the channel name (empty when none).
    pub channel: String,
    /// `Technician ID`: `None` while the session waits in a channel queue (Rescue sends `0`).
    pub technician_id: Option<NodeId>,
    /// `Technician`: name (empty when none).
    pub technician: String,
    /// `Start Time` exactly as sent (`M/D/YYYY h:mm AM/PM`, time zone undocumented).
    pub start_time_text: String,
    /// `Start Time` parsed, when it has the documented format.
    pub start_time: Option<NaiveDateTime>,
    /// `Waiting Time`: seconds since the last status change.
    pub waiting_secs: Option<u64>,
    /// `Custom Field 0` … `5`; columns missing from older versions are empty.
    pub custom_fields: [String; CUSTOM_FIELDS],
    /// `Language`: the customer's two-letter language code.
    pub language: String,
    /// `Transferred To`.
    pub transferred_to: String,
    /// `Transferred Comment`.
    pub transferred_comment: String,
    /// `Is Lead Technician`: Rescue sends a (localized) "yes" or nothing.
    pub is_lead: bool,
    /// `HandingOff`, verbatim (always empty in captures).
    pub handing_off: String,
}

/// A row that could not be read, kept so the UI can say so instead of showing shifted data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MalformedRow {
    /// 1-based position among the reply's data lines (a row broken by an embedded line break
    /// shows up as two malformed lines).
    pub line: usize,
    /// What is wrong with it.
    pub reason: String,
}

/// The parsed list: well-formed rows in Rescue's order, and the rows that were not.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SessionList {
    /// Column names as sent, in order.
    pub columns: Vec<String>,
    /// Rows that parsed.
    pub rows: Vec<SessionRow>,
    /// Rows that did not (wrong field count, non-numeric ID, …).
    pub malformed: Vec<MalformedRow>,
}

/// Column positions, looked up once per reply.
struct Columns {
    id: usize,
    status: usize,
    entry_id: Option<usize>,
    entry: Option<usize>,
    technician_id: Option<usize>,
    technician: Option<usize>,
    start_time: Option<usize>,
    waiting_time: Option<usize>,
    custom: [Option<usize>; CUSTOM_FIELDS],
    language: Option<usize>,
    transferred_to: Option<usize>,
    transferred_comment: Option<usize>,
    is_lead: Option<usize>,
    handing_off: Option<usize>,
}

impl Columns {
    fn find(table: &Table<'_>) -> Result<Self> {
        let required = |name: &str| {
            table.column(name).ok_or_else(|| {
                Error::MalformedReply(format!("session list has no `{name}` column"))
            })
        };
        Ok(Columns {
            id: required("ID")?,
            status: required("Status")?,
            entry_id: table.column("Entry ID"),
            entry: table.column("Entry"),
            technician_id: table.column("Technician ID"),
            technician: table.column("Technician"),
            start_time: table.column("Start Time"),
            waiting_time: table.column("Waiting Time"),
            custom: std::array::from_fn(|i| table.column(&format!("Custom Field {i}"))),
            language: table.column("Language"),
            transferred_to: table.column("Transferred To"),
            transferred_comment: table.column("Transferred Comment"),
            is_lead: table.column("Is Lead Technician"),
            handing_off: table.column("HandingOff"),
        })
    }
}

impl SessionList {
    /// Parses the payload of an `OK` getSession reply (everything after the status line).
    ///
    /// A payload without a header, or whose header holds data (the documentation's flattened
    /// rendering), is a malformed reply; a header without rows is an empty list.
    pub fn parse(payload: &str) -> Result<Self> {
        let table = Table::parse(payload).map_err(header_error)?;
        let columns = Columns::find(&table)?;
        let width = table.header().len();
        let mut list = SessionList {
            columns: table.header().iter().map(|c| c.to_string()).collect(),
            rows: Vec::with_capacity(table.len()),
            malformed: Vec::new(),
        };
        table.for_each_row(|row| match parse_row(&row, width, &columns) {
            Ok(parsed) => list.rows.push(parsed),
            Err(reason) => list.malformed.push(MalformedRow {
                line: row.line,
                reason,
            }),
        });
        Ok(list)
    }

    /// The rows of one session (several when technicians collaborate), lead technician first.
    pub fn rows_of(&self, session: SessionId) -> Vec<&SessionRow> {
        let mut rows: Vec<&SessionRow> = self.rows.iter().filter(|r| r.id == session).collect();
        rows.sort_by_key(|r| !r.is_lead);
        rows
    }
}

/// Why a header is plainly not a header: too wide, duplicate names, empty names or numeric
/// ones (the v1/v2 documentation sample glues the first row onto the header).
fn header_error(err: TableError) -> Error {
    Error::MalformedReply(match err {
        TableError::NoHeader => "session list has no header line".into(),
        TableError::TooWide => {
            format!("session list header has more than {MAX_COLUMNS} columns")
        }
        TableError::BadName(at) => {
            format!("session list header has an invalid column name at position {at}")
        }
        TableError::Repeated(name) => format!("session list header repeats the column `{name}`"),
    })
}

fn parse_row(
    row: &Row<'_, '_>,
    width: usize,
    columns: &Columns,
) -> std::result::Result<SessionRow, String> {
    if row.width != width {
        // An unescaped `|` or line break in a custom field; guessing which would be worse.
        return Err(format!("expected {width} fields, found {}", row.width));
    }
    let field = |index: Option<usize>| index.map_or("", |i| row.fields[i].trim());
    let text = |index: Option<usize>| field(index).to_owned();

    let id_text = field(Some(columns.id));
    let id = id_text
        .parse::<SessionId>()
        .map_err(|e| format!("session ID `{id_text}` is not valid: {e}"))?;
    let status_text = text(Some(columns.status));
    let start_time_text = text(columns.start_time);
    let waiting = field(columns.waiting_time);
    let waiting_secs = if waiting.is_empty() {
        None
    } else {
        Some(
            waiting
                .parse::<u64>()
                .map_err(|_| format!("waiting time `{waiting}` is not a number of seconds"))?,
        )
    };
    Ok(SessionRow {
        id,
        status: SessionStatus::from_text(&status_text),
        status_text,
        channel_id: optional_id(field(columns.entry_id), "entry ID")?,
        channel: text(columns.entry),
        technician_id: optional_id(field(columns.technician_id), "technician ID")?,
        technician: text(columns.technician),
        start_time: parse_start_time(&start_time_text),
        start_time_text,
        waiting_secs,
        custom_fields: std::array::from_fn(|i| text(columns.custom[i])),
        language: text(columns.language),
        transferred_to: text(columns.transferred_to),
        transferred_comment: text(columns.transferred_comment),
        is_lead: is_yes(field(columns.is_lead)),
        handing_off: text(columns.handing_off),
    })
}

/// `0` and empty mean "none" (rescue-api.md §3 item 7); anything else must be a valid ID.
fn optional_id(text: &str, what: &str) -> std::result::Result<Option<NodeId>, String> {
    if text.is_empty() || text.bytes().all(|b| b == b'0') {
        return Ok(None);
    }
    text.parse::<NodeId>()
        .map(Some)
        .map_err(|e| format!("{what} `{text}` is not valid: {e}"))
}

/// The lead flag is `yes` or empty, localized (`sim`); treat any non-negative text as yes.
fn is_yes(text: &str) -> bool {
    !text.is_empty()
        && !["no", "false", "0", "não", "nao", "nein", "non"]
            .iter()
            .any(|no| no.eq_ignore_ascii_case(text))
}

/// Parses `M/D/YYYY h:mm AM/PM` and the SOAP form with seconds (`2/19/2024 2:36:37 PM`).
///
/// Read by hand rather than with a format string: lists hold thousands of rows and chrono's
/// generic parser was the largest cost per row. chrono still validates the calendar.
pub fn parse_start_time(text: &str) -> Option<NaiveDateTime> {
    let (date, rest) = text.trim().split_once(' ')?;
    let (time, meridiem) = rest.trim().rsplit_once(' ')?;
    let mut date_parts = date.split('/');
    let month = small_number(date_parts.next()?, 2)?;
    let day = small_number(date_parts.next()?, 2)?;
    let year = small_number(date_parts.next()?, 4)?;
    let mut time_parts = time.split(':');
    let hour12 = small_number(time_parts.next()?, 2)?;
    let minute = small_number(time_parts.next()?, 2)?;
    let second = time_parts.next().map_or(Some(0), |s| small_number(s, 2))?;
    if date_parts.next().is_some() || time_parts.next().is_some() || !(1..=12).contains(&hour12) {
        return None;
    }
    let hour = match meridiem.trim() {
        m if m.eq_ignore_ascii_case("AM") => hour12 % 12,
        m if m.eq_ignore_ascii_case("PM") => hour12 % 12 + 12,
        _ => return None,
    };
    let date = NaiveDate::from_ymd_opt(year as i32, month, day)?;
    date.and_hms_opt(hour, minute, second)
}

/// A decimal number of 1 to `max_digits` digits.
fn small_number(text: &str, max_digits: usize) -> Option<u32> {
    if text.is_empty() || text.len() > max_digits || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_time_formats() {
        let t = parse_start_time("2/16/2012 9:00 AM").unwrap();
        assert_eq!(t.to_string(), "2012-02-16 09:00:00");
        let t = parse_start_time("6/19/2024 12:07 PM").unwrap();
        assert_eq!(t.to_string(), "2024-06-19 12:07:00");
        let t = parse_start_time("12/1/2024 12:05 AM").unwrap();
        assert_eq!(t.to_string(), "2024-12-01 00:05:00");
        let t = parse_start_time("2/19/2024 2:36:37 PM").unwrap();
        assert_eq!(t.to_string(), "2024-02-19 14:36:37");
        assert!(parse_start_time("").is_none());
        assert!(parse_start_time("13/40/2024 9:00 AM").is_none());
        assert!(parse_start_time("yesterday").is_none());
        assert!(parse_start_time("2/16/2012 13:00 PM").is_none());
        assert!(parse_start_time("2/30/2012 9:00 AM").is_none());
        assert!(parse_start_time("2/16/2012 9:00").is_none());
        assert!(parse_start_time("2/16/2012/1 9:00 AM").is_none());
        assert!(parse_start_time("+2/16/2012 9:00 AM").is_none());
    }

    #[test]
    fn lead_flag_is_localized() {
        assert!(is_yes("yes"));
        assert!(is_yes("sim"));
        assert!(!is_yes(""));
        assert!(!is_yes("no"));
    }
}
