//! A scripted stand-in for Rescue on a loopback port: it answers each method as a test
//! scripts it and records what the client sent, so the client's wire format can be checked.
#![allow(dead_code)]

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use rescue::*;

/// What the scripted server answers for one method.
#[derive(Clone)]
pub struct Script {
    pub status: StatusCode,
    pub body: Vec<u8>,
    pub set_cookie: Vec<&'static str>,
    pub delay: Duration,
    /// A `Location` header (with a 3xx status: a redirect).
    pub location: Option<String>,
    /// Send the body in chunks without a `Content-Length`, as a stream.
    pub chunked: bool,
}

pub fn text(body: &str) -> Script {
    Script {
        status: StatusCode::OK,
        body: body.as_bytes().to_vec(),
        set_cookie: Vec::new(),
        delay: Duration::ZERO,
        location: None,
        chunked: false,
    }
}

/// One request as the server saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub http_method: Method,
    pub path: String,
    pub query: Option<String>,
    pub cookie: Option<String>,
    pub form: Vec<(String, String)>,
}

impl Seen {
    pub fn param(&self, name: &str) -> Option<&str> {
        self.form
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Default)]
pub struct Mock {
    pub scripts: Mutex<HashMap<String, Script>>,
    pub seen: Mutex<Vec<Seen>>,
}

impl Mock {
    pub fn script(&self, method: &str, script: Script) {
        self.scripts
            .lock()
            .unwrap()
            .insert(method.to_ascii_lowercase(), script);
    }
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
    pub fn last(&self) -> Seen {
        self.seen().last().cloned().expect("a request was made")
    }
}

pub async fn handle(
    State(mock): State<Arc<Mock>>,
    http_method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri.path().to_owned();
    let method = path
        .trim_start_matches("/API/")
        .trim_end_matches(".aspx")
        .to_ascii_lowercase();
    mock.seen.lock().unwrap().push(Seen {
        http_method,
        path,
        query: uri.query().map(str::to_owned),
        cookie: headers
            .get("cookie")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
        form: url::form_urlencoded::parse(&body).into_owned().collect(),
    });
    let script = mock.scripts.lock().unwrap().get(&method).cloned();
    let Some(script) = script else {
        return (StatusCode::NOT_FOUND, "no script").into_response();
    };
    tokio::time::sleep(script.delay).await;
    let mut response = if script.chunked {
        let chunks: Vec<Result<Vec<u8>, std::io::Error>> = script
            .body
            .chunks(64 * 1024)
            .map(|c| Ok(c.to_vec()))
            .collect();
        let body = axum::body::Body::from_stream(futures_util::stream::iter(chunks));
        (script.status, body).into_response()
    } else {
        (script.status, script.body).into_response()
    };
    if let Some(location) = &script.location {
        response
            .headers_mut()
            .insert("location", location.parse().unwrap());
    }
    for cookie in script.set_cookie {
        response
            .headers_mut()
            .append("set-cookie", cookie.parse().unwrap());
    }
    response
}

/// Starts the scripted server on a free loopback port.
pub async fn start() -> (Arc<Mock>, Client) {
    let mock = Arc::new(Mock::default());
    let app = axum::Router::new()
        .fallback(handle)
        .with_state(mock.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let client = Client::new(&format!("http://{addr}/API"), Duration::from_millis(500)).unwrap();
    (mock, client)
}

pub fn cookie(value: &str) -> Credentials {
    Credentials::Cookie(LoginCookie::from_header_value(value).unwrap())
}

pub fn password(p: &str) -> SecretString {
    p.to_owned().into()
}
