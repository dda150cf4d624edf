//! Admin actions on sessions: start, hold, transfer and close become pending and are carried
//! out by the technician console after a delay; `cancelAction` takes the pending one back.

use super::{Account, Answer, Caller, Params};
use crate::clock::Millis;
use crate::model::*;

impl Account {
    pub(super) fn session_param(&self, params: &Params) -> Result<u32, Answer> {
        params
            .get("session")
            .and_then(|s| s.parse::<u32>().ok())
            .filter(|id| self.sessions.contains_key(id))
            .ok_or_else(|| Answer::code("INVALIDPARAM_SESSION"))
    }

    /// The calling admin and the `session` parameter, checked in Rescue's order: credentials
    /// first, then the session.
    pub(super) fn admin_and_session(
        &mut self,
        params: &Params,
        caller: Caller<'_>,
        now: Millis,
    ) -> Result<(u32, u32), Answer> {
        let admin = self.authenticate_admin(caller, now)?;
        Ok((admin, self.session_param(params)?))
    }

    /// The technician whose console would carry out an action on this session.
    pub(super) fn console_of(&self, session: &Session, action: Option<&Action>) -> Option<u32> {
        match action {
            Some(Action::Start { technician }) => Some(*technician),
            _ => session.technicians.first().copied(),
        }
    }

    pub(super) fn console_running(&self, tech: Option<u32>) -> bool {
        tech.and_then(|t| self.nodes.get(&t))
            .is_some_and(|t| t.presence.console_running())
    }

    pub(super) fn request_action(
        &mut self,
        method: &str,
        params: &Params,
        caller: Caller<'_>,
        now: Millis,
    ) -> Answer {
        let (admin, session_id) = match self.admin_and_session(params, caller, now) {
            Ok(found) => found,
            Err(answer) => return answer,
        };
        // `handle` has lower-cased the method name already.
        let action = match method {
            "startsession" => {
                let tech = params.get("node").and_then(|n| n.parse::<u32>().ok());
                match tech.and_then(|t| self.nodes.get(&t)) {
                    Some(t) if t.kind == NodeKind::Technician => Action::Start { technician: t.id },
                    _ => return Answer::code("INVALIDPARAM_NODE"),
                }
            }
            "holdsession" => Action::Hold,
            "closesession" => Action::Close,
            _ => {
                let to_channel = params
                    .get("noderef")
                    .is_some_and(|r| r.eq_ignore_ascii_case("CHANNEL"));
                let target = params.get("node").and_then(|n| n.parse::<u32>().ok());
                let wanted = if to_channel {
                    NodeKind::Channel
                } else {
                    NodeKind::Technician
                };
                match target.and_then(|t| self.nodes.get(&t)) {
                    Some(t) if t.kind == wanted => Action::Transfer {
                        target: t.id,
                        to_channel,
                        comment: params.get("comment").unwrap_or_default().to_owned(),
                    },
                    _ => return Answer::code("INVALIDPARAM_NODE"),
                }
            }
        };
        let session = &self.sessions[&session_id];
        let allowed = match action {
            Action::Start { .. } => session.status == Status::Waiting,
            Action::Hold => session.status == Status::Active,
            Action::Transfer { .. } | Action::Close => !session.status.finished(),
        };
        // One pending action at a time; a second one fails rather than silently replacing it.
        if !allowed || session.pending.is_some() {
            return Answer::code("ACTIONFAILED");
        }
        if !self.console_running(self.console_of(session, Some(&action))) {
            return Answer::code("ACTIONFAILED");
        }
        let previous = session.status;
        let due = now + self.action_delay_ms;
        let session = self.sessions.get_mut(&session_id).expect("checked above");
        if matches!(action, Action::Transfer { .. }) {
            session.status = Status::Transferring;
        }
        session.pending = Some(Pending {
            admin,
            action,
            due,
            previous,
        });
        Answer::code("OK")
    }

    pub(super) fn cancel_action(
        &mut self,
        params: &Params,
        caller: Caller<'_>,
        now: Millis,
    ) -> Answer {
        let (admin, session_id) = match self.admin_and_session(params, caller, now) {
            Ok(found) => found,
            Err(answer) => return answer,
        };
        let session = &self.sessions[&session_id];
        // Undocumented in Rescue: nothing of this admin's pending → ACTIONFAILED.
        let Some(pending) = session.pending.as_ref().filter(|p| p.admin == admin) else {
            return Answer::code("ACTIONFAILED");
        };
        if !self.console_running(self.console_of(session, Some(&pending.action))) {
            return Answer::code("ACTIONFAILED");
        }
        let session = self.sessions.get_mut(&session_id).expect("checked above");
        if let Some(pending) = session.pending.take() {
            if session.status != pending.previous {
                session.status = pending.previous;
                session.changed = now;
            }
        }
        Answer::code("OK")
    }

    /// Carries out the pending actions whose time has come.
    pub(crate) fn carry_out_due_actions(&mut self, now: Millis) {
        let due: Vec<u32> = self
            .sessions
            .values()
            .filter(|s| s.pending.as_ref().is_some_and(|p| p.due <= now))
            .map(|s| s.id)
            .collect();
        for id in due {
            let Some(session) = self.sessions.get_mut(&id) else {
                continue;
            };
            let Some(pending) = session.pending.take() else {
                continue;
            };
            session.changed = pending.due;
            match pending.action {
                Action::Start { technician } => {
                    session.technicians = vec![technician];
                    session.status = Status::Active;
                }
                Action::Hold => session.status = Status::OnHold,
                Action::Close => session.status = Status::ClosedByTechnician,
                Action::Transfer {
                    target,
                    to_channel,
                    comment,
                } => {
                    session.transferred_to = self
                        .nodes
                        .get(&target)
                        .map(|n| n.name.clone())
                        .unwrap_or_default();
                    session.transferred_comment = comment;
                    if to_channel {
                        session.channel = target;
                        session.technicians.clear();
                        session.status = Status::Waiting;
                    } else {
                        session.technicians = vec![target];
                        session.status = Status::Active;
                    }
                }
            }
        }
    }
}
