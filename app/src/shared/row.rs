//! A sessions row: one technician of one session, as the table shows it, and its look
//! (classes, texts, the actions it offers), which the server's row writer and the browser's
//! reactive rows both render, so neither has rules of its own.

use serde::{Deserialize, Serialize};

use crate::shared::action::SessionAction;
use crate::shared::address::{confirmation_url, write_confirmation_url, NodeAddress};

/// The action requested and still pending on a row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingMark {
    /// What was requested.
    pub action: SessionAction,
    /// When (seconds since 1970, UTC).
    pub requested_at: i64,
    /// When, for people: `14:03:27 UTC`.
    pub requested_text: String,
}

/// Badge kind of a row's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Badge {
    /// Waiting to be picked up.
    Waiting,
    /// In progress.
    Live,
    /// On hold.
    OnHold,
    /// Ended.
    Finished,
    /// A status text this dashboard does not know (localized or new): shown as sent.
    Unknown,
}

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
    /// Whether Rescue lists the session as transferring (a requested transfer the console has
    /// not carried out yet). Only the server's pending marks need it; it does not travel.
    pub transferring: bool,
}

/// A row as it travels to the browser, in the island's props and in every refresh answer:
/// the fields the browser shows, as an array in this order (id, status, badge, technician id,
/// technician, channel, start time, status changed at, customer, language, transfer, lead,
/// pending action).
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

/// When the row's status changed; `None` when Rescue gave no waiting time (`changed_at` is 0).
pub fn age_of(row: &Row) -> Option<i64> {
    (row.changed_at != 0).then_some(row.changed_at)
}

/// A link of a row to an action's confirmation (which the browser's rows open as a dialog).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionLink {
    /// The action.
    pub action: SessionAction,
    /// The row's session, technician and list: what the confirmation page is the page of.
    pub row: (u32, u32, NodeAddress),
    /// Its CSS classes.
    pub class: &'static str,
    /// Its text.
    pub label: &'static str,
}

impl ActionLink {
    /// The confirmation page.
    pub fn href(&self) -> String {
        let (session, technician, node) = self.row;
        confirmation_url(self.action, session, technician, node)
    }

    /// Appends the confirmation page's address to `out` (the server's row writer).
    pub fn write_href(&self, out: &mut String) {
        let (session, technician, node) = self.row;
        write_confirmation_url(out, self.action, session, technician, node);
    }
}

/// What a row shows beyond its plain texts, worked out once: both the server's row writer and
/// the browser's reactive rows render this, so the two cannot disagree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowLook {
    /// Whether an action of this admin is pending on the row.
    pub pending: bool,
    /// The status badge's classes.
    pub badge_class: &'static str,
    /// The pending marker: "Hold requested at 14:03:27 UTC, pending".
    pub pending_text: Option<String>,
    /// Cancel action, highlighted while something is pending.
    pub cancel: ActionLink,
    /// The other actions the row's state offers, for its More menu.
    pub more: Vec<ActionLink>,
}

impl RowLook {
    /// The look of `row` in the list of `node`.
    pub fn of(row: &Row, node: NodeAddress) -> Self {
        let link = |action: SessionAction, class| ActionLink {
            action,
            row: (row.id, row.technician_id, node),
            class,
            label: crate::words::label(action),
        };
        let pending = row.pending.is_some();
        RowLook {
            pending,
            badge_class: badge_class(row.badge),
            pending_text: row
                .pending
                .as_ref()
                .map(|p| crate::words::pending(p.action, &p.requested_text)),
            cancel: link(SessionAction::Cancel, cancel_class(pending)),
            more: more_actions(row.badge)
                .map(|a| link(a, "row-action"))
                .collect(),
        }
    }

    /// The row's classes, `flashed` when a refresh just changed it.
    pub fn class(&self, flashed: bool) -> String {
        row_class(flashed, self.pending)
    }
}
