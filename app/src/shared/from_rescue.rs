//! Rescue's lists and tree, turned into the rows and picker entries the pages show.

use std::collections::{HashMap, HashSet};

use rescue::{Hierarchy, HierarchyNode, NodeId, NodeType, Phase, SessionList};

use crate::shared::address::{NodeAddress, NodeRef};
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
            recorded: false,
            transferring: r.status == Some(rescue::SessionStatus::Transferring),
        })
        .collect()
}

/// Groups, technicians and channels, in tree order.
///
/// Rescue's tree is not trusted to be one: a node may repeat, name itself or a descendant as
/// its parent, or hang under a missing node. Each node is shown at most once, cycles end the
/// walk instead of the stack, and the children are indexed once, so the picker costs time in
/// proportion to the reply however the nodes are arranged.
pub fn picker(tree: &Hierarchy) -> Vec<PickerEntry> {
    let mut children: HashMap<NodeId, Vec<&HierarchyNode>> = HashMap::new();
    for node in &tree.nodes {
        if let Some(parent) = node.parent_id {
            children.entry(parent).or_default().push(node);
        }
    }
    let mut seen: HashSet<NodeId> = HashSet::new();
    // Depth-first, in Rescue's order: the stack holds each level's remaining children.
    let walk = |root: NodeId, seen: &mut HashSet<NodeId>, out: &mut Vec<PickerEntry>| {
        let mut stack: Vec<(std::slice::Iter<'_, &HierarchyNode>, u8)> = Vec::new();
        if let Some(first) = children.get(&root) {
            stack.push((first.iter(), 0));
        }
        while let Some((level, depth)) = stack.last_mut() {
            let depth = *depth;
            let Some(child) = level.next() else {
                stack.pop();
                continue;
            };
            let role = match child.node_type {
                NodeType::TechnicianGroup => NodeRole::Group,
                NodeType::Technician => NodeRole::Technician,
                _ => continue,
            };
            if !seen.insert(child.id) {
                continue;
            }
            out.push(PickerEntry {
                node: NodeAddress {
                    id: child.id.get(),
                    kind: NodeRef::Node,
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
            if let Some(next) = children.get(&child.id) {
                stack.push((next.iter(), depth.saturating_add(1)));
            }
        }
    };
    let mut entries = Vec::new();
    for root in tree
        .nodes
        .iter()
        .filter(|n| n.node_type == NodeType::Technicians)
    {
        walk(root.id, &mut seen, &mut entries);
    }
    let mut channels = HashSet::new();
    entries.extend(
        tree.nodes
            .iter()
            .filter(|n| n.node_type == NodeType::Channel && channels.insert(n.id))
            .map(|c| PickerEntry {
                node: NodeAddress {
                    id: c.id.get(),
                    kind: NodeRef::Channel,
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
        kind: NodeRef::Node,
    })
}

/// The name of `node` in the tree, or "Node <id>" when the tree does not have it.
pub fn node_name(tree: Option<&Hierarchy>, node: NodeAddress) -> String {
    NodeId::new(node.id)
        .ok()
        .and_then(|id| tree?.node(id))
        .map_or_else(
            || crate::say!("node-unnamed", id = node.id.to_string().as_str()),
            |n| n.name.clone(),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A hierarchy reply of `(id, parent, type)` nodes.
    fn tree(nodes: &[(u32, u32, &str)]) -> Hierarchy {
        let payload: String = nodes
            .iter()
            .map(|(id, parent, kind)| {
                format!(
                    "NodeID:{id}\nParentID:{parent}\nName:N{id}\nStatus:Online\nType:{kind}\n\n"
                )
            })
            .collect();
        Hierarchy::parse(&payload).unwrap()
    }

    fn ids(entries: &[PickerEntry]) -> Vec<(u32, u8)> {
        entries.iter().map(|e| (e.node.id, e.depth)).collect()
    }

    #[test]
    fn the_picker_walks_the_tree_in_order_with_depths() {
        let tree = tree(&[
            (1, 0, "Technicians"),
            (2, 1, "TechnicianGroup"),
            (3, 2, "Technician"),
            (4, 1, "Technician"),
            (9, 0, "Channel"),
        ]);
        assert_eq!(ids(&picker(&tree)), [(2, 0), (3, 1), (4, 0), (9, 0)]);
    }

    #[test]
    fn loops_repeats_and_self_parents_end_instead_of_overflowing() {
        let tree = tree(&[
            (1, 0, "Technicians"),
            (2, 1, "TechnicianGroup"),
            (3, 2, "TechnicianGroup"),
            // 2 again, now under 3: a loop 2 → 3 → 2.
            (2, 3, "TechnicianGroup"),
            (5, 5, "TechnicianGroup"),
            (6, 5, "Technician"),
            (7, 3, "Technician"),
            (7, 3, "Technician"),
            (9, 0, "Channel"),
            (9, 0, "Channel"),
        ]);
        assert_eq!(ids(&picker(&tree)), [(2, 0), (3, 1), (7, 2), (9, 0)]);
    }

    #[test]
    fn a_deep_chain_costs_no_stack() {
        let mut nodes = vec![(1, 0, "Technicians")];
        nodes.extend((2..20_000).map(|id| (id, id - 1, "TechnicianGroup")));
        let entries = picker(&tree(&nodes));
        assert_eq!(entries.len(), 19_998);
        assert_eq!(entries.last().map(|e| e.depth), Some(u8::MAX));
    }
}
