//! The typed parts of SOAP responses, written from the same text the HTTP pages send, so a
//! session or node reads the same over both transports (rescue-api.md §2.5, §2.13).

use std::io;

use quick_xml::events::BytesText;
use quick_xml::Writer;

use super::ops::{Operation, Out};
use crate::model::Status;

/// One element of a row type, and where its value comes from.
#[derive(Debug)]
pub(crate) struct Field {
    /// Element name.
    pub element: &'static str,
    /// The HTTP column (getSession) or key (getHierarchy) it is read from.
    pub source: &'static str,
    /// Its schema type.
    pub xsd: &'static str,
    /// The getSession version that added it.
    pub since: u8,
}

const fn field(element: &'static str, source: &'static str, xsd: &'static str, since: u8) -> Field {
    Field {
        element,
        source,
        xsd,
        since,
    }
}

/// `SESSION_V3`'s elements in schema order; `SESSION` and `SESSION_V2` are the prefixes by
/// `since` (rescue-api.md §2.5, a real v3 response).
pub(crate) const SESSION_FIELDS: &[Field] = &[
    field("iID", "ID", "s:int", 1),
    field("bStatus", "Status", "tns:SESSIONSTATUS", 1),
    field("sStatus", "Status", "s:string", 1),
    field("iEntry", "Entry ID", "s:int", 1),
    field("sEntry", "Entry", "s:string", 1),
    field("iTechnician", "Technician ID", "s:int", 1),
    field("sTechnician", "Technician", "s:string", 1),
    field("sStartTime", "Start Time", "s:string", 1),
    field("iWaitingTimeInSec", "Waiting Time", "s:int", 1),
    field("sCustomField0", "Custom Field 0", "s:string", 1),
    field("sCustomField1", "Custom Field 1", "s:string", 1),
    field("sCustomField2", "Custom Field 2", "s:string", 1),
    field("sCustomField3", "Custom Field 3", "s:string", 3),
    field("sCustomField4", "Custom Field 4", "s:string", 3),
    field("sCustomField5", "Custom Field 5", "s:string", 3),
    field("sLanguage", "Language", "s:string", 1),
    field("sTransferredTo", "Transferred To", "s:string", 1),
    field("sTransferredComment", "Transferred Comment", "s:string", 1),
    field("bIsLead", "Is Lead Technician", "s:boolean", 2),
    field("bHandingOff", "HandingOff", "s:boolean", 2),
];

/// `HIERARCHY`'s elements.
pub(crate) const NODE_FIELDS: &[Field] = &[
    field("iNodeID", "NodeID", "s:int", 1),
    field("iParentID", "ParentID", "s:int", 1),
    field("sName", "Name", "s:string", 1),
    field("sEmail", "Email", "s:string", 1),
    field("sDescription", "Description", "s:string", 1),
    field("eStatus", "Status", "tns:NODESTATUS", 1),
    field("eType", "Type", "tns:NODETYPE", 1),
];

/// The version of a session row type.
pub(crate) fn row_version(row: &str) -> u8 {
    match row {
        "SESSION_V3" => 3,
        "SESSION_V2" => 2,
        _ => 1,
    }
}

/// The `bStatus` enumeration as a production SOAP client knows it (rescue-api.md §2.5).
pub(crate) const SESSION_STATUS: &[&str] = &[
    "SESSION_STARTING",
    "SESSION_CONNECTING",
    "SESSION_WAITING",
    "SESSION_OFFLINE",
    "SESSION_PICKEDUP",
    "SESSION_CLOSEDBYCUSTOMER",
    "SESSION_CLOSEDBYTECHNICIAN",
    "SESSION_TRANSFERINGBUTNOTPICKEDUP",
    "SESSION_REVOKED",
    "SESSION_CLOSED_TRANSFERREDANOTHERTECH_WITHOUTPICKUP",
    "SESSION_CUSTOMERLEFTSESSION_WASNOTPICKEDUP",
    "SESSION_WAITINGTIMEOUT_PICKEDUP",
    "SESSION_WAITINGTIMEOUT_NOTPICKEDUP",
    "SESSION_SYSTEMTIMEOUT_PICKEDUP",
    "SESSION_SYSTEMTIMEOUT_NOTPICKEDUP",
    "SESSION_ABORTED_TECHDELETEDORDISABLED",
    "SESSION_CLOSED_TRANSFERREDANOTHERTECH",
    "SESSION_REBOOTING",
    "SESSION_CONNECTIONPROBLEM",
    "SESSION_ONHOLD",
    "SESSION_ONHOLDBUTCUSTOMERLEFT",
    "SESSION_TIMEOUT_SESSIONIDLETECHSIDE",
    "SESSION_CUSTOMERLEFTSESSION_DURINGTRANSFER_WITHOUTPICKUP",
    "SESSION_CUSTOMERLEFTSESSION_DURINGTRANSFER",
    "SESSION_CLOSEDBYWAITINGCUSTOMER",
    "SESSION_CLOSEDBYACTIVECUSTOMER",
    "SESSION_CLOSED_DURINGRECONNECTING",
    "SESSION_CLOSED_DURINGREBOOTING",
    "SESSION_UACCESS_EXPIRED_WASPICKEDUPBEFORE",
    "SESSION_UACCESS_EXPIRED_NOTPICKEDUPBEFORE",
    "SESSION_UACCESS_REVOKEDBYCUSTOMER_WASPICKEDUPBEFORE",
    "SESSION_UACCESS_REVOKEDBYCUSTOMER_NOTPICKEDUPBEFORE",
    "SESSION_UACCESS_REVOKEDBYADMIN_WASPICKEDUPBEFORE",
    "SESSION_UACCESS_REVOKEDBYADMIN_NOTPICKEDUPBEFORE",
    "SESSION_TERMSANDCONDITIONSDECLINED",
    "SESSION_TIMEOUT_TECHCONNECTIONLOSTORSESSIONWASNOTCLOSEDBYTECH",
    "SESSION_STATUS_NOT_SUPPORTED_VALUE",
];

/// `eStatus` of a node.
pub(crate) const NODE_STATUS: &[&str] = &["Disabled", "Offline", "Online", "Busy", "Away"];

/// `eType` of a node: the SOAP spelling differs from the HTTP text in two names.
pub(crate) const NODE_TYPE: &[&str] = &[
    "Root",
    "MasterAdministrators",
    "Administrators",
    "Technicians",
    "AdministratorGroup",
    "TechnicianGroup",
    "MasterAdministrator",
    "Administrator",
    "Technician",
    "AdministratorLink",
    "AdministratorGroupLink",
    "PseudoGroup",
    "Channel",
];

const STATUSES: [Status; 9] = [
    Status::Waiting,
    Status::Active,
    Status::OnHold,
    Status::Transferring,
    Status::Rebooting,
    Status::ClosedByTechnician,
    Status::ClosedByCustomer,
    Status::ClosedByWaitingCustomer,
    Status::TimedOut,
];

/// The `bStatus` code of a display text; only `Waiting` and `Active` are confirmed pairs, the
/// rest follow the codes' names.
fn status_code(text: &str) -> &'static str {
    let status = STATUSES.into_iter().find(|s| s.text() == text);
    match status {
        Some(Status::Waiting) => "SESSION_WAITING",
        Some(Status::Active) => "SESSION_PICKEDUP",
        Some(Status::OnHold) => "SESSION_ONHOLD",
        Some(Status::Transferring) => "SESSION_TRANSFERINGBUTNOTPICKEDUP",
        Some(Status::Rebooting) => "SESSION_REBOOTING",
        Some(Status::ClosedByTechnician) => "SESSION_CLOSEDBYTECHNICIAN",
        Some(Status::ClosedByCustomer) => "SESSION_CLOSEDBYCUSTOMER",
        Some(Status::ClosedByWaitingCustomer) => "SESSION_CLOSEDBYWAITINGCUSTOMER",
        Some(Status::TimedOut) => "SESSION_WAITINGTIMEOUT_NOTPICKEDUP",
        None => "SESSION_STATUS_NOT_SUPPORTED_VALUE",
    }
}

/// A text value in the form its schema type wants.
fn typed(field: &Field, text: &str) -> String {
    match field.xsd {
        "s:boolean" => {
            (text.eq_ignore_ascii_case("yes") || text.eq_ignore_ascii_case("true")).to_string()
        }
        "s:int" if text.is_empty() => "0".into(),
        "tns:SESSIONSTATUS" => status_code(text).into(),
        "tns:NODETYPE" => NODE_TYPE
            .iter()
            .find(|t| t.eq_ignore_ascii_case(text))
            .map_or(text, |t| t)
            .into(),
        _ => text.into(),
    }
}

/// Writes `<opResponse>`: the result member, then what the operation carries.
pub(crate) fn response(
    w: &mut Writer<Vec<u8>>,
    op: &Operation,
    code: &str,
    payload: Option<&str>,
) -> io::Result<()> {
    // isAnyTechAvailableOnChannel answers TRUE/FALSE over HTTP: both are a successful call.
    let available = match op.out {
        Out::Available if code.eq_ignore_ascii_case("TRUE") => Some(true),
        Out::Available if code.eq_ignore_ascii_case("FALSE") => Some(false),
        _ => None,
    };
    let member = op.member(if available.is_some() { "OK" } else { code });
    let ok = member.ends_with("_OK");
    w.create_element(format!("{}Response", op.name))
        .with_attribute(("xmlns", super::NAMESPACE))
        .write_inner_content(|w| {
            w.create_element(format!("{}Result", op.name))
                .write_text_content(BytesText::new(&member))?;
            let payload = payload.filter(|_| ok).unwrap_or_default();
            match op.out {
                Out::Nothing => {}
                Out::Available => {
                    w.create_element("bAvailable")
                        .write_text_content(BytesText::new(
                            &available.unwrap_or(false).to_string(),
                        ))?;
                }
                Out::AuthCode if ok => {
                    let code = payload.split("AUTHCODE:").nth(1).unwrap_or_default().trim();
                    w.create_element("sAuthCode")
                        .write_text_content(BytesText::new(code))?;
                }
                Out::Report if ok => {
                    w.create_element("sReport")
                        .write_text_content(BytesText::new(payload))?;
                }
                Out::Sessions(row) if ok => sessions(w, row, payload)?,
                Out::Hierarchy if ok => hierarchy(w, payload)?,
                Out::Account if ok => {
                    for (element, xsd, key) in super::ops::ACCOUNT_FIELDS {
                        let value = payload
                            .lines()
                            .filter_map(|l| l.split_once(':'))
                            .find(|(k, _)| k.trim() == key)
                            .map_or("", |(_, v)| v.trim());
                        let value = if xsd == "s:boolean" {
                            value.to_ascii_lowercase()
                        } else {
                            value.to_owned()
                        };
                        w.create_element(element)
                            .write_text_content(BytesText::new(&value))?;
                    }
                }
                _ => {}
            }
            Ok(())
        })?;
    Ok(())
}

fn cells(line: &str) -> impl Iterator<Item = &str> {
    line.strip_suffix('|').unwrap_or(line).split('|')
}

/// `aSessions` from getSession's pipe table, columns matched by header name.
fn sessions(w: &mut Writer<Vec<u8>>, row: &str, table: &str) -> io::Result<()> {
    let mut lines = table.lines().filter(|l| !l.trim().is_empty());
    let header: Vec<&str> = lines.next().map(|h| cells(h).collect()).unwrap_or_default();
    let version = row_version(row);
    w.create_element("aSessions").write_inner_content(|w| {
        for line in lines {
            let values: Vec<&str> = cells(line).collect();
            let value = |column: &str| {
                header
                    .iter()
                    .position(|h| *h == column)
                    .and_then(|i| values.get(i).copied())
                    .unwrap_or_default()
            };
            let fields = SESSION_FIELDS.iter().filter(|f| f.since <= version);
            record(w, row, fields, value)?;
        }
        Ok(())
    })?;
    Ok(())
}

/// One row element: each field typed from the text `value` finds for its source.
fn record<'f>(
    w: &mut Writer<Vec<u8>>,
    name: &str,
    fields: impl Iterator<Item = &'f Field>,
    value: impl Fn(&str) -> &'f str,
) -> io::Result<()> {
    w.create_element(name).write_inner_content(|w| {
        for field in fields {
            let text = typed(field, value(field.source));
            w.create_element(field.element)
                .write_text_content(BytesText::new(&text))?;
        }
        Ok(())
    })?;
    Ok(())
}

/// `aHierarchy` from getHierarchy's `Key:value` blocks.
fn hierarchy(w: &mut Writer<Vec<u8>>, blocks: &str) -> io::Result<()> {
    w.create_element("aHierarchy").write_inner_content(|w| {
        for block in blocks.split("\n\n").filter(|b| !b.trim().is_empty()) {
            let pairs: Vec<(&str, &str)> =
                block.lines().filter_map(|l| l.split_once(':')).collect();
            let value = |key: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| k.trim() == key)
                    .map_or("", |(_, v)| *v)
            };
            record(w, "HIERARCHY", NODE_FIELDS.iter(), value)?;
        }
        Ok(())
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(op: &str, code: &str, payload: Option<&str>) -> String {
        let mut w = Writer::new(Vec::new());
        response(
            &mut w,
            super::super::table::find(op).unwrap(),
            code,
            payload,
        )
        .unwrap();
        String::from_utf8(w.into_inner()).unwrap()
    }

    #[test]
    fn session_rows_become_typed_elements() {
        let table = "ID|Status|Entry ID|Entry|Technician ID|Technician|Start Time|Waiting Time|Custom Field 0|Custom Field 1|Custom Field 2|Custom Field 3|Custom Field 4|Custom Field 5|Language|Transferred To|Transferred Comment|Is Lead Technician|HandingOff|\n\
            7|Waiting|5|Support & Co|0||2/16/2012 9:00 AM|13|<Lucia>||||||en|||yes||\n";
        let xml = written("getSession_V3", "OK", Some(table));
        assert!(xml.starts_with("<getSession_V3Response xmlns=\"https://secure.logmeinrescue.com/API/API.asmx\"><getSession_V3Result>getSession_OK</getSession_V3Result><aSessions><SESSION_V3><iID>7</iID><bStatus>SESSION_WAITING</bStatus><sStatus>Waiting</sStatus>"), "{xml}");
        assert!(xml.contains("<sEntry>Support &amp; Co</sEntry>"), "{xml}");
        assert!(
            xml.contains("<sCustomField0>&lt;Lucia&gt;</sCustomField0>"),
            "{xml}"
        );
        assert!(
            xml.contains("<bIsLead>true</bIsLead><bHandingOff>false</bHandingOff>"),
            "{xml}"
        );
        let v1 = written("getSession", "OK", Some(table));
        assert!(
            !v1.contains("bIsLead") && !v1.contains("sCustomField3"),
            "{v1}"
        );
    }

    #[test]
    fn errors_carry_no_data_and_availability_is_a_boolean() {
        let xml = written("getSession_V3", "NOTLOGGEDIN", Some("ignored"));
        assert!(
            xml.contains("getSession_NotLoggedIn") && !xml.contains("aSessions"),
            "{xml}"
        );
        let xml = written("isAnyTechAvailableOnChannel", "TRUE", None);
        assert!(xml.contains("isAnyTechAvailableOnChannel_OK</isAnyTechAvailableOnChannelResult><bAvailable>true"), "{xml}");
        let xml = written("requestAuthCode", "OK", Some("AUTHCODE: abc\n"));
        assert!(xml.contains("<sAuthCode>abc</sAuthCode>"), "{xml}");
    }

    #[test]
    fn nodes_use_the_soap_spelling_of_their_type() {
        let xml = written(
            "getHierarchy_v2",
            "OK",
            Some("NodeID:1\nParentID:0\nName:All\nEmail:\nDescription:\nStatus:Offline\nType:Masteradministrators\n\n"),
        );
        assert!(
            xml.contains("<HIERARCHY><iNodeID>1</iNodeID><iParentID>0</iParentID>"),
            "{xml}"
        );
        assert!(xml.contains("<eType>MasterAdministrators</eType>"), "{xml}");
    }
}
