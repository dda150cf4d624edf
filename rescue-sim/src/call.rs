//! One API call, whatever the transport: the `.aspx` pages ([`crate::http`]) and `API.asmx`
//! ([`crate::soap`]) both hand their calls to [`answer`], so one account, one rule set, one
//! fault list and one request log stand behind all of them.

use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::account::{Answer, Caller, Params};
use crate::faults::{self, Fault};
use crate::{Protocol, RequestRecord, Shared};

/// Rescue's (ASP.NET's) session cookie name.
pub const COOKIE_NAME: &str = "ASP.NET_SessionId";

/// One API call.
pub(crate) struct Call<'a> {
    /// `GET` or `POST`.
    pub http_method: &'a str,
    /// The transport, for the log.
    pub protocol: Protocol,
    /// The API method (HTTP page name or SOAP operation).
    pub method: &'a str,
    /// Parameters under their HTTP names.
    pub params: Params,
    /// The `ASP.NET_SessionId` cookie, if sent.
    pub cookie: Option<String>,
}

/// Logs the call, applies injected faults and asks the account. `Err` is an injected fault's
/// whole response (status, reset, garbage), which every transport sends as it is.
pub(crate) async fn answer(shared: &Shared, call: Call<'_>) -> Result<Answer, Response> {
    let now = shared.clock.now();
    shared.record(RequestRecord::new(now, &call, call.cookie.as_deref()));
    let decision = faults::decide(&mut shared.lock_faults(), call.method);
    if decision.latency_ms > 0 {
        tokio::time::sleep(Duration::from_millis(decision.latency_ms)).await;
    }
    match decision.replace {
        Some(Fault::Timeout) => {
            // Longer than any client timeout; the task ends when the client hangs up.
            tokio::time::sleep(Duration::from_secs(3600)).await;
            return Err(StatusCode::GATEWAY_TIMEOUT.into_response());
        }
        Some(Fault::Status { status }) => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            return Err((status, "Server Error").into_response());
        }
        Some(Fault::Reset) => {
            let broken = futures_util::stream::once(async {
                Err::<Bytes, std::io::Error>(std::io::Error::new(
                    std::io::ErrorKind::ConnectionReset,
                    "injected reset",
                ))
            });
            return Err(Response::new(Body::from_stream(broken)));
        }
        Some(Fault::Malformed) => {
            return Err(text_response(
                "<html><body><h1>Runtime Error</h1></body></html>".into(),
                None,
            ));
        }
        Some(Fault::Code { code }) => {
            return Ok(Answer::Text {
                code,
                payload: None,
                set_cookie: None,
            })
        }
        Some(Fault::Latency { .. }) | None => {}
    }
    let caller = Caller {
        cookie: call.cookie.as_deref(),
        authcode: call.params.get("authcode"),
    };
    let mut account = shared.lock_account();
    crate::life::tick(&mut account, now);
    Ok(account.handle(call.method, &call.params, caller, now))
}

/// The login cookie a request carried.
pub(crate) fn session_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| cookie::Cookie::split_parse(v.to_owned()))
        .filter_map(Result::ok)
        .find(|c| c.name() == COOKIE_NAME)
        .map(|c| c.value().to_owned())
}

/// The `Set-Cookie` header of a new login.
pub(crate) fn set_cookie_header(value: &str) -> Option<HeaderValue> {
    format!("{COOKIE_NAME}={value}; path=/; HttpOnly; SameSite=Lax")
        .parse()
        .ok()
}

/// A text page, with a new login cookie when there is one.
pub(crate) fn text_response(body: String, set_cookie: Option<String>) -> Response {
    let mut response =
        ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response();
    if let Some(value) = set_cookie.as_deref().and_then(set_cookie_header) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}
