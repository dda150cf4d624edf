//! The parsers against the documented samples and every quirk of rescue-api.md §3.

use rescue::{
    Error, Hierarchy, NodeStatus, NodeType, Phase, Reply, SessionId, SessionList, SessionStatus,
};

fn sessions(body: &str) -> SessionList {
    let reply = Reply::parse(body).expect("framed");
    assert!(reply.is_ok(), "code {}", reply.code);
    SessionList::parse(reply.payload()).expect("parsed")
}

#[test]
fn documented_v3_sample_with_collaborating_technicians() {
    let list = sessions(include_str!("fixtures/getsession_v3_documented.txt"));
    assert_eq!(list.columns.len(), 19);
    assert!(list.malformed.is_empty());
    assert_eq!(list.rows.len(), 3);

    let waiting = &list.rows[0];
    assert_eq!(waiting.id.get(), 1_073_201_447);
    assert_eq!(waiting.status, Some(SessionStatus::Waiting));
    assert_eq!(waiting.channel_id.map(|c| c.get()), Some(1_927_940_688));
    assert_eq!(waiting.channel, "Support Channel");
    // Technician ID 0 means "still in the channel queue".
    assert_eq!(waiting.technician_id, None);
    assert_eq!(waiting.waiting_secs, Some(4267));
    assert_eq!(waiting.custom_fields[0], "Lucia");
    assert_eq!(waiting.custom_fields[3], "Printer offline");
    assert_eq!(waiting.language, "en");
    assert!(waiting.is_lead);
    assert_eq!(
        waiting.start_time.map(|t| t.to_string()).as_deref(),
        Some("2024-06-19 13:46:00")
    );

    // One session, two technicians: two rows, same ID, lead first.
    let id: SessionId = "1073185217".parse().unwrap();
    let rows = list.rows_of(id);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].technician, "Tech A");
    assert!(rows[0].is_lead);
    assert_eq!(rows[1].technician, "Tech B");
    assert!(!rows[1].is_lead);
    assert_eq!(rows[1].technician_id.map(|t| t.get()), Some(23_345_104));
}

#[test]
fn documented_v1_v2_sample_reads_as_the_docs_say() {
    let list = sessions(include_str!("fixtures/getsession_v2_documented.txt"));
    assert_eq!(list.columns.len(), 16);
    let row = &list.rows[0];
    assert_eq!(row.id.get(), 1_663_112);
    assert_eq!(row.status_text, "Waiting");
    assert_eq!(row.channel_id, None);
    assert_eq!(row.channel, "");
    assert_eq!(row.technician_id.map(|t| t.get()), Some(337_366));
    assert_eq!(row.technician, "John Doe");
    assert_eq!(row.start_time_text, "2/16/2012 9:00 AM");
    assert_eq!(row.waiting_secs, Some(13));
    assert_eq!(row.custom_fields[0], "Customer");
    // v2 has no Custom Field 3-5: they read as empty, not as shifted neighbours.
    assert_eq!(row.custom_fields[3], "");
    assert_eq!(row.language, "en");
    assert!(row.is_lead);
}

#[test]
fn crlf_reply_parses_like_lf() {
    let lf = include_str!("fixtures/getsession_v3_documented.txt");
    let crlf = lf.replace('\n', "\r\n");
    assert_eq!(sessions(lf), sessions(&crlf));
}

#[test]
fn header_only_is_an_empty_list_not_an_error() {
    let list = sessions(include_str!("fixtures/getsession_v3_empty.txt"));
    assert!(list.rows.is_empty());
    assert!(list.malformed.is_empty());
    assert_eq!(list.columns[0], "ID");
}

#[test]
fn localized_statuses_are_kept_verbatim() {
    let list = sessions(include_str!("fixtures/getsession_v3_localized.txt"));
    assert_eq!(list.rows.len(), 3);
    assert_eq!(list.rows[0].status_text, "Ativas");
    assert_eq!(list.rows[0].status, None);
    assert_eq!(list.rows[0].technician, "João Pedro");
    assert_eq!(list.rows[0].custom_fields[1], "CONEXÃO");
    assert!(list.rows[0].is_lead, "`sim` is a localized yes");
    assert_eq!(list.rows[1].status_text, "Encerrado pelo cliente ativo");
    assert_eq!(list.rows[2].status, Some(SessionStatus::DeclinedByCustomer));
    assert_eq!(
        list.rows[2].status.map(SessionStatus::phase),
        Some(Phase::Finished)
    );
}

#[test]
fn malformed_rows_are_reported_never_shifted() {
    let list = sessions(include_str!("fixtures/getsession_v3_malformed.txt"));
    // Only the last row is sound; the embedded pipe, the line break (two broken lines), the
    // non-numeric ID and the non-numeric waiting time are each reported with their line.
    assert_eq!(list.rows.len(), 1);
    assert_eq!(list.rows[0].id.get(), 1_073_400_005);
    assert_eq!(list.rows[0].status, Some(SessionStatus::OnHold));
    let lines: Vec<usize> = list.malformed.iter().map(|m| m.line).collect();
    assert_eq!(lines, [1, 2, 3, 4, 5]);
    assert!(list.malformed[0]
        .reason
        .contains("expected 19 fields, found 20"));
    assert!(list.malformed[3].reason.contains("session ID `abc`"));
    assert!(list.malformed[4].reason.contains("waiting time `ten`"));
}

#[test]
fn documentation_flattened_rendering_is_a_malformed_reply() {
    // The v1 doc page glues header and row into one stream; guessing would shift columns.
    let flattened = "OK ID|Status|Entry ID|Entry|Technician ID|Technician|Start Time|Waiting Time|Custom Field 0|Custom Field 1|Custom Field 2|Language|Transferred To|Transferred Comment|Is Lead Technician|HandingOff|1663112|Waiting|0||337366|John Doe|2/16/2012 9:00 AM|13|Customer|||en|||yes||";
    let reply = Reply::parse(flattened).unwrap();
    assert!(matches!(
        SessionList::parse(reply.payload()),
        Err(Error::MalformedReply(_))
    ));
}

#[test]
fn list_without_id_or_status_column_is_malformed() {
    assert!(SessionList::parse("Status|Technician|\nWaiting|A|\n").is_err());
    assert!(SessionList::parse("ID|Technician|\n1|A|\n").is_err());
    assert!(SessionList::parse("").is_err());
}

#[test]
fn columns_are_found_by_name_in_any_order() {
    let list =
        SessionList::parse("Technician|Status|Waiting Time|ID|\nTech A|Active|5|42|\n").unwrap();
    let row = &list.rows[0];
    assert_eq!(row.id.get(), 42);
    assert_eq!(row.technician, "Tech A");
    assert_eq!(row.waiting_secs, Some(5));
}

#[test]
fn hierarchy_sample_parses_every_node() {
    let reply = Reply::parse(include_str!("fixtures/gethierarchy_v2.txt")).unwrap();
    let tree = Hierarchy::parse(reply.payload()).unwrap();
    assert_eq!(tree.nodes.len(), 4);
    assert_eq!(tree.nodes[0].parent_id, None);
    assert_eq!(tree.nodes[0].node_type, NodeType::Technicians);
    let john = &tree.nodes[2];
    assert_eq!(john.name, "John Doe");
    assert_eq!(john.email, "jdoe@company.com");
    assert_eq!(
        john.description, "Shift: 9-5",
        "split on the first colon only"
    );
    assert_eq!(john.status, NodeStatus::Online);
    let channel = &tree.nodes[3];
    assert_eq!(channel.node_type, NodeType::Channel);
    let group = tree.nodes[1].id;
    assert_eq!(tree.children(group).count(), 2);
}

#[test]
fn business_error_codes_frame_without_payload() {
    for code in ["NOTLOGGEDIN", "INVALIDPARAM_NODE", "INVALID_SECRETAUTHCODE"] {
        let reply = Reply::parse(format!("{code}\r\n")).unwrap();
        assert_eq!(reply.code, code);
        assert!(!reply.is_ok());
    }
}
