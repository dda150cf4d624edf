//! Session actions: Cancel action, Hold, Close, Transfer and Start. Each is confirmed (naming
//! exactly which session it will touch), made with this browser's own Rescue login, recorded in
//! the audit log, and answered with one human sentence per Rescue result.
//!
//! Where things are decided: [`request`] checks what the form sent, `act` makes the call
//! and writes the audit record, `crate::words::action` words the answer, and [`page`] shows the
//! confirmation (a page without JavaScript, the sessions page's dialog with it).

use serde::{Deserialize, Serialize};

use crate::shared::outcome::Outcome;

mod act;
mod confirm;
#[cfg(feature = "ssr")]
pub mod listed;
pub mod page;
pub mod request;

pub use act::{act_on_session, ActOnSession};
#[cfg(feature = "ssr")]
pub use act::{bounds, run_once, Attempt};
pub use confirm::{load_confirmation, Confirmation, LoadConfirmation};
pub use page::{ActionOutcome, ActionPage, ConfirmAction, Target};
pub use request::{check_comment, target_choices, TargetChoice, COMMENT_MAX};

/// The requests running now, one per (browser, session, method) (provided by the server).
#[cfg(feature = "ssr")]
pub type InFlight = crate::once::InFlight<act::ActionKey, act::Attempt>;

/// What became of an action request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActionResult {
    /// Rescue was asked; this is its answer (or why none came).
    Answered(Outcome),
    /// The form was refused before Rescue was asked (no target picked, a comment too long, an
    /// address edited by hand).
    Refused,
    /// No usable Rescue login: the browser is being sent to sign in; nothing was sent.
    SignIn,
    /// An earlier press of the same button went away mid-call: the outcome is not known.
    Interrupted,
    /// The audit record could not be written first, so Rescue was not asked.
    Unrecorded,
    /// The store the instances share (Redis) could not be reached, so Rescue was not asked.
    Unavailable,
    /// The same confirmation is being carried out by an earlier submission still running.
    Running,
}

/// The answer to an action attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionReport {
    /// The session acted on.
    pub session: u32,
    /// What became of it.
    pub result: ActionResult,
    /// What happened, for the admin.
    pub message: String,
    /// Whether this is the answer of an earlier submission of the same confirmation, sent
    /// again (nothing was sent to Rescue this time).
    #[serde(default)]
    pub repeated: bool,
}

impl ActionReport {
    /// A report of `result` on `session`, saying `message`.
    pub fn new(session: u32, result: ActionResult, message: impl Into<String>) -> Self {
        ActionReport {
            session,
            result,
            message: message.into(),
            repeated: false,
        }
    }

    /// Whether Rescue accepted the action.
    pub fn ok(&self) -> bool {
        matches!(&self.result, ActionResult::Answered(outcome) if outcome.accepted())
    }

    /// The code of the result, as logs and tests name it: Rescue's code, a transport failure's
    /// name, or `INVALID_INPUT`, `SIGN_IN_NEEDED`, `INTERRUPTED`, `AUDIT_UNAVAILABLE`,
    /// `STORE_UNAVAILABLE`, `ALREADY_RUNNING` for what never reached Rescue.
    pub fn code(&self) -> String {
        match &self.result {
            ActionResult::Answered(outcome) => outcome.code(),
            ActionResult::Refused => "INVALID_INPUT".into(),
            ActionResult::SignIn => "SIGN_IN_NEEDED".into(),
            ActionResult::Interrupted => "INTERRUPTED".into(),
            ActionResult::Unrecorded => "AUDIT_UNAVAILABLE".into(),
            ActionResult::Unavailable => "STORE_UNAVAILABLE".into(),
            ActionResult::Running => "ALREADY_RUNNING".into(),
        }
    }
}
