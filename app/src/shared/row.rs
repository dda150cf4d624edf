//! A sessions row: one technician of one session, as the table shows it, the node picker's
//! entries, and the rules of a row's classes (badge, highlight, offered actions) that its look
//! (`crate::sessions::look`) is made from.

use serde::{Deserialize, Serialize};

use crate::shared::action::SessionAction;
use crate::shared::address::NodeAddress;

/// The action requested and still pending on a row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingMark {
    /// What was requested.
    pub action: SessionAction,
    /// When (seconds since 1970, UTC).
    pub requested_at: i64,
    /// When, for people: `14:03:27 UTC`.
    pub requested_text: String,
    /// Whether Rescue's answer is unknown (its server stopped during the call, or the call is
    /// still running): the admin is told to check the session in Rescue.
    #[serde(default)]
    pub uncertain: bool,
}

pub use crate::shared::badge::Badge;

/// One table row: one technician of one session. It travels to the browser as a [`RowWire`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "RowWire", from = "RowWire")]
pub struct Row {
    /// Session ID.
    pub id: u32,
    /// Status exactly as Rescue sent it.
    pub status: String,
    /// Badge for the status.
    pub badge: Badge,
    /// Technician ID (0 while waiting in a channel queue).
    pub technician_id: u32,
    /// Technician name.
    pub technician: String,
    /// Channel name.
    pub channel: String,
    /// Start time as Rescue sent it.
    pub start_time: String,
    /// Start time as a number (seconds since 1970, 0 when unreadable), for sorting.
    pub started_at: i64,
    /// Time since the last status change in seconds, for sorting (`None`: Rescue gave none).
    pub waiting_secs: Option<u64>,
    /// When the status last changed (seconds since 1970 by the server's clock; 0 unknown).
    /// Unlike the waiting time it stays put between refreshes, so a refresh re-renders only
    /// the rows that really changed, and the browser works the waiting time out from it.
    pub changed_at: i64,
    /// Custom field 0, the customer.
    pub customer: String,
    /// Custom fields 1–5, joined, for the text search.
    pub custom_text: String,
    /// Customer language.
    pub language: String,
    /// Transfer target and comment, joined.
    pub transfer: String,
    /// Whether this row's technician leads the session.
    pub lead: bool,
    /// The action this admin requested on the session that is still pending.
    pub pending: Option<PendingMark>,
    /// Whether the dashboard keeps a record of the session (Rescue posted it), so its session
    /// ID links to `/outcomes/<id>`.
    pub recorded: bool,
    /// Whether Rescue lists the session as transferring (a requested transfer the console has
    /// not carried out yet). Only the server's pending marks need it; it does not travel.
    pub transferring: bool,
}

/// A row as it travels to the browser, in the island's props and in every refresh answer:
/// the fields the browser shows, as an array in this order (id, status, badge, technician id,
/// technician, channel, start time, status changed at, customer, language, transfer, lead,
/// pending action, recorded).
///
/// Why an array: with field names a thousand-row list spent most of its bytes on names, and
/// the island's props are escaped into an attribute, where each quote takes six. The sort and
/// search fields stay on the server, which sorts and filters; the waiting time is worded from
/// `changed_at` on both sides.
#[derive(Serialize, Deserialize)]
struct RowWire(
    u32,
    String,
    Badge,
    u32,
    String,
    String,
    String,
    i64,
    String,
    String,
    String,
    bool,
    Option<PendingMark>,
    bool,
);

impl From<Row> for RowWire {
    fn from(row: Row) -> Self {
        RowWire(
            row.id,
            row.status,
            row.badge,
            row.technician_id,
            row.technician,
            row.channel,
            row.start_time,
            row.changed_at,
            row.customer,
            row.language,
            row.transfer,
            row.lead,
            row.pending,
            row.recorded,
        )
    }
}

impl From<RowWire> for Row {
    fn from(wire: RowWire) -> Self {
        let RowWire(
            id,
            status,
            badge,
            technician_id,
            technician,
            channel,
            start_time,
            changed_at,
            customer,
            language,
            transfer,
            lead,
            pending,
            recorded,
        ) = wire;
        Row {
            id,
            status,
            badge,
            technician_id,
            technician,
            channel,
            start_time,
            started_at: 0,
            waiting_secs: None,
            changed_at,
            customer,
            custom_text: String::new(),
            language,
            transfer,
            lead,
            pending,
            recorded,
            transferring: false,
        }
    }
}

/// What a picker entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NodeRole {
    /// A technician group.
    Group,
    /// A technician.
    Technician,
    /// A channel.
    Channel,
}

impl NodeRole {
    /// Its name, also its CSS class in the picker.
    pub fn as_str(self) -> &'static str {
        match self {
            NodeRole::Group => "group",
            NodeRole::Technician => "technician",
            NodeRole::Channel => "channel",
        }
    }
}

/// A node the admin can list sessions of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PickerEntry {
    /// Where it is.
    pub node: NodeAddress,
    /// Name (indented by depth when shown).
    pub name: String,
    /// Group, technician or channel.
    pub role: NodeRole,
    /// Presence of technicians (Online, Busy, Away, Offline); empty for the others.
    pub status: String,
    /// Nesting depth under the technicians root.
    pub depth: u8,
}

/// The CSS classes of a status badge.
pub fn badge_class(badge: Badge) -> &'static str {
    match badge {
        Badge::Waiting => "badge waiting",
        Badge::Live => "badge live",
        Badge::OnHold => "badge on-hold",
        Badge::Finished => "badge finished",
        Badge::Unknown => "badge unknown",
    }
}

/// A row's classes: highlighted after a refresh changed it, marked while an action is pending.
pub fn row_class(flashed: bool, pending: bool) -> String {
    let mut class = String::new();
    if flashed {
        class.push_str("changed ");
    }
    if pending {
        class.push_str("has-pending");
    }
    class
}

/// The Cancel action button's classes: highlighted while an action of this admin is pending.
pub fn cancel_class(pending: bool) -> &'static str {
    if pending {
        "button small cancel-action highlight"
    } else {
        "button small cancel-action"
    }
}

/// The actions of a row's More menu: every one its state offers but Cancel, which has its own
/// button.
pub fn more_actions(badge: Badge) -> impl Iterator<Item = SessionAction> {
    SessionAction::ALL
        .into_iter()
        .filter(move |a| *a != SessionAction::Cancel && a.offered(badge))
}

/// Whether a row of `badge` whose status changed at `changed_at` is a customer waiting past
/// `alert_secs` (`WAIT_ALERT_SECS`; 0: never) by `clock`. Only waiting sessions count: a
/// customer in a technician's hands is not waiting for the team.
pub fn waits_too_long(badge: Badge, changed_at: Option<i64>, clock: i64, alert_secs: u32) -> bool {
    alert_secs > 0
        && badge == Badge::Waiting
        && changed_at.is_some_and(|changed| clock - changed >= i64::from(alert_secs))
}

/// Whether `row` waits past `alert_secs` by `clock` (see [`waits_too_long`]).
pub fn overdue(row: &Row, clock: i64, alert_secs: u32) -> bool {
    waits_too_long(row.badge, age_of(row), clock, alert_secs)
}

/// When the row's status changed; `None` when Rescue gave no waiting time (`changed_at` is 0).
pub fn age_of(row: &Row) -> Option<i64> {
    (row.changed_at != 0).then_some(row.changed_at)
}
