//! The one error type of the dashboard's pages and server functions. Every refusal a person
//! sees is one of these variants; its HTTP status is decided in [`Error::status`] and nowhere
//! else. Internals (a database error, a session store failing) are logged where they happen
//! and reach the person only as a generic sentence.

use serde::{Deserialize, Serialize};

/// Why a request was refused or failed, worded for the person who made it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum Error {
    /// The request itself is wrong (a bad ID, filter or form field); nothing was sent to Rescue.
    #[error("{0}")]
    BadInput(String),
    /// Rescue (or this dashboard's guard) refused the credentials.
    #[error("{0}")]
    Refused(String),
    /// There is nothing at this address.
    #[error("{0}")]
    NotFound(String),
    /// Too many attempts: wait before trying again.
    #[error("{0}")]
    TooMany(String),
    /// Rescue answered with trouble of its own, or could not be reached.
    #[error("{0}")]
    Upstream(String),
    /// Rescue asks for fewer requests (its HTTP 429).
    #[error("{0}")]
    UpstreamBusy(String),
    /// Rescue did not answer in time.
    #[error("{0}")]
    UpstreamTimeout(String),
    /// Something in this dashboard failed (logged on the server, never described here).
    #[error("{0}")]
    Internal(String),
    /// The browser could not reach the dashboard, or could not read its answer.
    #[error("{}", crate::say!("dashboard-unreachable"))]
    Unreachable,
}

impl Error {
    /// The HTTP status of this error: a person's mistake is a 4xx, Rescue's trouble a 5xx.
    pub fn status(&self) -> u16 {
        match self {
            Error::BadInput(_) => 400,
            Error::Refused(_) => 403,
            Error::NotFound(_) => 404,
            Error::TooMany(_) => 429,
            Error::Internal(_) | Error::Unreachable => 500,
            Error::Upstream(_) => 502,
            Error::UpstreamBusy(_) => 503,
            Error::UpstreamTimeout(_) => 504,
        }
    }

    /// A failure of this dashboard's own machinery: logged here with its cause, answered with
    /// a sentence that gives nothing away.
    #[cfg(feature = "ssr")]
    pub fn internal(context: &str, cause: impl std::fmt::Display) -> Self {
        tracing::error!("{context}: {cause}");
        Error::Internal(crate::words::internal())
    }

    /// Marks the response being built with this error's status and gives the error back, so a
    /// server function or page can `return Err(err.answered())` (outside a request, in unit
    /// tests, there is no response to mark).
    #[cfg(feature = "ssr")]
    pub fn answered(self) -> Self {
        set_status(self.status());
        self
    }
}

impl From<crate::shared::address::AddressError> for Error {
    fn from(error: crate::shared::address::AddressError) -> Self {
        Error::BadInput(crate::words::address(&error))
    }
}

/// Sets the HTTP status of the response being rendered, if there is one.
#[cfg(feature = "ssr")]
fn set_status(status: u16) {
    use leptos::prelude::use_context;
    if let (Some(response), Ok(status)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::StatusCode::from_u16(status),
    ) {
        response.set_status(status);
    }
}

impl leptos::server_fn::error::FromServerFnError for Error {
    // The reader the sessions list already uses: one JSON deserializer in the bundle.
    type Encoder = crate::shared::json_text::JsonTextEncoding;

    fn from_server_fn_error(value: leptos::server_fn::error::ServerFnErrorErr) -> Self {
        use leptos::server_fn::error::ServerFnErrorErr;
        match value {
            ServerFnErrorErr::Request(_)
            | ServerFnErrorErr::Response(_)
            | ServerFnErrorErr::Deserialization(_) => Error::Unreachable,
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) => {
                Error::BadInput(crate::words::form_invalid())
            }
            _ => Error::Internal(crate::words::internal()),
        }
    }
}

/// Results of the dashboard's checks and server functions.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_persons_mistake_is_4xx_and_rescues_trouble_5xx() {
        assert_eq!(Error::BadInput("x".into()).status(), 400);
        assert_eq!(Error::Refused("x".into()).status(), 403);
        assert_eq!(Error::TooMany("x".into()).status(), 429);
        assert_eq!(Error::Upstream("x".into()).status(), 502);
        assert_eq!(Error::UpstreamTimeout("x".into()).status(), 504);
        assert_eq!(Error::BadInput("Say why.".into()).to_string(), "Say why.");
    }
}
