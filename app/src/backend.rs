//! What server functions need from the server they run in, provided as Leptos context by the
//! `server` crate: the Rescue client and the sealing of stored credentials.

use std::sync::Arc;

/// Encrypts credentials before they enter the session store, and decrypts them after.
/// Implemented by the server with its configured key.
pub trait CredentialSeal: Send + Sync + std::fmt::Debug {
    /// Encrypts a secret for storage.
    fn seal(&self, secret: &str) -> String;
    /// Decrypts a stored secret; `None` if it was sealed with another key or altered.
    fn open(&self, sealed: &str) -> Option<String>;
}

/// The server-side services of a request.
#[derive(Clone, Debug)]
pub struct Backend {
    /// The shared Rescue client (no cookie store: credentials go with each call).
    pub rescue: rescue::Client,
    /// Seals what the session store keeps of a Rescue login.
    pub seal: Arc<dyn CredentialSeal>,
}
