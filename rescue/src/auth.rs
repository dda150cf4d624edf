//! Credentials: the login cookie captured from `login.aspx`, an authcode / API token, and the
//! parsing that produces them.
//!
//! Every secret here is a [`SecretString`]: its `Debug` prints `[REDACTED]`, so a stray
//! `{:?}` in a log line cannot leak a login.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};

/// The cookie(s) Rescue set on a successful `login.aspx`, ready to send back as a `Cookie`
/// header. Rescue never names its cookie in the docs (clients see `ASP.NET_SessionId`), so all
/// cookies of the login reply are kept, as a browser would.
#[derive(Clone)]
pub struct LoginCookie(SecretString);

impl LoginCookie {
    /// Builds a login cookie from a stored `Cookie` header value (`name=value; name2=value2`).
    /// Returns `None` for text that could not be a cookie header.
    pub fn from_header_value(value: &str) -> Option<Self> {
        let value = value.trim();
        let plausible = !value.is_empty()
            && value.contains('=')
            && value.bytes().all(|b| b.is_ascii_graphic() || b == b' ');
        plausible.then(|| Self(SecretString::from(value.to_owned())))
    }

    /// Collects `name=value` pairs of `Set-Cookie` header values into one `Cookie` header value.
    /// Malformed headers and cookies with an empty value (deletions) are skipped.
    pub(crate) fn from_set_cookie<'a>(headers: impl IntoIterator<Item = &'a str>) -> Option<Self> {
        let pairs: Vec<String> = headers
            .into_iter()
            .filter_map(|header| cookie::Cookie::parse(header).ok())
            .filter(|cookie| !cookie.value().is_empty())
            .map(|cookie| format!("{}={}", cookie.name(), cookie.value()))
            .collect();
        if pairs.is_empty() {
            None
        } else {
            Some(Self(SecretString::from(pairs.join("; "))))
        }
    }

    /// The `Cookie` header value. Only for sending to Rescue or for encrypted storage.
    pub fn expose_header_value(&self) -> &str {
        self.0.expose_secret()
    }
}

impl fmt::Debug for LoginCookie {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("LoginCookie([REDACTED])")
    }
}

impl PartialEq for LoginCookie {
    fn eq(&self, other: &Self) -> bool {
        self.expose_header_value() == other.expose_header_value()
    }
}

/// An authcode from `requestAuthCode.aspx`, or an API token generated in the Admin Center.
/// Both are sent as the `authcode` parameter and never expire on their own.
#[derive(Clone)]
pub struct AuthCode(SecretString);

impl AuthCode {
    /// Accepts a pasted code: surrounding white space is trimmed; an empty code or one with
    /// inner white space or control characters is refused (no documented code has any).
    pub fn new(code: &str) -> Option<Self> {
        let code = code.trim();
        let valid = !code.is_empty() && code.bytes().all(|b| b.is_ascii_graphic());
        valid.then(|| Self(SecretString::from(code.to_owned())))
    }

    /// Finds the code in a requestAuthCode payload: `AUTHCODE: x`, `AUTHCODE:x`, or the code
    /// on the following line. The documented sample is 79 characters; no length is assumed.
    pub(crate) fn from_payload(payload: &str) -> Option<Self> {
        let upper = payload.to_ascii_uppercase();
        let start = upper.find("AUTHCODE:")? + "AUTHCODE:".len();
        let token = payload[start..].split_whitespace().next()?;
        Self::new(token)
    }

    /// The code itself. Only for sending to Rescue or for encrypted storage.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

impl fmt::Debug for AuthCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AuthCode([REDACTED])")
    }
}

impl PartialEq for AuthCode {
    fn eq(&self, other: &Self) -> bool {
        self.expose() == other.expose()
    }
}

/// How a call proves who is calling: the browser-like login cookie, or an authcode.
#[derive(Debug, Clone, PartialEq)]
pub enum Credentials {
    /// Cookie session from `login.aspx`; expires after 20 idle minutes.
    Cookie(LoginCookie),
    /// Authcode or API token; valid until replaced.
    AuthCode(AuthCode),
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC_CODE: &str =
        "4ahx99bppkzxocbs590roo1l99o7au9rmwnea8q3areaiceaw1afq55jx89nl5zt63hxlo298qf80u0";

    #[test]
    fn authcode_with_space_without_space_and_on_next_line() {
        for payload in [
            format!("AUTHCODE: {DOC_CODE}"),
            format!("AUTHCODE:{DOC_CODE}"),
            format!("AUTHCODE:\n{DOC_CODE}\n"),
            format!("authcode: {DOC_CODE}  "),
        ] {
            let code = AuthCode::from_payload(&payload).expect(&payload);
            assert_eq!(code.expose(), DOC_CODE);
        }
    }

    #[test]
    fn authcode_missing_is_none() {
        assert!(AuthCode::from_payload("").is_none());
        assert!(AuthCode::from_payload("AUTHCODE:").is_none());
        assert!(AuthCode::from_payload("TOKEN: abc").is_none());
    }

    #[test]
    fn set_cookie_headers_become_one_cookie_header() {
        let cookie = LoginCookie::from_set_cookie([
            "ASP.NET_SessionId=abc123; path=/; HttpOnly; SameSite=Lax",
            "other=xyz; Secure",
            "deleted=; expires=Thu, 01 Jan 1970 00:00:00 GMT",
            "garbage without equals",
        ])
        .unwrap();
        assert_eq!(
            cookie.expose_header_value(),
            "ASP.NET_SessionId=abc123; other=xyz"
        );
    }

    #[test]
    fn no_usable_set_cookie_is_none() {
        assert!(LoginCookie::from_set_cookie(["nonsense"]).is_none());
        assert!(LoginCookie::from_set_cookie(Vec::<&str>::new()).is_none());
    }

    #[test]
    fn debug_never_shows_secrets() {
        let creds = [
            Credentials::Cookie(
                LoginCookie::from_header_value("ASP.NET_SessionId=s3cr3t").unwrap(),
            ),
            Credentials::AuthCode(AuthCode::new("s3cr3t").unwrap()),
        ];
        for c in creds {
            let text = format!("{c:?}");
            assert!(!text.contains("s3cr3t"), "{text}");
            assert!(text.contains("REDACTED"));
        }
    }

    #[test]
    fn pasted_authcode_is_validated() {
        assert_eq!(AuthCode::new("  abc \n").unwrap().expose(), "abc");
        assert!(AuthCode::new("a b").is_none());
        assert!(AuthCode::new("   ").is_none());
    }
}
