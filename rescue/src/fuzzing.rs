//! Entry points for the fuzz targets in `fuzz/`, compiled only with the `fuzzing` feature.
//!
//! Why a module of its own: the outcome, authcode and cookie parsers are crate-private (callers
//! get typed outcomes, never raw codes), but a fuzzer must reach each one directly. Every
//! function here panics when a parser breaks one of its promises, which is what the fuzzer
//! looks for.

use crate::auth::{AuthCode, LoginCookie};
use crate::outcome::*;
use crate::wire::Reply;

/// Frames `bytes` as a reply and, when it carries a failure code, reads that code as the
/// outcome of every method: each must keep the code verbatim, documented or not.
pub fn outcome_line(bytes: &[u8]) {
    let Ok(reply) = Reply::from_bytes(bytes.to_vec()) else {
        return;
    };
    assert!(!reply.payload().contains('\r'), "line ends not normalised");
    let code = reply.code.as_str();
    assert!(
        !code.is_empty()
            && code
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'),
        "implausible code {code:?}"
    );
    if reply.is_ok() {
        let _ = AuthCode::from_payload(reply.payload());
        return;
    }
    macro_rules! each {
        ($($outcome:ty),*) => {$(
            let outcome = <$outcome>::from_failure_code(code);
            assert_eq!(outcome.code(), code);
            assert_eq!(outcome.is_documented(), <$outcome>::DOCUMENTED_FAILURES.contains(&code));
        )*};
    }
    each!(
        LoginOutcome,
        LogoutOutcome,
        RequestAuthCodeOutcome,
        RequestAuthCodeSsoOutcome,
        GetSessionsOutcome,
        GetHierarchyOutcome,
        SetReportOutcome,
        GetReportOutcome
    );
    for method in crate::ActionMethod::ALL {
        let outcome = crate::ActionOutcome::of(method, code);
        assert_eq!(outcome.code(), code);
        assert_eq!(
            outcome.is_documented(),
            method.documented_failures().contains(&code)
        );
    }
}

/// A `requestAuthCode` payload: a code found is never empty and holds no white space.
pub fn auth_code_payload(payload: &str) {
    if let Some(code) = AuthCode::from_payload(payload) {
        let code = code.expose();
        assert!(!code.is_empty() && code.bytes().all(|b| b.is_ascii_graphic()));
    }
}

/// `Set-Cookie` headers of a login reply: a cookie kept is a valid header value of
/// `name=value` pairs.
pub fn set_cookie_headers(headers: &[&str]) {
    if let Some(cookie) = LoginCookie::from_set_cookie(headers.iter().copied()) {
        let value = cookie.expose_header_value();
        assert!(
            reqwest::header::HeaderValue::from_str(value).is_ok(),
            "{value:?}"
        );
        assert!(
            value.split("; ").all(|pair| pair.contains('=')),
            "{value:?}"
        );
    }
}
