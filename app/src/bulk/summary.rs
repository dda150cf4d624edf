//! What a bulk confirmation or run comes to: whether the chosen rows can be confirmed, and
//! each answer's group in the run's summary (the sentences are `crate::words`').

use crate::actions::{ActionReport, ActionResult};
use crate::bulk::BulkRow;
use crate::shared::action::SessionAction;
use crate::shared::outcome::Outcome;
use crate::words::{self, BulkGroup};

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
            words::nothing_pending().to_owned()
        } else {
            words::none_listed().to_owned()
        });
    }
    let refused: Vec<String> = rows
        .iter()
        .filter(|row| !action.offered(row.badge))
        .map(|row| format!("{} ({})", row.session, row.status))
        .collect();
    (!refused.is_empty()).then(|| words::not_possible(action, &refused))
}

/// The summary's group of `report`.
pub fn group(report: &ActionReport) -> BulkGroup {
    match &report.result {
        ActionResult::Answered(outcome) if outcome.accepted() => BulkGroup::Done,
        ActionResult::Answered(Outcome::Answered(rescue::ActionOutcome::ActionFailed)) => {
            BulkGroup::TechnicianOffline
        }
        ActionResult::Answered(Outcome::Answered(rescue::ActionOutcome::InvalidSession)) => {
            BulkGroup::SessionGone
        }
        ActionResult::Answered(Outcome::Answered(rescue::ActionOutcome::NotLoggedInAsAdmin)) => {
            BulkGroup::NotAdmin
        }
        ActionResult::Answered(Outcome::Failed(_) | Outcome::Unknown)
        | ActionResult::Interrupted
        | ActionResult::Running => BulkGroup::Unknown,
        ActionResult::Answered(_) => BulkGroup::Refused,
        ActionResult::SignIn
        | ActionResult::Unrecorded
        | ActionResult::Unavailable
        | ActionResult::Refused => BulkGroup::NotSent,
    }
}

/// The run's summary of `reports`.
pub fn summary(action: SessionAction, reports: &[ActionReport]) -> String {
    words::bulk_summary(action, reports.iter().map(group))
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
            .map(|_| {
                report(ActionResult::Answered(Outcome::Answered(
                    rescue::ActionOutcome::Ok,
                )))
            })
            .collect();
        reports.push(report(ActionResult::Answered(Outcome::Answered(
            rescue::ActionOutcome::ActionFailed,
        ))));
        reports.push(report(ActionResult::Answered(Outcome::Answered(
            rescue::ActionOutcome::InvalidSession,
        ))));
        assert_eq!(
            summary(SessionAction::Cancel, &reports),
            "7 cancelled, 1 technician offline, 1 session gone"
        );
        reports.push(report(ActionResult::Answered(Outcome::Answered(
            rescue::ActionOutcome::ActionFailed,
        ))));
        reports.push(report(ActionResult::Answered(Outcome::Failed(
            Failure::Timeout,
        ))));
        assert_eq!(
            summary(SessionAction::Hold, &reports),
            "7 held, 2 technicians offline, 1 session gone, 1 outcome unknown or failed on the way"
        );
    }
}
