//! A sessions row's look beyond its plain texts: classes, badge, pending marker and the links
//! to its actions, worked out once. Both the server's row writer (`row_html`) and the browser's
//! reactive rows (`rows`) render it, so the two cannot disagree.

use crate::shared::action::SessionAction;
use crate::shared::address::{confirmation_url, write_confirmation_url, NodeAddress};
use crate::shared::row::{badge_class, cancel_class, more_actions, row_class, Row};

/// A link of a row to an action's confirmation (which the browser's rows open as a dialog).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionLink {
    /// The action.
    pub action: SessionAction,
    /// The row the confirmation page is the page of.
    pub row: LinkedRow,
    /// Its CSS classes.
    pub class: &'static str,
    /// Its text.
    pub label: String,
}

/// The row a link is of: its session, the technician it is listed under and its list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinkedRow {
    /// The session.
    pub session: u32,
    /// The technician (0 while the session waits in a queue).
    pub technician: u32,
    /// The list it is in.
    pub node: NodeAddress,
}

impl ActionLink {
    /// The confirmation page.
    pub fn href(&self) -> String {
        let LinkedRow {
            session,
            technician,
            node,
        } = self.row;
        confirmation_url(self.action, session, technician, node)
    }

    /// Appends the confirmation page's address to `out` (the server's row writer).
    pub fn write_href(&self, out: &mut String) {
        let LinkedRow {
            session,
            technician,
            node,
        } = self.row;
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
            row: LinkedRow {
                session: row.id,
                technician: row.technician_id,
                node,
            },
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
                .map(|p| crate::words::pending(p.action, &p.requested_text, p.uncertain)),
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

/// Where the table is: what the confirmation links and the dialog need.
#[derive(Debug, Clone)]
pub struct Place {
    /// The node listed.
    pub node: NodeAddress,
    /// The sessions page to return to after an action.
    pub back: String,
}
