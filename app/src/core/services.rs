//! What every feature's server functions need from the server they run in, provided as Leptos
//! context by the `server` crate: the Rescue client, the sealing of stored credentials, and
//! the audit log.

use std::sync::Arc;

use crate::audit::AuditTrail;

/// Encrypts credentials before they enter the session store, and decrypts them after.
/// Implemented by the server with its configured key.
pub trait CredentialSeal: Send + Sync + std::fmt::Debug {
    /// Encrypts a secret for storage.
    fn seal(&self, secret: &str) -> String;
    /// Decrypts a stored secret; `None` if it was sealed with another key or altered.
    fn open(&self, sealed: &str) -> Option<String>;
}

/// What a signed-in browser needs of single sign-on after the sign-in (implemented by the
/// sign-in feature): the person's shared Rescue code, and the provider's sign-out.
pub trait SingleSignOn: Send + Sync + std::fmt::Debug {
    /// The provider's name (`OIDC_NAME`).
    fn name(&self) -> &str;
    /// The person's current Rescue code, if one is kept.
    fn current_code<'a>(
        &'a self,
        person: &'a str,
    ) -> crate::fleet::FleetFuture<'a, Option<rescue::AuthCode>>;
    /// A code Rescue has not refused: the kept one unless it is `refused`, else a new one.
    fn renew_code<'a>(
        &'a self,
        person: &'a str,
        refused: Option<&'a rescue::AuthCode>,
    ) -> crate::fleet::FleetFuture<'a, rescue::AuthCode>;
    /// The provider's sign-out address for this ID token, if it offers one.
    fn logout_url<'a>(&'a self, id_token: &'a str)
        -> crate::fleet::FleetFuture<'a, Option<String>>;
}

/// A seal that does not encrypt, for tests of what is sealed and where.
#[cfg(test)]
#[derive(Debug)]
pub struct PlainSeal;

#[cfg(test)]
impl CredentialSeal for PlainSeal {
    fn seal(&self, secret: &str) -> String {
        format!("sealed:{secret}")
    }
    fn open(&self, sealed: &str) -> Option<String> {
        sealed.strip_prefix("sealed:").map(str::to_owned)
    }
}

/// State a feature keeps per Rescue login, dropped when that login signs out.
pub trait PerLogin: Send + Sync + std::fmt::Debug {
    /// Forgets everything kept for `credentials`.
    fn forget(&self, credentials: &rescue::Credentials);
}

/// The services every feature shares.
#[derive(Clone, Debug)]
pub struct Services {
    /// The shared Rescue client (no cookie store: credentials go with each call).
    pub rescue: rescue::Client,
    /// Seals what the session store keeps of a Rescue login.
    pub seal: Arc<dyn CredentialSeal>,
    /// Records every attempted session action.
    pub audit: Arc<dyn AuditTrail>,
    /// Seconds between automatic reloads of an open sessions page (0: only on request).
    pub refresh_secs: u32,
    /// Waiting sessions past this many seconds are alerted on the sessions page (0: never).
    pub wait_alert_secs: u32,
    /// What keeps state per Rescue login (told on sign-out).
    pub per_login: Vec<Arc<dyn PerLogin>>,
    /// How long a sign-in lasts, and how often Rescue is asked whether it still holds.
    pub lifetimes: Lifetimes,
    /// What several instances share (Redis): `None` for a single instance, whose guards live
    /// in its own memory.
    pub fleet: Option<Arc<dyn crate::fleet::Fleet>>,
    /// Whether the dashboard's cookies are `Secure` (and `__Host-` named).
    pub cookie_secure: bool,
    /// The dashboard session store, for work that outlives its request (a bulk run writing
    /// its results when it ends); `None` where no store is wired (unit tests).
    pub sessions: Option<Arc<dyn tower_sessions::SessionStore>>,
    /// Single sign-on through the company's identity provider, when configured.
    pub sso: Option<Arc<dyn SingleSignOn>>,
    /// Where actions are told as news to every open list (on every instance).
    pub news: Arc<crate::news::Newsroom>,
}

/// How long a dashboard sign-in lasts and how often it is checked with Rescue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lifetimes {
    /// From sign-in, whatever the admin does (`SESSION_MAX_HOURS`).
    pub max: std::time::Duration,
    /// Without anything the admin did; automatic refreshes do not count (`SESSION_IDLE_MINUTES`).
    pub idle: std::time::Duration,
    /// Rescue is asked again at least this often whether the login still holds (`RECHECK_SECS`):
    /// a user Rescue disabled must not keep reading history on an old login.
    pub recheck: std::time::Duration,
}

impl Default for Lifetimes {
    fn default() -> Self {
        Lifetimes {
            max: std::time::Duration::from_secs(12 * 3600),
            idle: std::time::Duration::from_secs(60 * 60),
            recheck: std::time::Duration::from_secs(300),
        }
    }
}

/// The sessions page reloads its list this often unless configured otherwise (`REFRESH_SECS`).
pub const DEFAULT_REFRESH_SECS: u32 = 15;

/// `WAIT_ALERT_SECS` when unset: a customer waiting five minutes is worth a look.
pub const DEFAULT_WAIT_ALERT_SECS: u32 = 300;
