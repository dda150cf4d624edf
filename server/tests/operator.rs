//! The operator's endpoints (`METRICS_ADDR`): liveness, readiness of each dependency, and the
//! Prometheus metrics of requests, Rescue calls and audit writes.

use crate::common;

use std::time::Duration;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::cancel::*;
use common::*;
use rescue_sim::seed;
use server::operator::{self, Operator};
use server::sessions::store::{Store, StoreKind};
use tower::ServiceExt;

/// Where the tests' operator endpoints are said to listen (`METRICS_ADDR`).
const METRICS_ADDR: &str = "127.0.0.1:9184";

/// The operator's view of harness `h`, asking Rescue at `rescue_url` with `timeout`.
async fn operator_of(h: &Harness, rescue_url: &str, timeout: Duration) -> Operator {
    Operator::new(
        operator::recorder(),
        h.audit.clone(),
        h.sessions.clone(),
        rescue::Client::new(rescue_url, timeout).unwrap(),
        operator::default_hosts(METRICS_ADDR.parse().unwrap()),
    )
}

async fn ask(operator: &Operator, path: &str) -> (StatusCode, String, String) {
    ask_as(operator, path, METRICS_ADDR).await
}

/// Asks `path` of the endpoints with `Host: host`.
async fn ask_as(operator: &Operator, path: &str, host: &str) -> (StatusCode, String, String) {
    let request = Request::get(path)
        .header(header::HOST, host)
        .body(Body::empty())
        .unwrap();
    let response = operator::router(operator.clone())
        .oneshot(request)
        .await
        .unwrap();
    let status = response.status();
    let kind = response
        .headers()
        .get(http::header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let body = axum::body::to_bytes(response.into_body(), 16 << 20)
        .await
        .unwrap();
    (status, kind, String::from_utf8(body.to_vec()).unwrap())
}

#[tokio::test]
async fn readiness_names_each_dependency_that_does_not_answer() {
    let h = harness().await;
    let op = operator_of(&h, &h.api_url, Duration::from_secs(2)).await;
    assert_eq!(ask(&op, "/healthz").await.0, StatusCode::OK);
    let (status, _, body) = ask(&op, "/readyz").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body, "session store: ok\naudit log: ok\nrescue: ok\n");
    // The probe asks nothing of the account: no login, nothing in the request log's logins.
    assert!(h.sim.requests().iter().all(|r| r.method != "login"));

    // Rescue stalls: a listener that accepts and never answers.
    let stalled = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let stalled_url = format!("http://{}/API/", stalled.local_addr().unwrap());
    let slow = operator_of(&h, &stalled_url, Duration::from_millis(300)).await;
    let (status, _, body) = ask(&slow, "/readyz").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        body.contains("rescue: no answer within its timeout"),
        "{body}"
    );
    assert!(body.contains("audit log: ok"), "{body}");

    // A burst of probes while Rescue stalls waits on one call, not one call each.
    let accepted = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counting = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let counting_url = format!("http://{}/API/", counting.local_addr().unwrap());
    let seen = accepted.clone();
    let held = tokio::spawn(async move {
        let mut open = Vec::new();
        while let Ok((socket, _)) = counting.accept().await {
            seen.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            open.push(socket);
        }
    });
    let burst = operator_of(&h, &counting_url, Duration::from_millis(500)).await;
    let answers = futures_util::future::join_all((0..20).map(|_| ask(&burst, "/readyz"))).await;
    assert!(answers.iter().all(
        |(status, _, body)| *status == StatusCode::SERVICE_UNAVAILABLE
            && body.contains("rescue: no answer within its timeout")
    ));
    assert_eq!(accepted.load(std::sync::atomic::Ordering::SeqCst), 1);
    held.abort();

    // Something that is not Rescue answers.
    let (status, _, body) = ask(
        &operator_of(
            &h,
            &format!("{}nowhere/", h.api_url),
            Duration::from_secs(2),
        )
        .await,
        "/readyz",
    )
    .await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        body.contains("rescue: answered, but not as the Rescue API does"),
        "{body}"
    );

    // Rescue gone, then the audit database closed (asked by a new operator: the first keeps
    // Rescue's last answer for ten seconds).
    h.stop_rescue();
    let op = operator_of(&h, &h.api_url, Duration::from_secs(2)).await;
    let (status, _, body) = ask(&op, "/readyz").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(body.contains("rescue: unreachable"), "{body}");
    h.audit.close().await;
    let (_, _, body) = ask(&op, "/readyz").await;
    assert!(body.contains("audit log: database error"), "{body}");
    assert!(
        !body.contains("127.0.0.1"),
        "no address in the answer: {body}"
    );
    // Alive all the same.
    assert_eq!(ask(&op, "/healthz").await.0, StatusCode::OK);
}

#[tokio::test]
async fn readiness_asks_rescue_at_most_once_in_ten_seconds_and_only_for_known_hosts() {
    let h = harness().await;
    let op = operator_of(&h, &h.api_url, Duration::from_secs(2)).await;
    let probes = || h.sim.requests().len();
    for _ in 0..5 {
        let (status, _, body) = ask(&op, "/readyz").await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    assert_eq!(
        probes(),
        1,
        "one Rescue call for five probes within ten seconds"
    );
    // Rescue's trouble shows once its answer is older than ten seconds, not before.
    h.stop_rescue();
    assert_eq!(ask(&op, "/readyz").await.0, StatusCode::OK);

    // Any other Host is refused, whatever the path: a page that rebinds its own name to this
    // address cannot read the endpoints through a browser.
    for host in ["evil.example", "evil.example:9184", "127.0.0.1:80", ""] {
        for path in ["/readyz", "/healthz", "/metrics"] {
            let (status, _, body) = ask_as(&op, path, host).await;
            assert_eq!(
                status,
                StatusCode::MISDIRECTED_REQUEST,
                "{host} {path}: {body}"
            );
        }
    }
    assert_eq!(
        ask_as(&op, "/healthz", "localhost:9184").await.0,
        StatusCode::OK
    );
    assert_eq!(probes(), 1);
}

#[tokio::test]
async fn the_metrics_hosts_setting_names_the_endpoints_hosts() {
    use clap::Parser;
    let config = server::Config::try_parse_from([
        "server",
        "--metrics-addr",
        "0.0.0.0:9184",
        "--metrics-hosts",
        "console-1.internal:9184, 10.0.0.7:9184",
    ])
    .unwrap();
    assert_eq!(
        config.metrics_hosts().unwrap(),
        ["console-1.internal:9184", "10.0.0.7:9184"]
    );
    let everywhere = operator::default_hosts("0.0.0.0:9184".parse().unwrap());
    assert!(
        everywhere.contains(&"localhost:9184".to_owned()),
        "{everywhere:?}"
    );
    assert!(!everywhere.iter().any(|h| h.contains("internal")));
}

#[tokio::test]
async fn readiness_pings_a_redis_session_store() {
    let h = harness().await;
    let mut op = operator_of(&h, &h.api_url, Duration::from_secs(2)).await;
    op.sessions = Store::open(
        &StoreKind::Redis("redis://127.0.0.1:6379".into()),
        None,
        ([7; 32], [8; 32]),
        &Default::default(),
    )
    .await
    .unwrap();
    let (status, _, body) = ask(&op, "/readyz").await;
    assert_eq!(
        (status, body.as_str()),
        (
            StatusCode::OK,
            "session store: ok\naudit log: ok\nrescue: ok\n"
        )
    );
}

/// The value of the sample `name{labels}` in `text`, if there is one.
fn sample(text: &str, name: &str, labels: &[(&str, &str)]) -> Option<f64> {
    text.lines().find_map(|line| {
        let (series, value) = line.rsplit_once(' ')?;
        let rest = series.strip_prefix(name)?;
        let all = labels
            .iter()
            .all(|(k, v)| rest.contains(&format!("{k}=\"{v}\"")));
        (rest.starts_with('{') && all).then(|| value.parse().ok())?
    })
}

#[tokio::test]
async fn the_dashboard_listener_answers_liveness_too_and_stores_nothing() {
    let h = harness().await;
    let records = h.sessions.record_count().await.unwrap();
    let mut browser = Browser::new(false);
    let reply = browser.get(&h, "/healthz").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body, "ok\n");
    // Liveness only: readiness and metrics stay on METRICS_ADDR.
    for path in ["/readyz", "/metrics"] {
        assert_eq!(
            browser.get(&h, path).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    assert_eq!(h.sessions.record_count().await.unwrap(), records);
}

#[tokio::test]
async fn metrics_count_requests_rescue_calls_and_audit_writes() {
    let h = harness().await;
    let op = operator_of(&h, &h.api_url, Duration::from_secs(2)).await;
    let before = ask(&op, "/metrics").await.2;
    let count =
        |text: &str, name, labels: &[(&str, &str)]| sample(text, name, labels).unwrap_or(0.0);

    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    assert_eq!(browser.get(&h, "/sessions").await.status, StatusCode::OK);
    let (session, tech) = cancellable(&h)[0];
    confirm(&mut browser, &h, session, tech).await;
    assert_eq!(cancel_calls(&h).len(), 1);
    // A scanner's random paths all count as one route.
    for n in 0..5 {
        browser.get(&h, &format!("/no-such-page-{n}")).await;
    }

    let (status, kind, after) = ask(&op, "/metrics").await;
    assert_eq!(status, StatusCode::OK);
    assert!(kind.starts_with("text/plain; version=0.0.4"), "{kind}");
    let grew =
        |name, labels: &[(&str, &str)]| count(&after, name, labels) - count(&before, name, labels);
    for (name, labels, least) in [
        (
            "http_requests_total",
            &[("route", "/sessions"), ("status", "200")][..],
            1.0,
        ),
        (
            "http_requests_total",
            &[("route", "unmatched"), ("status", "404")],
            5.0,
        ),
        (
            "rescue_calls_total",
            &[("method", "login"), ("outcome", "OK")],
            1.0,
        ),
        (
            "rescue_calls_total",
            &[("method", "cancelAction"), ("outcome", "OK")],
            1.0,
        ),
        (
            "rescue_call_duration_seconds_count",
            &[("method", "cancelAction")],
            1.0,
        ),
        (
            "audit_write_duration_seconds_count",
            &[("write", "begin")],
            1.0,
        ),
        (
            "audit_write_duration_seconds_count",
            &[("write", "finish")],
            1.0,
        ),
    ] {
        assert!(grew(name, labels) >= least, "{name} {labels:?}: {after}");
    }
    assert!(!after.contains("no-such-page"), "paths are never labels");
    assert!(after.contains("audit_pending_records "), "{after}");
    assert!(after.contains("audit_webhook_dead 0"), "{after}");
    assert!(
        after.contains("rescue_call_duration_seconds_bucket{"),
        "a histogram, with buckets"
    );
    // Nothing secret: no password, cookie or address of the account.
    assert!(!after.contains(seed::DEMO_PASSWORD) && !after.contains(seed::DEMO_ADMIN));
}

#[tokio::test]
async fn a_rescue_code_nobody_documented_is_not_a_label_of_its_own() {
    let h = harness().await;
    let op = operator_of(&h, &h.api_url, Duration::from_secs(2)).await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (session, tech) = cancellable(&h)[0];
    fault(
        &h,
        rescue_sim::faults::Fault::Code {
            code: "WHATEVER_NEW_7f3a".into(),
        },
    );
    confirm(&mut browser, &h, session, tech).await;
    let text = ask(&op, "/metrics").await.2;
    assert!(!text.contains("WHATEVER_NEW"), "{text}");
    assert!(
        sample(
            &text,
            "rescue_calls_total",
            &[("method", "cancelAction"), ("outcome", "OTHER_CODE")]
        )
        .is_some(),
        "{text}"
    );
}

/// Signs `browser` out with the page's own form.
async fn sign_out(h: &Harness, browser: &mut Browser) {
    let html = browser.get(h, "/login").await.body;
    let request = Request::post(form_action(&html, "sign_out"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "text/html");
    let reply = browser.send(h, request, Body::empty()).await;
    assert_eq!(reply.location.as_deref(), Some("/login"));
}

#[tokio::test]
async fn the_gauge_counts_who_is_signed_in_in_every_store() {
    let redis = std::env::var("TEST_REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379".into());
    for store in [
        StoreKind::Memory,
        StoreKind::Sqlite,
        StoreKind::Redis(redis),
    ] {
        let h = Harness::builder().store(store.clone()).build().await;
        let count = || async { h.sessions.signed_in_count().await.unwrap() };
        assert_eq!(count().await, 0, "{store:?}");
        // A visit that signs nobody in, and a failed sign-in, count for nothing.
        let mut visitor = Browser::new(false);
        visitor.get(&h, "/login").await;
        let mut first = Browser::new(false);
        let mut second = Browser::new(true);
        first.sign_in(&h, seed::DEMO_ADMIN).await;
        second.sign_in(&h, seed::DEMO_ADMIN).await;
        assert_eq!(count().await, 2, "{store:?}");
        // Using the dashboard writes the records again: still two.
        first.get(&h, "/sessions").await;
        assert_eq!(count().await, 2, "{store:?}");
        sign_out(&h, &mut first).await;
        // The sign-out's own message for the sign-in page holds no sign-in.
        assert!(first
            .get(&h, "/login")
            .await
            .body
            .contains("You are signed out."));
        assert_eq!(count().await, 1, "{store:?}");
        let metrics = ask(
            &operator_of(&h, &h.api_url, Duration::from_secs(2)).await,
            "/metrics",
        )
        .await
        .2;
        assert!(
            metrics
                .lines()
                .any(|l| l.starts_with("signed_in_sessions ")),
            "{metrics}"
        );
    }
}
