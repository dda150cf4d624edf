//! The five session actions an administrator can take, as the Administration Center offers
//! them, and what each needs.

use serde::{Deserialize, Serialize};

use crate::shared::badge::Badge;

/// An administrator's action on a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SessionAction {
    /// `cancelAction`: drop the action this admin requested and still pending.
    Cancel,
    /// `holdSession`: put a live session on hold.
    Hold,
    /// `closeSession`: end the session.
    Close,
    /// `transferSession`: move the session to a technician or a channel, with a comment.
    Transfer,
    /// `startSession`: have a technician pick up a waiting session.
    Start,
}

/// Where a transfer or start can go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    /// A technician or a channel (transfer).
    TechnicianOrChannel,
    /// A technician only (start).
    Technician,
}

impl SessionAction {
    /// Every action, in the order a row offers them.
    pub const ALL: [SessionAction; 5] = [
        SessionAction::Cancel,
        SessionAction::Hold,
        SessionAction::Transfer,
        SessionAction::Start,
        SessionAction::Close,
    ];

    /// The name in addresses (`/sessions/hold?…`) and forms; also the noun of its sentences.
    pub fn slug(self) -> &'static str {
        match self {
            SessionAction::Cancel => "cancel",
            SessionAction::Hold => "hold",
            SessionAction::Close => "close",
            SessionAction::Transfer => "transfer",
            SessionAction::Start => "start",
        }
    }

    /// The action named `slug`, if there is one.
    pub fn parse(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.slug() == slug.trim())
    }

    /// The Rescue method that makes it.
    pub fn rescue(self) -> rescue::ActionMethod {
        match self {
            SessionAction::Cancel => rescue::ActionMethod::Cancel,
            SessionAction::Hold => rescue::ActionMethod::Hold,
            SessionAction::Close => rescue::ActionMethod::Close,
            SessionAction::Transfer => rescue::ActionMethod::Transfer,
            SessionAction::Start => rescue::ActionMethod::Start,
        }
    }

    /// The Rescue method's name, as the audit log records it.
    pub fn method(self) -> &'static str {
        self.rescue().name()
    }

    /// The action a Rescue method name records, for reading the audit log back.
    pub fn from_method(method: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.method() == method)
    }

    /// Whether a row in this state offers the action. Rescue has the last word (an action it
    /// cannot carry out answers ACTIONFAILED); this only spares the admin the obvious misses.
    pub fn offered(self, badge: Badge) -> bool {
        match self {
            SessionAction::Cancel => true,
            SessionAction::Hold => matches!(badge, Badge::Live | Badge::Unknown),
            SessionAction::Close | SessionAction::Transfer => badge != Badge::Finished,
            SessionAction::Start => matches!(badge, Badge::Waiting | Badge::Unknown),
        }
    }

    /// What the action needs picked, if anything.
    pub fn target(self) -> Option<TargetKind> {
        match self {
            SessionAction::Transfer => Some(TargetKind::TechnicianOrChannel),
            SessionAction::Start => Some(TargetKind::Technician),
            _ => None,
        }
    }
}
