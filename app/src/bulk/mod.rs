//! Bulk session actions: Cancel action, Hold or Close on many sessions of one list at once.
//!
//! The sessions table's checkboxes (or "every row with a pending action of mine") open one
//! confirmation, `/sessions/bulk`, listing the sessions as Rescue lists them now. Confirm
//! posts to `/sessions/bulk/run`, which starts the run and sends the browser to its results,
//! `/sessions/bulk?run=…`: each row's outcome in place as it arrives (the page reloads itself
//! every two seconds while calls are out, with or without JavaScript), then the summary.
//!
//! Every call goes the single action's way (`actions::run_once`): written ahead in the audit
//! log, one Rescue call however often it is asked for, never retried. At most [`AT_ONCE`]
//! calls of one browser run at a time, and at most [`MOST_SESSIONS`] sessions go in a request.

use serde::{Deserialize, Serialize};

use crate::actions::ActionReport;
use crate::shared::action::SessionAction;
use crate::shared::address::NodeAddress;
use crate::shared::row::Badge;

mod load;
pub mod page;
pub mod picks;
#[cfg(feature = "ssr")]
pub mod run;
pub mod summary;

pub use load::{load_bulk, LoadBulk};
pub use page::BulkPage;

/// The most sessions one bulk request may name: a larger clean-up is done in steps, each
/// confirmed (and a mistaken click touches at most this many).
pub const MOST_SESSIONS: usize = 100;

/// The most calls of one browser out at once: Rescue's API is shared by the whole company's
/// admins, and four keep a hundred sessions to seconds at its usual speed.
pub const AT_ONCE: usize = 4;

/// One session of a bulk confirmation or run, as Rescue listed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkRow {
    /// Session ID.
    pub session: u32,
    /// The row's technician ID (0 while waiting in a queue).
    pub technician_id: u32,
    /// Technician name (empty while waiting in a queue).
    pub technician: String,
    /// Status as Rescue sent it.
    pub status: String,
    /// The channel, as Rescue listed it (empty: none).
    #[serde(default)]
    pub channel: String,
    /// Badge of the status.
    pub badge: Badge,
    /// The action of this admin still pending on it, in words ("Hold requested 14:03 UTC").
    pub pending: Option<String>,
}

/// A bulk run: what was confirmed, and each session's outcome once it is known.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkRun {
    /// The run's ID, in its results page's address.
    pub id: String,
    /// The admin who confirmed it: only they see its results.
    pub admin: String,
    /// The action, as its slug (`cancel`, `hold`, `close`).
    pub action: String,
    /// The sessions, in the confirmation's order.
    pub rows: Vec<BulkRow>,
    /// Each row's outcome (`None` while its call is out or waiting its turn).
    pub reports: Vec<Option<ActionReport>>,
    /// Whether every call has been answered.
    pub done: bool,
    /// Why the run stopped early (the Rescue sign-in expired), if it did.
    pub stopped: Option<String>,
    /// The sessions page the sessions came from.
    pub back: String,
}

/// What the bulk page shows: a confirmation, or a run's results.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkView {
    /// The action, as its slug.
    pub action: String,
    /// The list the sessions came from.
    pub node: Option<NodeAddress>,
    /// The sessions to confirm.
    pub rows: Vec<BulkRow>,
    /// Sessions chosen that the list no longer has.
    pub missing: Vec<u32>,
    /// Why the chosen sessions cannot be confirmed as they are (nothing is sent).
    pub refusal: Option<String>,
    /// The results of a run, when the page shows one.
    pub run: Option<BulkRun>,
    /// The sessions page to go back to.
    pub back: String,
    /// The confirmation's one-time token (see `crate::receipts`).
    pub token: String,
}

/// The actions a bulk request may make: those that need nothing picked.
pub fn bulk_action(slug: &str) -> Option<SessionAction> {
    SessionAction::parse(slug).filter(|a| {
        matches!(
            a,
            SessionAction::Cancel | SessionAction::Hold | SessionAction::Close
        )
    })
}
