//! The one error type of this crate: everything that kept a call from producing a Rescue
//! result code. Business answers (`INVALID`, `ACTIONFAILED`, …) are *not* errors; they are
//! variants of each method's outcome enum.

/// Why a call produced no usable Rescue answer.
///
/// Messages are written for logs and never contain credentials: request URLs carry no
/// parameters (everything is POSTed as a form) and bodies are never echoed in full.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The configured base URL cannot be used (not http/https, or cannot be a base).
    #[error("invalid Rescue base URL: {0}")]
    InvalidBaseUrl(String),
    /// No answer within the per-call timeout.
    #[error("Rescue did not answer in time")]
    Timeout,
    /// The connection could not be opened (refused, DNS failure, TLS failure).
    #[error("cannot connect to Rescue: {0}")]
    Connect(String),
    /// Rescue asked us to slow down (HTTP 429).
    #[error("Rescue is rate limiting requests (HTTP 429)")]
    RateLimited,
    /// A redirect (HTTP 3xx). Never followed: a redirected form would carry the password or
    /// authcode to wherever the `Location` points.
    #[error("Rescue answered with a redirect (HTTP {0}); redirects are never followed")]
    Redirected(u16),
    /// Any other non-200 HTTP status (5xx during an outage, 404 for a wrong base URL, …).
    #[error("Rescue answered HTTP {0}")]
    HttpStatus(u16),
    /// The connection broke while sending the request or reading the body.
    #[error("the connection to Rescue failed: {0}")]
    Transport(String),
    /// The reply was longer than the client reads (its cap, in bytes); the rest was not read.
    #[error("Rescue's reply is larger than {0} bytes and was not read to the end")]
    ReplyTooLarge(usize),
    /// The body is not text we can read (not UTF-8).
    #[error("Rescue's reply is not readable text")]
    UnreadableBody,
    /// The body is text but not in the shape the method documents.
    #[error("Rescue's reply is malformed: {0}")]
    MalformedReply(String),
    /// `login.aspx` said `OK` but set no session cookie, so later calls could not be authenticated.
    #[error("Rescue accepted the login but sent no session cookie")]
    NoSessionCookie,
}

impl Error {
    /// Maps a reqwest failure to the variant a caller can act on.
    #[cfg(feature = "client")]
    pub(crate) fn from_reqwest(err: reqwest::Error) -> Self {
        // `without_url` keeps query strings out of messages; we never send any, but this is cheap
        // insurance for a base URL someone configured with parameters.
        let err = err.without_url();
        if err.is_timeout() {
            Error::Timeout
        } else if err.is_connect() {
            Error::Connect(source_chain(&err))
        } else {
            Error::Transport(source_chain(&err))
        }
    }

    /// A short, stable name of the failure for records such as an audit log, in the style of
    /// Rescue's own result codes (`TIMEOUT`, `HTTP_503`, …), so both can share one column.
    pub fn code(&self) -> String {
        match self {
            Error::InvalidBaseUrl(_) => "CONFIGURATION".into(),
            Error::Timeout => "TIMEOUT".into(),
            Error::Connect(_) => "UNREACHABLE".into(),
            Error::RateLimited => "HTTP_429".into(),
            Error::Redirected(status) => format!("REDIRECT_{status}"),
            Error::HttpStatus(status) => format!("HTTP_{status}"),
            Error::Transport(_) => "CONNECTION_BROKEN".into(),
            Error::ReplyTooLarge(_) => "REPLY_TOO_LARGE".into(),
            Error::UnreadableBody => "UNREADABLE_REPLY".into(),
            Error::MalformedReply(_) => "MALFORMED_REPLY".into(),
            Error::NoSessionCookie => "NO_SESSION_COOKIE".into(),
        }
    }
}

/// Joins an error with its sources: reqwest's own message ("error sending request") says little.
#[cfg(feature = "client")]
fn source_chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// Result of this crate's fallible functions.
pub type Result<T, E = Error> = std::result::Result<T, E>;
