//! The audit webhook against a loopback receiver that fails, redirects, hangs and recovers:
//! every finished record arrives as one JSON object, at least once, across restarts, and an
//! action never waits for the receiver.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use app::shared::action::SessionAction;
use app::shared::outcome::Outcome;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use common::cancel::*;
use common::*;
use rescue_sim::seed;
use server::audit::webhook::Webhook;
use server::audit::{AuditEntry, AuditLog};

/// What the receiver does with a request.
#[derive(Clone, Copy, Debug)]
enum Answer {
    Accept,
    Fail,
    Redirect,
    Hang,
}

/// One request the receiver got.
#[derive(Clone, Debug)]
struct Got {
    body: serde_json::Value,
    key: String,
    content_type: String,
    answered: &'static str,
}

/// A loopback receiver answering from `script`, then with `after` once it is used up.
#[derive(Clone)]
struct Receiver {
    url: String,
    script: Arc<Mutex<Vec<Answer>>>,
    after: Arc<Mutex<Answer>>,
    got: Arc<Mutex<Vec<Got>>>,
}

impl Receiver {
    async fn start(script: &[Answer], after: Answer) -> Self {
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

    fn then(&self, answer: Answer) {
        *self.after.lock().unwrap() = answer;
    }

    fn got(&self) -> Vec<Got> {
        self.got.lock().unwrap().clone()
    }

    fn accepted(&self) -> Vec<serde_json::Value> {
        self.got()
            .into_iter()
            .filter(|g| g.answered == "accepted")
            .map(|g| g.body)
            .collect()
    }

    /// Waits (up to 30 s) until `n` requests were accepted.
    async fn until_accepted(&self, n: usize) -> Vec<serde_json::Value> {
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
    async fn until_got(&self, n: usize) {
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

/// A webhook to `receiver` giving up after 1 s, retried quickly.
fn hook(receiver: &Receiver) -> Webhook {
    Webhook::parse(&receiver.url, Duration::from_secs(1))
        .unwrap()
        .with_retries(Duration::from_millis(100), Duration::from_millis(400))
}

fn entry(n: u32, outcome: Outcome) -> AuditEntry {
    AuditEntry {
        at: chrono::Utc::now(),
        admin_email: "admin@demo.example".into(),
        action: SessionAction::Cancel,
        session_id: 1_073_200_000 + n,
        technician: "Tina \"T\" Tech".into(),
        outcome,
        latency_ms: 40 + u64::from(n),
    }
}

async fn delivering(url: &str, receiver: &Receiver) -> AuditLog {
    AuditLog::open_delivering(url, Some(hook(receiver)))
        .await
        .unwrap()
}

async fn until_undelivered(log: &AuditLog, n: u64) {
    for _ in 0..300 {
        if log.undelivered_count().await.unwrap() == n {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the outbox should hold {n} undelivered records");
}

#[tokio::test]
async fn a_cancel_is_delivered_once_as_json_without_secrets() {
    let receiver = Receiver::start(&[], Answer::Accept).await;
    let h = harness_delivering(hook(&receiver)).await;
    let mut browser = Browser::new(true);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (session, tech) = cancellable(&h)[0];
    let answer = report(&confirm(&mut browser, &h, session, tech).await);
    assert!(answer.ok(), "{answer:?}");

    let got = receiver.until_accepted(1).await;
    let record = &got[0];
    assert_eq!(record["action"], "cancelAction");
    assert_eq!(record["outcome"], "OK");
    assert_eq!(record["session_id"], session);
    assert_eq!(record["admin"], seed::DEMO_ADMIN);
    assert!(record["technician"].as_str().is_some_and(|t| !t.is_empty()));
    assert!(record["latency_ms"].is_u64());
    let time = record["time"].as_str().unwrap();
    let parsed = chrono::DateTime::parse_from_rfc3339(time).unwrap();
    assert_eq!(parsed.offset().local_minus_utc(), 0);
    assert!(time.ends_with('Z'), "{time}");
    let id = record["id"].as_i64().unwrap();
    assert_eq!(h.audit.recent(1).await.unwrap()[0].session_id, session);

    let request = &receiver.got()[0];
    assert_eq!(request.content_type, "application/json");
    assert!(
        request.key.starts_with("rescue-console-audit-"),
        "{}",
        request.key
    );
    // Only the finished record, not its write-ahead state, and nothing secret.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(receiver.got().len(), 1, "{:#?}", receiver.got());
    let text = record.to_string();
    for secret in [seed::DEMO_PASSWORD, "authcode", "cookie", "ASP.NET"] {
        assert!(
            !text.to_lowercase().contains(&secret.to_lowercase()),
            "{text}"
        );
    }
    assert!(id > 0);
    until_undelivered(&h.audit, 0).await;
}

#[tokio::test]
async fn a_failing_redirecting_hanging_receiver_gets_the_record_once_it_recovers() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/console.db", dir.path().display());
    let receiver = Receiver::start(
        &[Answer::Fail, Answer::Redirect, Answer::Hang],
        Answer::Accept,
    )
    .await;
    let log = delivering(&url, &receiver).await;
    log.record(&entry(1, Outcome::ActionFailed)).await.unwrap();
    receiver.until_got(3).await;
    // While the receiver hangs, records are written as fast as ever: the sender is apart.
    let written =
        tokio::time::timeout(Duration::from_secs(5), log.record(&entry(2, Outcome::Ok))).await;
    assert!(written
        .expect("a write never waits for the webhook")
        .is_ok());

    let mut got = receiver.until_accepted(2).await;
    // Not in order: the second was sent while the first waited out its backoff.
    got.sort_by_key(|r| r["session_id"].as_u64());
    let sessions: Vec<_> = got.iter().map(|r| r["session_id"].clone()).collect();
    assert_eq!(sessions, [1_073_200_001u32, 1_073_200_002]);
    assert_eq!(got[0]["outcome"], Outcome::ActionFailed.code());
    assert_eq!(got[0]["technician"], "Tina \"T\" Tech");
    // The first record was tried 4 times with one body and one idempotency key.
    let first: Vec<Got> = receiver
        .got()
        .into_iter()
        .filter(|g| g.body["session_id"] == 1_073_200_001u32)
        .collect();
    let answered: Vec<_> = first.iter().map(|g| g.answered).collect();
    assert_eq!(answered, ["failed", "redirected", "hung", "accepted"]);
    assert!(first
        .iter()
        .all(|g| g.key == first[0].key && g.body == first[0].body));
    until_undelivered(&log, 0).await;
    log.close().await;
}

#[tokio::test]
async fn undelivered_records_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/console.db", dir.path().display());
    let receiver = Receiver::start(&[], Answer::Fail).await;
    let log = delivering(&url, &receiver).await;
    for n in 1..=3 {
        log.record(&entry(n, Outcome::Ok)).await.unwrap();
    }
    // A call the stopped server never heard back from: delivered as OUTCOME_UNKNOWN.
    log.begin(&entry(4, Outcome::Attempted)).await.unwrap();
    receiver.until_got(2).await;
    assert_eq!(log.undelivered_count().await.unwrap(), 3);
    log.close().await;

    receiver.then(Answer::Accept);
    let reopened = delivering(&url, &receiver).await;
    let got = receiver.until_accepted(4).await;
    let mut outcomes: Vec<_> = got
        .iter()
        .map(|r| (r["session_id"].as_u64().unwrap(), r["outcome"].clone()))
        .collect();
    outcomes.sort_by_key(|(session, _)| *session);
    assert_eq!(
        outcomes,
        [
            (1_073_200_001, "OK".into()),
            (1_073_200_002, "OK".into()),
            (1_073_200_003, "OK".into()),
            (1_073_200_004, "OUTCOME_UNKNOWN".into()),
        ]
    );
    until_undelivered(&reopened, 0).await;
    reopened.close().await;
}

#[tokio::test]
async fn the_outbox_works_on_postgres_too() {
    let db = common::postgres::database().await;
    let receiver = Receiver::start(&[Answer::Fail], Answer::Accept).await;
    let log = delivering(&db.url, &receiver).await;
    let id = log.begin(&entry(5, Outcome::Attempted)).await.unwrap();
    log.finish(id, &Outcome::InvalidSession, 90).await.unwrap();
    let got = receiver.until_accepted(1).await;
    assert_eq!(got[0]["outcome"], Outcome::InvalidSession.code());
    assert_eq!(got[0]["latency_ms"], 90);
    assert_eq!(got[0]["id"], id);
    until_undelivered(&log, 0).await;
    log.close().await;
}

#[test]
fn a_webhook_address_is_checked_and_never_logged_whole() {
    for bad in [
        "ftp://siem.example/x",
        "not a url",
        "mailto:siem@example.com",
    ] {
        let err = Webhook::parse(bad, Duration::from_secs(1)).expect_err(bad);
        assert!(err.to_string().contains("AUDIT_WEBHOOK_URL"), "{err}");
    }
    let hook = Webhook::parse(
        "https://user:pw@siem.example:8088/services/collector?token=s3cret",
        Duration::from_secs(1),
    )
    .unwrap();
    let shown = format!("{hook:?}");
    assert!(shown.contains("https://siem.example:8088"), "{shown}");
    assert!(
        !shown.contains("s3cret") && !shown.contains("pw"),
        "{shown}"
    );
}

#[tokio::test]
async fn a_record_held_by_a_sender_that_died_mid_post_is_sent_again() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/console.db", dir.path().display());
    let receiver = Receiver::start(&[Answer::Hang], Answer::Accept).await;
    let log = delivering(&url, &receiver).await;
    log.record(&entry(7, Outcome::Ok)).await.unwrap();
    receiver.until_got(1).await;
    // The instance dies while its POST hangs: its claim on the row runs out, and the next
    // instance sends it.
    log.close().await;
    let next = delivering(&url, &receiver).await;
    let got = receiver.until_accepted(1).await;
    assert_eq!(got[0]["session_id"], 1_073_200_007u32);
    until_undelivered(&next, 0).await;
    next.close().await;
}
