//! Reports (rescue-api.md §2.15): the settings a report is made with, and the XML report
//! itself.
//!
//! Why XML: the TEXT output does not escape its delimiter or line breaks, so a chat line or a
//! comment holding `|` or a newline shifts every later column. In XML each value is one
//! element, joined to its column name by `id` (columns differ by account and version, so they
//! are always mapped by name, never by position).

use std::collections::HashMap;

use chrono::NaiveDateTime;
use quick_xml::events::Event;
use quick_xml::Reader;

use crate::error::Error;
use crate::table::MAX_COLUMNS;

/// The most values (rows × columns) a report may hold. Every row holds a value per column,
/// present or not, so a reply of empty `<row></row>` elements under a wide header would otherwise
/// cost thousands of times its own size. Five million is a month of 60,000 sessions at
/// 80 columns, well past what one report page or export asks for.
pub const MAX_CELLS: usize = 5_000_000;

/// Report areas (`setReportArea`'s integer); only the one the dashboard uses is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportArea {
    /// `0`: the session report, one row per session.
    Session,
}

impl ReportArea {
    /// The wire value.
    pub fn code(self) -> &'static str {
        match self {
            ReportArea::Session => "0",
        }
    }
}

/// Formats a report bound as `setReportDate_v2` wants it: `M/D/YYYY H:MM:SS`.
pub fn report_date(at: NaiveDateTime) -> String {
    at.format("%-m/%-d/%Y %-H:%M:%S").to_string()
}

/// A report: its column names and rows of values, in Rescue's order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Column names, as the account names them.
    pub columns: Vec<String>,
    /// One value per column; a value Rescue left out is empty.
    pub rows: Vec<Vec<String>>,
}

impl Report {
    /// The index of the column called `name` (compared without regard to case or surrounding
    /// space: the documentation and live accounts disagree on both).
    pub fn column(&self, name: &str) -> Option<usize> {
        let name = name.trim();
        self.columns
            .iter()
            .position(|c| c.trim().eq_ignore_ascii_case(name))
    }

    /// The value of column `name` in `row`, if the report has that column.
    pub fn value<'a>(&self, row: &'a [String], name: &str) -> Option<&'a str> {
        self.column(name)
            .and_then(|i| row.get(i))
            .map(String::as_str)
    }

    /// Parses the XML payload of getReport_v2: a `<header>` of `<field id="…">Name</field>`
    /// and a `<data>` of `<row>` elements holding `<field id="…">value</field>`. The root
    /// element's name is not documented, so any is accepted. An empty payload is an empty
    /// report (Rescue's answer when nothing matched).
    pub fn parse_xml(payload: &str) -> Result<Self, Error> {
        let malformed = |what: String| Error::MalformedReply(format!("report XML: {what}"));
        if payload.trim().is_empty() {
            return Ok(Report::default());
        }
        let mut reader = Reader::from_str(payload);
        // Column id → position, so each value finds its column in one lookup however wide the
        // report (a scan per field made wide reports quadratic).
        let mut ids: HashMap<String, usize> = HashMap::new();
        let mut report = Report::default();
        let mut in_header = false;
        let mut row: Option<Vec<(String, String)>> = None;
        let mut field: Option<(String, String)> = None;
        loop {
            match reader.read_event().map_err(|e| malformed(e.to_string()))? {
                Event::Start(e) => match e.local_name().as_ref() {
                    // The structure is checked as it goes: a header inside a row, a second
                    // header, a row inside the header or a field inside a field would make
                    // values land under the wrong columns.
                    b"header" if in_header || row.is_some() || !ids.is_empty() => {
                        return Err(malformed("a misplaced or second <header>".into()))
                    }
                    b"header" => in_header = true,
                    b"row" if in_header || row.is_some() || ids.is_empty() => {
                        return Err(malformed(
                            "a <row> outside <data> or before the header".into(),
                        ))
                    }
                    b"row" => row = Some(Vec::new()),
                    b"field" if field.is_some() => {
                        return Err(malformed("a <field> inside a <field>".into()))
                    }
                    b"field" => {
                        let id = e
                            .try_get_attribute("id")
                            .map_err(|e| malformed(e.to_string()))?
                            .map(|a| {
                                a.unescape_value()
                                    .map(|v| v.into_owned())
                                    .map_err(|e| malformed(e.to_string()))
                            })
                            .transpose()?
                            .ok_or_else(|| malformed("a field without an id".into()))?;
                        field = Some((id, String::new()));
                    }
                    _ => {}
                },
                Event::Empty(e) if e.local_name().as_ref() == b"field" => {
                    // `<field id="3"/>`: a column with no name or a row with no value.
                    if field.is_some() {
                        return Err(malformed("a <field> inside a <field>".into()));
                    }
                    let id = e
                        .try_get_attribute("id")
                        .ok()
                        .flatten()
                        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
                        .ok_or_else(|| malformed("a field without an id".into()))?;
                    if in_header {
                        add_column(&mut ids, &mut report.columns, id, String::new())
                            .map_err(malformed)?;
                    } else if let Some(row) = row.as_mut() {
                        row.push((id, String::new()));
                    }
                }
                Event::Text(t) => {
                    if let Some((_, value)) = field.as_mut() {
                        value.push_str(&t.decode().map_err(|e| malformed(e.to_string()))?);
                    }
                }
                // Entity references (`&amp;`, `&#124;`) arrive as events of their own.
                Event::GeneralRef(r) => {
                    if let Some((_, value)) = field.as_mut() {
                        value.push_str(&reference(&r).map_err(malformed)?);
                    }
                }
                Event::CData(t) => {
                    if let Some((_, value)) = field.as_mut() {
                        value.push_str(&String::from_utf8_lossy(&t));
                    }
                }
                Event::End(e) => match e.local_name().as_ref() {
                    b"header" => in_header = false,
                    b"field" => {
                        if let Some((id, value)) = field.take() {
                            if in_header {
                                let name = value.trim().to_owned();
                                add_column(&mut ids, &mut report.columns, id, name)
                                    .map_err(malformed)?;
                            } else if let Some(row) = row.as_mut() {
                                row.push((id, value));
                            }
                        }
                    }
                    b"row" => {
                        if let Some(fields) = row.take() {
                            if (report.rows.len() + 1).saturating_mul(ids.len()) > MAX_CELLS {
                                return Err(malformed(format!(
                                    "more than {MAX_CELLS} values (rows × columns)"
                                )));
                            }
                            let mut values = vec![String::new(); ids.len()];
                            for (id, value) in fields {
                                match ids.get(&id) {
                                    Some(&at) => values[at] = value,
                                    None => {
                                        return Err(malformed(format!(
                                            "a value for column id {id}, which the header lacks"
                                        )))
                                    }
                                }
                            }
                            report.rows.push(values);
                        }
                    }
                    _ => {}
                },
                Event::Eof if in_header || row.is_some() || field.is_some() => {
                    return Err(malformed("the report ends inside an element".into()))
                }
                Event::Eof => break,
                _ => {}
            }
        }
        if report.columns.is_empty() {
            return Err(malformed("no <header> with column names".into()));
        }
        Ok(report)
    }
}

/// Adds a header column. A repeated id would make two columns claim the same values: refused.
fn add_column(
    ids: &mut HashMap<String, usize>,
    columns: &mut Vec<String>,
    id: String,
    name: String,
) -> Result<(), String> {
    if ids.contains_key(&id) {
        return Err(format!("column id {id} appears twice in the header"));
    }
    // Checked before any row is read: each row allocates a value per column.
    if columns.len() == MAX_COLUMNS {
        return Err(format!("more than {MAX_COLUMNS} columns in the header"));
    }
    ids.insert(id, columns.len());
    columns.push(name);
    Ok(())
}

/// The text an entity reference (`&amp;`, `&#124;`) stands for: XML's predefined entities and
/// character references only (a reply has no DTD to define others).
pub(crate) fn reference(
    r: &quick_xml::events::BytesRef<'_>,
) -> std::result::Result<String, String> {
    match r.resolve_char_ref().map_err(|e| e.to_string())? {
        Some(c) => Ok(c.to_string()),
        None => {
            let name = r.decode().map_err(|e| e.to_string())?;
            quick_xml::escape::resolve_predefined_entity(&name)
                .map(str::to_owned)
                .ok_or_else(|| format!("unknown entity &{name};"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<report>
  <header>
    <field id="0">Start Time</field>
    <field id="1">Technician Name</field>
    <field id="2">Session ID</field>
    <field id="3">Resolved Unresolved</field>
    <field id="4">Chat Log</field>
  </header>
  <data>
    <row>
      <field id="0">11/28/2026 9:00:00 AM</field>
      <field id="1">Tina &amp; Tom&#33;</field>
      <field id="2">1073200001</field>
      <field id="3">Resolved</field>
      <field id="4">a|b
second line</field>
    </row>
    <row>
      <field id="2">1073200002</field>
      <field id="0">11/28/2026 9:05:00 AM</field>
      <field id="4"/>
    </row>
  </data>
</report>"#;

    #[test]
    fn values_are_joined_to_columns_by_id_with_pipes_and_newlines_intact() {
        let report = Report::parse_xml(SAMPLE).unwrap();
        assert_eq!(
            report.columns,
            [
                "Start Time",
                "Technician Name",
                "Session ID",
                "Resolved Unresolved",
                "Chat Log"
            ]
        );
        assert_eq!(report.rows.len(), 2);
        let first = &report.rows[0];
        assert_eq!(report.value(first, "technician name"), Some("Tina & Tom!"));
        assert_eq!(report.value(first, "Chat Log"), Some("a|b\nsecond line"));
        // Out of order and missing values land in the right columns.
        let second = &report.rows[1];
        assert_eq!(report.value(second, "Session ID"), Some("1073200002"));
        assert_eq!(
            report.value(second, "Start Time"),
            Some("11/28/2026 9:05:00 AM")
        );
        assert_eq!(report.value(second, "Technician Name"), Some(""));
        assert_eq!(report.value(second, "No Such Column"), None);
    }

    #[test]
    fn empty_payload_and_header_only_are_empty_reports() {
        assert_eq!(Report::parse_xml("  \n").unwrap(), Report::default());
        let header_only = r#"<r><header><field id="0">Session ID</field></header><data/></r>"#;
        let report = Report::parse_xml(header_only).unwrap();
        assert_eq!(report.columns, ["Session ID"]);
        assert!(report.rows.is_empty());
    }

    #[test]
    fn broken_xml_is_a_malformed_reply() {
        for bad in [
            "<r><header><field id=\"0\">A</field></header><data><row><field id=\"9\">x</field></row></data></r>",
            "<r><data><row/></data></r>",
            "<r><header><field>A</field></header></r>",
            "<r><header><field id=\"0\">A</header></r>",
            "<r><header><field id=\"0\">A</field><field id=\"0\">B</field></header></r>",
            // Found by fuzzing: an unclosed header swallowed the data, and the rows read
            // before the last "column" had fewer values than the report had columns.
            "<r><header><field id=\"0\">A>\n<data><row><field id=\"0\">x</field><field id=\"1\">y</field></row><row><field id=\"2\">z</field></row></data></r>",
            "<r><header><field id=\"0\">A</field><row></row></header></r>",
            "<r><header><field id=\"0\">A</field></header><data><row><field id=\"0\"><field id=\"0\"/></field></row></data></r>",
            "<r><header><field id=\"0\">A</field></header><data><row><field id=\"0\">x</field></row><header></header></data></r>",
            "<r><header><field id=\"0\">A</field></header><data><row><field id=\"0\">x",
        ] {
            assert!(
                matches!(Report::parse_xml(bad), Err(Error::MalformedReply(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn wide_headers_and_empty_rows_are_bounded_before_they_cost() {
        let header = |n: usize| -> String {
            (0..n)
                .map(|i| format!("<field id=\"{i}\">C{i}</field>"))
                .collect()
        };
        let wide = format!("<r><header>{}</header><data/></r>", header(MAX_COLUMNS));
        assert_eq!(Report::parse_xml(&wide).unwrap().columns.len(), MAX_COLUMNS);
        let wider = format!("<r><header>{}</header><data/></r>", header(MAX_COLUMNS + 1));
        assert!(matches!(
            Report::parse_xml(&wider),
            Err(Error::MalformedReply(m)) if m.contains("columns")
        ));
        // 1,000 columns and 5,001 empty rows: refused at the row past the bound.
        let rows = "<row></row>".repeat(MAX_CELLS / MAX_COLUMNS + 1);
        let flood = format!(
            "<r><header>{}</header><data>{rows}</data></r>",
            header(MAX_COLUMNS)
        );
        assert!(matches!(
            Report::parse_xml(&flood),
            Err(Error::MalformedReply(m)) if m.contains("values")
        ));
    }

    #[test]
    fn report_dates_use_rescues_format() {
        let at = chrono::NaiveDate::from_ymd_opt(2026, 3, 5)
            .unwrap()
            .and_hms_opt(8, 4, 9)
            .unwrap();
        assert_eq!(report_date(at), "3/5/2026 8:04:09");
    }
}
