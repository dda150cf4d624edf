//! Test harness: the real router against a simulator on a loopback port, and a "browser"
//! that keeps the dashboard cookie and submits forms as a page would.
#![allow(dead_code)]

pub mod actions;
pub mod bulk;
pub mod cancel;
pub mod forms;
pub mod harness;
pub mod idp;
pub mod pair;
pub mod postgres;
pub mod processes;
pub mod receiver;
pub mod rescue_posts;

use axum::body::Body;
use axum::http::{header, Request, Response, StatusCode};
use tower::ServiceExt;

pub use forms::*;
pub use harness::*;

pub struct Reply {
    pub status: StatusCode,
    pub location: Option<String>,
    /// Whether the hydrated app is told to navigate to `location` (leptos' redirect header).
    pub client_redirect: bool,
    pub set_cookie: Vec<String>,
    pub body: String,
}

async fn read(response: Response<Body>) -> Reply {
    let status = response.status();
    let location = response
        .headers()
        .get(header::LOCATION)
        .map(|v| v.to_str().unwrap().to_owned());
    let client_redirect = response.headers().contains_key("serverfnredirect");
    let set_cookie = response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    // A 1,042-row sessions page (the SSR benchmark) is about 1.3 MB; the limit leaves room.
    let body = axum::body::to_bytes(response.into_body(), 16 << 20)
        .await
        .unwrap();
    Reply {
        status,
        location,
        client_redirect,
        set_cookie,
        // Strict: every answer of the dashboard is UTF-8 (and a lossy reading of the benchmark's
        // megabyte page took a fifth of its time, which is not the server's).
        body: String::from_utf8(Vec::from(body)).expect("the dashboard answers UTF-8"),
    }
}

/// A browser: keeps the dashboard cookie (and any other cookie it is given) between requests.
pub struct Browser {
    /// The dashboard session cookie, `name=value`.
    pub cookie: Option<String>,
    /// Every other cookie the server set (the sign-in page's message), `name=value`.
    pub others: Vec<String>,
    pub javascript: bool,
    /// The client address the server sees (none: as when embedded without connection info).
    pub address: Option<std::net::SocketAddr>,
}

/// Whether a `name=value` pair is the dashboard session cookie.
pub fn is_session_cookie(pair: &str) -> bool {
    pair.starts_with("rc_session=") || pair.starts_with("__Host-rc_session=")
}

impl Browser {
    pub fn new(javascript: bool) -> Self {
        Browser {
            cookie: None,
            others: Vec::new(),
            javascript,
            address: None,
        }
    }

    /// The `Cookie` header this browser sends, if any.
    pub fn cookie_header(&self) -> Option<String> {
        let all: Vec<&str> = self
            .cookie
            .iter()
            .chain(&self.others)
            .map(String::as_str)
            .collect();
        (!all.is_empty()).then(|| all.join("; "))
    }

    /// Keeps what one `Set-Cookie` header says, as a browser does.
    pub fn keep(&mut self, set: &str) {
        let pair = set.split(';').next().unwrap_or_default().trim().to_owned();
        let (name, value) = pair.split_once('=').unwrap_or((pair.as_str(), ""));
        let name = name.to_owned();
        let removed = value.is_empty() || set.contains("Max-Age=0");
        if is_session_cookie(&pair) {
            self.cookie = (!removed).then_some(pair);
            return;
        }
        self.others
            .retain(|other| !other.starts_with(&format!("{name}=")));
        if !removed {
            self.others.push(pair);
        }
    }

    pub async fn send(
        &mut self,
        h: &Harness,
        request: http::request::Builder,
        body: Body,
    ) -> Reply {
        let mut request = request;
        if let Some(cookie) = self.cookie_header() {
            request = request.header(header::COOKIE, cookie);
        }
        if let Some(address) = self.address {
            request = request.extension(axum::extract::ConnectInfo(address));
        }
        let reply = read(
            h.router
                .clone()
                .oneshot(request.body(body).unwrap())
                .await
                .unwrap(),
        )
        .await;
        if h.keep_responses.load(std::sync::atomic::Ordering::Relaxed) {
            let seen = format!("{:?}\n{}", reply.set_cookie, reply.body);
            h.responses.lock().unwrap().push(seen);
        }
        for set in &reply.set_cookie {
            self.keep(set);
        }
        reply
    }

    /// Posts `fields` to a form's `action` URL, as the page's form would.
    pub async fn post(&mut self, h: &Harness, action: &str, fields: &[(&str, &str)]) -> Reply {
        let body: String = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let accept = if self.javascript {
            "application/json"
        } else {
            "text/html"
        };
        let request = Request::post(action)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, accept);
        self.send(h, request, Body::from(body)).await
    }

    pub async fn get(&mut self, h: &Harness, path: &str) -> Reply {
        let request = Request::get(path).header(header::ACCEPT, "text/html");
        self.send(h, request, Body::empty()).await
    }

    /// Submits the form of server function `form` on `page` with these fields.
    pub async fn submit(
        &mut self,
        h: &Harness,
        page: &str,
        form: &str,
        fields: &[(&str, &str)],
    ) -> Reply {
        let html = self.get(h, page).await.body;
        let action = form_action(&html, form);
        self.post(h, &action, fields).await
    }
}

impl Browser {
    /// Signs in as `email` with the demo password (no JavaScript).
    pub async fn sign_in(&mut self, h: &Harness, email: &str) {
        let reply = self
            .submit(
                h,
                "/login",
                "sign_in",
                &[
                    ("email", email),
                    ("password", rescue_sim::seed::DEMO_PASSWORD),
                ],
            )
            .await;
        assert_eq!(
            reply.location.as_deref(),
            Some("/sessions"),
            "sign-in of {email}"
        );
    }
}

impl Browser {
    /// Signs in with a pasted token (no JavaScript); the installation must admit anyone.
    pub async fn sign_in_with_token(&mut self, h: &Harness, code: &rescue::AuthCode) {
        let reply = self
            .submit(
                h,
                "/login",
                "sign_in_with_token",
                &[("authcode", code.expose())],
            )
            .await;
        assert_eq!(
            reply.location.as_deref(),
            Some("/sessions"),
            "token sign-in"
        );
    }

    /// The Rescue login cookie the dashboard holds for this browser, as the simulator saw it
    /// on a page that calls Rescue (its value), and as credentials.
    pub async fn held_rescue_login(&mut self, h: &Harness) -> (String, rescue::Credentials) {
        self.get(h, "/sessions").await;
        let value = h
            .sim
            .requests()
            .last()
            .and_then(|r| r.cookie.clone())
            .expect("a Rescue call with the login cookie");
        let header = format!("{}={value}", rescue_sim::http::COOKIE_NAME);
        let cookie = rescue::LoginCookie::from_header_value(&header).unwrap();
        (value, rescue::Credentials::Cookie(cookie))
    }
}
