//! Rescue's text shapes, written from the server side: pipe tables with a trailing `|` and
//! `Key:value` blocks separated by blank lines.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDateTime, Timelike};

use crate::clock::{to_naive, Millis};
use crate::model::{Node, Session};

/// Which getSession flavour: each adds columns to the previous one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    /// getSession: the base columns.
    V1,
    /// getSession_v2: adds `Is Lead Technician` and `HandingOff`.
    V2,
    /// getSession_v3: adds `Custom Field 3` to `Custom Field 5`.
    V3,
}

impl Version {
    fn columns(self) -> Vec<&'static str> {
        let mut columns = vec![
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
        ];
        if self == Version::V3 {
            columns.extend(["Custom Field 3", "Custom Field 4", "Custom Field 5"]);
        }
        columns.extend(["Language", "Transferred To", "Transferred Comment"]);
        if self != Version::V1 {
            columns.extend(["Is Lead Technician", "HandingOff"]);
        }
        columns
    }
}

/// `M/D/YYYY h:mm AM/PM`: US order, no leading zeros, no seconds.
pub fn start_time(t: NaiveDateTime) -> String {
    let (pm, hour) = t.hour12();
    format!(
        "{}/{}/{} {}:{:02} {}",
        t.month(),
        t.day(),
        t.year(),
        hour,
        t.minute(),
        if pm { "PM" } else { "AM" }
    )
}

fn push_row(out: &mut String, fields: &[&str]) {
    for field in fields {
        out.push_str(field);
        out.push('|');
    }
    out.push('\n');
}

/// The getSession table for these sessions: one row per technician, lead first; a session
/// waiting in a channel queue has one row with technician 0.
pub fn session_table(
    version: Version,
    sessions: &[&Session],
    nodes: &BTreeMap<u32, Node>,
    now: Millis,
) -> String {
    let columns = version.columns();
    let mut out = String::with_capacity(128 + sessions.len() * 160);
    push_row(&mut out, &columns);
    for session in sessions {
        let channel_name = nodes.get(&session.channel).map_or("", |n| n.name.as_str());
        let id = session.id.to_string();
        let entry = session.channel.to_string();
        let started = start_time(to_naive(session.started));
        let waiting = ((now - session.changed).max(0) / 1000).to_string();
        let technicians: Vec<u32> = if session.technicians.is_empty() {
            vec![0]
        } else {
            session.technicians.clone()
        };
        for (i, tech) in technicians.iter().enumerate() {
            let tech_id = tech.to_string();
            let tech_name = nodes.get(tech).map_or("", |n| n.name.as_str());
            let mut fields: Vec<&str> = vec![
                &id,
                session.status.text(),
                &entry,
                channel_name,
                &tech_id,
                tech_name,
                &started,
                &waiting,
                &session.custom[0],
                &session.custom[1],
                &session.custom[2],
            ];
            if version == Version::V3 {
                fields.extend([
                    session.custom[3].as_str(),
                    &session.custom[4],
                    &session.custom[5],
                ]);
            }
            fields.extend([
                session.language.as_str(),
                &session.transferred_to,
                &session.transferred_comment,
            ]);
            if version != Version::V1 {
                fields.extend([if i == 0 { "yes" } else { "" }, ""]);
            }
            push_row(&mut out, &fields);
        }
    }
    out
}

/// getHierarchy_v2's blocks: `Key:value` lines, a blank line after each node.
pub fn hierarchy(nodes: &[&Node]) -> String {
    let mut out = String::new();
    for node in nodes {
        let status = match node.kind {
            crate::model::NodeKind::Technician
            | crate::model::NodeKind::Administrator
            | crate::model::NodeKind::MasterAdministrator
                if node.disabled =>
            {
                "Disabled"
            }
            crate::model::NodeKind::Technician | crate::model::NodeKind::Channel => {
                node.presence.wire()
            }
            _ => "Offline",
        };
        out.push_str(&format!(
            "NodeID:{}\nParentID:{}\nName:{}\nEmail:{}\nDescription:{}\nStatus:{}\nType:{}\n\n",
            node.id,
            node.parent,
            node.name,
            node.email,
            node.description,
            status,
            node.kind.wire()
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_time_has_no_leading_zeros() {
        let t = NaiveDateTime::parse_from_str("2012-02-16 09:05:00", "%Y-%m-%d %H:%M:%S").unwrap();
        assert_eq!(start_time(t), "2/16/2012 9:05 AM");
        let t = NaiveDateTime::parse_from_str("2024-06-19 12:07:00", "%Y-%m-%d %H:%M:%S").unwrap();
        assert_eq!(start_time(t), "6/19/2024 12:07 PM");
        let t = NaiveDateTime::parse_from_str("2024-06-19 00:30:00", "%Y-%m-%d %H:%M:%S").unwrap();
        assert_eq!(start_time(t), "6/19/2024 12:30 AM");
    }

    #[test]
    fn column_sets_per_version() {
        assert_eq!(Version::V1.columns().len(), 14);
        assert_eq!(Version::V2.columns().len(), 16);
        assert_eq!(Version::V3.columns().len(), 19);
    }
}
