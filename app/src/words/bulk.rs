//! The words of the bulk actions: the Confirm button, why a choice cannot be confirmed, a
//! run's progress, and its summary ("7 cancelled, 1 technician offline, 1 session gone").

use crate::shared::action::SessionAction;

/// What Confirm does, under the list.
pub const BULK_EXPLANATION: &str = "Rescue is asked once for each session, four at a time, and every call is recorded in the audit log first. Each session's answer shows on the next page as it arrives; nothing is retried.";

/// Why a run stopped before its end.
pub const LOGIN_EXPIRED_MID_RUN: &str = "Your Rescue sign-in expired during this run, so the sessions not yet sent were not changed. Sign in again, then choose them again.";

/// A results page whose run is not known here.
pub const RUN_GONE: &str = "These results are no longer here (they are kept for this browser's last bulk action only). The audit log on the History page has every call that was made.";

/// An action a bulk request cannot make.
pub const BULK_ACTIONS_ONLY: &str =
    "Bulk actions are cancel, hold and close: nothing was sent to Rescue.";

/// A run form without the list its sessions came from.
pub const BULK_NO_LIST: &str = "The form names no list of sessions: nothing was sent to Rescue.";

/// A bulk page's address without a list.
pub const BULK_NO_LIST_ADDRESS: &str =
    "The address names no list: go back to the sessions page and choose again.";

/// "Every row with a pending action of mine" found none.
pub const NOTHING_PENDING: &str =
    "No session of this list has an action of yours pending: there is nothing to cancel.";

/// None of the chosen sessions is listed any more.
pub const NONE_LISTED: &str = "None of the chosen sessions is listed here any more: they may have ended or moved. Go back to the list and refresh.";

/// A chosen session the list no longer has, left out of a run.
pub fn not_sent_gone(session: u32) -> String {
    format!("Session {session} is no longer listed here (it ended or moved), so it was not sent to Rescue.")
}

/// A session left out of a run because the sign-in expired before its turn.
pub fn not_sent_expired(session: u32) -> String {
    format!("Session {session} was not sent: your Rescue sign-in expired.")
}

/// The chosen sessions the list no longer has, left out of the confirmation.
pub fn left_out(sessions: &[u32]) -> String {
    let ids: Vec<String> = sessions.iter().map(u32::to_string).collect();
    format!(
        "No longer listed here, left out: {} (they may have ended or moved).",
        ids.join(", ")
    )
}

/// The bulk page's heading and Confirm button: "Cancel action on 9 sessions".
pub fn bulk_label(action: SessionAction, count: usize) -> String {
    let sessions = if count == 1 { "session" } else { "sessions" };
    match action {
        SessionAction::Cancel => format!("Cancel action on {count} {sessions}"),
        other => format!("{} {count} {sessions}", super::label(other)),
    }
}

/// `action` cannot be made on every row chosen: `refused` names them ("1073 (Waiting)").
pub fn not_possible(action: SessionAction, refused: &[String]) -> String {
    format!(
        "{} is not possible for every session chosen: {} cannot be {}. Choose only sessions that allow it: nothing was sent to Rescue.",
        super::label(action),
        refused.join(", "),
        done_word(action),
    )
}

/// What a session became when Rescue accepted `action`: "cancelled", "held", "closed".
fn done_word(action: SessionAction) -> &'static str {
    match action {
        SessionAction::Cancel => "cancelled",
        SessionAction::Hold => "held",
        SessionAction::Close => "closed",
        SessionAction::Transfer => "transferred",
        SessionAction::Start => "started",
    }
}

/// The groups a run's summary counts its answers in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BulkGroup {
    /// Rescue accepted the action.
    Done,
    /// `ACTIONFAILED`.
    TechnicianOffline,
    /// `INVALIDPARAM_SESSION`.
    SessionGone,
    /// `NOTLOGGEDINASADMIN`.
    NotAdmin,
    /// No answer, or an interrupted one.
    Unknown,
    /// Any other refusal of Rescue's.
    Refused,
    /// Never sent.
    NotSent,
}

/// A group's words, as (one, many): "technician offline" and "technicians offline".
fn group_words(action: SessionAction, group: BulkGroup) -> (&'static str, &'static str) {
    let same = |text| (text, text);
    match group {
        BulkGroup::Done => same(done_word(action)),
        BulkGroup::TechnicianOffline => ("technician offline", "technicians offline"),
        BulkGroup::SessionGone => ("session gone", "sessions gone"),
        BulkGroup::NotAdmin => same("refused: not an administrator"),
        BulkGroup::Unknown => same("outcome unknown or failed on the way"),
        BulkGroup::Refused => same("refused by Rescue"),
        BulkGroup::NotSent => same("not sent"),
    }
}

/// "7 cancelled, 1 technician offline, 1 session gone": the answers' groups counted, in the
/// order they first appear.
pub fn bulk_summary(action: SessionAction, groups: impl IntoIterator<Item = BulkGroup>) -> String {
    let mut counted: Vec<(BulkGroup, usize)> = Vec::new();
    for group in groups {
        match counted.iter_mut().find(|(g, _)| *g == group) {
            Some((_, count)) => *count += 1,
            None => counted.push((group, 1)),
        }
    }
    counted
        .into_iter()
        .map(|(group, count)| {
            let (one, many) = group_words(action, group);
            format!("{count} {}", if count == 1 { one } else { many })
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A run still under way.
pub fn bulk_progress(answered: usize, total: usize) -> String {
    format!("{answered} of {total} answered so far · this page updates every 2 seconds until all are in")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_summary_counts_each_group_in_order() {
        use BulkGroup::*;
        let groups = [
            Done,
            Done,
            TechnicianOffline,
            SessionGone,
            TechnicianOffline,
            Unknown,
        ];
        assert_eq!(
            bulk_summary(SessionAction::Hold, groups),
            "2 held, 2 technicians offline, 1 session gone, 1 outcome unknown or failed on the way"
        );
    }

    #[test]
    fn labels_name_the_count() {
        assert_eq!(
            bulk_label(SessionAction::Cancel, 9),
            "Cancel action on 9 sessions"
        );
        assert_eq!(bulk_label(SessionAction::Hold, 1), "Hold 1 session");
        assert_eq!(bulk_label(SessionAction::Close, 3), "Close 3 sessions");
    }
}
