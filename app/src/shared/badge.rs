//! The kind of a session's status, as a badge shows it and as the actions it allows depend on.

use serde::{Deserialize, Serialize};

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
