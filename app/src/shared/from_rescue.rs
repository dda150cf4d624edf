//! Rescue's lists and tree, turned into the rows and picker entries the pages show.

use rescue::{Hierarchy, NodeId, NodeType, Phase, SessionList};

use crate::shared::address::{NodeAddress, NodeKind};
use crate::shared::row::{Badge, NodeRole, PickerEntry, Row};

/// The rows of a session list, in Rescue's order.
pub fn rows(list: &SessionList) -> Vec<Row> {
    list.rows
        .iter()
        .map(|r| Row {
            id: r.id.get(),
            status: r.status_text.clone(),
            badge: match r.status.map(|s| s.phase()) {
                Some(Phase::Waiting) => Badge::Waiting,
                Some(Phase::Live) => Badge::Live,
                Some(Phase::OnHold) => Badge::OnHold,
                Some(Phase::Finished) => Badge::Finished,
                None => Badge::Unknown,
            },
            technician_id: r.technician_id.map_or(0, |t| t.get()),
            technician: r.technician.clone(),
            channel: r.channel.clone(),
            start_time: r.start_time_text.clone(),
            started_at: r.start_time.map_or(0, |t| t.and_utc().timestamp()),
            waiting_secs: r.waiting_secs,
            changed_at: 0,
            customer: r.custom_fields[0].clone(),
            custom_text: r.custom_fields[1..].join(" "),
            language: r.language.clone(),
            transfer: [r.transferred_to.as_str(), r.transferred_comment.as_str()]
                .iter()
                .filter(|t| !t.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" — "),
            // Queue rows carry the flag too, but "lead" only means something with a technician.
            lead: r.is_lead && r.technician_id.is_some(),
            pending: None,
            transferring: r.status == Some(rescue::SessionStatus::Transferring),
        })
        .collect()
}

/// Groups, technicians and channels, in tree order.
pub fn picker(tree: &Hierarchy) -> Vec<PickerEntry> {
    fn walk(tree: &Hierarchy, id: NodeId, depth: u8, out: &mut Vec<PickerEntry>) {
        for child in tree.children(id) {
            let role = match child.node_type {
                NodeType::TechnicianGroup => NodeRole::Group,
                NodeType::Technician => NodeRole::Technician,
                _ => continue,
            };
            out.push(PickerEntry {
                node: NodeAddress {
                    id: child.id.get(),
                    kind: NodeKind::Node,
                },
                name: child.name.clone(),
                role,
                // Rescue reports groups as Offline; presence only means something for people.
                status: match (&child.node_type, &child.status) {
                    (NodeType::TechnicianGroup, _) => String::new(),
                    (_, rescue::NodeStatus::Other(s)) => s.clone(),
                    (_, s) => format!("{s:?}"),
                },
                depth,
            });
            walk(tree, child.id, depth.saturating_add(1), out);
        }
    }
    let mut entries = Vec::new();
    for root in tree
        .nodes
        .iter()
        .filter(|n| n.node_type == NodeType::Technicians)
    {
        walk(tree, root.id, 0, &mut entries);
    }
    entries.extend(
        tree.nodes
            .iter()
            .filter(|n| n.node_type == NodeType::Channel)
            .map(|c| PickerEntry {
                node: NodeAddress {
                    id: c.id.get(),
                    kind: NodeKind::Channel,
                },
                name: c.name.clone(),
                role: NodeRole::Channel,
                status: String::new(),
                depth: 0,
            }),
    );
    entries
}

/// The node to show when none is asked for: the technicians' root (every technician), else
/// the first group or technician.
pub fn default_node(tree: &Hierarchy) -> Option<NodeAddress> {
    [
        NodeType::Technicians,
        NodeType::TechnicianGroup,
        NodeType::Technician,
    ]
    .iter()
    .find_map(|kind| tree.nodes.iter().find(|n| &n.node_type == kind))
    .map(|n| NodeAddress {
        id: n.id.get(),
        kind: NodeKind::Node,
    })
}

/// The name of `node` in the tree, or "Node <id>" when the tree does not have it.
pub fn node_name(tree: Option<&Hierarchy>, node: NodeAddress) -> String {
    NodeId::new(node.id)
        .ok()
        .and_then(|id| tree?.node(id))
        .map_or_else(|| format!("Node {}", node.id), |n| n.name.clone())
}
