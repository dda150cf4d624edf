//! A loopback receiver for the audit webhook that fails, redirects, hangs and recovers as a
//! test scripts it, and keeps every request it got.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

/// What the receiver does with a request.
#[derive(Clone, Copy, Debug)]
pub enum Answer {
    Accept,
    Fail,
    Redirect,
    Hang,
}

/// One request the receiver got.
#[derive(Clone, Debug)]
pub struct Got {
    pub body: serde_json::Value,
    pub key: String,
    pub content_type: String,
    pub answered: &'static str,
}

/// A loopback receiver answering from `script`, then with `after` once it is used up.
#[derive(Clone)]
pub struct Receiver {
    pub url: String,
    script: Arc<Mutex<Vec<Answer>>>,
    after: Arc<Mutex<Answer>>,
    got: Arc<Mutex<Vec<Got>>>,
}

impl Receiver {
    pub async fn start(script: &[Answer], after: Answer) -> Self {
        let receiver = Receiver {
            url: String::new(),
            script: Arc::new(Mutex::new(script.iter().rev().copied().collect())),
            after: Arc::new(Mutex::new(after)),
            got: Arc::default(),
        };
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!(
            "http://{}/hooks/rescue?token=s3cret-token",
            listener.local_addr().unwrap()
        );
        let app = axum::Router::new()
            .route("/hooks/rescue", axum::routing::post(receive))
            .with_state(receiver.clone());
        tokio::spawn(async move { axum::serve(listener, app).await });
        Receiver { url, ..receiver }
    }

    pub fn then(&self, answer: Answer) {
        *self.after.lock().unwrap() = answer;
    }

    pub fn got(&self) -> Vec<Got> {
        self.got.lock().unwrap().clone()
    }

    pub fn accepted(&self) -> Vec<serde_json::Value> {
        self.got()
            .into_iter()
            .filter(|g| g.answered == "accepted")
            .map(|g| g.body)
            .collect()
    }

    /// Waits (up to 30 s) until `n` requests were accepted.
    pub async fn until_accepted(&self, n: usize) -> Vec<serde_json::Value> {
        for _ in 0..300 {
            if self.accepted().len() >= n {
                return self.accepted();
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!(
            "{n} deliveries expected; the receiver got {:#?}",
            self.got()
        );
    }

    /// Waits (up to 30 s) until `n` requests arrived, whatever they were answered.
    pub async fn until_got(&self, n: usize) {
        for _ in 0..300 {
            if self.got().len() >= n {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{n} requests expected; the receiver got {:#?}", self.got());
    }
}

async fn receive(
    axum::extract::State(receiver): axum::extract::State<Receiver>,
    headers: HeaderMap,
    body: String,
) -> Response {
    let answer = receiver
        .script
        .lock()
        .unwrap()
        .pop()
        .unwrap_or_else(|| *receiver.after.lock().unwrap());
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let answered = match answer {
        Answer::Accept => "accepted",
        Answer::Fail => "failed",
        Answer::Redirect => "redirected",
        Answer::Hang => "hung",
    };
    receiver.got.lock().unwrap().push(Got {
        body: serde_json::from_str(&body).unwrap_or(serde_json::Value::String(body)),
        key: header("idempotency-key"),
        content_type: header("content-type"),
        answered,
    });
    match answer {
        Answer::Accept => StatusCode::NO_CONTENT.into_response(),
        Answer::Fail => StatusCode::SERVICE_UNAVAILABLE.into_response(),
        // A redirect is not an acceptance: the record must not be taken as delivered.
        Answer::Redirect => axum::response::Redirect::temporary("/hooks/rescue").into_response(),
        Answer::Hang => {
            tokio::time::sleep(Duration::from_secs(3600)).await;
            StatusCode::OK.into_response()
        }
    }
}
