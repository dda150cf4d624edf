//! The words of the bulk actions: the Confirm button, why a choice cannot be confirmed, a
//! run's progress, and its summary ("7 cancelled, 1 technician offline, 1 session gone").

use crate::say;
use crate::shared::action::SessionAction;

/// What Confirm does, under the list.
pub fn bulk_explanation() -> String {
    say!("bulk-explanation")
}

/// Why a run stopped before its end.
pub fn login_expired_mid_run() -> String {
    say!("login-expired-mid-run")
}

/// A results page whose run is not known here.
pub fn run_gone() -> String {
    say!("run-gone")
}

/// An action a bulk request cannot make.
pub fn bulk_actions_only() -> String {
    say!("bulk-actions-only")
}

/// A run form without the list its sessions came from.
pub fn bulk_no_list() -> String {
    say!("bulk-no-list")
}

/// A bulk page's address without a list.
pub fn bulk_no_list_address() -> String {
    say!("bulk-no-list-address")
}

/// "Every row with a pending action of mine" found none.
pub fn nothing_pending() -> String {
    say!("nothing-pending")
}

/// None of the chosen sessions is listed any more.
pub fn none_listed() -> String {
    say!("none-listed")
}

/// A chosen session the list no longer has, left out of a run.
pub fn not_sent_gone(session: u32) -> String {
    say!("not-sent-gone", session = session.to_string().as_str())
}

/// A session left out of a run because the sign-in expired before its turn.
pub fn not_sent_expired(session: u32) -> String {
    say!("not-sent-expired", session = session.to_string().as_str())
}

/// The chosen sessions the list no longer has, left out of the confirmation.
pub fn left_out(sessions: &[u32]) -> String {
    let ids: Vec<String> = sessions.iter().map(u32::to_string).collect();
    say!("left-out", sessions = ids.join(", ").as_str())
}

/// The bulk page's heading and Confirm button: "Cancel action on 9 sessions".
pub fn bulk_label(action: SessionAction, count: usize) -> String {
    say!("bulk-label", action = action.slug(), count = count)
}

/// `action` cannot be made on every row chosen: `refused` names them ("1073 (Waiting)").
pub fn not_possible(action: SessionAction, refused: &[String]) -> String {
    say!(
        "not-possible",
        action = action.slug(),
        refused = refused.join(", ").as_str()
    )
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

impl BulkGroup {
    /// The group's name in the catalogue's `bulk-group` choice.
    fn slug(self) -> &'static str {
        match self {
            BulkGroup::Done => "done",
            BulkGroup::TechnicianOffline => "offline",
            BulkGroup::SessionGone => "gone",
            BulkGroup::NotAdmin => "not-admin",
            BulkGroup::Unknown => "unknown",
            BulkGroup::Refused => "refused",
            BulkGroup::NotSent => "not-sent",
        }
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
    let parts: Vec<String> = counted
        .into_iter()
        .map(|(group, count)| {
            say!(
                "bulk-group",
                group = group.slug(),
                action = action.slug(),
                count = count
            )
        })
        .collect();
    parts.join(&say!("list-separator"))
}

/// A run still under way.
pub fn bulk_progress(answered: usize, total: usize) -> String {
    say!("bulk-progress", answered = answered, total = total)
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
