//! Every Rescue answer and failure as a sentence an administrator can act on. The one place
//! where codes become words.

#[cfg(feature = "ssr")]
use rescue::{CancelActionOutcome, Error, GetHierarchyOutcome, LoginOutcome};

/// Why signing in with e-mail and password did not work.
#[cfg(feature = "ssr")]
pub fn login(outcome: &LoginOutcome) -> String {
    match outcome {
        LoginOutcome::Ok(_) => "Signed in.".into(),
        LoginOutcome::Invalid => "The e-mail or password is not right. Check both and try again.".into(),
        LoginOutcome::LimitReached => "Rescue allows at most 10 sign-ins in 3 minutes for one account. Wait a few minutes, then try again.".into(),
        LoginOutcome::Error => "Rescue reported an error while signing you in. Try again in a moment.".into(),
        LoginOutcome::Undocumented(code) => format!("Rescue refused the sign-in with a reason this dashboard does not know ({code})."),
    }
}

/// Why an API token or authcode was not accepted.
#[cfg(feature = "ssr")]
pub fn token(outcome: &GetHierarchyOutcome) -> String {
    match outcome {
        GetHierarchyOutcome::Ok(_) => "Signed in.".into(),
        GetHierarchyOutcome::InvalidSecretAuthCode => "Rescue does not accept this token or authcode: it may be mistyped, or replaced by a newer one.".into(),
        GetHierarchyOutcome::UserDeletedOrDisabled => "The Rescue user of this token has been deleted or disabled.".into(),
        GetHierarchyOutcome::NotLoggedIn => "Rescue did not accept this token or authcode.".into(),
        GetHierarchyOutcome::Error | GetHierarchyOutcome::InvalidNode => "Rescue reported an error while checking the token. Try again in a moment.".into(),
        GetHierarchyOutcome::Undocumented(code) => format!("Rescue refused the token with a reason this dashboard does not know ({code})."),
    }
}

/// Why Rescue could not be asked at all.
#[cfg(feature = "ssr")]
pub fn transport(err: &Error) -> String {
    match err {
        Error::Timeout => "Rescue did not answer in time. Nothing was changed; try again in a moment.".into(),
        Error::Connect(_) => "Rescue cannot be reached from this server right now. Try again later.".into(),
        Error::RateLimited => "Rescue is asking for fewer requests right now. Wait a minute, then try again.".into(),
        Error::HttpStatus(status) if *status >= 500 => format!("Rescue is having trouble (HTTP {status}). Try again later."),
        Error::NoSessionCookie => "Rescue accepted the sign-in but did not start a session. Try again.".into(),
        _ => "Rescue's answer could not be understood. Try again; if it keeps happening, tell your administrator.".into(),
    }
}

/// Why a sign-in was refused before Rescue was asked.
#[cfg(feature = "ssr")]
pub fn too_many_failures(wait: std::time::Duration) -> String {
    format!(
        "Too many failed sign-ins from your network address. Wait {} before trying again.",
        crate::rate_limit::wait_in_words(wait)
    )
}

/// What a `cancelAction` answer means for the admin who asked. `technician` names the row's
/// technician ("the technician" when the session waits in a queue).
#[cfg(feature = "ssr")]
pub fn cancel(outcome: &CancelActionOutcome, session: u32, technician: &str) -> String {
    let tech = if technician.is_empty() {
        "the technician"
    } else {
        technician
    };
    match outcome {
        CancelActionOutcome::Ok => format!("Cancelled: the action you requested on session {session} will not be carried out, and the session is back as it was."),
        CancelActionOutcome::Error => format!("Rescue reported an error and did not confirm the cancel on session {session}. Check the session's status before trying again."),
        CancelActionOutcome::NotLoggedInAsAdmin => "Your Rescue account is not an administrator, so it cannot cancel actions. Ask a Rescue administrator to do it, or sign in with an administrator account.".into(),
        CancelActionOutcome::ActionFailed => format!("Rescue could not cancel on session {session}: {tech} is offline or their Technician Console is not running, or no action of yours is pending there."),
        CancelActionOutcome::InvalidSession => format!("Rescue does not know session {session}: it may have ended and been removed. Refresh the list."),
        CancelActionOutcome::InvalidSecretAuthCode => "Rescue no longer accepts your API token or authcode (a newer one may have replaced it). Sign out and sign in again.".into(),
        CancelActionOutcome::UserDeletedOrDisabled => "Your Rescue user has been deleted or disabled, so Rescue refused the cancel. Ask your Rescue administrator.".into(),
        CancelActionOutcome::Undocumented(code) => format!("Rescue answered {code}, a reason this dashboard does not know. The action on session {session} may not have been cancelled: check its status."),
    }
}

/// A `cancelAction` that got no usable answer. Unlike a failed read, the cancel may have
/// happened, so the admin is told to look before trying again.
#[cfg(feature = "ssr")]
pub fn cancel_transport(err: &Error, session: u32) -> String {
    match err {
        Error::Timeout => format!("Rescue did not answer in time. The cancel on session {session} may or may not have happened: check the session before trying again."),
        Error::Connect(_) => "Rescue cannot be reached from this server right now, so nothing was cancelled. Try again later.".into(),
        Error::RateLimited => "Rescue is asking for fewer requests right now (HTTP 429), so nothing was cancelled. Wait a minute, then try again.".into(),
        Error::HttpStatus(status) => format!("Rescue is having trouble (HTTP {status}). The cancel on session {session} was probably not made: check the session, then try again."),
        Error::Transport(_) => format!("The connection to Rescue broke during the cancel. It may or may not have happened on session {session}: check before trying again."),
        _ => format!("Rescue's answer could not be understood. The cancel on session {session} may or may not have happened: check the session."),
    }
}
