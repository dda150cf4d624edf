//! The service description: WSDL 1.1, document/literal, port type `APISoap`, bindings `APISoap`
//! (SOAP 1.1) and `APISoap12` (SOAP 1.2), service `API` — the shape an ASP.NET `.asmx` service
//! publishes (rescue-api.md §5.1). Written from the operation table.

use std::collections::BTreeMap;
use std::io;

use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;

use super::ops::{Kind, Operation, Out};
use super::payload::{self, Field};
use super::table::OPERATIONS;
use super::NAMESPACE;

type W = Writer<Vec<u8>>;

/// The WSDL; `address` is where clients are told to post (the URL this request came to).
pub(crate) fn document(address: &str) -> io::Result<Vec<u8>> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
    w.create_element("wsdl:definitions")
        .with_attributes([
            ("xmlns:s", "http://www.w3.org/2001/XMLSchema"),
            ("xmlns:soap", "http://schemas.xmlsoap.org/wsdl/soap/"),
            ("xmlns:soap12", "http://schemas.xmlsoap.org/wsdl/soap12/"),
            ("xmlns:tns", NAMESPACE),
            ("xmlns:wsdl", "http://schemas.xmlsoap.org/wsdl/"),
            ("targetNamespace", NAMESPACE),
        ])
        .write_inner_content(|w| {
            types(w)?;
            for op in OPERATIONS {
                for (suffix, element) in [
                    ("SoapIn", op.name.to_owned()),
                    ("SoapOut", format!("{}Response", op.name)),
                ] {
                    w.create_element("wsdl:message")
                        .with_attribute(("name", format!("{}{suffix}", op.name).as_str()))
                        .write_inner_content(|w| {
                            w.create_element("wsdl:part")
                                .with_attributes([
                                    ("name", "parameters"),
                                    ("element", &format!("tns:{element}")),
                                ])
                                .write_empty()?;
                            Ok(())
                        })?;
                }
            }
            port_type(w)?;
            binding(w, "APISoap", "soap")?;
            binding(w, "APISoap12", "soap12")?;
            w.create_element("wsdl:service")
                .with_attribute(("name", "API"))
                .write_inner_content(|w| {
                    for (port, prefix) in [("APISoap", "soap"), ("APISoap12", "soap12")] {
                        w.create_element("wsdl:port")
                            .with_attributes([("name", port), ("binding", &format!("tns:{port}"))])
                            .write_inner_content(|w| {
                                w.create_element(format!("{prefix}:address"))
                                    .with_attribute(("location", address))
                                    .write_empty()?;
                                Ok(())
                            })?;
                    }
                    Ok(())
                })?;
            Ok(())
        })?;
    Ok(w.into_inner())
}

/// The schema type of a request element.
fn type_of(kind: Kind) -> String {
    match kind {
        Kind::Int => "s:int".into(),
        Kind::Str => "s:string".into(),
        Kind::Bool => "s:boolean".into(),
        Kind::DateTime => "s:dateTime".into(),
        Kind::Enum(e) => format!("tns:{}", e.name),
    }
}

/// `minOccurs` as .asmx writes it: reference types may be left out, value types may not.
fn min_occurs(xsd: &str) -> &'static str {
    if xsd == "s:string" {
        "0"
    } else {
        "1"
    }
}

fn element(w: &mut W, name: &str, xsd: &str) -> io::Result<()> {
    w.create_element("s:element")
        .with_attributes([
            ("minOccurs", min_occurs(xsd)),
            ("maxOccurs", "1"),
            ("name", name),
            ("type", xsd),
        ])
        .write_empty()?;
    Ok(())
}

fn sequence(w: &mut W, body: impl FnOnce(&mut W) -> io::Result<()>) -> io::Result<()> {
    w.create_element("s:complexType").write_inner_content(|w| {
        w.create_element("s:sequence").write_inner_content(body)?;
        Ok(())
    })?;
    Ok(())
}

fn named_sequence(
    w: &mut W,
    name: &str,
    body: impl FnOnce(&mut W) -> io::Result<()>,
) -> io::Result<()> {
    w.create_element("s:complexType")
        .with_attribute(("name", name))
        .write_inner_content(|w| {
            w.create_element("s:sequence").write_inner_content(body)?;
            Ok(())
        })?;
    Ok(())
}

fn enumeration<'a>(
    w: &mut W,
    name: &str,
    members: impl IntoIterator<Item = &'a str>,
) -> io::Result<()> {
    w.create_element("s:simpleType")
        .with_attribute(("name", name))
        .write_inner_content(|w| {
            w.create_element("s:restriction")
                .with_attribute(("base", "s:string"))
                .write_inner_content(|w| {
                    for member in members {
                        w.create_element("s:enumeration")
                            .with_attribute(("value", member))
                            .write_empty()?;
                    }
                    Ok(())
                })?;
            Ok(())
        })?;
    Ok(())
}

/// What an operation's response holds after its result.
fn out_element(w: &mut W, op: &Operation) -> io::Result<()> {
    match op.out {
        Out::Nothing => Ok(()),
        Out::AuthCode => element(w, "sAuthCode", "s:string"),
        Out::Report => element(w, "sReport", "s:string"),
        Out::Available => element(w, "bAvailable", "s:boolean"),
        Out::Sessions(row) => element_of(w, "aSessions", &format!("tns:ArrayOf{row}")),
        Out::Hierarchy => element_of(w, "aHierarchy", "tns:ArrayOfHIERARCHY"),
        Out::Account => super::ops::ACCOUNT_FIELDS
            .iter()
            .try_for_each(|(name, xsd, _)| element(w, name, xsd)),
    }
}

fn element_of(w: &mut W, name: &str, xsd: &str) -> io::Result<()> {
    w.create_element("s:element")
        .with_attributes([
            ("minOccurs", "0"),
            ("maxOccurs", "1"),
            ("name", name),
            ("type", xsd),
        ])
        .write_empty()?;
    Ok(())
}

fn array_and_row<'a>(
    w: &mut W,
    row: &str,
    fields: impl Iterator<Item = &'a Field>,
) -> io::Result<()> {
    named_sequence(w, &format!("ArrayOf{row}"), |w| {
        w.create_element("s:element")
            .with_attributes([
                ("minOccurs", "0"),
                ("maxOccurs", "unbounded"),
                ("name", row),
                ("type", &format!("tns:{row}")),
            ])
            .write_empty()?;
        Ok(())
    })?;
    named_sequence(w, row, |w| {
        for field in fields {
            element(w, field.element, field.xsd)?;
        }
        Ok(())
    })
}

fn types(w: &mut W) -> io::Result<()> {
    w.create_element("wsdl:types").write_inner_content(|w| {
        w.create_element("s:schema")
            .with_attributes([
                ("elementFormDefault", "qualified"),
                ("targetNamespace", NAMESPACE),
            ])
            .write_inner_content(|w| {
                for op in OPERATIONS {
                    w.create_element("s:element")
                        .with_attribute(("name", op.name))
                        .write_inner_content(|w| {
                            sequence(w, |w| {
                                op.params
                                    .iter()
                                    .try_for_each(|p| element(w, p.element, &type_of(p.kind)))
                            })
                        })?;
                    w.create_element("s:element")
                        .with_attribute(("name", format!("{}Response", op.name).as_str()))
                        .write_inner_content(|w| {
                            sequence(w, |w| {
                                element(
                                    w,
                                    &format!("{}Result", op.name),
                                    &format!("tns:{}", op.result_type),
                                )?;
                                out_element(w, op)
                            })
                        })?;
                }
                // Result types some operations share get the union of their members.
                let mut results: BTreeMap<&str, Vec<String>> = BTreeMap::new();
                for op in OPERATIONS {
                    let members = results.entry(op.result_type).or_default();
                    for member in op.members() {
                        if !members.contains(&member) {
                            members.push(member);
                        }
                    }
                }
                for (name, members) in &results {
                    enumeration(w, name, members.iter().map(String::as_str))?;
                }
                let mut param_enums = BTreeMap::new();
                for param in OPERATIONS.iter().flat_map(|op| op.params) {
                    if let Kind::Enum(e) = param.kind {
                        param_enums.insert(e.name, e.members);
                    }
                }
                for (name, members) in param_enums {
                    enumeration(w, name, members.iter().map(|(soap, _)| *soap))?;
                }
                for row in ["SESSION", "SESSION_V2", "SESSION_V3"] {
                    let version = payload::row_version(row);
                    array_and_row(
                        w,
                        row,
                        payload::SESSION_FIELDS
                            .iter()
                            .filter(|f| f.since <= version),
                    )?;
                }
                array_and_row(w, "HIERARCHY", payload::NODE_FIELDS.iter())?;
                enumeration(w, "SESSIONSTATUS", payload::SESSION_STATUS.iter().copied())?;
                enumeration(w, "NODESTATUS", payload::NODE_STATUS.iter().copied())?;
                enumeration(w, "NODETYPE", payload::NODE_TYPE.iter().copied())?;
                Ok(())
            })?;
        Ok(())
    })?;
    Ok(())
}

fn port_type(w: &mut W) -> io::Result<()> {
    w.create_element("wsdl:portType")
        .with_attribute(("name", "APISoap"))
        .write_inner_content(|w| {
            for op in OPERATIONS {
                w.create_element("wsdl:operation")
                    .with_attribute(("name", op.name))
                    .write_inner_content(|w| {
                        w.create_element("wsdl:documentation")
                            .with_attribute(("xmlns:wsdl", "http://schemas.xmlsoap.org/wsdl/"))
                            .write_text_content(BytesText::new(op.summary))?;
                        w.create_element("wsdl:input")
                            .with_attribute(("message", format!("tns:{}SoapIn", op.name).as_str()))
                            .write_empty()?;
                        w.create_element("wsdl:output")
                            .with_attribute(("message", format!("tns:{}SoapOut", op.name).as_str()))
                            .write_empty()?;
                        Ok(())
                    })?;
            }
            Ok(())
        })?;
    Ok(())
}

/// A binding of the port type to SOAP 1.1 (`soap`) or 1.2 (`soap12`).
fn binding(w: &mut W, name: &str, prefix: &str) -> io::Result<()> {
    w.create_element("wsdl:binding")
        .with_attributes([("name", name), ("type", "tns:APISoap")])
        .write_inner_content(|w| {
            w.create_element(format!("{prefix}:binding"))
                .with_attribute(("transport", "http://schemas.xmlsoap.org/soap/http"))
                .write_empty()?;
            for op in OPERATIONS {
                w.create_element("wsdl:operation")
                    .with_attribute(("name", op.name))
                    .write_inner_content(|w| {
                        w.create_element(format!("{prefix}:operation"))
                            .with_attributes([
                                ("soapAction", op.action().as_str()),
                                ("style", "document"),
                            ])
                            .write_empty()?;
                        for part in ["wsdl:input", "wsdl:output"] {
                            w.create_element(part).write_inner_content(|w| {
                                w.create_element(format!("{prefix}:body"))
                                    .with_attribute(("use", "literal"))
                                    .write_empty()?;
                                Ok(())
                            })?;
                        }
                        Ok(())
                    })?;
            }
            Ok(())
        })?;
    Ok(())
}
