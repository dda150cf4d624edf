//! The server's one error type: what can stop it from starting or serving.

/// Why the server could not start or stopped.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The Leptos site configuration (normally set by cargo-leptos) is missing or invalid.
    #[error("site configuration: {0}")]
    SiteConfig(String),
    /// The Rescue client could not be built (e.g. an invalid RESCUE_API_URL).
    #[error("Rescue API: {0}")]
    Rescue(#[from] rescue::Error),
    /// `RESCUE_API_URL` would send credentials unprotected (not https, not loopback).
    #[error("{0}")]
    InsecureRescueUrl(String),
    /// A sign-in setting is missing or unusable (`ALLOWED_ADMINS`, `TRUSTED_PROXIES`).
    #[error("{0}")]
    SignInSetting(String),
    /// A Post-to-URL setting is unusable (`POST_TO_URL_TOKEN`).
    #[error("{0}")]
    PostToUrlSetting(String),
    /// The demo simulator could not start.
    #[error("cannot start the demo Rescue simulator: {0}")]
    Simulator(String),
    /// The audit log / session database could not be opened.
    #[error(transparent)]
    Audit(#[from] crate::audit::AuditError),
    /// The session store could not be prepared.
    #[error("session store: {0}")]
    SessionStore(String),
    /// SESSION_KEY_FILE could not be read, or a shared session store has no shared key.
    #[error("{0}")]
    SessionKeyFile(String),
    /// The session key is missing or invalid.
    #[error(transparent)]
    Key(#[from] crate::sessions::sealing::SealError),
    /// The listen address could not be bound, or serving failed.
    #[error("cannot serve on {addr}: {source}")]
    Serve {
        /// The listen address.
        addr: std::net::SocketAddr,
        /// The I/O error.
        source: std::io::Error,
    },
}
