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
    /// The whole body, line endings normalised to `\n`.
    text: String,
    /// Where the payload starts in `text`.
    payload_start: usize,
}

impl Reply {
    /// Splits a reply body. An empty body (or one with only white space) is malformed: Rescue
    /// always sends at least a result code.
    ///
    /// Takes the body by value and keeps it: a session list can be megabytes, and the payload
    /// is then a view into it rather than a copy.
    pub fn parse(body: impl Into<String>) -> Result<Self, Error> {
        Self::from_bytes(body.into().into_bytes())
    }

    /// Frames a body as read from the wire. The bytes are the only copy of the reply there
    /// ever is: line endings are rewritten in place and the UTF-8 check reuses the buffer, so
    /// a reply near the read cap never needs twice its size in memory.
    pub fn from_bytes(mut body: Vec<u8>) -> Result<Self, Error> {
        // Normalise CRLF (and stray CR) so every later step only deals with `\n`. Live replies
        // use LF, so the rewrite is only paid when needed.
        normalise_line_ends(&mut body);
        let text = String::from_utf8(body).map_err(|_| Error::UnreadableBody)?;
        let bom = if text.starts_with('\u{feff}') {
            '\u{feff}'.len_utf8()
        } else {
            0
        };
        let code_start = bom + (text[bom..].len() - text[bom..].trim_start().len());
        let line_end = text[code_start..]
            .find('\n')
            .map_or(text.len(), |i| code_start + i);
        let first_line = text[code_start..line_end].trim_end();
        if first_line.is_empty() {
            return Err(Error::MalformedReply("empty reply".into()));
        }
        // The payload starts after the code: on the same line in the documentation's flattened
        // rendering (`OK AUTHCODE: …`), otherwise on the following lines. Parsers skip blank
        // lines, so the blank separator line needs no special treatment.
        let (code, payload_start) = match first_line.find(char::is_whitespace) {
            Some(i) => {
                let inline = &first_line[i..];
                let skipped = inline.len() - inline.trim_start().len();
                (&first_line[..i], code_start + i + skipped)
            }
            None => (first_line, (line_end + 1).min(text.len())),
        };
        // Result codes are upper-case words (`OK`, `INVALIDPARAM_SESSION`). Anything else is not
        // Rescue speaking: an HTML error page from a proxy, or a wrong base URL.
        let plausible =
            code.len() <= 64 && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if !plausible {
            return Err(Error::MalformedReply(
                "the reply does not start with a Rescue result code".into(),
            ));
        }
        Ok(Reply {
            code: code.to_ascii_uppercase(),
            text,
            payload_start,
        })
    }

    /// Everything after the result code (for data methods: the blank line, then the data).
    pub fn payload(&self) -> &str {
        &self.text[self.payload_start..]
    }

    /// True when the result code is `OK`.
    pub fn is_ok(&self) -> bool {
        self.code == "OK"
    }
}

/// CRLF and lone CR become LF, in one pass over the buffer and without a second one. Removing
/// ASCII bytes cannot break UTF-8: CR and LF never occur inside a multi-byte sequence.
fn normalise_line_ends(bytes: &mut Vec<u8>) {
    let Some(first) = bytes.iter().position(|&b| b == b'\r') else {
        return;
    };
    let (mut read, mut write) = (first, first);
    while read < bytes.len() {
        let byte = bytes[read];
        read += 1;
        if byte == b'\r' {
            // A CR's own following LF completes the CRLF and is dropped.
            if bytes.get(read) == Some(&b'\n') {
                read += 1;
            }
            bytes[write] = b'\n';
        } else {
            bytes[write] = byte;
        }
        write += 1;
    }
    bytes.truncate(write);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_then_blank_line_then_payload() {
        let reply = Reply::parse("OK\n\nA|B|\n1|2|\n").unwrap();
        assert_eq!(reply.code, "OK");
        assert_eq!(reply.payload(), "\nA|B|\n1|2|\n");
    }

    #[test]
    fn crlf_is_normalised() {
        let reply = Reply::parse("OK\r\n\r\nA|B|\r\n1|2|\r\n").unwrap();
        assert_eq!(reply.payload(), "\nA|B|\n1|2|\n");
    }

    #[test]
    fn lone_cr_and_mixed_line_ends() {
        let mut bytes = "a\rb\r\nc\n\r\r\né\r".as_bytes().to_vec();
        normalise_line_ends(&mut bytes);
        assert_eq!(bytes, "a\nb\nc\n\n\né\n".as_bytes());
    }

    #[test]
    fn code_alone_has_empty_payload() {
        let reply = Reply::parse("NOTLOGGEDIN").unwrap();
        assert_eq!(reply.code, "NOTLOGGEDIN");
        assert_eq!(reply.payload(), "");
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
        assert_eq!(reply.payload(), "AUTHCODE: abc");
    }

    #[test]
    fn html_page_is_malformed() {
        assert!(matches!(
            Reply::parse("<!DOCTYPE html><html>Gateway error</html>"),
            Err(Error::MalformedReply(_))
        ));
    }

    #[test]
    fn bytes_that_are_not_utf8_are_unreadable() {
        assert!(matches!(
            Reply::from_bytes(b"OK\r\n\xff\xfe".to_vec()),
            Err(Error::UnreadableBody)
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
