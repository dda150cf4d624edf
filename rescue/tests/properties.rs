//! Property tests: no parser panics on any input, and well-formed tables parse back to what was
//! generated.

use proptest::prelude::*;
use rescue::{Hierarchy, Reply, SessionList, SessionStatus};

const HEADER: [&str; 19] = [
    "ID",
    "Status",
    "Entry ID",
    "Entry",
    "Technician ID",
    "Technician",
    "Start Time",
    "Waiting Time",
    "Custom Field 0",
    "Custom Field 1",
    "Custom Field 2",
    "Custom Field 3",
    "Custom Field 4",
    "Custom Field 5",
    "Language",
    "Transferred To",
    "Transferred Comment",
    "Is Lead Technician",
    "HandingOff",
];

/// A generated row, in the shape the parser should return.
#[derive(Debug, Clone)]
struct GenRow {
    id: u32,
    status: String,
    entry_id: u32,
    technician_id: u32,
    technician: String,
    minute: u32,
    waiting: u64,
    custom: [String; 6],
    lead: bool,
}

/// Free text as Rescue might carry it: anything but the delimiter and line breaks, trimmed.
fn text() -> impl Strategy<Value = String> {
    "[^|\r\n]{0,12}".prop_map(|s| s.trim().to_owned())
}

fn row() -> impl Strategy<Value = GenRow> {
    (
        1..=i32::MAX as u32,
        prop_oneof![
            Just("Waiting".to_owned()),
            Just("Active".to_owned()),
            Just("On Hold".to_owned()),
            text()
        ],
        0..=i32::MAX as u32,
        0..=i32::MAX as u32,
        text(),
        0..60u32,
        any::<u32>().prop_map(u64::from),
        proptest::array::uniform6(text()),
        any::<bool>(),
    )
        .prop_map(
            |(id, status, entry_id, technician_id, technician, minute, waiting, custom, lead)| {
                GenRow {
                    id,
                    status,
                    entry_id,
                    technician_id,
                    technician,
                    minute,
                    waiting,
                    custom,
                    lead,
                }
            },
        )
}

fn render(rows: &[GenRow], crlf: bool) -> String {
    let nl = if crlf { "\r\n" } else { "\n" };
    let mut body = format!("OK{nl}{nl}{}|{nl}", HEADER.join("|"));
    for r in rows {
        let fields = [
            r.id.to_string(),
            r.status.clone(),
            r.entry_id.to_string(),
            String::new(),
            r.technician_id.to_string(),
            r.technician.clone(),
            format!("2/16/2012 9:{:02} AM", r.minute),
            r.waiting.to_string(),
            r.custom[0].clone(),
            r.custom[1].clone(),
            r.custom[2].clone(),
            r.custom[3].clone(),
            r.custom[4].clone(),
            r.custom[5].clone(),
            "en".into(),
            String::new(),
            String::new(),
            if r.lead { "yes".into() } else { String::new() },
            String::new(),
        ];
        body.push_str(&fields.join("|"));
        body.push('|');
        body.push_str(nl);
    }
    body
}

proptest! {
    #[test]
    fn framing_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = Reply::parse(text.into_owned());
    }

    #[test]
    fn session_parser_never_panics(text in "(?s).{0,600}") {
        let _ = SessionList::parse(&text);
    }

    #[test]
    fn session_parser_never_panics_on_pipe_soup(text in "[0-9A-Za-z |\n\r:/]{0,600}") {
        let _ = SessionList::parse(&text);
        let _ = Hierarchy::parse(&text);
    }

    #[test]
    fn hierarchy_parser_never_panics(text in "(?s).{0,600}") {
        let _ = Hierarchy::parse(&text);
    }

    #[test]
    fn well_formed_tables_parse_back(rows in proptest::collection::vec(row(), 0..40), crlf in any::<bool>()) {
        let body = render(&rows, crlf);
        let reply = Reply::parse(&body).unwrap();
        prop_assert!(reply.is_ok());
        let list = SessionList::parse(reply.payload()).unwrap();
        prop_assert!(list.malformed.is_empty(), "{:?}", list.malformed);
        prop_assert_eq!(list.rows.len(), rows.len());
        for (got, want) in list.rows.iter().zip(&rows) {
            prop_assert_eq!(got.id.get(), want.id);
            prop_assert_eq!(&got.status_text, &want.status);
            prop_assert_eq!(got.status, SessionStatus::from_text(&want.status));
            prop_assert_eq!(got.channel_id.map_or(0, |c| c.get()), want.entry_id);
            prop_assert_eq!(got.technician_id.map_or(0, |t| t.get()), want.technician_id);
            prop_assert_eq!(&got.technician, &want.technician);
            prop_assert_eq!(got.waiting_secs, Some(want.waiting));
            prop_assert_eq!(&got.custom_fields, &want.custom);
            prop_assert_eq!(got.is_lead, want.lead);
            let start = got.start_time.expect("generated start time parses");
            prop_assert_eq!(start.to_string(), format!("2012-02-16 09:{:02}:00", want.minute));
        }
    }
}

proptest! {
    /// Report XML never panics the parser, whatever arrives.
    #[test]
    fn report_parser_never_panics(payload in ".{0,400}") {
        let _ = rescue::Report::parse_xml(&payload);
    }

    /// Any values (pipes, line breaks, markup characters) survive a report's XML, each in its
    /// own column, whatever order the fields of a row come in.
    #[test]
    fn report_values_round_trip(
        rows in prop::collection::vec(prop::collection::vec("[a-zA-Z0-9 |&<>\"'\n]{0,12}", 3), 0..8),
        reversed in any::<bool>(),
    ) {
        let columns = ["Session ID", "Chat Log", "Technician Name"];
        let mut xml = String::from("<report><header>");
        for (id, name) in columns.iter().enumerate() {
            xml.push_str(&format!("<field id=\"{id}\">{name}</field>"));
        }
        xml.push_str("</header><data>");
        for row in &rows {
            xml.push_str("<row>");
            let mut fields: Vec<(usize, &String)> = row.iter().enumerate().collect();
            if reversed {
                fields.reverse();
            }
            for (id, value) in fields {
                xml.push_str(&format!(
                    "<field id=\"{id}\">{}</field>",
                    quick_xml::escape::escape(value.as_str())
                ));
            }
            xml.push_str("</row>");
        }
        xml.push_str("</data></report>");
        let report = rescue::Report::parse_xml(&xml).unwrap();
        prop_assert_eq!(report.columns, columns);
        prop_assert_eq!(report.rows, rows);
    }
}
