//! What the simulated account is made of: hierarchy nodes, users, sessions and pending admin
//! actions. Plain data; the rules live in `account.rs`.

use crate::clock::Millis;

/// Kind of hierarchy node, spelled as getHierarchy_v2 sends it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    /// The account root.
    Root,
    /// Group holding the master administrators.
    MasterAdministrators,
    /// Group holding administrators.
    Administrators,
    /// Group holding technician groups.
    Technicians,
    /// A master administrator.
    MasterAdministrator,
    /// An administrator.
    Administrator,
    /// A group of technicians.
    TechnicianGroup,
    /// A technician.
    Technician,
    /// A channel customers connect through.
    Channel,
}

impl NodeKind {
    /// The `Type:` text.
    pub fn wire(self) -> &'static str {
        match self {
            NodeKind::Root => "Root",
            NodeKind::MasterAdministrators => "Masteradministrators",
            NodeKind::Administrators => "Administrators",
            NodeKind::Technicians => "Technicians",
            NodeKind::MasterAdministrator => "Masteradministrator",
            NodeKind::Administrator => "Administrator",
            NodeKind::TechnicianGroup => "TechnicianGroup",
            NodeKind::Technician => "Technician",
            NodeKind::Channel => "Channel",
        }
    }
}

/// A user's presence, as getHierarchy_v2's `Status:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Presence {
    /// Console running, available.
    Online,
    /// Console running, busy.
    Busy,
    /// Console running, away.
    Away,
    /// No console running.
    Offline,
}

impl Presence {
    /// The `Status:` text.
    pub fn wire(self) -> &'static str {
        match self {
            Presence::Online => "Online",
            Presence::Busy => "Busy",
            Presence::Away => "Away",
            Presence::Offline => "Offline",
        }
    }

    /// Whether a Technician Console is running (Rescue's condition for carrying out actions).
    pub fn console_running(self) -> bool {
        self != Presence::Offline
    }
}

/// One node of the hierarchy. Users (admins, technicians) are nodes with login details.
#[derive(Debug, Clone)]
pub struct Node {
    /// Node ID.
    pub id: u32,
    /// Parent node ID (0 for the root).
    pub parent: u32,
    /// Display name.
    pub name: String,
    /// Login e-mail (users only).
    pub email: String,
    /// Free text.
    pub description: String,
    /// What the node is.
    pub kind: NodeKind,
    /// Presence (technicians; others are reported `Offline` as Rescue does for groups).
    pub presence: Presence,
    /// Login password (users only). Never logged.
    pub password: String,
    /// The user's single sign-on ID (`requestAuthCodeSSO`'s `ssoid`); empty when none.
    pub ssoid: String,
    /// Disabled users cannot sign in and their open logins stop working.
    pub disabled: bool,
    /// Channels: the technician groups that answer it.
    pub answered_by: Vec<u32>,
}

impl Node {
    /// Whether this node can sign in as an administrator.
    pub fn is_admin(&self) -> bool {
        matches!(
            self.kind,
            NodeKind::Administrator | NodeKind::MasterAdministrator
        )
    }

    /// Whether this node is a user (can sign in at all).
    pub fn is_user(&self) -> bool {
        self.is_admin() || self.kind == NodeKind::Technician
    }
}

/// Session statuses the simulator produces, with Rescue's English display texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Status {
    /// In a queue, not picked up.
    Waiting,
    /// Picked up.
    Active,
    /// Put on hold.
    OnHold,
    /// Being transferred.
    Transferring,
    /// Rebooting the customer's machine.
    Rebooting,
    /// Closed by the technician.
    ClosedByTechnician,
    /// Closed by the customer.
    ClosedByCustomer,
    /// The waiting customer gave up.
    ClosedByWaitingCustomer,
    /// Timed out.
    TimedOut,
}

impl Status {
    /// The display text of getSession's `Status` column.
    pub fn text(self) -> &'static str {
        match self {
            Status::Waiting => "Waiting",
            Status::Active => "Active",
            Status::OnHold => "On Hold",
            Status::Transferring => "Transferring",
            Status::Rebooting => "Rebooting",
            Status::ClosedByTechnician => "Closed by technician",
            Status::ClosedByCustomer => "Closed by customer",
            Status::ClosedByWaitingCustomer => "Closed by waiting customer",
            Status::TimedOut => "Timed out",
        }
    }

    /// Whether the session has ended (getSession still lists it for a while).
    pub fn finished(self) -> bool {
        matches!(
            self,
            Status::ClosedByTechnician
                | Status::ClosedByCustomer
                | Status::ClosedByWaitingCustomer
                | Status::TimedOut
        )
    }
}

/// An admin action the technician console has not carried out yet.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub enum Action {
    /// startSession: the technician should pick the session up.
    Start {
        /// Technician node.
        technician: u32,
    },
    /// holdSession.
    Hold,
    /// transferSession to a technician or channel.
    Transfer {
        /// Target node.
        target: u32,
        /// Whether `target` is a channel.
        to_channel: bool,
        /// Transfer comment.
        comment: String,
    },
    /// closeSession.
    Close,
}

impl Action {
    /// The API method that requested it.
    pub fn method(&self) -> &'static str {
        match self {
            Action::Start { .. } => "startSession",
            Action::Hold => "holdSession",
            Action::Transfer { .. } => "transferSession",
            Action::Close => "closeSession",
        }
    }
}

/// A pending admin action on a session.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Pending {
    /// The admin node that requested it; only that admin can cancel it.
    pub admin: u32,
    /// What was requested.
    pub action: Action,
    /// When the console carries it out.
    pub due: Millis,
    /// Status to restore if cancelled.
    pub previous: Status,
}

/// One support session.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Session {
    /// Session ID.
    pub id: u32,
    /// Current status.
    pub status: Status,
    /// Channel it came through (0 = private session).
    pub channel: u32,
    /// Technicians working on it, lead first (empty while waiting in a channel queue).
    pub technicians: Vec<u32>,
    /// When it started.
    pub started: Millis,
    /// Last status change (getSession's Waiting Time counts from here).
    pub changed: Millis,
    /// Custom fields 0–5 (0 is the customer's name).
    pub custom: [String; 6],
    /// Customer's language.
    pub language: String,
    /// Name of the last transfer target.
    pub transferred_to: String,
    /// Comment of the last transfer.
    pub transferred_comment: String,
    /// What the technician wrote when closing the session: only reports carry it (free
    /// text, so it may hold the report delimiter and line breaks).
    pub technician_comment: String,
    /// The admin action not yet carried out.
    pub pending: Option<Pending>,
}
