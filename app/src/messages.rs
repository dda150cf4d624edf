//! Every Rescue answer and failure as a sentence an administrator can act on. The one place
//! where codes become words.

#[cfg(feature = "ssr")]
use rescue::{Error, GetHierarchyOutcome, LoginOutcome};

#[cfg(feature = "ssr")]
use crate::actions::SessionAction;

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

/// What a session action's answer means for the admin who asked. `code` is Rescue's code;
/// `documented` says whether the method's documentation lists it (an unlisted code gets the
/// "does not know" sentence even when another method knows it). `technician` names the row's
/// technician ("the technician" when the session waits in a queue).
#[cfg(feature = "ssr")]
pub fn action(
    action: SessionAction,
    code: &str,
    documented: bool,
    session: u32,
    technician: &str,
) -> String {
    use SessionAction::*;
    let tech = if technician.is_empty() {
        "the technician"
    } else {
        technician
    };
    // The slug doubles as the noun: "the hold on session …".
    let noun = action.slug();
    if !documented {
        return format!("Rescue answered {code}, a reason this dashboard does not know. The {noun} on session {session} may not have been made: check its status.");
    }
    match (code, action) {
        ("OK", Cancel) => format!("Cancelled: the action you requested on session {session} will not be carried out, and the session is back as it was."),
        ("OK", Hold) => format!("Hold requested: {tech}'s console will put session {session} on hold shortly. Until then, Cancel action takes it back."),
        ("OK", Close) => format!("Close requested: {tech}'s console will end session {session} shortly. Until then, Cancel action takes it back."),
        ("OK", Transfer) => format!("Transfer requested: session {session} will move with your comment once the console carries it out. Until then, Cancel action takes it back."),
        ("OK", Start) => format!("Start requested: the technician you picked will pick up session {session} shortly. Until then, Cancel action takes it back."),
        ("ERROR", _) => format!("Rescue reported an error and did not confirm the {noun} on session {session}. Check the session's status before trying again."),
        ("NOTLOGGEDINASADMIN", Cancel) => "Your Rescue account is not an administrator, so it cannot cancel actions. Ask a Rescue administrator to do it, or sign in with an administrator account.".into(),
        ("NOTLOGGEDINASADMIN", _) => format!("Your Rescue account is not an administrator, so Rescue refused the {noun}. Ask a Rescue administrator to do it, or sign in with an administrator account."),
        ("ACTIONFAILED", Cancel) => format!("Rescue could not cancel on session {session}: {tech} is offline or their Technician Console is not running, or no action of yours is pending there."),
        ("ACTIONFAILED", Hold) => format!("Rescue could not put session {session} on hold: it may already be on hold or have another action pending, or {tech}'s Technician Console is not running."),
        ("ACTIONFAILED", Close) => format!("Rescue could not close session {session}: {tech} is offline or their Technician Console is not running, or another action is pending on it."),
        ("ACTIONFAILED", Transfer) => format!("Rescue could not transfer session {session}: {tech} is offline or their Technician Console is not running, or another action is pending on it."),
        ("ACTIONFAILED", Start) => format!("Rescue could not start session {session}: the technician you picked is offline or their Technician Console is not running, or the session is no longer waiting."),
        ("INVALIDPARAM_SESSION", _) => format!("Rescue does not know session {session}: it may have ended and been removed. Refresh the list."),
        ("INVALIDPARAM_NODE", Transfer) => "Rescue refused the transfer target: that technician or channel does not exist in your account (or is of the other kind). Pick another.".into(),
        ("INVALIDPARAM_NODE", _) => "Rescue does not know the technician you picked, so the session was not started. Pick another.".into(),
        ("INVALID_SECRETAUTHCODE", _) => "Rescue no longer accepts your API token or authcode (a newer one may have replaced it). Sign out and sign in again.".into(),
        ("USER_DELETED_OR_DISABLED", _) => format!("Your Rescue user has been deleted or disabled, so Rescue refused the {noun}. Ask your Rescue administrator."),
        (other, _) => format!("Rescue answered {other}, a reason this dashboard does not know. The {noun} on session {session} may not have been made: check its status."),
    }
}

/// A session action that got no usable answer. Unlike a failed read, the action may have
/// happened, so the admin is told to look before trying again.
#[cfg(feature = "ssr")]
pub fn action_transport(action: SessionAction, err: &Error, session: u32) -> String {
    // The slug doubles as the noun: "the hold on session …".
    let noun = action.slug();
    let nothing = match action {
        SessionAction::Cancel => "nothing was cancelled",
        _ => "nothing was sent",
    };
    match err {
        Error::Timeout => format!("Rescue did not answer in time. The {noun} on session {session} may or may not have happened: check the session before trying again."),
        Error::Connect(_) => format!("Rescue cannot be reached from this server right now, so {nothing}. Try again later."),
        Error::RateLimited => format!("Rescue is asking for fewer requests right now (HTTP 429), so {nothing}. Wait a minute, then try again."),
        Error::HttpStatus(status) => format!("Rescue is having trouble (HTTP {status}). The {noun} on session {session} was probably not made: check the session, then try again."),
        Error::Transport(_) => format!("The connection to Rescue broke during the {noun}. It may or may not have happened on session {session}: check before trying again."),
        _ => format!("Rescue's answer could not be understood. The {noun} on session {session} may or may not have happened: check the session."),
    }
}
