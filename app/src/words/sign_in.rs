//! What signing in and out says: Rescue's refusals of a login or a token, the dashboard's own
//! limits, lifetimes that ended, fields that cannot be sent, admins not on the list.

use super::{duration, Precision};
#[cfg(feature = "ssr")]
use rescue::{GetHierarchyOutcome, LoginOutcome};

/// Why signing in with e-mail and password did not work.
#[cfg(feature = "ssr")]
pub fn login(outcome: &LoginOutcome) -> String {
    match outcome {
        LoginOutcome::Ok(_) => "Signed in.".into(),
        LoginOutcome::Invalid => "The e-mail or password is not right. Check both and try again.".into(),
        LoginOutcome::LimitReached => rescue_limit(180),
        LoginOutcome::GlobalIpRestricted => "Rescue refused the sign-in: your Rescue account accepts sign-ins only from allowed IP addresses, and this dashboard's server is not among them. Ask your Rescue account holder to allow the server's address.".into(),
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

/// Why a sign-in was refused before Rescue was asked.
pub fn too_many_failures(wait_secs: u64) -> String {
    format!(
        "Too many failed sign-ins from your network address. Wait {} before trying again.",
        duration(wait_secs, Precision::Spoken)
    )
}

/// Rescue refuses this account's logins for now (`LIMITREACHED`, remembered until its 3
/// minutes are over): the dashboard does not ask it meanwhile.
pub fn rescue_limit(wait_secs: u64) -> String {
    format!(
        "Rescue allows at most 10 sign-ins in 3 minutes for one account, and this account has reached that. Wait {}, then try again.",
        duration(wait_secs, Precision::Spoken)
    )
}

/// A sign-in reached its absolute lifetime (`SESSION_MAX_HOURS`).
pub fn lifetime_over(max_secs: u64) -> String {
    format!(
        "Your sign-in here lasts at most {}, and that time is up. Sign in again to continue where you were.",
        duration(max_secs, Precision::Spoken)
    )
}

/// A sign-in was idle too long (`SESSION_IDLE_MINUTES`); automatic refreshes do not count.
pub fn idle_over(idle_secs: u64) -> String {
    format!(
        "You were away for more than {}, so you were signed out. Sign in again to continue where you were.",
        duration(idle_secs, Precision::Spoken)
    )
}

/// The sign-in page after a sign-out.
pub const SIGNED_OUT: &str = "You are signed out.";

/// Rescue, asked again, no longer accepts the login (disabled, deleted, logged out elsewhere).
pub const LOGIN_REVOKED: &str = "Rescue no longer accepts your sign-in (it ended there, or the account was disabled). Sign in again to continue.";

/// A sign-in form's fields that cannot be sent to Rescue, by the code the no-JavaScript
/// sign-in page carries in its address (`/login?refused=…`): nothing is stored for junk.
pub fn field_problem(code: &str) -> Option<&'static str> {
    Some(match code {
        "fields" => "Enter your Rescue e-mail and password.",
        "email" => {
            "That is not an e-mail address Rescue could have (at most 254 characters, one line)."
        }
        "password" => "That password is longer than any Rescue accepts (at most 256 characters).",
        "token" => {
            "Paste the API token or authcode: one word, without spaces, at most 512 characters."
        }
        _ => return None,
    })
}

/// Rescue accepted the account, but this installation's ALLOWED_ADMINS does not list it.
pub const NOT_ALLOWED: &str = "Rescue accepted this account, but it is not one of the admins allowed to use this dashboard. Nothing was kept; ask whoever runs Rescue Console to add it.";
/// Token sign-in with a list of allowed admins other than `*`.
pub const TOKENS_NEED_ANYONE: &str = "This dashboard admits only listed admins, and a token does not say whose it is. Sign in with your Rescue e-mail and password instead.";
