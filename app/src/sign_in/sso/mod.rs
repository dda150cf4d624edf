//! Single sign-on: the company's OpenID Provider says who the admin is, then Rescue's own
//! single sign-on (`requestAuthCodeSSO`, with the company's SSO password) gives the dashboard
//! an authcode for that person. The provider's sign-in (its MFA, its off-boarding) becomes the
//! dashboard's; the browser never sees the authcode, and the ID token stays on the server for
//! the provider's sign-out.
//!
//! ```text
//! browser            dashboard                 provider               Rescue
//!   │ GET /login/oidc    │                         │                      │
//!   │───────────────────▶│ state, nonce, PKCE kept │                      │
//!   │◀── 303 authorize ──│ (10 min, used once)     │                      │
//!   │─────────────── sign in (MFA…) ──────────────▶│                      │
//!   │◀──────── 303 /login/oidc/callback?code&state │                      │
//!   │───────────────────▶│── code + verifier ─────▶│                      │
//!   │                    │◀── ID token (checked) ──│                      │
//!   │                    │── requestAuthCodeSSO (only if none kept) ─────▶│
//!   │◀── 303 next page ──│ authcode kept per person, sealed               │
//! ```

mod codes;
mod keep;
mod provider;
mod routes;

use std::sync::Arc;
use std::time::Duration;

pub use crate::shared::sso_refusal::Refusal;
pub use codes::{NoCode, PersonCodes};
pub use keep::Keep;
pub use provider::{Person, Provider};
pub use routes::{routes, CALLBACK_PATH, START_PATH};

/// The single sign-on settings, checked by the server before it starts.
#[derive(Debug, Clone)]
pub struct SsoSettings {
    /// `OIDC_ISSUER_URL`.
    pub issuer: String,
    /// `OIDC_CLIENT_ID`.
    pub client_id: String,
    /// `OIDC_CLIENT_SECRET` (or the file's content).
    pub client_secret: rescue::SecretString,
    /// `PUBLIC_URL`, without a trailing slash.
    pub public_url: String,
    /// `OIDC_NAME`.
    pub name: String,
    /// `OIDC_SSOID_CLAIM`.
    pub ssoid_claim: String,
    /// `OIDC_SCOPES`: what is asked of the provider besides `openid`.
    pub scopes: Vec<String>,
    /// `RESCUE_SSO_PASSWORD` (or the file's content).
    pub rescue_password: rescue::SecretString,
    /// `RESCUE_COMPANY_ID`.
    pub company_id: u32,
    /// How long one request to the provider may take.
    pub timeout: Duration,
}

impl SsoSettings {
    /// Where the provider sends the browser back.
    pub fn redirect_uri(&self) -> String {
        format!("{}{CALLBACK_PATH}", self.public_url)
    }

    /// Where the provider sends the browser after signing out there.
    pub fn after_logout(&self) -> String {
        format!("{}/login", self.public_url)
    }

    fn client_secret_text(&self) -> String {
        use secrecy::ExposeSecret;
        self.client_secret.expose_secret().to_owned()
    }

    fn scopes(&self) -> impl Iterator<Item = &str> {
        self.scopes.iter().map(String::as_str)
    }
}

/// Single sign-on as the server wired it: the provider and the per-person codes.
#[derive(Debug)]
pub struct Sso {
    /// The settings.
    pub settings: Arc<SsoSettings>,
    /// The OpenID Provider.
    pub provider: Provider,
    /// Each person's Rescue authcode.
    pub codes: PersonCodes,
    /// Sign-ins on their way through the provider.
    pub pending: Keep,
}

impl Sso {
    /// Single sign-on with `settings`, asking `rescue` for codes and keeping what outlives a
    /// request in `keep` (codes for `kept_for`).
    pub fn new(
        settings: SsoSettings,
        rescue: rescue::Client,
        keep: Keep,
        kept_for: Duration,
    ) -> Result<Self, String> {
        let settings = Arc::new(settings);
        let codes = PersonCodes::new(
            keep.clone(),
            rescue,
            settings.rescue_password.clone(),
            settings.company_id,
            kept_for,
        );
        Ok(Sso {
            provider: Provider::new(settings.clone())?,
            settings,
            codes,
            pending: keep,
        })
    }
}

impl From<NoCode> for Refusal {
    fn from(no: NoCode) -> Self {
        match no {
            NoCode::Refused(outcome) => Refusal::Rescue(outcome),
            NoCode::Transport(err) => Refusal::Transport(err),
            NoCode::Store(err) => {
                tracing::error!("single sign-on store unreachable: {err}");
                Refusal::Store
            }
        }
    }
}

impl crate::core::services::SingleSignOn for Sso {
    fn name(&self) -> &str {
        &self.settings.name
    }

    fn current_code<'a>(
        &'a self,
        person: &'a str,
    ) -> crate::fleet::FleetFuture<'a, Option<rescue::AuthCode>> {
        Box::pin(self.codes.current(person))
    }

    fn renew_code<'a>(
        &'a self,
        person: &'a str,
        refused: Option<&'a rescue::AuthCode>,
    ) -> crate::fleet::FleetFuture<'a, rescue::AuthCode> {
        Box::pin(async move {
            self.codes
                .obtain(person, refused)
                .await
                .map_err(|no| format!("{no:?}"))
        })
    }

    fn logout_url<'a>(
        &'a self,
        id_token: &'a str,
    ) -> crate::fleet::FleetFuture<'a, Option<String>> {
        Box::pin(async move { Ok(self.provider.logout_url(id_token).await.map(String::from)) })
    }
}

/// Which ways of signing in this installation offers (`SIGN_IN_METHODS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Methods {
    /// Through the identity provider.
    pub sso: bool,
    /// Rescue e-mail and password.
    pub password: bool,
    /// A pasted API token or authcode.
    pub token: bool,
}

impl Default for Methods {
    fn default() -> Self {
        Methods {
            sso: false,
            password: true,
            token: true,
        }
    }
}

impl Methods {
    /// Reads `sso,password,token` (any of them, comma-separated, at least one).
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut methods = Methods {
            sso: false,
            password: false,
            token: false,
        };
        for word in text.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            match word.to_ascii_lowercase().as_str() {
                "sso" => methods.sso = true,
                "password" => methods.password = true,
                "token" => methods.token = true,
                other => {
                    return Err(format!(
                        "SIGN_IN_METHODS: `{other}` is not a way to sign in (sso, password, token)"
                    ))
                }
            }
        }
        if methods
            == (Methods {
                sso: false,
                password: false,
                token: false,
            })
        {
            return Err("SIGN_IN_METHODS names no way to sign in (sso, password, token)".into());
        }
        Ok(methods)
    }
}

#[cfg(test)]
mod tests {
    use super::Methods;

    #[test]
    fn methods_are_read_and_checked() {
        let m = Methods::parse("sso").expect("one method");
        assert!(m.sso && !m.password && !m.token);
        let m = Methods::parse(" Password , token ").expect("two");
        assert!(!m.sso && m.password && m.token);
        assert!(Methods::parse("").is_err());
        assert!(Methods::parse(",").is_err());
        assert!(Methods::parse("sso,saml").unwrap_err().contains("saml"));
    }
}
