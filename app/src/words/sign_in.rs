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
/// A token Rescue did not say the owner of, where only listed admins may sign in.
pub const TOKEN_OWNER_UNKNOWN: &str = "Rescue did not say whose token this is, and this dashboard admits only listed admins. Sign in with your Rescue e-mail and password instead.";

/// Why a single sign-on did not sign the admin in; `provider` is `OIDC_NAME`.
#[cfg(feature = "ssr")]
pub fn sso_refusal(refusal: &crate::shared::sso_refusal::Refusal, provider: &str) -> String {
    use crate::shared::sso_refusal::Refusal as R;
    use rescue::RequestAuthCodeSsoOutcome as O;
    let again = "Start again with the sign-in button.";
    match refusal {
        R::Provider(code) if code == "access_denied" => format!("{provider} did not sign you in (you or the provider cancelled). Nothing was kept."),
        R::Provider(code) => format!("{provider} did not sign you in ({code}). Nothing was kept; try again, or ask whoever runs your identity provider."),
        R::State => format!("This sign-in through {provider} has expired, was already used, or was started in another browser. {again}"),
        R::CodeRefused => format!("{provider} did not accept this sign-in's code (it may have been used already or expired). {again}"),
        R::NoIdToken => format!("{provider} answered without saying who you are (no ID token). Ask whoever runs your identity provider to allow the openid scope for this dashboard."),
        R::WrongIssuer => format!("The answer did not come from {provider} as configured (wrong issuer), so it was not trusted. Nothing was kept."),
        R::WrongAudience => format!("The answer from {provider} was meant for another application (wrong audience), so it was not trusted. Nothing was kept."),
        R::Expired => format!("The answer from {provider} had already expired. Check this server's clock, then {}", again.to_lowercase()),
        R::BadSignature => format!("The answer from {provider} is not signed by it, so it was not trusted. Nothing was kept."),
        R::WrongNonce => format!("The answer from {provider} belongs to another sign-in, so it was not trusted. {again}"),
        R::UnverifiedEmail => format!("{provider} has not verified the e-mail address of your account, so it cannot sign you in here. Ask whoever runs your identity provider to verify it."),
        R::MissingClaim => format!("{provider} did not say which Rescue single sign-on ID is yours (the claim this dashboard is set to read is missing or empty)."),
        R::NotAllowed => format!("{provider} signed you in, but your account is not one of the admins allowed to use this dashboard. Nothing was kept; ask whoever runs Rescue Console to add it."),
        R::ProviderUnreachable => format!("{provider} cannot be reached from this server right now. Try again later."),
        R::Store => "This server cannot reach its shared store right now, so nobody can sign in. Try again in a moment.".into(),
        R::Rescue(O::Invalid) => format!("{provider} signed you in, but Rescue did not accept the single sign-on: your Rescue account may have another single sign-on ID, be disabled, or this dashboard's company SSO password or ID may not match Rescue's Global Settings."),
        R::Rescue(O::InvalidParamCompany) => "Rescue refused this dashboard's company ID (RESCUE_COMPANY_ID). Ask whoever runs Rescue Console to check it against Rescue's Global Settings.".into(),
        R::Rescue(O::Error) => "Rescue reported an error while signing you in through single sign-on. Try again in a moment.".into(),
        R::Rescue(O::Ok(_)) => "Signed in.".into(),
        R::Rescue(O::Undocumented(code)) => format!("Rescue refused the single sign-on with a reason this dashboard does not know ({code})."),
        R::Transport(err) => super::transport(err),
    }
}

/// A password Rescue refused, where the company signs in through its identity provider: an
/// SSO-only Rescue account has no password `login.aspx` accepts, and Rescue answers such a
/// login `INVALID` like any wrong password.
pub fn password_refused_try_sso(provider: &str) -> String {
    format!("The e-mail or password is not right. If your company signs in through {provider}, use the “Sign in with {provider}” button instead: accounts that use single sign-on have no Rescue password.")
}

/// A sign-in of a kind `SIGN_IN_METHODS` switched off (a script posting to the form anyway).
pub const METHOD_OFF: &str =
    "This way of signing in is switched off here. Use one of the ways the sign-in page offers.";
