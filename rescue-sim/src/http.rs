//! The simulator on the wire: `/API/<method>.aspx` (any casing, GET or POST), the login cookie,
//! fault injection, the request log and the optional control API under `/_sim/`.

use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};

use crate::account::{Answer, Caller, Params};
use crate::faults::{self, Fault, FaultRule};
use crate::model::Presence;
use crate::{RequestRecord, Shared};

/// Rescue's (ASP.NET's) session cookie name.
pub const COOKIE_NAME: &str = "ASP.NET_SessionId";

/// The simulator's router. The control API is mounted only when enabled.
pub fn router(shared: Arc<Shared>) -> Router {
    let mut router = Router::new();
    if shared.control_api {
        router = router
            .route("/_sim/requests", get(list_requests).delete(clear_requests))
            .route(
                "/_sim/faults",
                get(list_faults).post(add_fault).delete(clear_faults),
            )
            .route("/_sim/clock/advance", post(advance_clock))
            .route("/_sim/logins", axum::routing::delete(expire_logins))
            .route("/_sim/users/{email}/disabled", post(set_disabled))
            .route("/_sim/technicians/{id}/presence", post(set_presence))
            .route("/_sim/sessions", get(list_sessions));
    }
    router.fallback(api).with_state(shared)
}

/// `/API/<method>.aspx`, path matched case-insensitively like IIS does.
fn method_of(uri: &Uri) -> Option<&str> {
    let path = uri.path();
    let rest = path
        .get(..5)
        .filter(|p| p.eq_ignore_ascii_case("/api/"))
        .map(|_| &path[5..])?;
    let len = rest.len().checked_sub(5)?;
    rest.get(len..)
        .filter(|ext| ext.eq_ignore_ascii_case(".aspx"))
        .map(|_| &rest[..len])
        .filter(|m| !m.is_empty() && !m.contains('/'))
}

fn session_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| cookie::Cookie::split_parse(v.to_owned()))
        .filter_map(Result::ok)
        .find(|c| c.name() == COOKIE_NAME)
        .map(|c| c.value().to_owned())
}

async fn api(
    State(shared): State<Arc<Shared>>,
    http_method: Method,
    uri: Uri,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(method) = method_of(&uri).map(str::to_owned) else {
        return (StatusCode::NOT_FOUND, "The resource cannot be found.").into_response();
    };
    if http_method != Method::GET && http_method != Method::POST {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    let mut params: Vec<(String, String)> = query
        .as_deref()
        .map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect())
        .unwrap_or_default();
    if http_method == Method::POST {
        params.extend(form_urlencoded::parse(&body).into_owned());
    }
    let params = Params(params);
    let cookie = session_cookie(&headers);
    let now = shared.clock.now();
    shared.record(RequestRecord::new(
        now,
        &http_method,
        &method,
        &params,
        cookie.as_deref(),
    ));

    let decision = faults::decide(&mut shared.lock_faults(), &method);
    if decision.latency_ms > 0 {
        tokio::time::sleep(Duration::from_millis(decision.latency_ms)).await;
    }
    match decision.replace {
        Some(Fault::Timeout) => {
            // Longer than any client timeout; the task ends when the client hangs up.
            tokio::time::sleep(Duration::from_secs(3600)).await;
            return StatusCode::GATEWAY_TIMEOUT.into_response();
        }
        Some(Fault::Status { status }) => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            return (status, "Server Error").into_response();
        }
        Some(Fault::Reset) => {
            let broken = futures_util::stream::once(async {
                Err::<Bytes, std::io::Error>(std::io::Error::new(
                    std::io::ErrorKind::ConnectionReset,
                    "injected reset",
                ))
            });
            return Response::new(Body::from_stream(broken));
        }
        Some(Fault::Malformed) => {
            return text_response(
                "<html><body><h1>Runtime Error</h1></body></html>".into(),
                None,
            );
        }
        Some(Fault::Code { code }) => return text_response(code, None),
        Some(Fault::Latency { .. }) | None => {}
    }

    let caller = Caller {
        cookie: cookie.as_deref(),
        authcode: params.get("authcode"),
    };
    let answer = {
        let mut account = shared.lock_account();
        crate::life::tick(&mut account, now);
        account.handle(&method, &params, caller, now)
    };
    match answer {
        Answer::UnknownMethod => {
            (StatusCode::NOT_FOUND, "The resource cannot be found.").into_response()
        }
        Answer::Text {
            code,
            payload,
            set_cookie,
        } => {
            let body = match payload {
                Some(payload) => format!("{code}\n\n{payload}"),
                None => code,
            };
            text_response(body, set_cookie)
        }
    }
}

fn text_response(body: String, set_cookie: Option<String>) -> Response {
    let mut response =
        ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response();
    if let Some(value) = set_cookie {
        let cookie = format!("{COOKIE_NAME}={value}; path=/; HttpOnly; SameSite=Lax");
        if let Ok(value) = cookie.parse() {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

async fn list_requests(State(shared): State<Arc<Shared>>) -> Json<Vec<RequestRecord>> {
    Json(shared.requests())
}

async fn clear_requests(State(shared): State<Arc<Shared>>) -> StatusCode {
    shared.clear_requests();
    StatusCode::NO_CONTENT
}

async fn list_faults(State(shared): State<Arc<Shared>>) -> Json<Vec<FaultRule>> {
    Json(shared.lock_faults().clone())
}

async fn add_fault(State(shared): State<Arc<Shared>>, Json(rule): Json<FaultRule>) -> StatusCode {
    shared.lock_faults().push(rule);
    StatusCode::NO_CONTENT
}

async fn clear_faults(State(shared): State<Arc<Shared>>) -> StatusCode {
    shared.lock_faults().clear();
    StatusCode::NO_CONTENT
}

#[derive(serde::Deserialize)]
struct Advance {
    seconds: u64,
}

async fn advance_clock(State(shared): State<Arc<Shared>>, Json(by): Json<Advance>) -> StatusCode {
    shared.clock.advance(Duration::from_secs(by.seconds));
    StatusCode::NO_CONTENT
}

#[derive(serde::Deserialize)]
struct Disabled {
    disabled: bool,
}

async fn set_disabled(
    State(shared): State<Arc<Shared>>,
    Path(email): Path<String>,
    Json(body): Json<Disabled>,
) -> StatusCode {
    if shared.lock_account().set_disabled(&email, body.disabled) {
        StatusCode::NO_CONTENT
    } else {
        StatusCode::NOT_FOUND
    }
}

#[derive(serde::Deserialize)]
struct PresenceBody {
    presence: Presence,
}

async fn set_presence(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<u32>,
    Json(body): Json<PresenceBody>,
) -> StatusCode {
    if shared.lock_account().set_presence(id, body.presence) {
        StatusCode::NO_CONTENT
    } else {
        StatusCode::NOT_FOUND
    }
}

/// `DELETE /_sim/logins`: every login cookie expires now.
async fn expire_logins(State(shared): State<Arc<Shared>>) -> Json<usize> {
    Json(shared.lock_account().expire_logins())
}

async fn list_sessions(State(shared): State<Arc<Shared>>) -> Json<Vec<crate::model::Session>> {
    let now = shared.clock.now();
    let mut account = shared.lock_account();
    crate::life::tick(&mut account, now);
    Json(account.sessions().cloned().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn method_paths_are_case_insensitive() {
        let uri: Uri = "/API/getSession_v3.aspx".parse().unwrap();
        assert_eq!(method_of(&uri), Some("getSession_v3"));
        let uri: Uri = "/api/cancelAction.ASPX?session=1".parse().unwrap();
        assert_eq!(method_of(&uri), Some("cancelAction"));
        for bad in [
            "/API/.aspx",
            "/API/x/y.aspx",
            "/other/login.aspx",
            "/API/login",
            "/",
        ] {
            assert_eq!(method_of(&bad.parse().unwrap()), None, "{bad}");
        }
    }
}
