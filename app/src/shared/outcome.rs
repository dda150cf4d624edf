//! What came of an attempted session action: one of Rescue's codes, or the reason Rescue's
//! answer never arrived. Typed from the moment Rescue answers (or the audit log is read back)
//! to the sentence; only the audit log's column and the CSV hold it as text.

use serde::{Deserialize, Serialize};

/// The outcome of one attempted action.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "String", from = "String")]
pub enum Outcome {
    /// Rescue answered: `OK`, one of the refusals its methods document, or a code they do not
    /// (kept verbatim).
    Answered(rescue::ActionOutcome),
    /// No usable answer: the call failed on the way (see [`Failure`]).
    Failed(Failure),
    /// `ATTEMPTED`: written before the Rescue call, so no action escapes the log; replaced by
    /// the answer once it arrives.
    Attempted,
    /// `OUTCOME_UNKNOWN`: the server stopped (or lost its database) during the call, so whether
    /// Rescue acted is not known.
    Unknown,
}

/// Why a call got no usable answer from Rescue. The codes are those of `rescue::Error::code`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Failure {
    /// `TIMEOUT`: no answer in time; the action may or may not have happened.
    Timeout,
    /// `UNREACHABLE`: no connection; nothing was sent.
    Unreachable,
    /// `HTTP_429`: Rescue asked for fewer requests.
    RateLimited,
    /// `REDIRECT_<status>`: a redirect, never followed.
    Redirected(u16),
    /// `HTTP_<status>`: another HTTP status.
    HttpStatus(u16),
    /// `CONNECTION_BROKEN`: the connection broke mid-call.
    ConnectionBroken,
    /// `REPLY_TOO_LARGE`: an answer past the size the client reads.
    TooLarge,
    /// `UNREADABLE_REPLY`: an answer that is not text.
    Unreadable,
    /// `MALFORMED_REPLY`: text, but not in the shape the method documents.
    Malformed,
    /// `NO_SESSION_COOKIE`: a sign-in accepted without a session.
    NoSessionCookie,
    /// `CONFIGURATION`: the Rescue address configured cannot be used.
    Configuration,
}

/// The stored code of a record whose Rescue call has not answered yet.
pub const ATTEMPTED: &str = "ATTEMPTED";
/// The stored code of a record whose server stopped during its Rescue call.
pub const OUTCOME_UNKNOWN: &str = "OUTCOME_UNKNOWN";

impl Outcome {
    /// The code as the audit log stores it and the CSV shows it.
    pub fn code(&self) -> String {
        match self {
            Outcome::Answered(answer) => answer.code().to_owned(),
            Outcome::Failed(failure) => failure.code(),
            Outcome::Attempted => ATTEMPTED.into(),
            Outcome::Unknown => OUTCOME_UNKNOWN.into(),
        }
    }

    /// The outcome a stored code stands for (the audit log's edge).
    pub fn from_code(code: &str) -> Self {
        match code {
            ATTEMPTED => Outcome::Attempted,
            OUTCOME_UNKNOWN => Outcome::Unknown,
            _ => match Failure::from_code(code) {
                Some(failure) => Outcome::Failed(failure),
                None => Outcome::Answered(rescue::ActionOutcome::named(code)),
            },
        }
    }

    /// Whether Rescue accepted the action.
    pub fn accepted(&self) -> bool {
        *self == Outcome::Answered(rescue::ActionOutcome::Ok)
    }

    /// Whether nobody knows yet (or will ever know) what Rescue did: the call is running, or
    /// its server stopped during it.
    pub fn uncertain(&self) -> bool {
        matches!(self, Outcome::Attempted | Outcome::Unknown)
    }
}

impl Failure {
    /// The stored code.
    pub fn code(self) -> String {
        match self {
            Failure::Timeout => "TIMEOUT".into(),
            Failure::Unreachable => "UNREACHABLE".into(),
            Failure::RateLimited => "HTTP_429".into(),
            Failure::Redirected(status) => format!("REDIRECT_{status}"),
            Failure::HttpStatus(status) => format!("HTTP_{status}"),
            Failure::ConnectionBroken => "CONNECTION_BROKEN".into(),
            Failure::TooLarge => "REPLY_TOO_LARGE".into(),
            Failure::Unreadable => "UNREADABLE_REPLY".into(),
            Failure::Malformed => "MALFORMED_REPLY".into(),
            Failure::NoSessionCookie => "NO_SESSION_COOKIE".into(),
            Failure::Configuration => "CONFIGURATION".into(),
        }
    }

    fn from_code(code: &str) -> Option<Self> {
        Some(match code {
            "TIMEOUT" => Failure::Timeout,
            "UNREACHABLE" => Failure::Unreachable,
            "HTTP_429" => Failure::RateLimited,
            "CONNECTION_BROKEN" => Failure::ConnectionBroken,
            "REPLY_TOO_LARGE" => Failure::TooLarge,
            "UNREADABLE_REPLY" => Failure::Unreadable,
            "MALFORMED_REPLY" => Failure::Malformed,
            "NO_SESSION_COOKIE" => Failure::NoSessionCookie,
            "CONFIGURATION" => Failure::Configuration,
            other => match other.strip_prefix("REDIRECT_") {
                Some(status) => Failure::Redirected(status.parse().ok()?),
                None => Failure::HttpStatus(other.strip_prefix("HTTP_")?.parse().ok()?),
            },
        })
    }
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.code())
    }
}

impl From<Outcome> for String {
    fn from(outcome: Outcome) -> Self {
        outcome.code()
    }
}

impl From<String> for Outcome {
    fn from(code: String) -> Self {
        Outcome::from_code(&code)
    }
}

impl From<rescue::ActionOutcome> for Outcome {
    fn from(outcome: rescue::ActionOutcome) -> Self {
        Outcome::Answered(outcome)
    }
}

#[cfg(feature = "ssr")]
impl From<&rescue::Error> for Failure {
    fn from(err: &rescue::Error) -> Self {
        use rescue::Error as E;
        match err {
            E::Timeout => Failure::Timeout,
            E::Connect(_) => Failure::Unreachable,
            E::InvalidBaseUrl(_) => Failure::Configuration,
            E::RateLimited => Failure::RateLimited,
            E::Redirected(status) => Failure::Redirected(*status),
            E::HttpStatus(status) => Failure::HttpStatus(*status),
            E::Transport(_) => Failure::ConnectionBroken,
            E::ReplyTooLarge(_) => Failure::TooLarge,
            E::UnreadableBody => Failure::Unreadable,
            E::MalformedReply(_) => Failure::Malformed,
            E::NoSessionCookie => Failure::NoSessionCookie,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_codes_read_back_as_the_outcome_they_name() {
        for code in [
            "OK",
            "ERROR",
            "NOTLOGGEDINASADMIN",
            "ACTIONFAILED",
            "INVALIDPARAM_SESSION",
            "INVALIDPARAM_NODE",
            "INVALID_SECRETAUTHCODE",
            "USER_DELETED_OR_DISABLED",
            "TIMEOUT",
            "UNREACHABLE",
            "HTTP_429",
            "HTTP_503",
            "REDIRECT_307",
            "CONNECTION_BROKEN",
            "UNREADABLE_REPLY",
            "REPLY_TOO_LARGE",
            "MALFORMED_REPLY",
            "NO_SESSION_COOKIE",
            "CONFIGURATION",
            "ATTEMPTED",
            "OUTCOME_UNKNOWN",
            "SOMETHING_NEW",
        ] {
            assert_eq!(Outcome::from_code(code).code(), code);
        }
        assert_eq!(
            Outcome::from_code("HTTP_503"),
            Outcome::Failed(Failure::HttpStatus(503))
        );
        assert_eq!(
            Outcome::from_code("HTTP_X"),
            Outcome::Answered(rescue::ActionOutcome::Undocumented("HTTP_X".into()))
        );
        assert!(Outcome::from_code("OK").accepted());
    }
}
