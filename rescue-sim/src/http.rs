//! The simulator on the wire: `/API/<method>.aspx` (any casing, GET or POST), the login cookie,
//! fault injection, the request log and the optional control API under `/_sim/`. `API.asmx`
//! (SOAP) is handed to [`crate::soap`]; both go through [`crate::call`].

use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};

use crate::account::{Answer, Params};
use crate::call::{answer, session_cookie, text_response, Call};
use crate::faults::FaultRule;
use crate::model::Presence;
use crate::{Protocol, RequestRecord, Shared};

pub use crate::call::COOKIE_NAME;

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

async fn api(
    State(shared): State<Arc<Shared>>,
    http_method: Method,
    uri: Uri,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if crate::soap::is_service_path(&uri) {
        return crate::soap::serve(
            &shared,
            &http_method,
            &uri,
            query.as_deref(),
            &headers,
            &body,
        )
        .await;
    }
    let Some(method) = method_of(&uri).map(str::to_owned) else {
        return not_found();
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
    let call = Call {
        http_method: http_method.as_str(),
        protocol: Protocol::Http,
        method: &method,
        params: Params(params),
        cookie: session_cookie(&headers),
    };
    match answer(&shared, call).await {
        Err(injected) => injected,
        Ok(Answer::UnknownMethod) => not_found(),
        Ok(Answer::Text {
            code,
            payload,
            set_cookie,
        }) => {
            let body = match payload {
                Some(payload) => format!("{code}\n\n{payload}"),
                None => code,
            };
            text_response(body, set_cookie)
        }
    }
}

/// IIS's answer for a page that does not exist.
pub(crate) fn not_found() -> Response {
    (StatusCode::NOT_FOUND, "The resource cannot be found.").into_response()
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
