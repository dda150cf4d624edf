//! Every Rescue answer and failure as a sentence an administrator can act on. The one place
//! where codes become words.

#[cfg(feature = "ssr")]
use rescue::{Error, GetHierarchyOutcome, LoginOutcome};

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
