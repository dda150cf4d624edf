//! Real server processes for the tests and benchmarks that run several instances: a server
//! started as an operator starts it, HAProxy in front, and a cookie-keeping HTTP visitor.
//! Standalone (benchmarks include this file by path).
#![allow(dead_code)]

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// Where the tests find Redis: `TEST_REDIS_URL`, or this machine's.
pub fn redis_url() -> String {
    std::env::var("TEST_REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379".into())
}

/// A child process killed (SIGKILL) when dropped: a failing test leaves nothing running.
pub struct Running(Child);

impl Running {
    /// Takes charge of `child`.
    pub fn new(child: Child) -> Self {
        Running(child)
    }

    /// Its process ID (benchmarks read its memory and CPU time).
    pub fn pid(&self) -> u32 {
        self.0.id()
    }
}

/// A benchmark's setting: the environment variable `name` as a number, else `default`.
pub fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Runs a benchmark's `main` on a multi-threaded runtime.
pub fn block_on<F: std::future::Future>(run: F) -> F::Output {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a runtime")
        .block_on(run)
}

/// Adds `count` Rescue administrators to the simulator's account, `load<n>@demo.example` with
/// the demo password: Rescue allows ten logins per account in three minutes, so a load of many
/// admins is many accounts, as on a real team.
pub fn add_admins(sim: &rescue_sim::Simulator, count: u32) {
    sim.with_account(|account| {
        for n in 0..count {
            account.add_node(rescue_sim::model::Node {
                id: 900_000 + n,
                parent: 337_010,
                name: format!("Load Admin {n}"),
                email: format!("load{n}@demo.example"),
                description: String::new(),
                kind: rescue_sim::model::NodeKind::Administrator,
                presence: rescue_sim::model::Presence::Offline,
                password: rescue_sim::seed::DEMO_PASSWORD.into(),
                ssoid: String::new(),
                disabled: false,
                answered_by: Vec::new(),
            });
        }
    });
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// One server process, as an operator runs it.
pub fn server(port: u16, api_url: &str, database: &str, key: &str) -> Running {
    let child = Command::new(env!("CARGO_BIN_EXE_server"))
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("LEPTOS_OUTPUT_NAME", "rescue-console")
        .env("LEPTOS_SITE_ROOT", "target/site")
        // These servers serve no site files, and `cargo test` may run before (or long after)
        // the site is built: fixed names, whatever hash.txt a build left beside the binary.
        .env("LEPTOS_HASH_FILES", "false")
        .env("LEPTOS_SITE_PKG_DIR", "pkg")
        .env("LEPTOS_ENV", "DEV")
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("RESCUE_API_URL", api_url)
        .env("ALLOWED_ADMINS", "@demo.example")
        .env("COOKIE_SECURE", "false")
        .env("TRUSTED_PROXIES", "127.0.0.1")
        .env("DATABASE_URL", database)
        .env("SESSION_STORE", redis_url())
        .env("SESSION_KEY", key)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .spawn()
        .expect("the server binary starts");
    Running(child)
}

/// HAProxy on `port`, round-robin over the two instances, checking each every 300 ms.
pub fn proxy(dir: &std::path::Path, port: u16, instances: [u16; 2]) -> Running {
    let config = format!(
        "global\n  maxconn 2048\n\
         defaults\n  mode http\n  timeout connect 2s\n  timeout client 30s\n  timeout server 30s\n  \
         option http-server-close\n  option forwardfor\n\
         frontend console\n  bind 127.0.0.1:{port}\n  default_backend instances\n\
         backend instances\n  balance roundrobin\n  option httpchk\n  http-check send meth GET uri /login\n  \
         server a 127.0.0.1:{} check inter 300ms fall 1 rise 1\n  \
         server b 127.0.0.1:{} check inter 300ms fall 1 rise 1\n",
        instances[0], instances[1]
    );
    let file = dir.join("haproxy.cfg");
    std::fs::write(&file, config).unwrap();
    let binary = ["/usr/sbin/haproxy", "/usr/bin/haproxy"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists())
        .expect(
            "HAProxy is needed for this test: scripts/setup.sh installs it (apt install haproxy)",
        );
    let child = Command::new(binary)
        .arg("-db")
        .arg("-f")
        .arg(&file)
        .stdout(Stdio::null())
        .spawn()
        .expect("HAProxy starts");
    Running(child)
}

/// A browser without JavaScript's cookie jar: the one dashboard cookie.
pub struct Visitor {
    pub http: reqwest::Client,
    pub base: String,
    pub cookie: Option<String>,
    /// The address this visitor comes from, told to the proxy (which appends its own): many
    /// admins of a load test are many networks, not one guessing from the same address.
    pub from: Option<String>,
}

impl Visitor {
    pub fn new(port: u16) -> Self {
        Visitor {
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                // A connection per request: the proxy balances every one.
                .pool_max_idle_per_host(0)
                .build()
                .unwrap(),
            base: format!("http://127.0.0.1:{port}"),
            cookie: None,
            from: None,
        }
    }

    pub fn at(&self, port: u16) -> Self {
        let mut other = Visitor::new(port);
        other.cookie = self.cookie.clone();
        other.from = self.from.clone();
        other
    }

    fn headers(&self, mut request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", cookie);
        }
        if let Some(from) = &self.from {
            request = request.header("x-forwarded-for", from);
        }
        request
    }

    fn keep(&mut self, response: &reqwest::Response) {
        for value in response.headers().get_all(reqwest::header::SET_COOKIE) {
            let text = value.to_str().unwrap_or_default();
            if let Some(pair) = text
                .split(';')
                .next()
                .filter(|p| p.starts_with("rc_session="))
            {
                self.cookie = (!pair.ends_with('=')).then(|| pair.to_owned());
            }
        }
    }

    pub async fn get(&mut self, path: &str) -> (u16, Option<String>, String) {
        let mut request = self
            .http
            .get(format!("{}{path}", self.base))
            .header("accept", "text/html");
        request = self.headers(request);
        let response = request.send().await.unwrap();
        self.keep(&response);
        let status = response.status().as_u16();
        let location = response
            .headers()
            .get("location")
            .map(|v| v.to_str().unwrap().to_owned());
        (status, location, response.text().await.unwrap())
    }

    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)], json: bool) -> (u16, String) {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let mut request = self
            .http
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .header(
                "accept",
                if json {
                    "application/json"
                } else {
                    "text/html"
                },
            )
            .header("sec-fetch-site", "same-origin")
            .body(body);
        request = self.headers(request);
        let response = request.send().await.unwrap();
        self.keep(&response);
        (response.status().as_u16(), response.text().await.unwrap())
    }
}

impl Visitor {
    /// Signs `email` in with the demo password through the sign-in page's form; false when
    /// the page had no form (whether Rescue accepted it, the next page tells).
    pub async fn sign_in(&mut self, email: &str) -> bool {
        let (_, _, login) = self.get("/login").await;
        let Some(at) = login.find("action=\"/api/sign_in") else {
            return false;
        };
        let action = login[at + 8..]
            .split('"')
            .next()
            .unwrap_or_default()
            .to_owned();
        self.post(
            &action,
            &[
                ("email", email),
                ("password", rescue_sim::seed::DEMO_PASSWORD),
            ],
            false,
        )
        .await;
        true
    }
}

pub async fn wait_until_up(port: u16) {
    let mut visitor = Visitor::new(port);
    for _ in 0..300 {
        if let Ok(response) = visitor
            .http
            .get(format!("{}/login", visitor.base))
            .send()
            .await
        {
            if response.status().is_success() {
                return;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = visitor.get("/login").await;
    panic!("nothing answers on port {port}");
}
