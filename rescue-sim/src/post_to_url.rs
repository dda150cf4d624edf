//! Rescue's Post to URL, as the simulator sends it: when a session starts (a technician picks
//! it up) and when it ends, the session's data goes to a URL as an HTTP form post or as XML
//! (docs/rescue-post-to-url.md lists the fields). The chat of each post is the chat since the
//! previous one, as Rescue's is; the notes are empty at the start.
//!
//! This module is what a post is (its fields, its two encodings); `life` makes them as sessions
//! start and end, and `poster` sends them.

use std::str::FromStr;

/// How a post is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostFormat {
    /// `application/x-www-form-urlencoded`, Rescue's names (`SessionID`, `TechID`, …).
    Form,
    /// An XML document, the same data as lower-case elements.
    Xml,
}

impl FromStr for PostFormat {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        match text.to_ascii_lowercase().as_str() {
            "form" => Ok(PostFormat::Form),
            "xml" => Ok(PostFormat::Xml),
            other => Err(format!("`{other}` is not a post format (form, xml)")),
        }
    }
}

/// Where and how the sessions' data is posted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostTarget {
    /// The receiver's URL.
    pub url: String,
    /// Form or XML.
    pub format: PostFormat,
}

/// One post waiting to be sent: Rescue's field names and values, in Rescue's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing(pub Vec<(&'static str, String)>);

/// The body and content type of `post` in `format`.
pub fn body(post: &Outgoing, format: PostFormat) -> (&'static str, String) {
    match format {
        PostFormat::Form => {
            let mut form = form_urlencoded::Serializer::new(String::new());
            for (name, value) in &post.0 {
                form.append_pair(name, value);
            }
            ("application/x-www-form-urlencoded", form.finish())
        }
        PostFormat::Xml => {
            let mut xml = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?><session>");
            for (name, value) in &post.0 {
                let element = name.to_ascii_lowercase();
                xml.push_str(&format!(
                    "<{element}>{}</{element}>",
                    quick_xml::escape::escape(value.as_str())
                ));
            }
            xml.push_str("</session>");
            ("text/xml; charset=utf-8", xml)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_formats_carry_the_same_data() {
        let post = Outgoing(vec![
            ("SessionID", "7".into()),
            ("ChatLog", "a <b> & c".into()),
        ]);
        let (kind, form) = body(&post, PostFormat::Form);
        assert_eq!(kind, "application/x-www-form-urlencoded");
        assert_eq!(form, "SessionID=7&ChatLog=a+%3Cb%3E+%26+c");
        let (kind, xml) = body(&post, PostFormat::Xml);
        assert!(kind.starts_with("text/xml"));
        assert!(
            xml.ends_with(
                "<session><sessionid>7</sessionid><chatlog>a &lt;b&gt; &amp; c</chatlog></session>"
            ),
            "{xml}"
        );
        assert_eq!("XML".parse::<PostFormat>(), Ok(PostFormat::Xml));
        assert!("json".parse::<PostFormat>().is_err());
    }
}
