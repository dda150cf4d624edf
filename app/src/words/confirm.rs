//! What a confirmed action says when it is not made as asked: a confirmation sent again, one
//! this dashboard did not make or made too long ago, a row no longer listed, a sign-in that
//! expired on the way.

/// An action that does not exist (an address or form edited by hand).
pub const NO_SUCH_ACTION: &str =
    "There is no such session action: the actions are cancel, hold, close, transfer and start.";

/// A session ID that is not one.
pub fn bad_session_id(why: &impl std::fmt::Display) -> String {
    format!("The session ID is not valid: {why}.")
}

/// A transfer or start without its target.
pub fn pick_a_target(kind: crate::shared::action::TargetKind) -> &'static str {
    match kind {
        crate::shared::action::TargetKind::Technician => "Pick the technician who should start it.",
        crate::shared::action::TargetKind::TechnicianOrChannel => {
            "Pick the technician or channel to transfer to."
        }
    }
}

/// A target that is neither `NODE:<id>` nor `CHANNEL:<id>`.
pub fn not_a_target(text: &str) -> String {
    format!("The target `{text}` is not a technician or channel.")
}

/// A target whose ID is not one.
pub fn bad_target(why: &impl std::fmt::Display) -> String {
    format!("The target is not valid: {why}.")
}

/// A start by a channel.
pub const ONLY_TECHNICIANS_START: &str = "Only a technician can start a session, not a channel.";

/// A transfer comment past Rescue's length.
pub fn comment_too_long(length: usize, most: usize) -> String {
    format!("The comment is {length} characters long; Rescue takes at most {most}.")
}

/// A transfer comment of several lines.
pub const COMMENT_ONE_LINE: &str =
    "The comment must be one line of text (no line breaks or control characters).";

/// An action form posted by a browser that is not signed in.
pub const SIGN_IN_FIRST: &str = "Sign in first. Nothing was sent to Rescue.";

/// The Rescue login turned out to have expired while an action was being made.
pub fn expired_mid_action(session: u32) -> String {
    format!("Your Rescue sign-in expired, so session {session} was not changed. Sign in again to continue.")
}

/// A confirmation without a token this dashboard made.
pub const TOKEN_INVALID: &str = "This confirmation is not one this dashboard made, so nothing was sent to Rescue. Open the confirmation again from the list.";

/// A confirmation whose token is too old.
pub const TOKEN_EXPIRED: &str = "This confirmation is more than an hour old, so nothing was sent to Rescue. Open it again from the list to see the session as it is now.";

/// The same confirmation sent again while its first submission still runs.
pub const CONFIRMATION_RUNNING: &str = "This confirmation is already being carried out, so it was not sent again. Its outcome will show in the list and in the history.";

/// The same confirmation sent again after its first submission was answered.
pub fn already_done(first: &str) -> String {
    format!("Already done: this confirmation was sent before, so nothing was sent again. {first}")
}

/// Why an action was refused before Rescue was asked, said as such.
pub fn not_sent(why: &str) -> String {
    if why.contains("Nothing was sent") || why.contains("nothing was sent") {
        why.to_owned()
    } else {
        format!("{why} Nothing was sent to Rescue.")
    }
}

/// The audit log took the call ahead but not its answer.
pub const ANSWER_UNRECORDED: &str = "Rescue's answer could not be written to the audit log, where this attempt shows as of unknown outcome; tell your administrator.";

/// A session the list no longer has (it ended, or moved to another list).
pub fn no_longer_listed(session: u32) -> String {
    format!("Session {session} is no longer listed here: it may have ended or moved. Go back to the list and refresh.")
}
