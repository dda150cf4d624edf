//! The words of the bulk actions (kept with the feature: they word its own types): the Confirm button, why a choice cannot be confirmed, and
//! the summary of a run ("7 cancelled, 1 technician offline, 1 session gone").

use crate::actions::{ActionReport, ActionResult};
use crate::bulk::BulkRow;
use crate::shared::action::SessionAction;
use crate::shared::outcome::Outcome;

/// What Confirm does, under the list.
pub const BULK_EXPLANATION: &str = "Rescue is asked once for each session, four at a time, and every call is recorded in the audit log first. Each session's answer shows on the next page as it arrives; nothing is retried.";

/// Why a run stopped before its end.
pub const LOGIN_EXPIRED_MID_RUN: &str = "Your Rescue sign-in expired during this run, so the sessions not yet sent were not changed. Sign in again, then choose them again.";

/// A results page whose run is not known here.
pub const RUN_GONE: &str = "These results are no longer here (they are kept for this browser's last bulk action only). The audit log on the History page has every call that was made.";

/// A chosen session the list no longer has, left out of a run.
pub fn not_sent_gone(session: u32) -> String {
    format!("Session {session} is no longer listed here (it ended or moved), so it was not sent to Rescue.")
}

/// A session left out of a run because the sign-in expired before its turn.
pub fn not_sent_expired(session: u32) -> String {
    format!("Session {session} was not sent: your Rescue sign-in expired.")
}

/// The bulk page's heading and Confirm button: "Cancel action on 9 sessions".
pub fn bulk_label(action: SessionAction, count: usize) -> String {
    let sessions = if count == 1 { "session" } else { "sessions" };
    match action {
        SessionAction::Cancel => format!("Cancel action on {count} {sessions}"),
        other => format!("{} {count} {sessions}", crate::words::label(other)),
    }
}

/// Why the confirmation of `action` on `rows` cannot be confirmed (nothing is sent), if it
/// cannot: nothing left to act on, or a row whose state does not allow the action.
pub fn bulk_refusal(
    action: SessionAction,
    rows: &[BulkRow],
    missing: &[u32],
    pending_rows: bool,
) -> Option<String> {
    if rows.is_empty() {
        return Some(if pending_rows && missing.is_empty() {
            "No session of this list has an action of yours pending: there is nothing to cancel."
                .to_owned()
        } else {
            "None of the chosen sessions is listed here any more: they may have ended or moved. Go back to the list and refresh.".to_owned()
        });
    }
    let refused: Vec<String> = rows
        .iter()
        .filter(|row| !action.offered(row.badge))
        .map(|row| format!("{} ({})", row.session, row.status))
        .collect();
    if refused.is_empty() {
        return None;
    }
    Some(format!(
        "{} is not possible for every session chosen: {} cannot be {}. Choose only sessions that allow it: nothing was sent to Rescue.",
        crate::words::label(action),
        refused.join(", "),
        done_word(action),
    ))
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

/// The summary's group of a report, as (one, many): "technician offline" and "technicians
/// offline".
fn tally(action: SessionAction, report: &ActionReport) -> (String, String) {
    let same = |text: &str| (text.to_owned(), text.to_owned());
    match &report.result {
        ActionResult::Answered(outcome) if outcome.accepted() => same(done_word(action)),
        ActionResult::Answered(Outcome::ActionFailed) => {
            ("technician offline".into(), "technicians offline".into())
        }
        ActionResult::Answered(Outcome::InvalidSession) => {
            ("session gone".into(), "sessions gone".into())
        }
        ActionResult::Answered(Outcome::NotLoggedInAsAdmin) => {
            same("refused: not an administrator")
        }
        ActionResult::Answered(Outcome::Failed(_) | Outcome::Unknown)
        | ActionResult::Interrupted
        | ActionResult::Running => same("outcome unknown or failed on the way"),
        ActionResult::Answered(_) => same("refused by Rescue"),
        ActionResult::SignIn
        | ActionResult::Unrecorded
        | ActionResult::Unavailable
        | ActionResult::Refused => same("not sent"),
    }
}

/// "7 cancelled, 1 technician offline, 1 session gone": the reports grouped, in the order
/// the groups first appear.
pub fn bulk_summary(action: SessionAction, reports: &[ActionReport]) -> String {
    let mut groups: Vec<((String, String), usize)> = Vec::new();
    for report in reports {
        let group = tally(action, report);
        match groups.iter_mut().find(|(g, _)| *g == group) {
            Some((_, count)) => *count += 1,
            None => groups.push((group, 1)),
        }
    }
    groups
        .into_iter()
        .map(|((one, many), count)| {
            let words = if count == 1 { one } else { many };
            format!("{count} {words}")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A run still under way: "Sent 12 of 40 · this page updates by itself".
pub fn bulk_progress(answered: usize, total: usize) -> String {
    format!("{answered} of {total} answered so far · this page updates every 2 seconds until all are in")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::outcome::Failure;

    fn report(result: ActionResult) -> ActionReport {
        ActionReport::new(1, result, String::new())
    }

    #[test]
    fn a_summary_counts_each_kind_of_answer() {
        let mut reports: Vec<ActionReport> = (0..7)
            .map(|_| report(ActionResult::Answered(Outcome::Ok)))
            .collect();
        reports.push(report(ActionResult::Answered(Outcome::ActionFailed)));
        reports.push(report(ActionResult::Answered(Outcome::InvalidSession)));
        assert_eq!(
            bulk_summary(SessionAction::Cancel, &reports),
            "7 cancelled, 1 technician offline, 1 session gone"
        );
        reports.push(report(ActionResult::Answered(Outcome::ActionFailed)));
        reports.push(report(ActionResult::Answered(Outcome::Failed(
            Failure::Timeout,
        ))));
        assert_eq!(
            bulk_summary(SessionAction::Hold, &reports),
            "7 held, 2 technicians offline, 1 session gone, 1 outcome unknown or failed on the way"
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
