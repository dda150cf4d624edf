//! Reading one Post-to-URL post: Rescue's HTTP form post (`SessionID=…&TechID=…`) or its XML
//! variant (the same data as lower-case elements under a root whose name the docs do not
//! give). Every field is kept, known or not, under its lower-cased name.
//!
//! The XML is read with a real parser that never expands anything but XML's five predefined
//! entities and character references: a DTD is refused outright, so no entity can reach a
//! file or the network, or multiply itself (billion laughs).

use quick_xml::events::Event;
use sha2::Digest;

/// The most fields one post may carry: Rescue's list has about twenty.
pub const MOST_FIELDS: usize = 200;
/// The longest field name: Rescue's are a dozen characters.
const LONGEST_NAME: usize = 64;
/// How deep the XML may nest: Rescue's is a root and its fields.
const DEEPEST: usize = 8;

/// How a post came.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `application/x-www-form-urlencoded`.
    Form,
    /// An XML document.
    Xml,
}

impl Format {
    /// Its name in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Form => "form",
            Format::Xml => "xml",
        }
    }
}

/// One post, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Post {
    /// How it came.
    pub format: Format,
    /// Rescue's session ID (`SessionID`).
    pub session_id: u64,
    /// Every field, names lower-cased, in the order sent; a name sent twice keeps its first.
    pub fields: Vec<(String, String)>,
}

/// Why a body is not a post.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Malformed {
    /// Not UTF-8.
    #[error("the body is not UTF-8")]
    Encoding,
    /// The XML could not be read (or carried a DTD).
    #[error("the XML cannot be read: {0}")]
    Xml(String),
    /// Too many fields, a name too long or of odd characters, nesting too deep.
    #[error("{0}")]
    Shape(String),
    /// No `SessionID`, or not a number.
    #[error("no usable SessionID")]
    SessionId,
}

impl Post {
    /// Reads `body`, XML when `content_type` says so or the body starts with `<`, else a form.
    pub fn read(content_type: Option<&str>, body: &[u8]) -> Result<Post, Malformed> {
        let text = std::str::from_utf8(body).map_err(|_| Malformed::Encoding)?;
        let text = text.trim_start_matches('\u{feff}');
        let xml = content_type.is_some_and(|t| t.to_ascii_lowercase().contains("xml"))
            || text.trim_start().starts_with('<');
        let (format, pairs) = if xml {
            (Format::Xml, xml_fields(text)?)
        } else {
            let pairs = url::form_urlencoded::parse(text.as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
            (Format::Form, pairs)
        };
        let mut fields: Vec<(String, String)> = Vec::new();
        for (name, value) in pairs {
            let name = name.trim().to_ascii_lowercase();
            let usable = !name.is_empty()
                && name.len() <= LONGEST_NAME
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'.');
            if !usable {
                return Err(Malformed::Shape("a field name that is not a name".into()));
            }
            if !fields.iter().any(|(n, _)| *n == name) {
                fields.push((name, value));
            }
            if fields.len() > MOST_FIELDS {
                return Err(Malformed::Shape(format!("more than {MOST_FIELDS} fields")));
            }
        }
        let session_id = fields
            .iter()
            .find(|(n, _)| n == "sessionid")
            .and_then(|(_, v)| v.trim().parse::<u64>().ok())
            .filter(|&id| id > 0 && i64::try_from(id).is_ok())
            .ok_or(Malformed::SessionId)?;
        Ok(Post {
            format,
            session_id,
            fields,
        })
    }

    /// A field's value, by its lower-case name.
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The post's identity: a SHA-256 of its fields sorted by name, so the same post sent
    /// again (a retry) is recognised whatever order its fields came in.
    pub fn hash(&self) -> String {
        let mut sorted: Vec<&(String, String)> = self.fields.iter().collect();
        sorted.sort();
        let mut hash = sha2::Sha256::new();
        hash.update(self.format.as_str().as_bytes());
        for (name, value) in sorted {
            // Length-prefixed: ("ab", "c") and ("a", "bc") differ.
            hash.update((name.len() as u64).to_be_bytes());
            hash.update(name.as_bytes());
            hash.update((value.len() as u64).to_be_bytes());
            hash.update(value.as_bytes());
        }
        hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// The leaf elements of an XML post, whatever its root: (name, text).
fn xml_fields(text: &str) -> Result<Vec<(String, String)>, Malformed> {
    let bad = |e: &dyn std::fmt::Display| Malformed::Xml(e.to_string());
    let mut reader = quick_xml::Reader::from_str(text);
    let mut path: Vec<(String, String, bool)> = Vec::new();
    let mut fields = Vec::new();
    let mut roots = 0;
    loop {
        match reader.read_event().map_err(|e| bad(&e))? {
            Event::Start(start) => {
                if path.is_empty() {
                    roots += 1;
                }
                if path.len() >= DEEPEST {
                    return Err(Malformed::Shape("the XML nests too deep".into()));
                }
                if let Some(parent) = path.last_mut() {
                    parent.2 = true;
                }
                let name = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
                path.push((name, String::new(), false));
            }
            Event::Empty(empty) => {
                if path.is_empty() {
                    roots += 1;
                    continue;
                }
                let name = String::from_utf8_lossy(empty.local_name().as_ref()).into_owned();
                fields.push((name, String::new()));
            }
            Event::Text(t) => {
                if let Some(open) = path.last_mut() {
                    open.1.push_str(&t.decode().map_err(|e| bad(&e))?);
                }
            }
            Event::CData(t) => {
                if let Some(open) = path.last_mut() {
                    open.1.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::GeneralRef(r) => {
                if let Some(open) = path.last_mut() {
                    let text = match r.resolve_char_ref().map_err(|e| bad(&e))? {
                        Some(c) => c.to_string(),
                        None => {
                            let name = r.decode().map_err(|e| bad(&e))?;
                            quick_xml::escape::resolve_predefined_entity(&name)
                                .ok_or_else(|| Malformed::Xml(format!("unknown entity &{name};")))?
                                .to_owned()
                        }
                    };
                    open.1.push_str(&text);
                }
            }
            Event::End(_) => {
                if let Some((name, value, has_children)) = path.pop() {
                    // The root (or any element holding elements) is a container, not a field.
                    if !has_children && !path.is_empty() {
                        fields.push((name, value));
                    }
                }
            }
            Event::DocType(_) => {
                return Err(Malformed::Xml("a DTD is not accepted".into()));
            }
            Event::Eof => break,
            Event::Decl(_) | Event::Comment(_) | Event::PI(_) => {}
        }
        if roots > 1 {
            return Err(Malformed::Xml("more than one root element".into()));
        }
    }
    if !path.is_empty() || roots == 0 {
        return Err(Malformed::Xml("the document is not complete".into()));
    }
    Ok(fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_post_is_read_with_its_unknown_fields() {
        let body = b"SessionID=12345678&TechID=337101&CField0=Ann%20B%C3%B6hm&ChatLog=hi%0Athere&NewThing=x&SessionID=9";
        let post = Post::read(Some("application/x-www-form-urlencoded"), body).unwrap();
        assert_eq!(post.format, Format::Form);
        assert_eq!(post.session_id, 12_345_678);
        assert_eq!(post.field("cfield0"), Some("Ann Böhm"));
        assert_eq!(post.field("chatlog"), Some("hi\nthere"));
        assert_eq!(post.field("newthing"), Some("x"));
        assert_eq!(post.fields.len(), 5, "a name sent twice keeps its first");
    }

    #[test]
    fn an_xml_post_is_read_whatever_its_root() {
        let body = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<session><sessionid>42</sessionid>\
                    <techname>Tina &amp; Co</techname><chatlog><![CDATA[<b>hi</b>]]></chatlog>\
                    <notes/></session>";
        let post = Post::read(None, body.as_bytes()).unwrap();
        assert_eq!(post.format, Format::Xml);
        assert_eq!(post.session_id, 42);
        assert_eq!(post.field("techname"), Some("Tina & Co"));
        assert_eq!(post.field("chatlog"), Some("<b>hi</b>"));
        assert_eq!(post.field("notes"), Some(""));
    }

    #[test]
    fn junk_is_refused() {
        let cases: [&[u8]; 8] = [
            b"TechID=1",
            b"SessionID=abc",
            b"SessionID=-4",
            b"\xff\xfe",
            b"<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x><sessionid>1</sessionid><a>&e;</a></x>",
            b"<x><sessionid>1</sessionid>",
            b"<x><sessionid>1</sessionid><a>&custom;</a></x>",
            b"<a><b><c><d><e><f><g><h><i>1</i></h></g></f></e></d></c></b></a>",
        ];
        for body in cases {
            assert!(
                Post::read(None, body).is_err(),
                "{}",
                String::from_utf8_lossy(body)
            );
        }
        let many: String = (0..=MOST_FIELDS)
            .map(|i| format!("f{i}=1&"))
            .collect::<String>()
            + "SessionID=1";
        assert!(Post::read(None, many.as_bytes()).is_err());
    }

    #[test]
    fn the_same_post_in_another_order_is_the_same_post() {
        let a = Post::read(None, b"SessionID=1&TechID=2&Notes=x").unwrap();
        let b = Post::read(None, b"TechID=2&Notes=x&SessionID=1").unwrap();
        let c = Post::read(None, b"SessionID=1&TechID=2&Notes=y").unwrap();
        assert_eq!(a.hash(), b.hash());
        assert_ne!(a.hash(), c.hash());
    }
}
