//! The rules every sign-in goes through, as the server configured them: who may sign in, how
//! often one may try, and where a request really came from.

use crate::sign_in::allowed::AllowedAdmins;
use crate::sign_in::limit::FailedSignIns;
use crate::sign_in::proxies::TrustedProxies;
use crate::sign_in::rescue_limit::RescueLimits;

/// Longest e-mail accepted (RFC 5321's limit on a path); checked before anything is stored.
pub const EMAIL_MAX: usize = 254;
/// Longest password accepted; Rescue's own are far shorter.
pub const PASSWORD_MAX: usize = 256;
/// Longest pasted API token or authcode accepted (the documented sample has 79 characters).
pub const TOKEN_MAX: usize = 512;

/// Who may sign in and how often.
#[derive(Debug)]
pub struct SignInRules {
    /// `ALLOWED_ADMINS`.
    pub allowed: AllowedAdmins,
    /// `TRUSTED_PROXIES`.
    pub proxies: TrustedProxies,
    /// Recent attempts without success.
    pub limits: FailedSignIns,
    /// The e-mails Rescue refuses logins for right now (`LIMITREACHED`).
    pub rescue_limits: RescueLimits,
    /// `SIGN_IN_METHODS`.
    pub methods: crate::sign_in::sso::Methods,
}

impl SignInRules {
    /// Rules admitting `allowed`, believing `X-Forwarded-For` only from `proxies`.
    pub fn new(allowed: AllowedAdmins, proxies: TrustedProxies) -> Self {
        SignInRules {
            allowed,
            proxies,
            limits: FailedSignIns::default(),
            rescue_limits: RescueLimits::default(),
            methods: crate::sign_in::sso::Methods::default(),
        }
    }

    /// The same rules, offering only `methods`.
    pub fn with_methods(mut self, methods: crate::sign_in::sso::Methods) -> Self {
        self.methods = methods;
        self
    }
}

impl Default for SignInRules {
    /// Nobody may sign in: a server that forgot to configure the list fails closed.
    fn default() -> Self {
        Self::new(AllowedAdmins::only([]), TrustedProxies::default())
    }
}

/// Why a typed e-mail and password cannot be sent to Rescue, if they cannot: the code of a
/// [`crate::words::field_problem`]. Checked before anything is stored or asked, so junk costs
/// nothing.
pub fn check_fields(email: &str, password: &str) -> Result<(), &'static str> {
    if email.is_empty() || password.is_empty() {
        return Err("fields");
    }
    if email.chars().count() > EMAIL_MAX || email.chars().any(char::is_control) {
        return Err("email");
    }
    if password.chars().count() > PASSWORD_MAX {
        return Err("password");
    }
    Ok(())
}

/// A pasted token as Rescue will be sent it, or the code of why it cannot be.
pub fn check_token(token: &str) -> Result<rescue::AuthCode, &'static str> {
    (token.chars().count() <= TOKEN_MAX)
        .then(|| rescue::AuthCode::new(token))
        .flatten()
        .ok_or("token")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_checked_for_length_and_shape() {
        assert!(check_fields("ann@example.com", "secret").is_ok());
        assert!(check_fields("", "secret").is_err());
        assert!(check_fields("ann@example.com", "").is_err());
        assert!(check_fields(&"a".repeat(EMAIL_MAX + 1), "secret").is_err());
        assert!(check_fields("ann@example.com\n", "secret").is_err());
        assert!(check_fields("ann@example.com", &"p".repeat(PASSWORD_MAX + 1)).is_err());
        assert!(check_fields(&"a".repeat(EMAIL_MAX), &"p".repeat(PASSWORD_MAX)).is_ok());
        for code in ["fields", "email", "password", "token"] {
            assert!(crate::words::field_problem(code).is_some(), "{code}");
        }
        assert!(check_token("abc-123").is_ok());
        assert_eq!(check_token("a b").err(), Some("token"));
        assert_eq!(check_token(&"t".repeat(TOKEN_MAX + 1)).err(), Some("token"));
    }
}
