//! What signing in and out says: Rescue's refusals of a login or a token, the dashboard's own
//! limits, lifetimes that ended, fields that cannot be sent, admins not on the list.

use super::{duration, Precision};
use crate::say;
#[cfg(feature = "ssr")]
use rescue::{GetHierarchyOutcome, LoginOutcome};

/// Why signing in with e-mail and password did not work.
#[cfg(feature = "ssr")]
pub fn login(outcome: &LoginOutcome) -> String {
    match outcome {
        LoginOutcome::Ok(_) => say!("signed-in"),
        LoginOutcome::Invalid => say!("login-invalid"),
        LoginOutcome::LimitReached => rescue_limit(180),
        LoginOutcome::GlobalIpRestricted => say!("login-ip-restricted"),
        LoginOutcome::Error => say!("login-error"),
        LoginOutcome::Undocumented(code) => say!("login-undocumented", code = code.as_str()),
    }
}

/// Why an API token or authcode was not accepted.
#[cfg(feature = "ssr")]
pub fn token(outcome: &GetHierarchyOutcome) -> String {
    match outcome {
        GetHierarchyOutcome::Ok(_) => say!("signed-in"),
        GetHierarchyOutcome::InvalidSecretAuthCode => say!("token-invalid"),
        GetHierarchyOutcome::UserDeletedOrDisabled => say!("token-user-gone"),
        GetHierarchyOutcome::NotLoggedIn => say!("token-not-accepted"),
        GetHierarchyOutcome::Error | GetHierarchyOutcome::InvalidNode => say!("token-error"),
        GetHierarchyOutcome::Undocumented(code) => say!("token-undocumented", code = code.as_str()),
    }
}

/// Why a sign-in was refused before Rescue was asked.
pub fn too_many_failures(wait_secs: u64) -> String {
    let wait = duration(wait_secs, Precision::Spoken);
    say!("too-many-failures", wait = wait.as_str())
}

/// Rescue refuses this account's logins for now (`LIMITREACHED`, remembered until its 3
/// minutes are over): the dashboard does not ask it meanwhile.
pub fn rescue_limit(wait_secs: u64) -> String {
    let wait = duration(wait_secs, Precision::Spoken);
    say!("rescue-limit", wait = wait.as_str())
}

/// A sign-in reached its absolute lifetime (`SESSION_MAX_HOURS`).
pub fn lifetime_over(max_secs: u64) -> String {
    let most = duration(max_secs, Precision::Spoken);
    say!("lifetime-over", most = most.as_str())
}

/// A sign-in was idle too long (`SESSION_IDLE_MINUTES`); automatic refreshes do not count.
pub fn idle_over(idle_secs: u64) -> String {
    let idle = duration(idle_secs, Precision::Spoken);
    say!("idle-over", idle = idle.as_str())
}

/// The sign-in page after a sign-out.
pub fn signed_out() -> String {
    say!("signed-out")
}

/// Rescue, asked again, no longer accepts the login (disabled, deleted, logged out elsewhere).
pub fn login_revoked() -> String {
    say!("login-revoked")
}

/// A sign-in form's fields that cannot be sent to Rescue, by the code the no-JavaScript
/// sign-in page carries in its address (`/login?refused=…`): nothing is stored for junk.
pub fn field_problem(code: &str) -> Option<String> {
    Some(match code {
        "fields" => say!("field-fields"),
        "email" => say!("field-email"),
        "password" => say!("field-password"),
        "token" => say!("field-token"),
        _ => return None,
    })
}

/// Rescue accepted the account, but this installation's ALLOWED_ADMINS does not list it.
pub fn not_allowed() -> String {
    say!("not-allowed")
}

/// A token Rescue did not say the owner of, where only listed admins may sign in.
pub fn token_owner_unknown() -> String {
    say!("token-owner-unknown")
}

/// Why a single sign-on did not sign the admin in; `provider` is `OIDC_NAME`.
#[cfg(feature = "ssr")]
pub fn sso_refusal(refusal: &crate::shared::sso_refusal::Refusal, provider: &str) -> String {
    use crate::shared::sso_refusal::Refusal as R;
    use rescue::RequestAuthCodeSsoOutcome as O;
    let why = match refusal {
        R::Provider(code) if code == "access_denied" => "cancelled",
        R::Provider(code) => {
            return say!("sso-provider", provider = provider, code = code.as_str())
        }
        R::State => "state",
        R::CodeRefused => "code",
        R::NoIdToken => "no-id-token",
        R::WrongIssuer => "issuer",
        R::WrongAudience => "audience",
        R::Expired => "expired",
        R::BadSignature => "signature",
        R::WrongNonce => "nonce",
        R::UnverifiedEmail => "unverified",
        R::MissingClaim => "claim",
        R::NotAllowed => "not-allowed",
        R::ProviderUnreachable => "unreachable",
        R::Store => "store",
        R::Rescue(O::Invalid) => "rescue-invalid",
        R::Rescue(O::InvalidParamCompany) => "company",
        R::Rescue(O::Error) => "rescue-error",
        R::Rescue(O::Ok(_)) => return say!("signed-in"),
        R::Rescue(O::Undocumented(code)) => return say!("sso-undocumented", code = code.as_str()),
        R::Transport(err) => return super::transport(err),
    };
    say!("sso-refusal", why = why, provider = provider)
}

/// A password Rescue refused, where the company signs in through its identity provider: an
/// SSO-only Rescue account has no password `login.aspx` accepts, and Rescue answers such a
/// login `INVALID` like any wrong password.
pub fn password_refused_try_sso(provider: &str) -> String {
    say!("password-refused-try-sso", provider = provider)
}

/// A sign-in of a kind `SIGN_IN_METHODS` switched off (a script posting to the form anyway).
pub fn method_off() -> String {
    say!("method-off")
}
