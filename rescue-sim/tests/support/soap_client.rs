//! A SOAP client that knows only the WSDL it downloads, as a generated .NET proxy or PHP's
//! `SoapClient` would: operations, SOAPActions, element names, their order and the service
//! address all come from the document, never from strings shared with the simulator.

use std::collections::HashMap;

use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
use roxmltree::{Document, Node};

const WSDL: &str = "http://schemas.xmlsoap.org/wsdl/";
const XSD: &str = "http://www.w3.org/2001/XMLSchema";
const WSDL_SOAP11: &str = "http://schemas.xmlsoap.org/wsdl/soap/";
const WSDL_SOAP12: &str = "http://schemas.xmlsoap.org/wsdl/soap12/";
/// SOAP 1.1 envelope namespace.
pub const ENV11: &str = "http://schemas.xmlsoap.org/soap/envelope/";
/// SOAP 1.2 envelope namespace.
pub const ENV12: &str = "http://www.w3.org/2003/05/soap-envelope";

/// SOAP version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Soap {
    V11,
    V12,
}

#[derive(Debug, Default)]
struct Binding {
    address: String,
    actions: HashMap<String, String>,
}

/// What the WSDL says.
#[derive(Debug)]
pub struct Service {
    pub namespace: String,
    bindings: HashMap<Soap, Binding>,
    /// Operation → (request element, response element).
    messages: HashMap<String, (String, String)>,
    /// Element → its children (name, type), in schema order.
    elements: HashMap<String, Vec<(String, String)>>,
    /// Simple type → its enumeration.
    enums: HashMap<String, Vec<String>>,
}

fn local(qname: &str) -> &str {
    qname.rsplit(':').next().unwrap_or(qname)
}

fn children<'a, 'i>(
    node: Node<'a, 'i>,
    ns: &'a str,
    name: &'a str,
) -> impl Iterator<Item = Node<'a, 'i>> + 'a {
    node.children().filter(move |c| {
        c.is_element() && c.tag_name().namespace() == Some(ns) && c.tag_name().name() == name
    })
}

impl Service {
    /// Reads a WSDL document.
    pub fn parse(text: &str) -> Service {
        let doc = Document::parse(text).expect("the WSDL is well-formed XML");
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "definitions");
        let namespace = root
            .attribute("targetNamespace")
            .expect("a target namespace")
            .to_owned();
        let mut elements = HashMap::new();
        let mut enums = HashMap::new();
        for schema in children(root, WSDL, "types").flat_map(|t| children(t, XSD, "schema")) {
            for element in children(schema, XSD, "element") {
                let fields = element
                    .descendants()
                    .filter(|d| d.is_element() && d.tag_name().name() == "element" && *d != element)
                    .map(|d| {
                        (
                            d.attribute("name").unwrap_or_default().to_owned(),
                            local(d.attribute("type").unwrap_or_default()).to_owned(),
                        )
                    })
                    .collect();
                elements.insert(
                    element.attribute("name").unwrap_or_default().to_owned(),
                    fields,
                );
            }
            for simple in children(schema, XSD, "simpleType") {
                let members = simple
                    .descendants()
                    .filter(|d| d.tag_name().name() == "enumeration")
                    .filter_map(|d| d.attribute("value").map(str::to_owned))
                    .collect();
                enums.insert(
                    simple.attribute("name").unwrap_or_default().to_owned(),
                    members,
                );
            }
        }
        let part_element = |message: &str| -> String {
            children(root, WSDL, "message")
                .find(|m| m.attribute("name") == Some(local(message)))
                .and_then(|m| children(m, WSDL, "part").next())
                .and_then(|p| p.attribute("element"))
                .map(|e| local(e).to_owned())
                .expect("every message names its element")
        };
        let mut messages = HashMap::new();
        for op in children(root, WSDL, "portType").flat_map(|p| children(p, WSDL, "operation")) {
            let input = children(op, WSDL, "input")
                .next()
                .and_then(|i| i.attribute("message"))
                .expect("an input");
            let output = children(op, WSDL, "output")
                .next()
                .and_then(|i| i.attribute("message"))
                .expect("an output");
            messages.insert(
                op.attribute("name").unwrap_or_default().to_owned(),
                (part_element(input), part_element(output)),
            );
        }
        let mut bindings: HashMap<Soap, Binding> = HashMap::new();
        let mut binding_versions = HashMap::new();
        for binding in children(root, WSDL, "binding") {
            let version = if children(binding, WSDL_SOAP12, "binding").next().is_some() {
                Soap::V12
            } else if children(binding, WSDL_SOAP11, "binding").next().is_some() {
                Soap::V11
            } else {
                continue;
            };
            let ns = if version == Soap::V12 {
                WSDL_SOAP12
            } else {
                WSDL_SOAP11
            };
            binding_versions.insert(
                binding.attribute("name").unwrap_or_default().to_owned(),
                version,
            );
            let entry = bindings.entry(version).or_default();
            for op in children(binding, WSDL, "operation") {
                let action = children(op, ns, "operation")
                    .next()
                    .and_then(|o| o.attribute("soapAction"))
                    .unwrap_or_default();
                entry.actions.insert(
                    op.attribute("name").unwrap_or_default().to_owned(),
                    action.to_owned(),
                );
            }
        }
        for port in children(root, WSDL, "service").flat_map(|s| children(s, WSDL, "port")) {
            let Some(version) = port
                .attribute("binding")
                .and_then(|b| binding_versions.get(local(b)))
            else {
                continue;
            };
            let address = port
                .children()
                .find_map(|c| c.attribute("location"))
                .expect("a port address");
            if let Some(binding) = bindings.get_mut(version) {
                binding.address = address.to_owned();
            }
        }
        Service {
            namespace,
            bindings,
            messages,
            elements,
            enums,
        }
    }

    /// The address a version's port names.
    pub fn address(&self, version: Soap) -> &str {
        &self.bindings[&version].address
    }

    /// The operations of a binding.
    pub fn operations(&self, version: Soap) -> Vec<&str> {
        self.bindings[&version]
            .actions
            .keys()
            .map(String::as_str)
            .collect()
    }

    /// The members the WSDL allows in an operation's result.
    pub fn result_members(&self, op: &str) -> &[String] {
        let (_, response) = &self.messages[op];
        let (_, result_type) = &self.elements[response][0];
        &self.enums[result_type]
    }

    /// A request envelope, arguments written in schema order; panics on an argument the
    /// schema does not have, as a typed proxy would not compile.
    pub fn envelope(&self, version: Soap, op: &str, args: &[(&str, &str)]) -> String {
        let (request, _) = self
            .messages
            .get(op)
            .unwrap_or_else(|| panic!("the WSDL has no {op}"));
        let fields = &self.elements[request];
        for (name, _) in args {
            assert!(
                fields.iter().any(|(f, _)| f == name),
                "{op} has no element {name}"
            );
        }
        let env = if version == Soap::V12 { ENV12 } else { ENV11 };
        let mut w = Writer::new(Vec::new());
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))
            .unwrap();
        w.create_element("env:Envelope")
            .with_attribute(("xmlns:env", env))
            .write_inner_content(|w| {
                w.create_element("env:Body").write_inner_content(|w| {
                    w.create_element(request.as_str())
                        .with_attribute(("xmlns", self.namespace.as_str()))
                        .write_inner_content(|w| {
                            for (field, _) in fields {
                                if let Some((_, value)) = args.iter().find(|(n, _)| n == field) {
                                    w.create_element(field.as_str())
                                        .write_text_content(BytesText::new(value))?;
                                }
                            }
                            Ok(())
                        })?;
                    Ok(())
                })?;
                Ok(())
            })
            .unwrap();
        String::from_utf8(w.into_inner()).unwrap()
    }

    /// Posts a call the way the binding says and returns the reply.
    pub async fn call(
        &self,
        http: &reqwest::Client,
        version: Soap,
        op: &str,
        args: &[(&str, &str)],
        cookie: Option<&str>,
    ) -> Reply {
        let binding = &self.bindings[&version];
        let mut request = http
            .post(&binding.address)
            .body(self.envelope(version, op, args));
        request = match version {
            Soap::V11 => request
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", format!("\"{}\"", binding.actions[op])),
            Soap::V12 => request.header("Content-Type", "application/soap+xml; charset=utf-8"),
        };
        if let Some(cookie) = cookie {
            request = request.header("Cookie", cookie);
        }
        Reply::from(request.send().await.expect("the simulator answers")).await
    }
}

/// An answer.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub content_type: String,
    /// `name=value` of a new cookie.
    pub cookie: Option<String>,
    pub body: String,
}

impl Reply {
    pub async fn from(response: reqwest::Response) -> Reply {
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let content_type = header("content-type").unwrap_or_default();
        let cookie = header("set-cookie").and_then(|c| c.split(';').next().map(str::to_owned));
        Reply {
            status: response.status().as_u16(),
            content_type,
            cookie,
            body: response.text().await.unwrap(),
        }
    }

    /// The envelope's namespace.
    pub fn envelope(&self) -> String {
        let doc = Document::parse(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body));
        doc.root_element()
            .tag_name()
            .namespace()
            .unwrap_or_default()
            .to_owned()
    }

    /// The text of the first element of this name anywhere in the answer.
    pub fn text(&self, name: &str) -> Option<String> {
        let doc = Document::parse(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body));
        doc.descendants()
            .find(|n| n.is_element() && n.tag_name().name() == name)
            .map(|n| n.text().unwrap_or_default().to_owned())
    }

    /// Every element of this name, as child name → text.
    pub fn rows(&self, name: &str) -> Vec<HashMap<String, String>> {
        let doc = Document::parse(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body));
        doc.descendants()
            .filter(|n| n.is_element() && n.tag_name().name() == name)
            .map(|row| {
                row.children()
                    .filter(Node::is_element)
                    .map(|c| {
                        (
                            c.tag_name().name().to_owned(),
                            c.text().unwrap_or_default().to_owned(),
                        )
                    })
                    .collect()
            })
            .collect()
    }
}
