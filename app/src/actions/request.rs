//! What an action form may ask for: the checks of every field before Rescue is asked anything,
//! and the technicians and channels a transfer or start can go to.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use crate::error::Error;
#[cfg(feature = "ssr")]
use crate::shared::action::SessionAction;
use crate::shared::action::TargetKind;
use crate::shared::row::{NodeRole, PickerEntry};

/// One technician or channel a transfer or start can go to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetChoice {
    /// The form value: `NODE:<id>` or `CHANNEL:<id>`.
    pub value: String,
    /// What the list shows: the name, and a technician's presence.
    pub label: String,
}

/// The technicians (and, for a transfer, channels) of the picker, as choices.
pub fn target_choices(picker: &[PickerEntry], kind: TargetKind) -> Vec<TargetChoice> {
    picker
        .iter()
        .filter(|p| match p.role {
            NodeRole::Technician => true,
            NodeRole::Channel => kind == TargetKind::TechnicianOrChannel,
            NodeRole::Group => false,
        })
        .map(|p| TargetChoice {
            value: format!("{}:{}", p.node.kind.as_str(), p.node.id),
            label: match (p.role, p.status.is_empty()) {
                (NodeRole::Channel, _) => crate::say!("target-channel", name = p.name.as_str()),
                (_, true) => p.name.clone(),
                (_, false) => format!("{} ({})", p.name, p.status),
            },
        })
        .collect()
}

/// The most a transfer comment may hold: Rescue shows it in one line of the console.
pub const COMMENT_MAX: usize = 255;

/// A transfer comment as it will be sent, or why it cannot be.
pub fn check_comment(comment: &str) -> Result<String, String> {
    let comment = comment.trim();
    if comment.chars().count() > COMMENT_MAX {
        return Err(crate::words::comment_too_long(
            comment.chars().count(),
            COMMENT_MAX,
        ));
    }
    if comment.chars().any(char::is_control) {
        return Err(crate::words::comment_one_line());
    }
    Ok(comment.to_owned())
}

/// The row an action is asked on: a session, the technician it was listed under (0 while it
/// waits in a queue) and the list it was chosen in. Only a pick: what the audit records of it
/// comes from Rescue's list as read for the action.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowChoice {
    /// The session.
    pub session: rescue::SessionId,
    /// The technician ID of the row (0: queued).
    pub technician: u32,
    /// The list the row was chosen in.
    pub node: crate::shared::address::NodeAddress,
}

#[cfg(feature = "ssr")]
impl RowChoice {
    /// Checks the fields naming a row (from an address or a form).
    pub fn check(
        session: &str,
        technician: Option<&str>,
        node: Option<&str>,
        noderef: Option<&str>,
    ) -> Result<Self, Error> {
        use crate::shared::address::{bad_id, NodeAddress};
        let bad = |field, e| Error::from(bad_id(field, e));
        let session = session
            .trim()
            .parse::<rescue::SessionId>()
            .map_err(|e| bad("session", e))?;
        let technician = match technician.map(str::trim) {
            None | Some("") | Some("0") => 0,
            Some(text) => text
                .parse::<rescue::NodeId>()
                .map_err(|e| bad("technician", e))?
                .get(),
        };
        // The list the row came from: the row is looked up there again.
        let node = NodeAddress::parse(Some(node.unwrap_or_default()), noderef)?
            .ok_or_else(|| bad("node", rescue::IdError::Empty))?;
        Ok(RowChoice {
            session,
            technician,
            node,
        })
    }
}

/// A checked action request: everything Rescue will be sent.
#[cfg(feature = "ssr")]
#[derive(Debug)]
pub struct Request {
    /// The action.
    pub action: SessionAction,
    /// The session.
    pub session: rescue::SessionId,
    /// The call, with what its method needs.
    pub call: Call,
}

/// The Rescue call of a checked request, with what that method needs.
#[cfg(feature = "ssr")]
#[derive(Debug)]
pub enum Call {
    /// `cancelAction`.
    Cancel,
    /// `holdSession`.
    Hold,
    /// `closeSession`.
    Close,
    /// `startSession` by this technician.
    Start(rescue::NodeId),
    /// `transferSession` to this node, with this comment.
    Transfer(rescue::NodeId, rescue::NodeRef, String),
}

#[cfg(feature = "ssr")]
impl Request {
    /// Checks a posted form; the error says which field is wrong.
    pub fn check(
        action: &str,
        session: &str,
        target: Option<&str>,
        comment: Option<&str>,
    ) -> Result<Self, Error> {
        let refuse = |message: String| Error::BadInput(crate::words::not_sent(&message));
        let action =
            SessionAction::parse(action).ok_or_else(|| refuse(crate::words::no_such_action()))?;
        let session = session
            .trim()
            .parse::<rescue::SessionId>()
            .map_err(|e| refuse(crate::words::bad_session_id(&e)))?;
        let target = |kind| target_of(target.unwrap_or_default(), kind).map_err(refuse);
        let call = match action {
            SessionAction::Cancel => Call::Cancel,
            SessionAction::Hold => Call::Hold,
            SessionAction::Close => Call::Close,
            SessionAction::Start => Call::Start(target(TargetKind::Technician)?.0),
            SessionAction::Transfer => {
                let (id, noderef) = target(TargetKind::TechnicianOrChannel)?;
                let comment = check_comment(comment.unwrap_or_default()).map_err(refuse)?;
                Call::Transfer(id, noderef, comment)
            }
        };
        Ok(Request {
            action,
            session,
            call,
        })
    }
}

/// Where a transfer or start goes, as `NODE:<id>` or `CHANNEL:<id>`.
#[cfg(feature = "ssr")]
fn target_of(text: &str, kind: TargetKind) -> Result<(rescue::NodeId, rescue::NodeRef), String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(crate::words::pick_a_target(kind));
    }
    let not_a_target = || crate::words::not_a_target(text);
    let (noderef, id) = text.split_once(':').ok_or_else(not_a_target)?;
    let noderef = noderef
        .parse::<rescue::NodeRef>()
        .map_err(|_| not_a_target())?;
    if kind == TargetKind::Technician && noderef != rescue::NodeRef::Node {
        return Err(crate::words::only_technicians_start());
    }
    let id = id
        .parse::<rescue::NodeId>()
        .map_err(|e| crate::words::bad_target(&e))?;
    Ok((id, noderef))
}
