//! What a session action's answer means, one sentence per return code of each method and per
//! way a call can fail: the sentence the admin reads after Confirm, and the history keeps.

use crate::say;
use crate::shared::action::SessionAction;
use crate::shared::outcome::{Failure, Outcome};

/// What a session action's answer means for the admin who asked. `technician` names the row's
/// technician ("the technician" when the session waits in a queue). A code the method does not
/// document gets the "does not know" sentence even when another method knows it.
pub fn action(action: SessionAction, outcome: &Outcome, session: u32, technician: &str) -> String {
    use rescue::ActionOutcome as A;
    let tech = if technician.is_empty() {
        say!("the-technician")
    } else {
        technician.to_owned()
    };
    let (tech, session_id) = (tech.as_str(), session.to_string());
    let (action, session) = (action.slug(), session_id.as_str());
    // The action as a noun in a sentence ("the hold on session …"), the language's own.
    let noun = say!("action-noun", action = action);
    let noun = noun.as_str();
    match outcome {
        Outcome::Failed(failure) => action_failure(action, noun, *failure, session),
        Outcome::Attempted => say!("act-attempted", noun = noun, session = session),
        Outcome::Unknown => say!("act-unknown", noun = noun, session = session),
        Outcome::Answered(A::Ok) => say!("act-ok", action = action, session = session, tech = tech),
        Outcome::Answered(A::Error) => say!("act-error", noun = noun, session = session),
        Outcome::Answered(A::NotLoggedInAsAdmin) => {
            say!("act-not-admin", action = action, noun = noun)
        }
        Outcome::Answered(A::ActionFailed) => {
            say!(
                "act-failed",
                action = action,
                session = session,
                tech = tech
            )
        }
        Outcome::Answered(A::InvalidSession) => say!("act-invalid-session", session = session),
        Outcome::Answered(A::InvalidNode) => say!("act-invalid-node", action = action),
        Outcome::Answered(A::InvalidSecretAuthCode) => say!("act-invalid-authcode"),
        Outcome::Answered(A::UserDeletedOrDisabled) => say!("act-user-gone", noun = noun),
        Outcome::Answered(A::Undocumented(code)) => say!(
            "act-undocumented",
            noun = noun,
            session = session,
            code = code.as_str()
        ),
    }
}

/// A session action that got no usable answer. Unlike a failed read, the action may have
/// happened, so the admin is told to look before trying again.
fn action_failure(action: &str, noun: &str, failure: Failure, session: &str) -> String {
    let failure = match failure {
        Failure::Timeout => "timeout",
        Failure::Unreachable => "unreachable",
        Failure::RateLimited => "rate-limited",
        Failure::Redirected(status) => {
            let status = status.to_string();
            return say!("act-redirected", action = action, status = status.as_str());
        }
        Failure::HttpStatus(status) => {
            let status = status.to_string();
            return say!(
                "act-http-status",
                noun = noun,
                session = session,
                status = status.as_str()
            );
        }
        Failure::ConnectionBroken => "broken",
        Failure::TooLarge => "too-large",
        _ => "unreadable",
    };
    say!(
        "act-no-answer",
        failure = failure,
        action = action,
        noun = noun,
        session = session
    )
}
