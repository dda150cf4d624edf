//! Test harness: the real router against a simulator on a loopback port, and a "browser"
//! that keeps the dashboard cookie and submits forms as a page would.
#![allow(dead_code)]

pub mod actions;
pub mod bulk;
pub mod cancel;
pub mod forms;
pub mod pair;
pub mod postgres;
pub mod processes;

use std::time::Duration;

use axum::body::Body;
use axum::http::{header, Request, Response, StatusCode};
use leptos::config::LeptosOptions;
use tower::ServiceExt;

pub use forms::*;

pub struct Harness {
    pub router: axum::Router,
    pub sim: rescue_sim::Simulator,
    /// The simulator's API base URL.
    pub api_url: String,
    pub running: std::sync::Mutex<Option<rescue_sim::Running>>,
    pub audit: server::audit::AuditLog,
    /// The server's guards and caches, to check what a request left behind.
    pub backend: app::backend::Backend,
    /// Its session store (the operator's endpoints look into it).
    pub sessions: server::session_store::Store,
    /// Every response body and Set-Cookie seen, for checks that no secret reaches a browser.
    pub responses: std::sync::Mutex<Vec<String>>,
    /// Whether to keep them (off by default: benchmarks make many large ones).
    pub keep_responses: std::sync::atomic::AtomicBool,
    /// Keeps the audit database alive for the test.
    pub dir: tempfile::TempDir,
}

/// Site options as cargo-leptos would pass them.
pub fn site() -> LeptosOptions {
    let root = SITE_ROOT.with(|r| r.borrow().clone());
    LeptosOptions::builder()
        .output_name("rescue-console")
        .site_root(root.unwrap_or_else(|| "target/site".into()))
        .build()
}

thread_local! {
    /// The site directory of servers this test thread builds (see [`harness_serving`]).
    static SITE_ROOT: std::cell::RefCell<Option<String>> = Default::default();
}

/// A harness serving the site's files from `root`.
pub async fn harness_serving(root: &std::path::Path) -> Harness {
    SITE_ROOT.with(|r| *r.borrow_mut() = Some(root.display().to_string()));
    harness().await
}

pub async fn harness() -> Harness {
    harness_with_timeout(Duration::from_secs(2)).await
}

pub async fn harness_with_timeout(timeout: Duration) -> Harness {
    let dir = tempfile::tempdir().unwrap();
    harness_in(dir, server::session_store::StoreKind::Memory, timeout).await
}

/// A harness whose database, key and session store live in `dir`.
pub async fn harness_in(
    dir: tempfile::TempDir,
    store: server::session_store::StoreKind,
    timeout: Duration,
) -> Harness {
    harness_with(dir, store, timeout, demo_accounts()).await
}

/// A harness in `dir` admitting `allowed`.
pub async fn harness_with(
    dir: tempfile::TempDir,
    store: server::session_store::StoreKind,
    timeout: Duration,
    allowed: app::sign_in::allowed::AllowedAdmins,
) -> Harness {
    let sim = rescue_sim::Simulator::new(rescue_sim::Config::for_tests());
    let running = sim.spawn("127.0.0.1:0".parse().unwrap()).await.unwrap();
    let instance = server_in(&running.api_url(), dir.path(), &store, timeout, allowed).await;
    let api_url = running.api_url();
    Harness::from_parts(
        instance,
        sim,
        api_url,
        std::sync::Mutex::new(Some(running)),
        dir,
    )
}

/// Who may sign in on a test server unless a test says otherwise: the demo accounts.
pub fn demo_accounts() -> app::sign_in::allowed::AllowedAdmins {
    app::sign_in::allowed::AllowedAdmins::only(rescue_sim::seed::DEMO_ACCOUNTS.iter().copied())
}

thread_local! {
    /// The sign-in lifetimes of servers this test thread builds (see [`harness_lasting`]).
    static LIFETIMES: std::cell::Cell<app::services::Lifetimes> = Default::default();
}

/// A harness whose sign-ins last `lifetimes` (tokio tests run on one thread, so the servers
/// this test builds afterwards, restarts included, keep them too).
pub async fn harness_lasting(lifetimes: app::services::Lifetimes) -> Harness {
    LIFETIMES.with(|l| l.set(lifetimes));
    harness().await
}

thread_local! {
    /// Where the servers this test thread builds deliver their audit log (see
    /// [`harness_delivering`]).
    static WEBHOOK: std::cell::RefCell<Option<server::audit::webhook::Webhook>> = Default::default();
}

/// A harness whose audit log is delivered to `hook` (restarts included, as with
/// [`harness_lasting`]).
pub async fn harness_delivering(hook: server::audit::webhook::Webhook) -> Harness {
    WEBHOOK.with(|w| *w.borrow_mut() = Some(hook));
    harness().await
}

thread_local! {
    /// The `WAIT_ALERT_SECS` of servers this test thread builds (`None`: the default).
    static WAIT_ALERT_SECS: std::cell::Cell<Option<u32>> = Default::default();
}

/// A harness alerting sessions that wait past `secs` seconds.
pub async fn harness_alerting(secs: u32) -> Harness {
    WAIT_ALERT_SECS.with(|w| w.set(Some(secs)));
    harness().await
}

/// [`harness_lasting`], admitting `allowed`.
pub async fn harness_lasting_allowing(
    lifetimes: app::services::Lifetimes,
    allowed: &str,
) -> Harness {
    LIFETIMES.with(|l| l.set(lifetimes));
    harness_allowing(allowed).await
}

/// A harness admitting `allowed` (an `ALLOWED_ADMINS` value) instead of the demo accounts.
pub async fn harness_allowing(allowed: &str) -> Harness {
    let allowed = app::sign_in::allowed::AllowedAdmins::parse(allowed).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = server::session_store::StoreKind::Memory;
    harness_with(dir, store, Duration::from_secs(2), allowed).await
}

/// One dashboard server: its router and what tests look into.
pub struct Instance {
    pub router: axum::Router,
    pub audit: server::audit::AuditLog,
    pub backend: app::backend::Backend,
    pub sessions: server::session_store::Store,
}

/// The dashboard as `serve` builds it, on the database and key file in `dir`: building it
/// again on the same `dir` is a restart.
pub async fn server_in(
    api_url: &str,
    dir: &std::path::Path,
    store: &server::session_store::StoreKind,
    timeout: Duration,
    allowed: app::sign_in::allowed::AllowedAdmins,
) -> Instance {
    let built = server::state::build(server::state::Settings {
        leptos: site(),
        rescue: rescue::Client::new(api_url, timeout).unwrap(),
        sign_in: app::SignInInfo::default(),
        database_url: postgres::DATABASE
            .with(|d| d.borrow().clone())
            .unwrap_or_else(|| format!("sqlite://{}/console.db", dir.display())),
        audit_webhook: WEBHOOK.with(|w| w.borrow().clone()),
        session_store: match (store, postgres::DATABASE.with(|d| d.borrow().is_some())) {
            // The SQLite session store needs a SQLite audit log: sessions in memory instead.
            (server::session_store::StoreKind::Sqlite, true) => {
                server::session_store::StoreKind::Memory
            }
            (store, _) => store.clone(),
        },
        session_key: None,
        key_file: dir.join("session.key"),
        refresh_secs: app::services::DEFAULT_REFRESH_SECS,
        wait_alert_secs: WAIT_ALERT_SECS
            .with(|w| w.get())
            .unwrap_or(app::services::DEFAULT_WAIT_ALERT_SECS),
        cookie_secure: false,
        sign_in_rules: app::sign_in::rules::SignInRules::new(allowed, Default::default()),
        lifetimes: LIFETIMES.with(|l| l.get()),
    })
    .await
    .unwrap();
    let backend = built.state.backend.clone();
    let sessions = built.state.sessions.clone();
    Instance {
        router: server::router(built.state),
        audit: built.audit,
        backend,
        sessions,
    }
}

impl Harness {
    /// A harness around another server instance of the same simulator (a restart, or a
    /// second instance behind a load balancer).
    pub fn from_parts(
        instance: Instance,
        sim: rescue_sim::Simulator,
        api_url: String,
        running: std::sync::Mutex<Option<rescue_sim::Running>>,
        dir: tempfile::TempDir,
    ) -> Self {
        let Instance {
            router,
            audit,
            backend,
            sessions,
        } = instance;
        Harness {
            router,
            backend,
            sessions,
            sim,
            api_url,
            running,
            responses: Default::default(),
            keep_responses: Default::default(),
            audit,
            dir,
        }
    }

    /// Stops the simulator: Rescue is unreachable from now on.
    pub fn stop_rescue(&self) {
        drop(self.running.lock().unwrap().take());
    }
}

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

/// A Rescue client for the harness's simulator and an authcode of the demo admin (for
/// benchmarks that sign in many browsers, or call Rescue directly).
pub async fn demo_authcode(h: &Harness) -> (rescue::Client, rescue::AuthCode) {
    let client = rescue::Client::new(&h.api_url, Duration::from_secs(5)).expect("client");
    let password = rescue::SecretString::from(rescue_sim::seed::DEMO_PASSWORD.to_owned());
    let rescue::RequestAuthCodeOutcome::Ok(code) = client
        .request_auth_code(rescue_sim::seed::DEMO_ADMIN, &password)
        .await
        .expect("authcode")
    else {
        panic!("the demo admin gets an authcode");
    };
    (client, code)
}
