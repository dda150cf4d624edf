//! The rules every sign-in goes through, as the server configured them: who may sign in, how
//! often one may try, and where a request really came from.

use crate::sign_in::allowed::AllowedAdmins;
use crate::sign_in::limit::FailedSignIns;
use crate::sign_in::proxies::TrustedProxies;

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
}

impl SignInRules {
    /// Rules admitting `allowed`, believing `X-Forwarded-For` only from `proxies`.
    pub fn new(allowed: AllowedAdmins, proxies: TrustedProxies) -> Self {
        SignInRules {
            allowed,
            proxies,
            limits: FailedSignIns::default(),
        }
    }
}

impl Default for SignInRules {
    /// Nobody may sign in: a server that forgot to configure the list fails closed.
    fn default() -> Self {
        Self::new(AllowedAdmins::only([]), TrustedProxies::default())
    }
}

/// Why a typed e-mail, password or token cannot be sent to Rescue, if it cannot. Checked
/// before anything is stored or asked, so junk costs nothing.
pub fn check_fields(email: &str, password: &str) -> Result<(), &'static str> {
    if email.is_empty() || password.is_empty() {
        return Err("Enter your Rescue e-mail and password.");
    }
    if email.chars().count() > EMAIL_MAX || email.chars().any(char::is_control) {
        return Err(
            "That is not an e-mail address Rescue could have (at most 254 characters, one line).",
        );
    }
    if password.chars().count() > PASSWORD_MAX {
        return Err("That password is longer than any Rescue accepts (at most 256 characters).");
    }
    Ok(())
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
    }
}
