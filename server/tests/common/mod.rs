//! Test harness: the real router against a simulator on a loopback port, and a "browser"
//! that keeps the dashboard cookie and submits forms as a page would.
#![allow(dead_code)]

use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::http::{header, Request, Response, StatusCode};
use leptos::config::LeptosOptions;
use tower::ServiceExt;

pub struct Harness {
    pub router: axum::Router,
    pub sim: rescue_sim::Simulator,
    pub running: rescue_sim::Running,
}

pub async fn harness() -> Harness {
    let sim = rescue_sim::Simulator::new(rescue_sim::Config::for_tests());
    let running = sim.spawn("127.0.0.1:0".parse().unwrap()).await.unwrap();
    let rescue = rescue::Client::new(&running.api_url(), Duration::from_secs(2)).unwrap();
    let leptos = LeptosOptions::builder()
        .output_name("rescue-console")
        .site_root("target/site")
        .build();
    let router = server::router(server::AppState {
        leptos,
        backend: app::backend::Backend {
            rescue,
            seal: Arc::new(server::sealing::SealKey::generate()),
        },
        sign_in: app::SignInInfo::default(),
        sessions: server::session_store::Store::Memory(Default::default()),
        cookie_secure: false,
    });
    Harness {
        router,
        sim,
        running,
    }
}

pub struct Reply {
    pub status: StatusCode,
    pub location: Option<String>,
    pub set_cookie: Vec<String>,
    pub body: String,
}

async fn read(response: Response<Body>) -> Reply {
    let status = response.status();
    let location = response
        .headers()
        .get(header::LOCATION)
        .map(|v| v.to_str().unwrap().to_owned());
    let set_cookie = response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    let body = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap();
    Reply {
        status,
        location,
        set_cookie,
        body: String::from_utf8_lossy(&body).into_owned(),
    }
}

/// A browser: keeps the dashboard cookie between requests.
pub struct Browser {
    pub cookie: Option<String>,
    pub javascript: bool,
}

impl Browser {
    pub fn new(javascript: bool) -> Self {
        Browser {
            cookie: None,
            javascript,
        }
    }

    pub async fn send(
        &mut self,
        h: &Harness,
        request: http::request::Builder,
        body: Body,
    ) -> Reply {
        let mut request = request;
        if let Some(cookie) = &self.cookie {
            request = request.header(header::COOKIE, cookie);
        }
        let reply = read(
            h.router
                .clone()
                .oneshot(request.body(body).unwrap())
                .await
                .unwrap(),
        )
        .await;
        for set in &reply.set_cookie {
            let pair = set.split(';').next().unwrap().to_owned();
            if pair.ends_with('=') {
                self.cookie = None;
            } else {
                self.cookie = Some(pair);
            }
        }
        reply
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
}

/// The action URL of the form posting to server function `name` (`/api/<name><hash>`).
pub fn form_action(html: &str, name: &str) -> String {
    let prefix = format!("action=\"/api/{name}");
    html.match_indices(&prefix)
        .find_map(|(at, _)| {
            let rest = &html[at + 8..];
            let url = &rest[..rest.find('"')?];
            url[5 + name.len()..]
                .bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| url.to_owned())
        })
        .unwrap_or_else(|| panic!("no form for {name}"))
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
