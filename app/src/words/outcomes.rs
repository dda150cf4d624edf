//! The words of `/outcomes` and of a session's record: counts, refusals, and the summary's
//! and charts' labels.

use super::{duration, utc_time, Precision};
use crate::say;

/// A session record address whose ID is not a session ID.
pub fn outcome_id_invalid() -> String {
    say!("outcome-id-invalid")
}

/// The session record could not be read.
pub fn outcome_unreadable() -> String {
    say!("outcome-unreadable")
}

/// The session record could not be deleted.
pub fn outcome_not_deleted() -> String {
    say!("outcome-not-deleted")
}

/// How many sessions a page of `/outcomes` lists.
pub fn outcomes_count(count: usize) -> String {
    say!("outcomes-count", count = count)
}

/// "1 post", "2 posts".
pub fn posts(count: u64) -> String {
    say!("posts", count = count)
}

/// A session record deleted on an admin's request.
pub fn outcome_deleted(admin: &str, at_rfc3339: &str, count: u64) -> String {
    let (at, posts) = (utc_time(at_rfc3339), posts(count));
    say!(
        "outcome-deleted",
        admin = admin,
        at = at.as_str(),
        posts = posts.as_str()
    )
}

/// Nothing is known of a session.
pub fn outcome_not_found(session: u64) -> String {
    say!("outcome-not-found", session = session.to_string().as_str())
}

/// A one-series chart in one sentence, for its description: `group` names what one bar is
/// (`day`, `waiting`, `technician`).
pub fn counts_summary(
    total: u64,
    groups: usize,
    group: &str,
    busiest: Option<(&str, u64)>,
) -> String {
    match busiest {
        Some((label, n)) => say!(
            "counts-summary",
            total = total,
            group = group,
            groups = groups,
            most = n,
            label = label
        ),
        None => say!("counts-summary-none", group = group),
    }
}

/// The summary's opening sentence.
pub fn outcomes_summary(sessions: u64, technicians: usize) -> String {
    say!(
        "outcomes-summary",
        sessions = sessions,
        technicians = technicians
    )
}

/// A median or total time in the summary; a dash where no session gave one.
pub fn summary_time(seconds: Option<u64>) -> String {
    seconds.map_or_else(|| "–".to_owned(), |s| duration(s, Precision::Seconds))
}

/// Sessions Rescue posted no waiting time for, under the waiting-time chart.
pub fn waiting_unknown(count: u64) -> String {
    say!("waiting-unknown", count = count)
}

/// A waiting-time bucket's label: below `bounds[i]`, from the one before.
pub fn waiting_bucket(bounds: &[u64], i: usize) -> String {
    let short = |s: u64| duration(s, Precision::Seconds);
    match (i.checked_sub(1).and_then(|j| bounds.get(j)), bounds.get(i)) {
        (None, Some(hi)) => say!("bucket-under", hi = short(*hi).as_str()),
        (Some(lo), Some(hi)) => say!(
            "bucket-between",
            lo = short(*lo).as_str(),
            hi = short(*hi).as_str()
        ),
        (Some(lo), None) => say!("bucket-over", lo = short(*lo).as_str()),
        (None, None) => String::new(),
    }
}

/// The accessible name of a session ID that links to the session's record.
pub fn record_link(session: u32) -> String {
    say!("record-link", session = session.to_string().as_str())
}
