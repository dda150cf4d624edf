//! Several instances act as one: with their sessions in Redis and their history in
//! PostgreSQL, a double submit split across them is one Rescue call, the report lane and its
//! one-a-minute rule hold across them, and failed sign-ins count wherever they land.

mod common;

use std::time::Duration;

use app::shared::outcome::Outcome;
use axum::http::StatusCode;
use common::cancel::*;
use common::pair::pair;
use common::*;
use rescue_sim::faults::Fault;
use rescue_sim::seed::{self, ids};

#[tokio::test]
async fn a_double_submit_split_across_instances_is_one_rescue_call() {
    let p = pair(Duration::from_secs(10)).await;
    let mut browser = Browser::new(true);
    browser.sign_in(&p.first, seed::DEMO_ADMIN).await;
    let (session, tech) = cancellable(&p.first)[0];
    let (action, name) = confirm_form(&mut browser, &p.first, session, tech).await;
    fault(&p.first, Fault::Latency { ms: 1_000 });

    // The same press twice, one on each instance, while the first call is running.
    let mut twin = Browser::new(true);
    twin.cookie = browser.cookie.clone();
    let session_text = session.to_string();
    let back = back();
    let fields = [
        ("action", "cancel"),
        ("session", session_text.as_str()),
        ("technician", name.as_str()),
        ("back", back.as_str()),
    ];
    let (one, two) = tokio::join!(browser.post(&p.first, &action, &fields), async {
        tokio::time::sleep(Duration::from_millis(200)).await;
        twin.post(&p.second, &action, &fields).await
    });
    let (one, two) = (report(&one), report(&two));
    assert_eq!(cancel_calls(&p.first).len(), 1, "one Rescue call");
    assert_eq!(one.code(), "OK");
    assert_eq!(two, one, "the second press shares the first's answer");

    // One record, the same on both instances.
    for h in [&p.first, &p.second] {
        let log = h.audit.recent(10).await.unwrap();
        assert_eq!(log.len(), 1, "{log:?}");
        assert_eq!(log[0].outcome, Outcome::Ok);
        let page = browser.get(h, "/history").await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(page.body.matches("<tr data-entry=").count(), 1);
    }

    // A later press (the first long finished) is a press of its own, as on one instance.
    let again = report(&twin.post(&p.second, &action, &fields).await);
    assert_eq!(again.code(), "ACTIONFAILED", "nothing left to cancel");
    assert_eq!(cancel_calls(&p.first).len(), 2);
}

#[tokio::test]
async fn failed_sign_ins_count_on_every_instance() {
    let p = pair(Duration::from_secs(2)).await;
    // A fresh e-mail for this test, so other tests' attempts on this Redis do not count.
    let email = format!("guess{:x}@demo.example", rand::random::<u32>());
    for n in 0..app::sign_in::limit::MAX_FAILURES_PER_EMAIL {
        let h = if n % 2 == 0 { &p.first } else { &p.second };
        let reply = Browser::new(false)
            .submit(
                h,
                "/login",
                "sign_in",
                &[("email", &email), ("password", "wrong")],
            )
            .await;
        assert!(
            reply
                .location
                .as_deref()
                .is_some_and(|l| l.starts_with("/login")),
            "attempt {n}: {:?}",
            reply.location
        );
    }
    let logins = || {
        p.first
            .sim
            .requests()
            .iter()
            .filter(|r| r.method.eq_ignore_ascii_case("login"))
            .count()
    };
    let logins_before = logins();
    for h in [&p.first, &p.second] {
        let mut browser = Browser::new(true);
        let reply = browser
            .submit(
                h,
                "/login",
                "sign_in",
                &[("email", &email), ("password", "wrong")],
            )
            .await;
        assert_eq!(
            reply.status,
            StatusCode::TOO_MANY_REQUESTS,
            "{}",
            reply.body
        );
    }
    let logins_after = logins();
    assert_eq!(
        logins_after, logins_before,
        "refused before Rescue was asked"
    );
}

#[tokio::test]
async fn the_one_report_a_minute_rule_holds_across_instances() {
    let p = pair(Duration::from_secs(2)).await;
    let mut browser = Browser::new(false);
    browser.sign_in(&p.first, seed::DEMO_ADMIN).await;
    let today = rescue_sim::clock::to_naive(p.first.sim.now()).date();
    let url = |back: i64| {
        format!(
            "/reports?node={}&noderef=NODE&from={}&to={}",
            ids::ROOT,
            today - chrono::Duration::days(back),
            today + chrono::Duration::days(1)
        )
    };
    let reports = |h: &Harness| {
        h.sim
            .requests()
            .into_iter()
            .filter(|r| r.method.eq_ignore_ascii_case("getReport_v2"))
            .count()
    };
    let first = browser.get(&p.first, &url(1)).await;
    assert_eq!(first.status, StatusCode::OK);
    assert!(first.body.contains("data-report-row"), "{}", first.body);
    assert_eq!(reports(&p.first), 1);
    // The same login on the other instance, within the minute: told when, Rescue not asked.
    let second = browser.get(&p.second, &url(2)).await;
    assert_eq!(second.status, StatusCode::OK);
    assert!(
        second.body.contains("This report can be fetched in"),
        "{}",
        second.body
    );
    assert_eq!(reports(&p.first), 1);
}

#[tokio::test]
async fn a_press_waiting_on_a_dead_instance_answers_before_its_request_times_out() {
    let p = pair(Duration::from_secs(2)).await;
    let mut browser = Browser::new(true);
    browser.sign_in(&p.first, seed::DEMO_ADMIN).await;
    let (session, tech) = cancellable(&p.first)[0];
    let (action, name) = confirm_form(&mut browser, &p.first, session, tech).await;
    // An instance took this press's lock and died before answering.
    let id = browser
        .cookie
        .as_deref()
        .unwrap()
        .split_once('=')
        .unwrap()
        .1;
    let lock = app::fleet::hashed(
        "press",
        &[id.as_bytes(), &session.to_be_bytes(), b"cancelAction"],
    );
    let fleet = p
        .second
        .backend
        .services
        .fleet
        .clone()
        .expect("shared guards");
    let held = fleet
        .lock(&format!("{lock}:lock"), Duration::from_secs(120))
        .await
        .unwrap();
    assert!(matches!(held, app::fleet::Lock::Taken(_)));

    let started = std::time::Instant::now();
    let answer = report(&press(&mut browser, &p.second, &action, session, &name).await);
    assert_eq!(answer.code(), "INTERRUPTED", "{answer:?}");
    // Two Rescue timeouts and a second: inside the request's own bound (two timeouts + 2 s).
    assert!(
        started.elapsed() < Duration::from_secs(6),
        "{:?}",
        started.elapsed()
    );
    assert!(
        cancel_calls(&p.first).is_empty(),
        "no second call while the first may be running"
    );
}
