//! What every feature's server functions need from the server they run in, provided as Leptos
//! context by the `server` crate: the Rescue client, the sealing of stored credentials, and
//! the audit log.

use std::sync::Arc;

use crate::audit::AuditTrail;
use crate::error::Error;

/// Encrypts credentials before they enter the session store, and decrypts them after.
/// Implemented by the server with its configured key.
pub trait CredentialSeal: Send + Sync + std::fmt::Debug {
    /// Encrypts a secret for storage.
    fn seal(&self, secret: &str) -> String;
    /// Decrypts a stored secret; `None` if it was sealed with another key or altered.
    fn open(&self, sealed: &str) -> Option<String>;
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
    /// What keeps state per Rescue login (told on sign-out).
    pub per_login: Vec<Arc<dyn PerLogin>>,
}

/// The sessions page reloads its list this often unless configured otherwise (`REFRESH_SECS`).
pub const DEFAULT_REFRESH_SECS: u32 = 15;

/// A piece of the server's state a feature needs (always provided by the server; a missing
/// one is a wiring mistake, logged and answered with a generic sentence).
pub fn provided<T: Clone + Send + Sync + 'static>(what: &str) -> Result<T, Error> {
    leptos::prelude::use_context::<T>()
        .ok_or_else(|| Error::internal("server misconfigured", format!("{what} not provided")))
}

/// The shared services of this request.
pub fn services() -> Result<Services, Error> {
    provided("the services")
}
