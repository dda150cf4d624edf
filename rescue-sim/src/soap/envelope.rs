//! SOAP 1.1 and 1.2 envelopes: reading a request's operation element and writing responses and
//! faults. Everything goes through quick-xml, so a value from the request is always escaped on
//! the way out.

use std::io;

use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::name::ResolveResult;
use quick_xml::{NsReader, Writer};

/// The SOAP 1.1 envelope namespace.
pub(crate) const SOAP11: &str = "http://schemas.xmlsoap.org/soap/envelope/";
/// The SOAP 1.2 envelope namespace.
pub(crate) const SOAP12: &str = "http://www.w3.org/2003/05/soap-envelope";
const XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";
const XSD: &str = "http://www.w3.org/2001/XMLSchema";

/// How deep a request may nest its elements.
const MAX_DEPTH: usize = 32;

/// Which SOAP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Version {
    /// SOAP 1.1: `text/xml`, dispatched on `SOAPAction`.
    V11,
    /// SOAP 1.2: `application/soap+xml`, dispatched on the body element.
    V12,
}

impl Version {
    /// The envelope namespace.
    pub fn namespace(self) -> &'static str {
        match self {
            Version::V11 => SOAP11,
            Version::V12 => SOAP12,
        }
    }

    /// The answer's content type.
    pub fn content_type(self) -> &'static str {
        match self {
            Version::V11 => "text/xml; charset=utf-8",
            Version::V12 => "application/soap+xml; charset=utf-8",
        }
    }
}

/// Who is at fault, in each version's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Blame {
    /// The envelope is of the other SOAP version.
    VersionMismatch,
    /// The request is malformed or names no known operation.
    Client,
    /// The service failed.
    Server,
}

impl Blame {
    fn code(self, version: Version) -> &'static str {
        match (self, version) {
            (Blame::VersionMismatch, _) => "soap:VersionMismatch",
            (Blame::Client, Version::V11) => "soap:Client",
            (Blame::Client, Version::V12) => "soap:Sender",
            (Blame::Server, Version::V11) => "soap:Server",
            (Blame::Server, Version::V12) => "soap:Receiver",
        }
    }
}

/// Why a request body could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unreadable {
    /// Fault kind.
    pub blame: Blame,
    /// The fault string.
    pub message: String,
}

fn unreadable(message: impl Into<String>) -> Unreadable {
    Unreadable {
        blame: Blame::Client,
        message: message.into(),
    }
}

/// A request's envelope, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Request {
    /// The envelope's SOAP version.
    pub version: Version,
    /// Local name of the body's first element: the operation.
    pub operation: String,
    /// Its namespace.
    pub namespace: Option<String>,
    /// Its child elements' local names and text; `None` for `xsi:nil="true"`.
    pub fields: Vec<(String, Option<String>)>,
}

/// Where the reader is in the envelope.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Outside,
    Envelope,
    Header,
    Body,
    Operation,
    Field,
}

/// Reads the operation element out of a SOAP envelope. DTDs are refused outright: an XML
/// service has no use for them and they are the door to entity-expansion attacks.
pub(crate) fn parse(body: &[u8]) -> Result<Request, Unreadable> {
    let text = std::str::from_utf8(body).map_err(|_| unreadable("The request is not UTF-8."))?;
    let mut reader = NsReader::from_str(text);
    let mut place = Place::Outside;
    // Depth below the current place, for elements the service ignores.
    let mut ignored = 0usize;
    let mut version = None;
    let mut operation: Option<(String, Option<String>)> = None;
    let mut fields = Vec::new();
    let mut field: Option<(String, Option<String>)> = None;
    let mut depth = 0usize;
    let broken =
        |e: quick_xml::Error| unreadable(format!("The request is not well-formed XML: {e}."));
    loop {
        let event = reader.read_event().map_err(broken)?;
        let (empty, start) = match &event {
            Event::Start(e) => {
                // An envelope is a few levels deep; a request nested thousands of levels is an
                // attack on the parser (quick-xml's own level counter must never be reached).
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(unreadable("The request is nested too deeply."));
                }
                (false, Some(e.clone()))
            }
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                (false, None)
            }
            Event::Empty(e) => (true, Some(e.clone())),
            _ => (false, None),
        };
        if let Some(e) = start {
            if ignored > 0 {
                ignored += usize::from(!empty);
                continue;
            }
            let (ns, local) = reader.resolve_element(e.name());
            let ns = match ns {
                ResolveResult::Bound(ns) => Some(String::from_utf8_lossy(ns.as_ref()).into_owned()),
                ResolveResult::Unbound => None,
                ResolveResult::Unknown(prefix) => {
                    return Err(unreadable(format!(
                        "The namespace prefix {} is not declared.",
                        String::from_utf8_lossy(&prefix)
                    )))
                }
            };
            let local = String::from_utf8_lossy(local.as_ref()).into_owned();
            match place {
                Place::Outside => {
                    version = Some(match (local.as_str(), ns.as_deref()) {
                        ("Envelope", Some(SOAP11)) => Version::V11,
                        ("Envelope", Some(SOAP12)) => Version::V12,
                        ("Envelope", _) => {
                            return Err(Unreadable {
                                blame: Blame::VersionMismatch,
                                message:
                                    "The envelope's namespace is neither SOAP 1.1 nor SOAP 1.2."
                                        .into(),
                            })
                        }
                        _ => return Err(unreadable("The request is not a SOAP envelope.")),
                    });
                    if empty {
                        break;
                    }
                    place = Place::Envelope;
                }
                Place::Envelope => {
                    let envelope_ns = version.map(Version::namespace);
                    if ns.as_deref() != envelope_ns {
                        return Err(unreadable(format!(
                            "Unexpected element {local} in the envelope."
                        )));
                    }
                    match (local.as_str(), empty) {
                        ("Header", false) => place = Place::Header,
                        ("Body", false) => place = Place::Body,
                        ("Header", true) => {}
                        ("Body", true) => break,
                        _ => {
                            return Err(unreadable(format!(
                                "Unexpected element {local} in the envelope."
                            )))
                        }
                    }
                }
                Place::Header => ignored = usize::from(!empty),
                Place::Body if operation.is_none() => {
                    operation = Some((local, ns));
                    if !empty {
                        place = Place::Operation;
                    }
                }
                // Anything after the operation element is not the service's business.
                Place::Body => ignored = usize::from(!empty),
                Place::Operation => {
                    let nil = e.attributes().flatten().any(|a| {
                        a.key.local_name().as_ref() == b"nil"
                            && matches!(a.value.as_ref(), b"true" | b"1")
                    });
                    let value = (!nil).then(String::new);
                    if empty {
                        fields.push((local, value));
                    } else {
                        field = Some((local, value));
                        place = Place::Field;
                    }
                }
                // A field with elements inside: the service reads none of them.
                Place::Field => ignored = 1,
            }
            continue;
        }
        match event {
            Event::End(_) if ignored > 0 => ignored -= 1,
            Event::End(_) => {
                place = match place {
                    Place::Field => {
                        fields.extend(field.take());
                        Place::Operation
                    }
                    Place::Operation => Place::Body,
                    Place::Body | Place::Header => Place::Envelope,
                    Place::Envelope | Place::Outside => Place::Outside,
                };
            }
            Event::Text(t) if place == Place::Field && ignored == 0 => {
                let t = t.decode().map_err(|e| unreadable(e.to_string()))?;
                push_text(&mut field, &t);
            }
            Event::CData(t) if place == Place::Field && ignored == 0 => {
                push_text(&mut field, &String::from_utf8_lossy(&t));
            }
            Event::GeneralRef(r) if place == Place::Field && ignored == 0 => {
                let c = match r
                    .resolve_char_ref()
                    .map_err(|e| unreadable(e.to_string()))?
                {
                    Some(c) => c.to_string(),
                    None => {
                        let name = r.decode().map_err(|e| unreadable(e.to_string()))?;
                        quick_xml::escape::resolve_predefined_entity(&name)
                            .ok_or_else(|| unreadable(format!("Unknown entity &{name};.")))?
                            .to_owned()
                    }
                };
                push_text(&mut field, &c);
            }
            Event::DocType(_) => return Err(unreadable("DTDs are not accepted.")),
            Event::Eof => break,
            _ => {}
        }
    }
    let version = version.ok_or_else(|| unreadable("The request is empty."))?;
    let (operation, namespace) =
        operation.ok_or_else(|| unreadable("The SOAP body names no operation."))?;
    Ok(Request {
        version,
        operation,
        namespace,
        fields,
    })
}

fn push_text(field: &mut Option<(String, Option<String>)>, text: &str) {
    if let Some((_, Some(value))) = field {
        value.push_str(text);
    }
}

/// A whole envelope of `version` around what `body` writes.
pub(crate) fn envelope(
    version: Version,
    body: impl FnOnce(&mut Writer<Vec<u8>>) -> io::Result<()>,
) -> io::Result<Vec<u8>> {
    envelope_with(Writer::new(Vec::new()), version, body)
}

/// [`envelope`] through a writer of the caller's (the help pages indent theirs).
pub(crate) fn envelope_with(
    mut writer: Writer<Vec<u8>>,
    version: Version,
    body: impl FnOnce(&mut Writer<Vec<u8>>) -> io::Result<()>,
) -> io::Result<Vec<u8>> {
    writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
    writer
        .create_element("soap:Envelope")
        .with_attributes([
            ("xmlns:soap", version.namespace()),
            ("xmlns:xsi", XSI),
            ("xmlns:xsd", XSD),
        ])
        .write_inner_content(|w| {
            w.create_element("soap:Body").write_inner_content(body)?;
            Ok(())
        })?;
    Ok(writer.into_inner())
}

/// A fault envelope.
pub(crate) fn fault(version: Version, blame: Blame, message: &str) -> io::Result<Vec<u8>> {
    envelope(version, |w| {
        w.create_element("soap:Fault").write_inner_content(|w| {
            let code = blame.code(version);
            match version {
                Version::V11 => {
                    w.create_element("faultcode")
                        .write_text_content(BytesText::new(code))?;
                    w.create_element("faultstring")
                        .write_text_content(BytesText::new(message))?;
                    w.create_element("detail").write_empty()?;
                }
                Version::V12 => {
                    w.create_element("soap:Code").write_inner_content(|w| {
                        w.create_element("soap:Value")
                            .write_text_content(BytesText::new(code))?;
                        Ok(())
                    })?;
                    w.create_element("soap:Reason").write_inner_content(|w| {
                        w.create_element("soap:Text")
                            .with_attribute(("xml:lang", "en"))
                            .write_text_content(BytesText::new(message))?;
                        Ok(())
                    })?;
                    w.create_element("soap:Detail").write_empty()?;
                }
            }
            Ok(())
        })?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn login(ns: &str) -> String {
        format!(
            r#"<?xml version="1.0"?><e:Envelope xmlns:e="{ns}"><e:Header><x><y/></x></e:Header><e:Body>
            <login xmlns="https://secure.logmeinrescue.com/API/API.asmx"><sEmail>a&amp;b@example.com</sEmail>
            <sPassword><![CDATA[p<w]]></sPassword><sAuthCode/><n xsi:nil="true" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/></login></e:Body></e:Envelope>"#
        )
    }

    #[test]
    fn reads_the_operation_and_its_fields() {
        let request = parse(login(SOAP12).as_bytes()).unwrap();
        assert_eq!(request.version, Version::V12);
        assert_eq!(request.operation, "login");
        assert_eq!(
            request.namespace.as_deref(),
            Some("https://secure.logmeinrescue.com/API/API.asmx")
        );
        let fields: Vec<(&str, Option<&str>)> = request
            .fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_deref()))
            .collect();
        assert_eq!(
            fields,
            [
                ("sEmail", Some("a&b@example.com")),
                ("sPassword", Some("p<w")),
                ("sAuthCode", Some("")),
                ("n", None)
            ]
        );
        assert_eq!(
            parse(login(SOAP11).as_bytes()).unwrap().version,
            Version::V11
        );
    }

    #[test]
    fn refuses_what_is_not_a_soap_request() {
        for bad in [
            "",
            "junk",
            "<a/>",
            "<Envelope xmlns=\"urn:other\"/>",
            "<!DOCTYPE x [<!ENTITY a \"b\">]><s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"/>",
            "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body></s:Body></s:Envelope>",
            "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><x:login></x:login></s:Body></s:Envelope>",
            "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><login><a>&bogus;</a></login></s:Body></s:Envelope>",
            "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><login><a></b></login></s:Body></s:Envelope>",
        ] {
            assert!(parse(bad.as_bytes()).is_err(), "{bad}");
        }
        let deep = format!(
            "<s:Envelope xmlns:s=\"{SOAP11}\"><s:Body><login>{}</login></s:Body></s:Envelope>",
            "<a>".repeat(100_000)
        );
        assert!(parse(deep.as_bytes())
            .unwrap_err()
            .message
            .contains("too deeply"));
        let mismatch = parse(b"<Envelope xmlns=\"urn:other\"/>").unwrap_err();
        assert_eq!(mismatch.blame, Blame::VersionMismatch);
    }

    #[test]
    fn faults_escape_their_message() {
        let xml = fault(Version::V11, Blame::Client, "bad <value> & more").unwrap();
        let xml = String::from_utf8(xml).unwrap();
        assert!(xml.contains("<faultcode>soap:Client</faultcode>"), "{xml}");
        assert!(xml.contains("bad &lt;value&gt; &amp; more"), "{xml}");
        let xml = String::from_utf8(fault(Version::V12, Blame::Client, "x").unwrap()).unwrap();
        assert!(
            xml.contains("<soap:Value>soap:Sender</soap:Value>"),
            "{xml}"
        );
        assert!(xml.contains(SOAP12));
    }
}
