//! The session lists: `getSession`, `getSession_v2`, `getSession_v3` for a node or channel.

use std::collections::HashSet;

use super::{Account, Answer, Caller, Params};
use crate::clock::Millis;
use crate::format;
use crate::model::*;

impl Account {
    pub(super) fn get_sessions(
        &mut self,
        params: &Params,
        caller: Caller<'_>,
        now: Millis,
        version: format::Version,
    ) -> Answer {
        if let Err(answer) = self.authenticate_reader(caller, now) {
            return answer;
        }
        let selected = match self.sessions_of(params.get("node"), params.get("noderef")) {
            Ok(selected) => selected,
            Err(answer) => return answer,
        };
        Answer::data(format::session_table(version, &selected, &self.nodes, now))
    }

    /// The sessions listed for a node (`NODE`: its technicians' sessions and their channels'
    /// queues) or a channel (`CHANNEL`), as getSession and getReport select them.
    pub(super) fn sessions_of(
        &self,
        node: Option<&str>,
        kind: Option<&str>,
    ) -> Result<Vec<&Session>, Answer> {
        let Some(node) = node.and_then(|n| n.parse::<u32>().ok()) else {
            return Err(Answer::code("INVALIDPARAM_NODE"));
        };
        let channel = match kind {
            None | Some("") => false,
            Some(r) if r.eq_ignore_ascii_case("NODE") => false,
            Some(r) if r.eq_ignore_ascii_case("CHANNEL") => true,
            Some(_) => return Err(Answer::code("INVALIDPARAM_NODE")),
        };
        let Some(kind) = self.nodes.get(&node).map(|n| n.kind) else {
            return Err(Answer::code("INVALIDPARAM_NODE"));
        };
        if channel != (kind == NodeKind::Channel) {
            return Err(Answer::code("INVALIDPARAM_NODE"));
        }
        Ok(if channel {
            self.sessions
                .values()
                .filter(|s| s.channel == node)
                .collect()
        } else {
            let techs = self.technicians_under(node);
            let queues: HashSet<u32> = self
                .nodes
                .values()
                .filter(|c| c.kind == NodeKind::Channel)
                .filter(|c| {
                    c.answered_by
                        .iter()
                        .any(|g| self.technicians_under(*g).iter().any(|t| techs.contains(t)))
                })
                .map(|c| c.id)
                .collect();
            self.sessions
                .values()
                .filter(|s| {
                    s.technicians.iter().any(|t| techs.contains(t))
                        || (s.technicians.is_empty() && queues.contains(&s.channel))
                })
                .collect()
        })
    }
}
