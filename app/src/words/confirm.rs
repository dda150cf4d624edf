//! What a confirmed action says when it is not made as asked: a confirmation sent again, one
//! this dashboard did not make or made too long ago, a row no longer listed, a sign-in that
//! expired on the way.

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
