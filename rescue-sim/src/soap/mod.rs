//! `API.asmx`, Rescue's SOAP service (rescue-api.md §1.1, §5.1), at any casing of its path:
//!
//! - `GET ?wsdl` the service description, addressed to the host the request came to;
//! - `GET` alone the operation list, `GET ?op=<name>` an operation's sample messages;
//! - `POST` SOAP 1.1 (`text/xml`, dispatched on `SOAPAction`) or SOAP 1.2
//!   (`application/soap+xml`, dispatched on the body element), answered in the same version;
//! - `POST /<operation>` the form-post variant, answering the bare result element.
//!
//! Each call is turned into the HTTP page's parameters and answered by [`call::answer`], so the
//! account, its rules, the `ASP.NET_SessionId` cookie, authcodes, injected faults and the request
//! log are the ones the `.aspx` pages use. A request that cannot be read gets HTTP 500 and a
//! fault of its SOAP version, and reaches neither the account nor the log.

use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDateTime;
use quick_xml::events::BytesText;
use quick_xml::Writer;

use crate::account::{Answer, Params};
use crate::call::{self, Call};
use crate::{Protocol, Shared};

mod envelope;
mod help;
mod ops;
mod payload;
mod table;
mod wsdl;

use envelope::{Blame, Version};
use ops::{Kind, Operation};

/// The service's XML namespace (and the stem of its SOAPActions).
pub(crate) const NAMESPACE: &str = "https://secure.logmeinrescue.com/API/API.asmx";

const SERVICE_PATH: &str = "/api/api.asmx";

/// Whether a path is the service or one of its form-post operations.
pub(crate) fn is_service_path(uri: &Uri) -> bool {
    let path = uri.path();
    let Some(stem) = path.get(..SERVICE_PATH.len()) else {
        return false;
    };
    stem.eq_ignore_ascii_case(SERVICE_PATH)
        && (path.len() == SERVICE_PATH.len() || path[SERVICE_PATH.len()..].starts_with('/'))
}

/// Answers a request for the service (the caller checked [`is_service_path`]).
pub(crate) async fn serve(
    shared: &Shared,
    method: &Method,
    uri: &Uri,
    query: Option<&str>,
    headers: &HeaderMap,
    body: &[u8],
) -> Response {
    let path = uri.path();
    let service = &path[..SERVICE_PATH.len()];
    if let Some(operation) = path[SERVICE_PATH.len()..].strip_prefix('/') {
        return form_post(shared, method, operation, headers, body).await;
    }
    match *method {
        Method::GET => page(service, query, headers),
        Method::POST => soap(shared, headers, body).await,
        _ => StatusCode::METHOD_NOT_ALLOWED.into_response(),
    }
}

/// The WSDL, the operation list or an operation's help page.
fn page(service: &str, query: Option<&str>, headers: &HeaderMap) -> Response {
    let query: Vec<(String, String)> = query
        .map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect())
        .unwrap_or_default();
    if query.iter().any(|(k, _)| k.eq_ignore_ascii_case("wsdl")) {
        return match wsdl::document(&address(service, headers)) {
            Ok(xml) => xml_response(StatusCode::OK, "text/xml; charset=utf-8", xml),
            Err(e) => broken(&e),
        };
    }
    let html = match query.iter().find(|(k, _)| k.eq_ignore_ascii_case("op")) {
        None => Ok(help::index()),
        Some((_, name)) => match table::find(name) {
            Some(op) => help::operation(op, service),
            None => {
                let page = help::unknown(service);
                return (StatusCode::NOT_FOUND, html_headers(), page).into_response();
            }
        },
    };
    match html {
        Ok(html) => (html_headers(), html).into_response(),
        Err(e) => broken(&e),
    }
}

fn html_headers() -> [(header::HeaderName, &'static str); 1] {
    [(header::CONTENT_TYPE, "text/html; charset=utf-8")]
}

/// The service URL clients are told to post to: the one this request reached, since a client
/// such as PHP's `SoapClient` posts wherever the WSDL says.
fn address(service: &str, headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_graphic()))
        .unwrap_or("localhost");
    let scheme = match headers
        .get("x-forwarded-proto")
        .and_then(|h| h.to_str().ok())
    {
        Some(p) if p.eq_ignore_ascii_case("https") => "https",
        _ => "http",
    };
    format!("{scheme}://{host}{service}")
}

/// A SOAP 1.1 or 1.2 call.
async fn soap(shared: &Shared, headers: &HeaderMap, body: &[u8]) -> Response {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let version = if content_type.starts_with("application/soap+xml") {
        Version::V12
    } else if content_type.starts_with("text/xml") {
        Version::V11
    } else {
        return fault(
            Version::V11,
            Blame::Client,
            "Unsupported content type: SOAP 1.1 is text/xml, SOAP 1.2 application/soap+xml.",
        );
    };
    let request = match envelope::parse(body) {
        Ok(request) => request,
        Err(e) => return fault(version, e.blame, &e.message),
    };
    if request.version != version {
        return fault(
            version,
            Blame::VersionMismatch,
            "The envelope's SOAP version does not match the content type.",
        );
    }
    let op = match version {
        Version::V11 => {
            let action = headers
                .get("soapaction")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .trim()
                .trim_matches('"');
            let found = action
                .strip_prefix(NAMESPACE)
                .and_then(|rest| rest.strip_prefix('/'))
                .and_then(table::find);
            match found {
                Some(op) if op.name == request.operation => op,
                Some(_) => {
                    return fault(
                        version,
                        Blame::Client,
                        "The body's element does not match the SOAPAction header.",
                    )
                }
                None => {
                    return fault(
                        version,
                        Blame::Client,
                        &format!(
                        "Server did not recognize the value of HTTP Header SOAPAction: {action}."
                    ),
                    )
                }
            }
        }
        Version::V12 => match table::find(&request.operation) {
            Some(op) => op,
            None => {
                return fault(
                    version,
                    Blame::Client,
                    &format!(
                        "Server did not recognize the operation {}.",
                        request.operation
                    ),
                )
            }
        },
    };
    if request.namespace.as_deref() != Some(NAMESPACE) {
        return fault(
            version,
            Blame::Client,
            &format!(
                "The element {} is not in the namespace {NAMESPACE}.",
                op.name
            ),
        );
    }
    let params = match decode(op, &request.fields) {
        Ok(params) => params,
        Err(message) => return fault(version, Blame::Client, &message),
    };
    let protocol = match version {
        Version::V11 => Protocol::Soap11,
        Version::V12 => Protocol::Soap12,
    };
    let Some((code, payload, set_cookie)) = call(shared, op, protocol, params, headers).await
    else {
        return fault(
            version,
            Blame::Server,
            "The simulator does not serve this operation.",
        );
    };
    let code = match code {
        Ok(code) => code,
        Err(injected) => return injected,
    };
    let xml = envelope::envelope(version, |w| {
        payload::response(w, op, &code, payload.as_deref())
    });
    match xml {
        Ok(xml) => with_cookie(
            xml_response(StatusCode::OK, version.content_type(), xml),
            set_cookie,
        ),
        Err(e) => broken(&e),
    }
}

/// What [`call`] returns: the result code (or an injected fault's response), the payload and a
/// new login cookie.
type Called = (Result<String, Response>, Option<String>, Option<String>);

/// Hands the call to the account as the HTTP page would get it.
async fn call(
    shared: &Shared,
    op: &Operation,
    protocol: Protocol,
    params: Params,
    headers: &HeaderMap,
) -> Option<Called> {
    let call = Call {
        http_method: "POST",
        protocol,
        method: op.name,
        params,
        cookie: call::session_cookie(headers),
    };
    match call::answer(shared, call).await {
        Err(injected) => Some((Err(injected), None, None)),
        Ok(Answer::UnknownMethod) => None,
        Ok(Answer::Text {
            code,
            payload,
            set_cookie,
        }) => Some((Ok(code), payload, set_cookie)),
    }
}

/// The SOAP elements as the HTTP page's parameters, typed as the schema says. A value its type
/// cannot hold makes the request malformed, as deserialisation fails on a real .asmx service.
fn decode(op: &Operation, fields: &[(String, Option<String>)]) -> Result<Params, String> {
    let mut params = Vec::new();
    for param in op.params {
        let Some(value) = fields
            .iter()
            .find(|(name, _)| name == param.element)
            .and_then(|(_, v)| v.as_deref())
        else {
            continue;
        };
        let text = value.trim();
        let invalid = || {
            format!(
                "Server was unable to read request: '{text}' is not a valid value of {} for {}.",
                param_type(param.kind),
                param.element
            )
        };
        let value = match param.kind {
            Kind::Str => value.to_owned(),
            Kind::Int => text.parse::<i32>().map_err(|_| invalid())?.to_string(),
            Kind::Bool => match text {
                "true" | "1" => "true".to_owned(),
                "false" | "0" => "false".to_owned(),
                _ => return Err(invalid()),
            },
            Kind::DateTime => date_time(text).ok_or_else(invalid)?,
            Kind::Enum(e) => e
                .members
                .iter()
                .find(|(soap, _)| *soap == text)
                .map(|(_, http)| (*http).to_owned())
                .ok_or_else(invalid)?,
        };
        // An empty authcode means none, as the samples pass it (rescue-api.md §5.1).
        if param.http == "authcode" && value.is_empty() {
            continue;
        }
        params.push((param.http.to_owned(), value));
    }
    Ok(Params(params))
}

fn param_type(kind: Kind) -> &'static str {
    match kind {
        Kind::Int => "int",
        Kind::Str => "string",
        Kind::Bool => "boolean",
        Kind::DateTime => "dateTime",
        Kind::Enum(e) => e.name,
    }
}

/// An `xs:dateTime` as the HTTP page's `M/D/YYYY H:MM:SS`. A zone, when given, is dropped: the
/// report range is read in the login's own zone (`setTimezone`).
fn date_time(text: &str) -> Option<String> {
    let naive = chrono::DateTime::parse_from_rfc3339(text)
        .map(|t| t.naive_local())
        .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f"))
        .ok()?;
    Some(naive.format("%-m/%-d/%Y %-H:%M:%S").to_string())
}

/// The form-post variant: `POST API.asmx/<operation>` with the elements as form fields.
async fn form_post(
    shared: &Shared,
    method: &Method,
    name: &str,
    headers: &HeaderMap,
    body: &[u8],
) -> Response {
    let Some(op) = table::find(name).filter(|op| op.form_post()) else {
        return plain_error(
            "Request format is unrecognized for this URL: no such form-post operation.",
        );
    };
    if *method != Method::POST {
        return plain_error("Request format is unrecognized: the operation takes a form POST.");
    }
    let fields: Vec<(String, Option<String>)> = form_urlencoded::parse(body)
        .into_owned()
        .map(|(k, v)| (k, Some(v)))
        .collect();
    let params = match decode(op, &fields) {
        Ok(params) => params,
        Err(message) => return plain_error(&message),
    };
    let Some((code, _, set_cookie)) = call(shared, op, Protocol::AsmxPost, params, headers).await
    else {
        return plain_error("The simulator does not serve this operation.");
    };
    let code = match code {
        Ok(code) => code,
        Err(injected) => return injected,
    };
    let mut writer = Writer::new(Vec::new());
    let written = writer
        .write_event(quick_xml::events::Event::Decl(
            quick_xml::events::BytesDecl::new("1.0", Some("utf-8"), None),
        ))
        .and_then(|()| {
            writer
                .create_element(op.result_type)
                .with_attribute(("xmlns", NAMESPACE))
                .write_text_content(BytesText::new(&op.member(&code)))
                .map(|_| ())
        });
    match written {
        Ok(()) => with_cookie(
            xml_response(
                StatusCode::OK,
                "text/xml; charset=utf-8",
                writer.into_inner(),
            ),
            set_cookie,
        ),
        Err(e) => broken(&e),
    }
}

fn xml_response(status: StatusCode, content_type: &'static str, xml: Vec<u8>) -> Response {
    (status, [(header::CONTENT_TYPE, content_type)], xml).into_response()
}

fn with_cookie(mut response: Response, cookie: Option<String>) -> Response {
    if let Some(value) = cookie.as_deref().and_then(call::set_cookie_header) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// HTTP 500 with a fault of `version`.
fn fault(version: Version, blame: Blame, message: &str) -> Response {
    match envelope::fault(version, blame, message) {
        Ok(xml) => xml_response(
            StatusCode::INTERNAL_SERVER_ERROR,
            version.content_type(),
            xml,
        ),
        Err(e) => broken(&e),
    }
}

/// An .asmx form-post error: HTTP 500, plain text.
fn plain_error(message: &str) -> Response {
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; charset=utf-8"),
        )],
        message.to_owned(),
    )
        .into_response()
}

/// Writing XML into memory failed, which only a bug can cause.
fn broken(error: &std::io::Error) -> Response {
    tracing::error!(%error, "writing a SOAP answer failed");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_paths_in_any_casing() {
        for good in [
            "/api/api.asmx",
            "/API/API.asmx",
            "/Api/Api.ASMX/cancelAction",
        ] {
            assert!(is_service_path(&good.parse().unwrap()), "{good}");
        }
        for bad in ["/api/api.asmxx", "/api/", "/API/login.aspx", "/"] {
            assert!(!is_service_path(&bad.parse().unwrap()), "{bad}");
        }
    }

    #[test]
    fn elements_become_typed_http_parameters() {
        let op = table::find("getReport_v2").unwrap();
        let fields = vec![
            ("iNodeID".to_owned(), Some(" -2 ".to_owned())),
            ("eNodeRef".to_owned(), Some("EXTERNALROOT".to_owned())),
            ("sAuthCode".to_owned(), Some(String::new())),
        ];
        let params = decode(op, &fields).unwrap();
        assert_eq!(params.get("node"), Some("-2"));
        assert_eq!(params.get("nodetype"), Some("EXTERNALROOT"));
        assert_eq!(params.get("authcode"), None);
        let bad = vec![("iNodeID".to_owned(), Some("12x".to_owned()))];
        assert!(decode(op, &bad).unwrap_err().contains("12x"));
        let bad = vec![("eNodeRef".to_owned(), Some("node".to_owned()))];
        assert!(decode(op, &bad).is_err());
        let date = table::find("setReportDate_v2").unwrap();
        let fields = vec![(
            "dBeginDate".to_owned(),
            Some("2024-06-01T08:05:00".to_owned()),
        )];
        assert_eq!(
            decode(date, &fields).unwrap().get("bdate"),
            Some("6/1/2024 8:05:00")
        );
    }
}
