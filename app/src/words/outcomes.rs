//! The words of `/outcomes` and of a session's record: counts, refusals, and the summary's
//! and charts' labels.

use super::{duration, utc_time, Precision};

/// A session record address whose ID is not a session ID.
pub const OUTCOME_ID_INVALID: &str =
    "That is not a Rescue session ID: it is a number, as the sessions list shows it.";
/// The session record could not be read.
pub const OUTCOME_UNREADABLE: &str =
    "The session's record cannot be read right now. Try again in a moment.";
/// The session record could not be deleted.
pub const OUTCOME_NOT_DELETED: &str = "The session's record could not be deleted right now; nothing was removed. Try again in a moment.";

/// How many sessions a page of `/outcomes` lists.
pub fn outcomes_count(count: usize) -> String {
    match count {
        0 => "No sessions Rescue posted match.".to_owned(),
        1 => "1 session, most recently posted first.".to_owned(),
        n => format!("{n} sessions on this page, most recently posted first."),
    }
}

/// "1 post", "2 posts".
pub fn posts(count: u64) -> String {
    match count {
        1 => "1 post".to_owned(),
        n => format!("{n} posts"),
    }
}

/// A session record deleted on an admin's request.
pub fn outcome_deleted(admin: &str, at_rfc3339: &str, count: u64) -> String {
    format!(
        "The record of this session was deleted by {admin} at {} ({}).",
        utc_time(at_rfc3339),
        posts(count)
    )
}

/// Nothing is known of a session.
pub fn outcome_not_found(session: u64) -> String {
    format!("Nothing is kept about session {session}: Rescue has not posted it to this dashboard, and no action on it was taken here.")
}

/// A one-series chart in one sentence, for its description.
pub fn counts_summary(
    total: u64,
    groups: usize,
    group: &str,
    busiest: Option<(&str, u64)>,
) -> String {
    let by = group.to_lowercase();
    match busiest {
        Some((label, n)) => {
            format!("{total} sessions by {by} ({groups} shown); the most, {n}, at {label}.")
        }
        None => format!("No sessions by {by}."),
    }
}

/// The summary's opening sentence.
pub fn outcomes_summary(sessions: u64, technicians: usize) -> String {
    let sessions = match sessions {
        1 => "1 session matches".to_owned(),
        n => format!("{n} sessions match"),
    };
    let technicians = match technicians {
        1 => "1 technician".to_owned(),
        n => format!("{n} technicians"),
    };
    format!("{sessions} the filters, handled by {technicians}.")
}

/// A median or total time in the summary; a dash where no session gave one.
pub fn summary_time(seconds: Option<u64>) -> String {
    seconds.map_or_else(|| "–".to_owned(), |s| duration(s, Precision::Seconds))
}

/// Sessions Rescue posted no waiting time for, under the waiting-time chart.
pub fn waiting_unknown(count: u64) -> String {
    match count {
        1 => "1 session has no waiting time in its posts.".to_owned(),
        n => format!("{n} sessions have no waiting time in their posts."),
    }
}

/// A waiting-time bucket's label: below `bounds[i]`, from the one before.
pub fn waiting_bucket(bounds: &[u64], i: usize) -> String {
    let short = |s: u64| duration(s, Precision::Seconds);
    match (i.checked_sub(1).and_then(|j| bounds.get(j)), bounds.get(i)) {
        (None, Some(hi)) => format!("under {}", short(*hi)),
        (Some(lo), Some(hi)) => format!("{} to {}", short(*lo), short(*hi)),
        (Some(lo), None) => format!("{} or more", short(*lo)),
        (None, None) => String::new(),
    }
}

/// The accessible name of a session ID that links to the session's record.
pub fn record_link(session: u32) -> String {
    format!("Record of session {session}")
}
