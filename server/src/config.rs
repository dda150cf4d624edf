//! The configuration contract (DESIGN.md): every setting is an environment variable and a CLI
//! flag of the same name, with the documented default.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use crate::sessions::store::StoreKind;

/// The server's one-off commands; without one it serves.
#[derive(Clone, Debug, clap::Subcommand)]
pub enum Command {
    /// Sends again the audit records AUDIT_WEBHOOK_URL gave up on (a day of failed deliveries),
    /// then exits; the serving instances pick them up within seconds. A restart does the same.
    RetryWebhook,
}

/// Server configuration. `server --help` lists it.
#[derive(Clone, clap::Parser)]
#[command(
    name = "server",
    version,
    about = "Rescue Console: a dashboard for LogMeIn Rescue administrators"
)]
pub struct Config {
    /// What to do instead of serving (nothing: serve the dashboard).
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Base URL of the Rescue API, e.g. https://secure.logmeinrescue.com/API/ .
    /// Unset: demo mode with the embedded simulator.
    #[arg(long, env = "RESCUE_API_URL")]
    pub rescue_api_url: Option<String>,

    /// Address to listen on (cargo-leptos convention).
    #[arg(long, env = "LEPTOS_SITE_ADDR", default_value = "127.0.0.1:3000")]
    pub leptos_site_addr: SocketAddr,

    /// Where the operator's endpoints listen (/healthz, /readyz, /metrics), e.g.
    /// 127.0.0.1:9184. Unset: not served. Keep it off the dashboard's public address.
    #[arg(long, env = "METRICS_ADDR")]
    pub metrics_addr: Option<SocketAddr>,

    /// The `Host` names (host:port, comma-separated) the operator's endpoints answer; others
    /// get 421. Unset: METRICS_ADDR itself, and localhost with its port on loopback.
    #[arg(long, env = "METRICS_HOSTS")]
    pub metrics_hosts: Option<String>,

    /// Where every finished audit record is POSTed as JSON (a SIEM's HTTP collector), e.g.
    /// https://siem.example/hooks/rescue?token=… . Unset: not delivered. Records wait in the
    /// audit database until the receiver answers 2xx, across restarts.
    #[arg(long, env = "AUDIT_WEBHOOK_URL", hide_env_values = true)]
    pub audit_webhook_url: Option<String>,

    /// How long one delivery to AUDIT_WEBHOOK_URL may take, in seconds, before it is retried.
    #[arg(long, env = "AUDIT_WEBHOOK_TIMEOUT_SECS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=300))]
    pub audit_webhook_timeout_secs: u64,

    /// Per-call timeout towards Rescue, in milliseconds.
    #[arg(long, env = "RESCUE_TIMEOUT_MS", default_value_t = 10_000, value_parser = clap::value_parser!(u64).range(1..=600_000))]
    pub rescue_timeout_ms: u64,

    /// The largest Rescue reply read, in MB: past it a call stops reading and the page says
    /// Rescue's reply was too large.
    #[arg(long, env = "RESCUE_MAX_REPLY_MB", default_value_t = 32, value_parser = clap::value_parser!(u32).range(1..=1024))]
    pub rescue_max_reply_mb: u32,

    /// How often an open sessions page reloads its list, in seconds (0: never on its own; the
    /// Refresh button always works).
    #[arg(long, env = "REFRESH_SECS", default_value_t = 15, value_parser = clap::value_parser!(u32).range(0..=3600))]
    pub refresh_secs: u32,

    /// Waiting sessions past this many seconds are marked on their row, counted in the page
    /// title and listed first (0: never).
    #[arg(long, env = "WAIT_ALERT_SECS", default_value_t = app::core::services::DEFAULT_WAIT_ALERT_SECS, value_parser = clap::value_parser!(u32).range(0..=86_400))]
    pub wait_alert_secs: u32,

    /// Audit log (and the default session store): `sqlite://path`, or `postgres://…` for one
    /// history shared by several instances (sessions then go in Redis or memory).
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/console.db")]
    pub database_url: String,

    /// Where dashboard sessions live: sqlite, memory, or redis://host:port (shared by several
    /// instances behind a load balancer; give them all the same SESSION_KEY).
    #[arg(long, env = "SESSION_STORE", default_value = "sqlite")]
    pub session_store: StoreKind,

    /// Who may sign in: comma-separated e-mail addresses and @domain entries, or `*` for anyone
    /// Rescue accepts. Required with RESCUE_API_URL; demo mode allows the demo accounts.
    #[arg(long, env = "ALLOWED_ADMINS")]
    pub allowed_admins: Option<String>,

    /// How long a sign-in lasts at most, in hours, whatever the admin does.
    #[arg(long, env = "SESSION_MAX_HOURS", default_value_t = 12, value_parser = clap::value_parser!(u32).range(1..=720))]
    pub session_max_hours: u32,

    /// A sign-in ends after this many minutes without anything the admin did (automatic
    /// refreshes of an open page do not count).
    #[arg(long, env = "SESSION_IDLE_MINUTES", default_value_t = 60, value_parser = clap::value_parser!(u32).range(1..=43_200))]
    pub session_idle_minutes: u32,

    /// Rescue is asked again at least this often (seconds) whether a signed-in browser's login
    /// still holds, on any page; a login Rescue refuses ends the dashboard sign-in.
    #[arg(long, env = "RECHECK_SECS", default_value_t = 300, value_parser = clap::value_parser!(u32).range(1..=86_400))]
    pub recheck_secs: u32,

    /// Reverse proxies (CIDRs or addresses) whose X-Forwarded-For is believed for the client's
    /// address (sign-in limits). Empty: the connection's own address is the client.
    #[arg(long, env = "TRUSTED_PROXIES", default_value = "")]
    pub trusted_proxies: String,

    /// Send the dashboard cookie with `Secure` and the `__Host-` prefix, and tell browsers to
    /// use https only (`Strict-Transport-Security`). Default: on whenever RESCUE_API_URL is set
    /// (a real installation is served over https, usually behind a TLS proxy on loopback);
    /// in demo mode, on unless listening on loopback. `false` for plain-http test rigs.
    #[arg(long, env = "COOKIE_SECURE")]
    pub cookie_secure: Option<bool>,

    /// Key sealing stored Rescue logins: base64 of 32 random bytes. Unset: generated on first
    /// run and kept as `session.key` beside the SQLite database. Several instances need the same:
    /// with a Redis session store it is required.
    /// Prefer SESSION_KEY_FILE or the environment: a flag's value is visible to every local
    /// user in the process list.
    #[arg(long, env = "SESSION_KEY", hide_env_values = true)]
    pub session_key: Option<String>,

    /// A file holding SESSION_KEY (base64 of 32 bytes), e.g. a secret mounted by the deployment.
    /// Used when SESSION_KEY is not set.
    #[arg(long, env = "SESSION_KEY_FILE")]
    pub session_key_file: Option<PathBuf>,

    /// Single sign-on through the company's identity provider.
    #[command(flatten)]
    pub sso: crate::sso_config::SsoConfig,

    /// Rescue's Post to URL, received and kept.
    #[command(flatten)]
    pub post_to_url: crate::outcomes::settings::PostToUrlConfig,

    /// Not a setting: what tests shorten past the settings' ranges.
    #[arg(skip)]
    pub tuning: Tuning,
}

/// What tests shorten past the ranges a deployment may set (sign-ins of seconds, webhook
/// retries of milliseconds). Never read from the environment or the command line.
#[derive(Clone, Debug, Default)]
pub struct Tuning {
    /// Sign-in lifetimes instead of `SESSION_MAX_HOURS`, `SESSION_IDLE_MINUTES`, `RECHECK_SECS`.
    pub lifetimes: Option<app::core::services::Lifetimes>,
    /// The webhook's first and longest retry wait instead of 1 s and 5 min.
    pub webhook_retries: Option<(Duration, Duration)>,
}

/// Every setting, with the sealing key masked and URLs' passwords masked: a `Config` may be
/// logged whole.
impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let masked = |set: bool| if set { "[REDACTED]" } else { "unset" };
        f.debug_struct("Config")
            .field(
                "rescue_api_url",
                &self.rescue_api_url.as_deref().map(crate::redact::url),
            )
            .field("leptos_site_addr", &self.leptos_site_addr)
            .field("rescue_timeout_ms", &self.rescue_timeout_ms)
            .field("rescue_max_reply_mb", &self.rescue_max_reply_mb)
            .field("refresh_secs", &self.refresh_secs)
            .field("wait_alert_secs", &self.wait_alert_secs)
            .field("database_url", &crate::redact::url(&self.database_url))
            .field("audit_webhook_url", &self.audit_webhook().ok().flatten())
            .field(
                "audit_webhook_timeout_secs",
                &self.audit_webhook_timeout_secs,
            )
            .field(
                "session_store",
                &match &self.session_store {
                    StoreKind::Redis(url) => format!("Redis({})", crate::redact::url(url)),
                    other => format!("{other:?}"),
                },
            )
            .field("session_max_hours", &self.session_max_hours)
            .field("session_idle_minutes", &self.session_idle_minutes)
            .field("recheck_secs", &self.recheck_secs)
            .field("allowed_admins", &self.allowed_admins)
            .field("trusted_proxies", &self.trusted_proxies)
            .field("cookie_secure", &self.cookie_secure)
            .field("session_key", &masked(self.session_key.is_some()))
            .field("session_key_file", &self.session_key_file)
            .field("sso", &self.sso)
            .field("post_to_url", &self.post_to_url)
            .finish()
    }
}

/// Checks that `RESCUE_API_URL` keeps credentials private on the way: `https://`, or plain
/// `http://` only to this machine (the simulator, a local proxy). Passwords and authcodes go
/// in every form, so a plain-http Rescue elsewhere would send them across the network readable.
pub fn check_rescue_url(text: &str) -> Result<(), String> {
    crate::sso_config::check_private_url("RESCUE_API_URL", text).map(|_| ())
}

impl Config {
    /// `METRICS_HOSTS` as a list, if set.
    pub fn metrics_hosts(&self) -> Option<Vec<String>> {
        let hosts: Vec<String> = self
            .metrics_hosts
            .as_deref()?
            .split(',')
            .map(str::trim)
            .filter(|h| !h.is_empty())
            .map(str::to_owned)
            .collect();
        (!hosts.is_empty()).then_some(hosts)
    }

    /// The sign-in rules: `ALLOWED_ADMINS` (required against a real Rescue; in demo mode the
    /// demo accounts unless set) and `TRUSTED_PROXIES`.
    pub fn sign_in_rules(&self) -> Result<app::sign_in::rules::SignInRules, String> {
        use app::sign_in::allowed::AllowedAdmins;
        let allowed = match (&self.allowed_admins, &self.rescue_api_url) {
            (Some(list), _) => AllowedAdmins::parse(list).map_err(|e| e.to_string())?,
            (None, Some(_)) => {
                return Err(
                    "ALLOWED_ADMINS must be set when RESCUE_API_URL is: list the admins' \
                            e-mail addresses or @domains who may sign in, or `*` for anyone \
                            Rescue accepts"
                        .into(),
                )
            }
            (None, None) => AllowedAdmins::only(rescue_sim::seed::DEMO_ACCOUNTS.iter().copied()),
        };
        let proxies = app::sign_in::proxies::TrustedProxies::parse(&self.trusted_proxies)?;
        let methods = self.sso.methods(self.sso.oidc_issuer_url.is_some())?;
        Ok(app::sign_in::rules::SignInRules::new(allowed, proxies).with_methods(methods))
    }

    /// The sign-in lifetimes and the re-check interval.
    pub fn lifetimes(&self) -> app::core::services::Lifetimes {
        app::core::services::Lifetimes {
            max: Duration::from_secs(u64::from(self.session_max_hours) * 3600),
            idle: Duration::from_secs(u64::from(self.session_idle_minutes) * 60),
            recheck: Duration::from_secs(u64::from(self.recheck_secs)),
        }
    }

    /// The audit webhook, if `AUDIT_WEBHOOK_URL` is set.
    pub fn audit_webhook(
        &self,
    ) -> Result<Option<crate::audit::webhook::Webhook>, crate::audit::AuditError> {
        self.audit_webhook_url
            .as_deref()
            .map(|url| {
                crate::audit::webhook::Webhook::parse(
                    url,
                    Duration::from_secs(self.audit_webhook_timeout_secs),
                )
            })
            .transpose()
    }

    /// The largest Rescue reply read, in bytes.
    pub fn rescue_max_reply_bytes(&self) -> usize {
        usize::try_from(self.rescue_max_reply_mb)
            .unwrap_or(1)
            .saturating_mul(1024 * 1024)
    }

    /// The per-call Rescue timeout.
    pub fn rescue_timeout(&self) -> Duration {
        Duration::from_millis(self.rescue_timeout_ms)
    }

    /// Whether the dashboard cookie gets `Secure`. Not decided by the listen address alone:
    /// the usual installation listens on 127.0.0.1 behind a TLS proxy. Only the demo on
    /// loopback goes without (browsers drop `Secure` cookies on plain-http loopback).
    pub fn cookie_secure(&self) -> bool {
        self.cookie_secure
            .unwrap_or(self.rescue_api_url.is_some() || !self.leptos_site_addr.ip().is_loopback())
    }

    /// The sealing key given by SESSION_KEY, else read from SESSION_KEY_FILE (`None`: neither
    /// is set, and one is generated beside the database; refused with a shared session store).
    pub fn session_key(&self) -> Result<Option<String>, String> {
        if let Some(key) = &self.session_key {
            return Ok(Some(key.clone()));
        }
        let Some(path) = &self.session_key_file else {
            // A generated key is this instance's own: a login stored by one instance would not
            // open on another, and its browser would be signed out at random.
            if self.session_store.is_shared() {
                return Err(
                    "SESSION_STORE is shared by several instances, so they need one key: \
                            set SESSION_KEY (base64 of 32 random bytes, e.g. `openssl rand \
                            -base64 32`) or SESSION_KEY_FILE, the same on every instance"
                        .into(),
                );
            }
            return Ok(None);
        };
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("SESSION_KEY_FILE {}: {e}", path.display()))?;
        crate::private::check_key_file(path).map_err(|e| format!("SESSION_KEY_FILE: {e}"))?;
        Ok(Some(text.trim().to_owned()))
    }

    /// Where the generated session key is kept: beside the SQLite database.
    pub fn key_file(&self) -> PathBuf {
        let path = self
            .database_url
            .strip_prefix("sqlite://")
            .or_else(|| self.database_url.strip_prefix("sqlite:"))
            .map(|p| p.split('?').next().unwrap_or(p))
            .unwrap_or("data/console.db");
        PathBuf::from(path).parent().map_or_else(
            || PathBuf::from("session.key"),
            |dir| dir.join("session.key"),
        )
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::{check_rescue_url, Config};

    #[test]
    fn the_debug_form_hides_the_key_and_passwords() {
        let config = Config::try_parse_from([
            "server",
            "--session-key",
            "c2VjcmV0LWtleS1vZi10aGlydHktdHdvLWJ5dGVzIQ==",
            "--database-url",
            "sqlite://data/console.db",
            "--session-store",
            "redis://:pa55word@127.0.0.1:6379/2",
        ])
        .expect("the flags parse");
        let shown = format!("{config:?}");
        assert!(!shown.contains("c2VjcmV0"), "{shown}");
        assert!(!shown.contains("pa55word"), "{shown}");
        assert!(shown.contains("session_key: \"[REDACTED]\""), "{shown}");
    }

    #[test]
    fn a_shared_session_store_needs_a_given_key() {
        let shared =
            Config::try_parse_from(["server", "--session-store", "redis://127.0.0.1:6379"])
                .expect("the flags parse");
        let err = shared.session_key().unwrap_err();
        assert!(err.contains("SESSION_KEY"), "{err}");
        let keyed = Config::try_parse_from([
            "server",
            "--session-store",
            "redis://127.0.0.1:6379",
            "--session-key",
            "a2V5",
        ])
        .expect("the flags parse");
        assert_eq!(keyed.session_key(), Ok(Some("a2V5".into())));
        let single = Config::try_parse_from(["server"]).expect("the flags parse");
        assert_eq!(single.session_key(), Ok(None));
    }

    #[test]
    fn the_key_can_come_from_a_file() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let file = dir.path().join("session.key");
        std::fs::write(&file, "  a2V5\n").expect("written");
        let path = file.display().to_string();
        let config = Config::try_parse_from(["server", "--session-key-file", &path])
            .expect("the flags parse");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let open = std::fs::Permissions::from_mode(0o644);
            std::fs::set_permissions(&file, open).expect("chmod");
            let err = config.session_key().unwrap_err();
            assert!(err.contains("can be read by other users"), "{err}");
            let private = std::fs::Permissions::from_mode(0o600);
            std::fs::set_permissions(&file, private).expect("chmod");
        }
        assert_eq!(config.session_key(), Ok(Some("a2V5".into())));
        let missing = Config::try_parse_from(["server", "--session-key-file", "/nonexistent/k"])
            .expect("the flags parse");
        assert!(missing
            .session_key()
            .unwrap_err()
            .starts_with("SESSION_KEY_FILE"));
        let none = Config::try_parse_from(["server"]).expect("the flags parse");
        assert_eq!(none.session_key(), Ok(None));
    }

    #[test]
    fn the_cookie_is_secure_against_a_real_rescue_even_behind_a_loopback_proxy() {
        let real = [
            "server",
            "--rescue-api-url",
            "https://secure.logmeinrescue.com/API/",
        ];
        let config = Config::try_parse_from(real).expect("the flags parse");
        assert!(
            config.cookie_secure(),
            "listening on 127.0.0.1 behind a TLS proxy"
        );
        let rig = Config::try_parse_from(real.into_iter().chain(["--cookie-secure", "false"]))
            .expect("the flags parse");
        assert!(!rig.cookie_secure());
        let demo = Config::try_parse_from(["server"]).expect("the flags parse");
        assert!(!demo.cookie_secure(), "the demo on loopback, plain http");
        let open_demo = Config::try_parse_from(["server", "--leptos-site-addr", "0.0.0.0:3000"])
            .expect("the flags parse");
        assert!(open_demo.cookie_secure());
    }

    #[test]
    fn allowed_admins_are_required_against_a_real_rescue() {
        let real = [
            "server",
            "--rescue-api-url",
            "https://secure.logmeinrescue.com/API/",
        ];
        let config = Config::try_parse_from(real).expect("the flags parse");
        let err = config.sign_in_rules().unwrap_err();
        assert!(err.starts_with("ALLOWED_ADMINS must be set"), "{err}");

        let listed =
            Config::try_parse_from(real.into_iter().chain(["--allowed-admins", "@example.com"]))
                .expect("the flags parse");
        let rules = listed.sign_in_rules().expect("usable");
        assert!(rules.allowed.allows("ann@example.com"));
        assert!(!rules.allowed.allows(rescue_sim::seed::DEMO_ADMIN));

        let demo = Config::try_parse_from(["server"]).expect("the flags parse");
        let rules = demo.sign_in_rules().expect("usable");
        assert!(rules.allowed.allows(rescue_sim::seed::DEMO_ADMIN));
        assert!(!rules.allowed.allows("ann@example.com"));
        assert!(!rules.allowed.is_anyone());

        let bad = Config::try_parse_from(["server", "--trusted-proxies", "10.0.0.0/8,x"])
            .expect("the flags parse");
        assert!(bad.sign_in_rules().unwrap_err().contains("TRUSTED_PROXIES"));
    }

    #[test]
    fn rescue_must_be_https_unless_it_is_on_this_machine() {
        for good in [
            "https://secure.logmeinrescue.com/API/",
            "https://logmeinrescue-enterprise.com/API/",
            "http://127.0.0.1:7308/API/",
            "http://127.8.9.10/API/",
            "http://localhost:8080/API/",
            "http://[::1]:7308/API/",
        ] {
            assert_eq!(check_rescue_url(good), Ok(()), "{good}");
        }
        for bad in [
            "http://secure.logmeinrescue.com/API/",
            "http://10.0.0.5/API/",
            "http://localhost.example.com/API/",
            "ftp://secure.logmeinrescue.com/API/",
            "not a url",
        ] {
            let err = check_rescue_url(bad).unwrap_err();
            assert!(err.starts_with("RESCUE_API_URL"), "{bad}: {err}");
        }
    }
}
