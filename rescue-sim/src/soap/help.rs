//! The service's HTML pages: `API.asmx` lists the operations, `API.asmx?op=<name>` shows sample
//! SOAP 1.1, SOAP 1.2 and HTTP-POST messages, as the API guide's "visit …?op=cancelAction"
//! links expect (rescue-api.md §5.1).

use std::io;

use quick_xml::escape::escape;
use quick_xml::events::BytesText;
use quick_xml::Writer;

use super::envelope::{self, Version};
use super::ops::{Kind, Operation, Out};
use super::table::OPERATIONS;
use super::NAMESPACE;

const STYLE: &str = "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}\
pre{background:#f4f4f4;padding:1em;overflow:auto}";

fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title>\
         <style>{STYLE}</style></head><body><h1>API</h1>{body}</body></html>",
        escape(title)
    )
}

/// The operation list.
pub(crate) fn index() -> String {
    let mut items = String::new();
    for op in OPERATIONS {
        items.push_str(&format!(
            "<li><a href=\"?op={name}\">{name}</a><br>{summary}</li>",
            name = escape(op.name),
            summary = escape(op.summary)
        ));
    }
    page(
        "API Web Service",
        &format!(
            "<p>The following operations are supported. For a formal definition, please review \
             the <a href=\"?WSDL\">Service Description</a>.</p><ul>{items}</ul>"
        ),
    )
}

/// A placeholder value for a sample message.
fn placeholder(kind: Kind) -> &'static str {
    match kind {
        Kind::Int => "int",
        Kind::Str => "string",
        Kind::Bool => "boolean",
        Kind::DateTime => "dateTime",
        Kind::Enum(e) => e.members.first().map_or("string", |(soap, _)| soap),
    }
}

fn sample(version: Version, op: &Operation, request: bool) -> io::Result<String> {
    let writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    let bytes = envelope::envelope_with(writer, version, |w| {
        if request {
            w.create_element(op.name)
                .with_attribute(("xmlns", NAMESPACE))
                .write_inner_content(|w| {
                    for p in op.params {
                        w.create_element(p.element)
                            .write_text_content(BytesText::new(placeholder(p.kind)))?;
                    }
                    Ok(())
                })?;
            Ok(())
        } else {
            super::payload::response(w, op, "OK", None)
        }
    })?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The help page of one operation.
pub(crate) fn operation(op: &Operation, path: &str) -> io::Result<String> {
    let mut body = format!(
        "<p>Click <a href=\"{path}\">here</a> for a complete list of operations.</p>\
         <h2>{name}</h2><p>{summary}</p>",
        path = escape(path),
        name = escape(op.name),
        summary = escape(op.summary)
    );
    for (title, version, headers) in [
        (
            "SOAP 1.1",
            Version::V11,
            format!(
                "Content-Type: text/xml; charset=utf-8\nSOAPAction: \"{}\"",
                op.action()
            ),
        ),
        (
            "SOAP 1.2",
            Version::V12,
            "Content-Type: application/soap+xml; charset=utf-8".to_owned(),
        ),
    ] {
        body.push_str(&format!(
            "<h3>{title}</h3><p>The placeholders shown need to be replaced with actual values.</p>\
             <pre>POST {path} HTTP/1.1\n{headers}\n\n{request}</pre>\
             <pre>HTTP/1.1 200 OK\nContent-Type: {content_type}\n\n{response}</pre>",
            path = escape(path),
            headers = escape(headers.as_str()),
            request = escape(sample(version, op, true)?.as_str()),
            content_type = escape(version.content_type()),
            response = escape(sample(version, op, false)?.as_str()),
        ));
    }
    if op.form_post() {
        let fields: Vec<String> = op
            .params
            .iter()
            .map(|p| format!("{}={}", p.element, placeholder(p.kind)))
            .collect();
        body.push_str(&format!(
            "<h3>HTTP POST</h3><pre>POST {path}/{name} HTTP/1.1\n\
             Content-Type: application/x-www-form-urlencoded\n\n{fields}</pre>\
             <pre>HTTP/1.1 200 OK\nContent-Type: text/xml; charset=utf-8\n\n{reply}</pre>",
            path = escape(path),
            name = escape(op.name),
            fields = escape(fields.join("&").as_str()),
            reply = escape(
                format!(
                    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<{t} xmlns=\"{NAMESPACE}\">{m}</{t}>",
                    t = op.result_type,
                    m = op.member("OK")
                )
                .as_str()
            ),
        ));
    } else if op.out != Out::Nothing {
        body.push_str(
            "<p>Its response carries more than a result, so it is offered over SOAP only.</p>",
        );
    }
    Ok(page(op.name, &body))
}

/// The page for an operation the service does not have.
pub(crate) fn unknown(path: &str) -> String {
    page(
        "API Web Service",
        &format!(
            "<p>The service has no operation of that name. See the <a href=\"{}\">list of \
             operations</a>.</p>",
            escape(path)
        ),
    )
}
