//! What each call did, for the operator's `/metrics`: `rescue_calls_total{method, outcome}` and
//! `rescue_call_duration_seconds{method}`, through the `metrics` facade (nothing is kept unless
//! the server installed a recorder).
//!
//! Why outcomes come from fixed lists: a label value is a time series for as long as the
//! process lives, and the result code is text the upstream chose. A misbehaving or hostile
//! upstream sending a new code on every call would grow the metrics without bound, so codes the
//! API guide does not document are counted together as `OTHER_CODE`.

use std::time::Duration;

use crate::error::Error;

/// The result codes rescue-api.md documents across the methods this client calls.
const KNOWN_CODES: &[&str] = &[
    "OK",
    "ERROR",
    "INVALID",
    "NOTLOGGEDIN",
    "NOTLOGGEDINASADMIN",
    "USER_DELETED_OR_DISABLED",
    "INVALID_SECRETAUTHCODE",
    "GLOBALIPRESTRICTED",
    "INVALIDPARAM_SESSION",
    "INVALIDPARAM_NODE",
    "INVALIDPARAM_COMPANY",
    "ACTIONFAILED",
    "LIMITREACHED",
    "NOTSUPPORTED",
    "INVALIDFORMAT",
    "INVALIDDATERANGE",
];

/// A call's outcome label: Rescue's result code, or what went wrong before there was one.
pub(crate) fn outcome_of_code(code: &str) -> &'static str {
    KNOWN_CODES
        .iter()
        .find(|known| **known == code)
        .copied()
        .unwrap_or("OTHER_CODE")
}

/// The outcome label of a call that got no result code.
pub(crate) fn outcome_of_error(error: &Error) -> &'static str {
    match error {
        Error::Timeout => "timeout",
        Error::Connect(_) => "unreachable",
        Error::RateLimited => "rate_limited",
        Error::Redirected(_) => "redirected",
        Error::HttpStatus(_) => "http_status",
        Error::ReplyTooLarge(_) => "reply_too_large",
        Error::UnreadableBody | Error::MalformedReply(_) => "malformed_reply",
        Error::NoSessionCookie => "no_session_cookie",
        Error::InvalidBaseUrl(_) | Error::Transport(_) => "transport",
    }
}

/// Counts one finished call of `method`.
pub(crate) fn call(method: &'static str, outcome: &'static str, took: Duration) {
    metrics::counter!("rescue_calls_total", "method" => method, "outcome" => outcome).increment(1);
    metrics::histogram!("rescue_call_duration_seconds", "method" => method).record(took);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documented_codes_are_their_own_label_and_anything_else_is_one() {
        assert_eq!(outcome_of_code("OK"), "OK");
        assert_eq!(outcome_of_code("NOTLOGGEDIN"), "NOTLOGGEDIN");
        for junk in ["", "ok", "SOMETHING_NEW", "OK\u{0}", &"X".repeat(10_000)] {
            assert_eq!(outcome_of_code(junk), "OTHER_CODE", "{junk:.20}");
        }
        assert_eq!(outcome_of_error(&Error::Timeout), "timeout");
        assert_eq!(outcome_of_error(&Error::Redirected(302)), "redirected");
    }
}
