//! getHierarchy_v2: the account tree — groups, administrators, technicians with their status,
//! channels (rescue-api.md §2.13).
//!
//! The wire layout is `Key:value` lines, nodes separated by blank lines; the documentation
//! renders the same thing flattened onto one line. Both are read: a field starts at a known key
//! followed by `:`, at the start of a line or (flattened form) after white space. Values may
//! contain `:` themselves, so only known keys split.

use crate::error::{Error, Result};
use crate::ids::NodeId;

/// The keys getHierarchy_v2 documents, in their documented order.
const KEYS: [&str; 7] = [
    "NodeID",
    "ParentID",
    "Name",
    "Email",
    "Description",
    "Status",
    "Type",
];

/// Kind of hierarchy node. Compared case-insensitively: the docs spell `Masteradministrator`,
/// the SOAP enum `MasterAdministrator`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum NodeType {
    /// `Root`
    Root,
    /// `Masteradministrators` (the group of master administrators)
    MasterAdministrators,
    /// `Administrators`
    Administrators,
    /// `Technicians`
    Technicians,
    /// `AdministratorGroup`
    AdministratorGroup,
    /// `TechnicianGroup`
    TechnicianGroup,
    /// `Masteradministrator`
    MasterAdministrator,
    /// `Administrator`
    Administrator,
    /// `Technician`
    Technician,
    /// `AdministratorLink`
    AdministratorLink,
    /// `AdministratorGroupLink`
    AdministratorGroupLink,
    /// `Channel`
    Channel,
    /// `PseudoGroup` (SOAP only)
    PseudoGroup,
    /// Anything else, verbatim.
    Other(String),
}

impl NodeType {
    fn parse(text: &str) -> Self {
        const KNOWN: [(&str, NodeType); 13] = [
            ("root", NodeType::Root),
            ("masteradministrators", NodeType::MasterAdministrators),
            ("administrators", NodeType::Administrators),
            ("technicians", NodeType::Technicians),
            ("administratorgroup", NodeType::AdministratorGroup),
            ("techniciangroup", NodeType::TechnicianGroup),
            ("masteradministrator", NodeType::MasterAdministrator),
            ("administrator", NodeType::Administrator),
            ("technician", NodeType::Technician),
            ("administratorlink", NodeType::AdministratorLink),
            ("administratorgrouplink", NodeType::AdministratorGroupLink),
            ("channel", NodeType::Channel),
            ("pseudogroup", NodeType::PseudoGroup),
        ];
        KNOWN
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(text))
            .map_or_else(|| NodeType::Other(text.to_owned()), |(_, t)| t.clone())
    }
}

/// A node's presence status.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum NodeStatus {
    /// `Online`
    Online,
    /// `Busy`
    Busy,
    /// `Away`
    Away,
    /// `Offline`
    Offline,
    /// `Disabled`
    Disabled,
    /// Anything else (including empty), verbatim.
    Other(String),
}

impl NodeStatus {
    fn parse(text: &str) -> Self {
        match text.to_ascii_lowercase().as_str() {
            "online" => NodeStatus::Online,
            "busy" => NodeStatus::Busy,
            "away" => NodeStatus::Away,
            "offline" => NodeStatus::Offline,
            "disabled" => NodeStatus::Disabled,
            _ => NodeStatus::Other(text.to_owned()),
        }
    }
}

/// One node of the hierarchy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HierarchyNode {
    /// `NodeID`.
    pub id: NodeId,
    /// `ParentID`; `None` for the root (Rescue sends `0` or nothing).
    pub parent_id: Option<NodeId>,
    /// `Name`.
    pub name: String,
    /// `Email` (empty for groups and channels).
    pub email: String,
    /// `Description`.
    pub description: String,
    /// `Status`.
    pub status: NodeStatus,
    /// `Type`.
    pub node_type: NodeType,
}

/// The parsed hierarchy, nodes in Rescue's order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hierarchy {
    /// All nodes.
    pub nodes: Vec<HierarchyNode>,
}

impl Hierarchy {
    /// Parses the payload of an `OK` getHierarchy_v2 reply. An empty payload is an empty tree;
    /// a node without a valid `NodeID` makes the reply malformed.
    pub fn parse(payload: &str) -> Result<Self> {
        let mut nodes = Vec::new();
        let mut current: Option<Vec<(&'static str, String)>> = None;
        for (key, value) in fields(payload) {
            if key == "NodeID" {
                if let Some(fields) = current.take() {
                    nodes.push(build_node(fields)?);
                }
                current = Some(Vec::with_capacity(KEYS.len()));
            }
            match current.as_mut() {
                Some(fields) => fields.push((key, value)),
                None => {
                    return Err(Error::MalformedReply(format!(
                        "hierarchy field `{key}` before any NodeID"
                    )))
                }
            }
        }
        if let Some(fields) = current {
            nodes.push(build_node(fields)?);
        }
        Ok(Hierarchy { nodes })
    }

    /// The node with this ID.
    pub fn node(&self, id: NodeId) -> Option<&HierarchyNode> {
        self.nodes.iter().find(|n| n.id == id)
    }

    /// The direct children of a node, in Rescue's order.
    pub fn children(&self, parent: NodeId) -> impl Iterator<Item = &HierarchyNode> {
        self.nodes
            .iter()
            .filter(move |n| n.parent_id == Some(parent))
    }
}

fn build_node(fields: Vec<(&'static str, String)>) -> Result<HierarchyNode> {
    let get = |key: &str| {
        fields
            .iter()
            .find(|(k, _)| *k == key)
            .map_or("", |(_, v)| v.as_str())
    };
    let id_text = get("NodeID");
    let id = id_text
        .parse::<NodeId>()
        .map_err(|e| Error::MalformedReply(format!("hierarchy NodeID `{id_text}`: {e}")))?;
    let parent_text = get("ParentID");
    let parent_id = if parent_text.is_empty() || parent_text.bytes().all(|b| b == b'0') {
        None
    } else {
        Some(parent_text.parse::<NodeId>().map_err(|e| {
            Error::MalformedReply(format!("hierarchy ParentID `{parent_text}`: {e}"))
        })?)
    };
    Ok(HierarchyNode {
        id,
        parent_id,
        name: get("Name").to_owned(),
        email: get("Email").to_owned(),
        description: get("Description").to_owned(),
        status: NodeStatus::parse(get("Status")),
        node_type: NodeType::parse(get("Type")),
    })
}

/// Splits the payload into (key, value) pairs in order. A line that starts with no known key
/// continues the previous value (a description with a line break).
fn fields(payload: &str) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = Vec::new();
    for line in payload.split('\n') {
        let line = line.trim_end();
        if line.trim().is_empty() {
            continue;
        }
        let starts = key_starts(line);
        match starts.first() {
            Some(&(0, _)) => {}
            _ => {
                // Continuation of the previous value, up to the first key on this line (if any).
                let end = starts.first().map_or(line.len(), |&(pos, _)| pos);
                if let Some((_, value)) = out.last_mut() {
                    value.push('\n');
                    value.push_str(line[..end].trim());
                }
            }
        }
        for (i, &(pos, key)) in starts.iter().enumerate() {
            let value_start = pos + key.len() + 1;
            let value_end = starts.get(i + 1).map_or(line.len(), |&(next, _)| next);
            out.push((key, line[value_start..value_end].trim().to_owned()));
        }
    }
    out
}

/// Positions of known `Key:` markers in a line: at its start, or after white space. Within one
/// line, keys after the first are accepted only in documented order, so a `Name:` inside a
/// description of the flattened form does not start a new field out of turn.
fn key_starts(line: &str) -> Vec<(usize, &'static str)> {
    let mut found: Vec<(usize, &'static str)> = Vec::new();
    let mut next_key = 0;
    let bytes = line.as_bytes();
    let mut pos = 0;
    while pos < line.len() {
        let at_boundary = pos == 0 || bytes[pos - 1].is_ascii_whitespace();
        if at_boundary {
            let rest = &line[pos..];
            let candidates = if found.is_empty() {
                &KEYS[..]
            } else {
                &KEYS[next_key..]
            };
            if let Some(key) = candidates.iter().find(|key| {
                rest.len() > key.len()
                    && rest.as_bytes()[key.len()] == b':'
                    && rest[..key.len()].eq_ignore_ascii_case(key)
            }) {
                next_key = KEYS
                    .iter()
                    .position(|k| k == key)
                    .map_or(KEYS.len(), |i| i + 1);
                found.push((pos, key));
                pos += key.len() + 1;
                continue;
            }
        }
        pos += line[pos..].chars().next().map_or(1, char::len_utf8);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_field_per_line() {
        let h = Hierarchy::parse(
            "NodeID:337364\nParentID:337363\nName:Technician Group1\nEmail:\nDescription:\nStatus:Offline\nType:TechnicianGroup\n\nNodeID:337366\nParentID:337364\nName:John Doe\nEmail:jdoe@company.com\nDescription:Night shift: EMEA\nStatus:Online\nType:Technician\n\n",
        )
        .unwrap();
        assert_eq!(h.nodes.len(), 2);
        let john = &h.nodes[1];
        assert_eq!(john.id.get(), 337366);
        assert_eq!(john.parent_id.map(NodeId::get), Some(337364));
        assert_eq!(john.description, "Night shift: EMEA");
        assert_eq!(john.status, NodeStatus::Online);
        assert_eq!(john.node_type, NodeType::Technician);
        assert_eq!(h.children(h.nodes[0].id).count(), 1);
    }

    #[test]
    fn documented_flattened_sample() {
        let h = Hierarchy::parse(
            "NodeID:337364 ParentID:337363 Name:Technician Group1 Email: Description:\nStatus:Offline Type:TechnicianGroup",
        )
        .unwrap();
        assert_eq!(h.nodes.len(), 1);
        let n = &h.nodes[0];
        assert_eq!(n.name, "Technician Group1");
        assert_eq!(n.email, "");
        assert_eq!(n.description, "");
        assert_eq!(n.status, NodeStatus::Offline);
        assert_eq!(n.node_type, NodeType::TechnicianGroup);
    }

    #[test]
    fn empty_and_broken() {
        assert!(Hierarchy::parse("").unwrap().nodes.is_empty());
        assert!(Hierarchy::parse("Name:orphan\n").is_err());
        assert!(Hierarchy::parse("NodeID:abc\n").is_err());
    }

    #[test]
    fn types_compare_case_insensitively() {
        assert_eq!(
            NodeType::parse("MasterAdministrator"),
            NodeType::MasterAdministrator
        );
        assert_eq!(
            NodeType::parse("Masteradministrator"),
            NodeType::MasterAdministrator
        );
        assert_eq!(NodeType::parse("Robot"), NodeType::Other("Robot".into()));
    }
}
