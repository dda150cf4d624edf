//! The single sign-on settings (DESIGN.md's configuration contract: an environment variable and
//! a flag each), and the checks that turn them into [`app::sign_in::sso::SsoSettings`].

use std::path::{Path, PathBuf};
use std::time::Duration;

use app::sign_in::sso::{Methods, SsoSettings};

/// Signing in through the company's identity provider (OpenID Connect) and Rescue's single
/// sign-on. Off unless OIDC_ISSUER_URL is set.
#[derive(Clone, Default, clap::Args)]
pub struct SsoConfig {
    /// The identity provider's issuer, e.g. https://login.example.com/realms/admins; its
    /// /.well-known/openid-configuration is read. https:// unless on this machine.
    #[arg(long, env = "OIDC_ISSUER_URL")]
    pub oidc_issuer_url: Option<String>,

    /// This dashboard's client ID at the identity provider.
    #[arg(long, env = "OIDC_CLIENT_ID")]
    pub oidc_client_id: Option<String>,

    /// Its client secret (sent as HTTP Basic, client_secret_basic). Prefer
    /// OIDC_CLIENT_SECRET_FILE: a flag's value is visible in the process list.
    #[arg(long, env = "OIDC_CLIENT_SECRET", hide_env_values = true)]
    pub oidc_client_secret: Option<String>,

    /// A file holding OIDC_CLIENT_SECRET (readable by this user only).
    #[arg(long, env = "OIDC_CLIENT_SECRET_FILE")]
    pub oidc_client_secret_file: Option<PathBuf>,

    /// The provider's name on the sign-in button ("Sign in with Contoso").
    #[arg(long, env = "OIDC_NAME", default_value = "single sign-on")]
    pub oidc_name: String,

    /// The ID-token claim holding the admin's Rescue single sign-on ID (with `email`, the
    /// provider must also say `email_verified`).
    #[arg(long, env = "OIDC_SSOID_CLAIM", default_value = "email")]
    pub oidc_ssoid_claim: String,

    /// Scopes asked of the provider besides `openid`, space-separated.
    #[arg(long, env = "OIDC_SCOPES", default_value = "email")]
    pub oidc_scopes: String,

    /// The dashboard's own address as browsers reach it, e.g. https://rescue-console.example.com:
    /// the provider sends browsers back to PUBLIC_URL/login/oidc/callback, and to
    /// PUBLIC_URL/login after signing out there.
    #[arg(long, env = "PUBLIC_URL")]
    pub public_url: Option<String>,

    /// The company's single sign-on password from Rescue's Global Settings. Prefer
    /// RESCUE_SSO_PASSWORD_FILE. Demo mode: the simulator's.
    #[arg(long, env = "RESCUE_SSO_PASSWORD", hide_env_values = true)]
    pub rescue_sso_password: Option<String>,

    /// A file holding RESCUE_SSO_PASSWORD (readable by this user only).
    #[arg(long, env = "RESCUE_SSO_PASSWORD_FILE")]
    pub rescue_sso_password_file: Option<PathBuf>,

    /// The company's numeric ID in Rescue (its Global Settings). Demo mode: the simulator's.
    #[arg(long, env = "RESCUE_COMPANY_ID")]
    pub rescue_company_id: Option<u32>,

    /// The ways to sign in offered, comma-separated: sso, password, token. Default: all that
    /// are configured (sso only with OIDC_ISSUER_URL). `sso` alone makes the provider the only
    /// way in.
    #[arg(long, env = "SIGN_IN_METHODS")]
    pub sign_in_methods: Option<String>,
}

impl std::fmt::Debug for SsoConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let masked = |set: bool| if set { "[REDACTED]" } else { "unset" };
        f.debug_struct("SsoConfig")
            .field("oidc_issuer_url", &self.oidc_issuer_url)
            .field("oidc_client_id", &self.oidc_client_id)
            .field(
                "oidc_client_secret",
                &masked(self.oidc_client_secret.is_some()),
            )
            .field("oidc_client_secret_file", &self.oidc_client_secret_file)
            .field("oidc_name", &self.oidc_name)
            .field("oidc_ssoid_claim", &self.oidc_ssoid_claim)
            .field("oidc_scopes", &self.oidc_scopes)
            .field("public_url", &self.public_url)
            .field(
                "rescue_sso_password",
                &masked(self.rescue_sso_password.is_some()),
            )
            .field("rescue_sso_password_file", &self.rescue_sso_password_file)
            .field("rescue_company_id", &self.rescue_company_id)
            .field("sign_in_methods", &self.sign_in_methods)
            .finish()
    }
}

/// A secret from its setting or, failing that, its file (which must be private).
fn secret(
    value: &Option<String>,
    file: &Option<PathBuf>,
    name: &str,
) -> Result<Option<String>, String> {
    if let Some(value) = value {
        return Ok(Some(value.clone()));
    }
    let Some(path) = file else {
        return Ok(None);
    };
    read_secret_file(path, name).map(Some)
}

fn read_secret_file(path: &Path, name: &str) -> Result<String, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{name}_FILE {}: {e}", path.display()))?;
    crate::private::check_key_file(path).map_err(|e| format!("{name}_FILE: {e}"))?;
    Ok(text.trim().to_owned())
}

/// An address credentials or tokens travel to: `https://`, or `http://` only on this machine.
pub fn check_private_url(name: &str, text: &str) -> Result<url::Url, String> {
    let url = url::Url::parse(text.trim())
        .map_err(|e| format!("{name} `{}` is not a URL: {e}", text.trim()))?;
    let loopback = match url.host() {
        Some(url::Host::Domain(host)) => host.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    match url.scheme() {
        "https" => Ok(url),
        "http" if loopback => Ok(url),
        "http" => Err(format!(
            "{name} must be https:// (plain http is allowed only to this machine): `{}` would \
             carry secrets readable across the network",
            url.host_str().unwrap_or_default()
        )),
        other => Err(format!(
            "{name} must be an https:// address, not `{other}:`"
        )),
    }
}

impl SsoConfig {
    /// The single sign-on settings, `None` when OIDC_ISSUER_URL is unset; `demo`: Rescue is the
    /// built-in simulator, whose company SSO password and ID are the defaults.
    pub fn settings(&self, demo: bool, timeout: Duration) -> Result<Option<SsoSettings>, String> {
        let Some(issuer) = &self.oidc_issuer_url else {
            let named = self.oidc_client_id.is_some()
                || self.oidc_client_secret.is_some()
                || self.oidc_client_secret_file.is_some();
            if named {
                return Err("OIDC_CLIENT_ID / OIDC_CLIENT_SECRET are set without \
                            OIDC_ISSUER_URL: set the provider's issuer too, or unset them"
                    .into());
            }
            return Ok(None);
        };
        let issuer = check_private_url("OIDC_ISSUER_URL", issuer)?;
        let client_id = self
            .oidc_client_id
            .clone()
            .filter(|id| !id.trim().is_empty())
            .ok_or("OIDC_CLIENT_ID must be set with OIDC_ISSUER_URL")?;
        let client_secret = secret(
            &self.oidc_client_secret,
            &self.oidc_client_secret_file,
            "OIDC_CLIENT_SECRET",
        )?
        .filter(|s| !s.is_empty())
        .ok_or("OIDC_CLIENT_SECRET or OIDC_CLIENT_SECRET_FILE must be set with OIDC_ISSUER_URL")?;
        let public_url = self.public_url.as_deref().ok_or(
            "PUBLIC_URL must be set with OIDC_ISSUER_URL: the address browsers reach \
                    this dashboard at, e.g. https://rescue-console.example.com",
        )?;
        let public = check_private_url("PUBLIC_URL", public_url)?;
        if public.query().is_some() || public.fragment().is_some() || public.cannot_be_a_base() {
            return Err("PUBLIC_URL must be a plain address, without ? or #".into());
        }
        let password = secret(
            &self.rescue_sso_password,
            &self.rescue_sso_password_file,
            "RESCUE_SSO_PASSWORD",
        )?
        .or_else(|| demo.then(|| rescue_sim::seed::DEMO_SSO_PASSWORD.to_owned()))
        .filter(|p| !p.is_empty())
        .ok_or(
            "RESCUE_SSO_PASSWORD or RESCUE_SSO_PASSWORD_FILE must be set with \
                OIDC_ISSUER_URL: the company's single sign-on password from Rescue's Global \
                Settings",
        )?;
        let company_id = self
            .rescue_company_id
            .or_else(|| demo.then_some(rescue_sim::seed::DEMO_COMPANY_ID))
            .ok_or(
                "RESCUE_COMPANY_ID must be set with OIDC_ISSUER_URL: the company's \
                    numeric ID in Rescue",
            )?;
        let claim = self.oidc_ssoid_claim.trim();
        if claim.is_empty() || !claim.bytes().all(|b| b.is_ascii_graphic()) {
            return Err("OIDC_SSOID_CLAIM must name one claim, e.g. email".into());
        }
        Ok(Some(SsoSettings {
            issuer: issuer.as_str().trim_end_matches('/').to_owned(),
            client_id,
            client_secret: client_secret.into(),
            public_url: public.as_str().trim_end_matches('/').to_owned(),
            name: self.oidc_name.trim().to_owned(),
            ssoid_claim: claim.to_owned(),
            scopes: self
                .oidc_scopes
                .split_whitespace()
                .filter(|s| *s != "openid")
                .map(str::to_owned)
                .collect(),
            rescue_password: password.into(),
            company_id,
            timeout,
        }))
    }

    /// `SIGN_IN_METHODS`, checked against what is configured (`sso`: the provider is).
    pub fn methods(&self, sso: bool) -> Result<Methods, String> {
        let Some(text) = &self.sign_in_methods else {
            return Ok(Methods {
                sso,
                ..Methods::default()
            });
        };
        let methods = Methods::parse(text)?;
        if methods.sso && !sso {
            return Err("SIGN_IN_METHODS offers sso, but OIDC_ISSUER_URL is not set".into());
        }
        Ok(methods)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> SsoConfig {
        SsoConfig {
            oidc_issuer_url: Some("https://login.example.com/".into()),
            oidc_client_id: Some("console".into()),
            oidc_client_secret: Some("s3cret".into()),
            oidc_name: "Contoso".into(),
            oidc_ssoid_claim: "email".into(),
            oidc_scopes: "openid email profile".into(),
            public_url: Some("https://console.example.com/".into()),
            rescue_sso_password: Some("sso-pass".into()),
            rescue_company_id: Some(42),
            ..SsoConfig::default()
        }
    }

    #[test]
    fn complete_settings_are_read() {
        let settings = full()
            .settings(false, Duration::from_secs(5))
            .expect("valid")
            .expect("on");
        assert_eq!(settings.issuer, "https://login.example.com");
        assert_eq!(
            settings.redirect_uri(),
            "https://console.example.com/login/oidc/callback"
        );
        assert_eq!(settings.after_logout(), "https://console.example.com/login");
        assert_eq!(settings.scopes, ["email", "profile"]);
        assert_eq!(settings.company_id, 42);
        let shown = format!("{:?}", full());
        assert!(
            !shown.contains("s3cret") && !shown.contains("sso-pass"),
            "{shown}"
        );
    }

    #[test]
    fn each_missing_or_unsafe_setting_is_named() {
        let off = SsoConfig::default();
        assert!(off
            .settings(false, Duration::from_secs(5))
            .expect("valid")
            .is_none());
        type Change = fn(&mut SsoConfig);
        let cases: [(Change, &str); 6] = [
            (
                |c| c.oidc_issuer_url = Some("http://login.example.com".into()),
                "OIDC_ISSUER_URL",
            ),
            (|c| c.oidc_client_id = None, "OIDC_CLIENT_ID"),
            (|c| c.oidc_client_secret = None, "OIDC_CLIENT_SECRET"),
            (|c| c.public_url = None, "PUBLIC_URL"),
            (|c| c.rescue_sso_password = None, "RESCUE_SSO_PASSWORD"),
            (|c| c.rescue_company_id = None, "RESCUE_COMPANY_ID"),
        ];
        for (change, named) in cases {
            let mut config = full();
            change(&mut config);
            let err = config.settings(false, Duration::from_secs(5)).unwrap_err();
            assert!(err.contains(named), "{named}: {err}");
        }
        let mut demo = full();
        demo.rescue_sso_password = None;
        demo.rescue_company_id = None;
        let settings = demo
            .settings(true, Duration::from_secs(5))
            .expect("demo defaults")
            .expect("on");
        assert_eq!(settings.company_id, rescue_sim::seed::DEMO_COMPANY_ID);
        let local = SsoConfig {
            oidc_issuer_url: Some("http://127.0.0.1:9400".into()),
            public_url: Some("http://localhost:3000".into()),
            ..full()
        };
        assert!(local.settings(false, Duration::from_secs(5)).is_ok());
        let stray = SsoConfig {
            oidc_client_id: Some("console".into()),
            ..SsoConfig::default()
        };
        assert!(stray.settings(false, Duration::from_secs(5)).is_err());
    }

    #[test]
    fn methods_default_to_what_is_configured() {
        let none = SsoConfig::default();
        assert_eq!(none.methods(false).expect("default"), Methods::default());
        assert!(none.methods(true).expect("default").sso);
        let only_sso = SsoConfig {
            sign_in_methods: Some("sso".into()),
            ..SsoConfig::default()
        };
        assert!(only_sso.methods(false).is_err());
        let m = only_sso.methods(true).expect("sso alone");
        assert!(m.sso && !m.password && !m.token);
    }
}
