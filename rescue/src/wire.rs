//! Framing of Rescue's text replies: a status token first, then (for data methods) a payload.
//!
//! Rescue answers HTTP 200 even for business errors; the first token of the first non-empty line
//! is the result code. Data follows after a blank line. The documentation flattens replies onto
//! one line (`OK ID|Status|…`, `OK AUTHCODE: …`), so text after the token on the status line is
//! kept as the start of the payload rather than thrown away.

use crate::error::Error;

/// A reply split into its result code and the text that follows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// Result code, upper-cased (`OK`, `NOTLOGGEDIN`, …).
    pub code: String,
    /// Everything after the code, line endings normalised to `\n`, leading blank lines removed.
    pub payload: String,
}

impl Reply {
    /// Splits a reply body. An empty body (or one with only white space) is malformed: Rescue
    /// always sends at least a result code.
    pub fn parse(body: &str) -> Result<Self, Error> {
        // Normalise CRLF (and stray CR) first so every later step only deals with `\n`.
        let text = body.replace("\r\n", "\n").replace('\r', "\n");
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let trimmed = text.trim_start();
        let (first_line, rest) = match trimmed.split_once('\n') {
            Some((line, rest)) => (line, rest),
            None => (trimmed, ""),
        };
        let first_line = first_line.trim();
        if first_line.is_empty() {
            return Err(Error::MalformedReply("empty reply".into()));
        }
        let (code, inline) = match first_line.split_once(char::is_whitespace) {
            Some((code, inline)) => (code, inline.trim_start()),
            None => (first_line, ""),
        };
        let mut payload = String::with_capacity(inline.len() + rest.len() + 1);
        if !inline.is_empty() {
            payload.push_str(inline);
            payload.push('\n');
        }
        payload.push_str(rest.trim_start_matches('\n'));
        // Result codes are upper-case words (`OK`, `INVALIDPARAM_SESSION`). Anything else is not
        // Rescue speaking: an HTML error page from a proxy, or a wrong base URL.
        let plausible = code.len() <= 64
            && code
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if !plausible {
            return Err(Error::MalformedReply(
                "the reply does not start with a Rescue result code".into(),
            ));
        }
        Ok(Reply {
            code: code.to_ascii_uppercase(),
            payload,
        })
    }

    /// True when the result code is `OK`.
    pub fn is_ok(&self) -> bool {
        self.code == "OK"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_then_blank_line_then_payload() {
        let reply = Reply::parse("OK\n\nA|B|\n1|2|\n").unwrap();
        assert_eq!(reply.code, "OK");
        assert_eq!(reply.payload, "A|B|\n1|2|\n");
    }

    #[test]
    fn crlf_is_normalised() {
        let reply = Reply::parse("OK\r\n\r\nA|B|\r\n1|2|\r\n").unwrap();
        assert_eq!(reply.payload, "A|B|\n1|2|\n");
    }

    #[test]
    fn code_alone_has_empty_payload() {
        let reply = Reply::parse("NOTLOGGEDIN").unwrap();
        assert_eq!(reply.code, "NOTLOGGEDIN");
        assert_eq!(reply.payload, "");
    }

    #[test]
    fn code_is_upper_cased_and_trimmed() {
        let reply = Reply::parse("  ok \n").unwrap();
        assert!(reply.is_ok());
    }

    #[test]
    fn flattened_documentation_form_keeps_inline_payload() {
        let reply = Reply::parse("OK AUTHCODE: abc").unwrap();
        assert_eq!(reply.code, "OK");
        assert_eq!(reply.payload, "AUTHCODE: abc\n");
    }

    #[test]
    fn html_page_is_malformed() {
        assert!(matches!(
            Reply::parse("<!DOCTYPE html><html>Gateway error</html>"),
            Err(Error::MalformedReply(_))
        ));
    }

    #[test]
    fn empty_body_is_malformed() {
        assert!(matches!(
            Reply::parse(" \r\n\n"),
            Err(Error::MalformedReply(_))
        ));
    }
}
