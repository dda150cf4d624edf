//! What a confirmed action says when it is not made as asked: a confirmation sent again, one
//! this dashboard did not make or made too long ago, a row no longer listed, a sign-in that
//! expired on the way.

use crate::say;
use crate::shared::action::TargetKind;

/// An action that does not exist (an address or form edited by hand).
pub fn no_such_action() -> String {
    say!("no-such-action")
}

/// A session ID that is not one.
pub fn bad_session_id(why: &impl std::fmt::Display) -> String {
    say!("bad-session-id", why = why.to_string().as_str())
}

/// A transfer or start without its target.
pub fn pick_a_target(kind: TargetKind) -> String {
    match kind {
        TargetKind::Technician => say!("pick-technician"),
        TargetKind::TechnicianOrChannel => say!("pick-target"),
    }
}

/// A target that is neither `NODE:<id>` nor `CHANNEL:<id>`.
pub fn not_a_target(text: &str) -> String {
    say!("not-a-target", target = text)
}

/// A target whose ID is not one.
pub fn bad_target(why: &impl std::fmt::Display) -> String {
    say!("bad-target", why = why.to_string().as_str())
}

/// A start by a channel.
pub fn only_technicians_start() -> String {
    say!("only-technicians-start")
}

/// A transfer comment past Rescue's length.
pub fn comment_too_long(length: usize, most: usize) -> String {
    say!("comment-too-long", length = length, most = most)
}

/// A transfer comment of several lines.
pub fn comment_one_line() -> String {
    say!("comment-one-line")
}

/// An action form posted by a browser that is not signed in.
pub fn sign_in_first() -> String {
    say!("sign-in-first")
}

/// The Rescue login turned out to have expired while an action was being made.
pub fn expired_mid_action(session: u32) -> String {
    say!("expired-mid-action", session = session.to_string().as_str())
}

/// A confirmation without a token this dashboard made.
pub fn token_invalid() -> String {
    say!("confirmation-invalid")
}

/// A confirmation whose token is too old.
pub fn token_expired() -> String {
    say!("confirmation-expired")
}

/// The same confirmation sent again while its first submission still runs.
pub fn confirmation_running() -> String {
    say!("confirmation-running")
}

/// The same confirmation sent again after its first submission was answered.
pub fn already_done(first: &str) -> String {
    say!("already-done", first = first)
}

/// Why an action was refused before Rescue was asked, said as such (once: some reasons say
/// it already).
pub fn not_sent(why: &str) -> String {
    let marker = say!("nothing-sent-marker").to_lowercase();
    if why.to_lowercase().contains(&marker) {
        why.to_owned()
    } else {
        say!("not-sent", why = why)
    }
}

/// The audit log took the call ahead but not its answer.
pub fn answer_unrecorded() -> String {
    say!("answer-unrecorded")
}

/// A session the list no longer has (it ended, or moved to another list).
pub fn no_longer_listed(session: u32) -> String {
    say!("no-longer-listed", session = session.to_string().as_str())
}
