//! The account's tree: `getHierarchy_v2`, `isAnyTechAvailableOnChannel`, and technicians'
//! presence.

use std::collections::HashSet;

use super::{Account, Answer, Caller, Params};
use crate::clock::Millis;
use crate::format;
use crate::model::*;

impl Account {
    /// Sets a technician's presence. Returns false if `id` is not a technician.
    pub fn set_presence(&mut self, id: u32, presence: Presence) -> bool {
        match self.nodes.get_mut(&id) {
            Some(node) if node.kind == NodeKind::Technician => {
                node.presence = presence;
                true
            }
            _ => false,
        }
    }

    /// Technicians at or below a node.
    pub(super) fn technicians_under(&self, node: u32) -> HashSet<u32> {
        let mut found = HashSet::new();
        let mut stack = vec![node];
        while let Some(id) = stack.pop() {
            if let Some(n) = self.nodes.get(&id) {
                if n.kind == NodeKind::Technician {
                    found.insert(id);
                }
            }
            stack.extend(self.nodes.values().filter(|c| c.parent == id).map(|c| c.id));
        }
        found
    }

    pub(super) fn get_hierarchy(
        &mut self,
        params: &Params,
        caller: Caller<'_>,
        now: Millis,
    ) -> Answer {
        if let Err(answer) = self.authenticate_reader(caller, now) {
            return answer;
        }
        let filter_offline = params
            .get("filteroffline")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"));
        let single = params
            .get("isnode")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"));
        let nodes: Vec<&Node> = if single {
            match params
                .get("node")
                .and_then(|n| n.parse::<u32>().ok())
                .and_then(|n| self.nodes.get(&n))
            {
                Some(node) => vec![node],
                None => return Answer::code("INVALIDPARAM_NODE"),
            }
        } else {
            self.nodes
                .values()
                .filter(|n| {
                    !(filter_offline
                        && n.kind == NodeKind::Technician
                        && n.presence == Presence::Offline)
                })
                .collect()
        };
        Answer::data(format::hierarchy(&nodes))
    }

    pub(super) fn any_tech_available(
        &mut self,
        params: &Params,
        caller: Caller<'_>,
        now: Millis,
    ) -> Answer {
        if let Err(answer) = self.authenticate_reader(caller, now) {
            return answer;
        }
        let channel = params
            .get("ChannelID")
            .and_then(|n| n.parse::<u32>().ok())
            .and_then(|n| self.nodes.get(&n))
            .filter(|n| n.kind == NodeKind::Channel);
        // Undocumented: an unknown channel answers INVALIDPARAM_CHANNEL.
        let Some(channel) = channel else {
            return Answer::code("INVALIDPARAM_CHANNEL");
        };
        let strict = params
            .get("ExcludingAwayAndBusy")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"));
        let available = channel.answered_by.iter().any(|g| {
            self.technicians_under(*g).iter().any(|t| {
                let presence = self.nodes[t].presence;
                presence == Presence::Online || (!strict && presence.console_running())
            })
        });
        Answer::code(if available { "TRUE" } else { "FALSE" })
    }
}
