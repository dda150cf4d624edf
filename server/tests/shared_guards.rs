//! Several instances act as one: with their sessions in Redis and their history in
//! PostgreSQL, a double submit split across them is one Rescue call, the report lane and its
//! one-a-minute rule hold across them, and failed sign-ins count wherever they land.

use crate::common;

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
    // Two confirmations of the row (two tabs), pressed one on each instance while the first
    // call is running.
    let form = confirm_form(&mut browser, &p.first, session, tech).await;
    let other = confirm_form(&mut browser, &p.second, session, tech).await;
    fault(&p.first, Fault::Latency { ms: 1_000 });
    let mut twin = Browser::new(true);
    twin.cookie = browser.cookie.clone();
    let (one, two) = tokio::join!(press(&mut browser, &p.first, &form), async {
        tokio::time::sleep(Duration::from_millis(200)).await;
        press(&mut twin, &p.second, &other).await
    });
    let (one, two) = (report(&one), report(&two));
    assert_eq!(cancel_calls(&p.first).len(), 1, "one Rescue call");
    assert_eq!(one.code(), "OK");
    assert_eq!(two, one, "the second press shares the first's answer");

    // One record, the same on both instances.
    for h in [&p.first, &p.second] {
        let log = h.audit.recent(10).await.unwrap();
        assert_eq!(log.len(), 1, "{log:?}");
        assert_eq!(log[0].outcome, Outcome::Answered(rescue::ActionOutcome::Ok));
        let page = browser.get(h, "/history").await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(page.body.matches("<tr data-entry=").count(), 1);
    }

    // The same confirmation sent again later, to either instance: no call, the first answer.
    for h in [&p.second, &p.first] {
        let again = report(&press(&mut twin, h, &form).await);
        assert!(again.repeated, "{again:?}");
        assert_eq!(again.code(), "OK");
    }
    assert_eq!(cancel_calls(&p.first).len(), 1);
    // A new confirmation (the first long finished) is a press of its own, as on one instance.
    let fresh = confirm_form(&mut browser, &p.second, session, tech).await;
    let again = report(&press(&mut twin, &p.second, &fresh).await);
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
    let form = confirm_form(&mut browser, &p.first, session, tech).await;
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
    let answer = report(&press(&mut browser, &p.second, &form).await);
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

/// Two requests of one browser that each read the session before the other wrote it, then a
/// sign-out read by a third before it happened: in `store`, nothing newer is lost and nothing
/// deleted comes back.
async fn concurrent_writes_keep_what_is_newer(
    store: std::sync::Arc<dyn tower_sessions::SessionStore>,
) {
    use tower_sessions::session::{Id, Record};
    let mut record = Record {
        id: Id::default(),
        data: Default::default(),
        expiry_date: tower_sessions::cookie::time::OffsetDateTime::now_utc()
            + tower_sessions::cookie::time::Duration::hours(1),
    };
    record.data.insert("login".into(), serde_json::json!("ann"));
    store.create(&mut record).await.unwrap();
    let id = record.id;
    let mut one = store.load(&id).await.unwrap().unwrap();
    let mut two = store.load(&id).await.unwrap().unwrap();
    one.data.insert("notice".into(), serde_json::json!("held"));
    store.save(&one).await.unwrap();
    two.data.insert("bulk_run".into(), serde_json::json!("r1"));
    store.save(&two).await.unwrap();
    let kept = store.load(&id).await.unwrap().unwrap().data;
    assert_eq!(
        kept.get("notice"),
        Some(&serde_json::json!("held")),
        "{kept:?}"
    );
    assert_eq!(
        kept.get("bulk_run"),
        Some(&serde_json::json!("r1")),
        "{kept:?}"
    );
    assert_eq!(kept.get("login"), Some(&serde_json::json!("ann")));

    let mut late = store.load(&id).await.unwrap().unwrap();
    store.delete(&id).await.unwrap();
    late.data.insert("bulk_run".into(), serde_json::json!("r2"));
    store.save(&late).await.unwrap();
    assert!(
        store.load(&id).await.unwrap().is_none(),
        "a sign-out stays final"
    );
}

#[tokio::test]
async fn every_session_store_keeps_concurrent_writes_and_sign_outs() {
    use server::sessions::store::{Store, StoreKind};
    let keys = ([7; 32], [8; 32]);
    let lifetimes = app::core::services::Lifetimes::default();
    let redis = Store::open(
        &StoreKind::Redis(
            std::env::var("TEST_REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379".into()),
        ),
        None,
        keys,
        &lifetimes,
    )
    .await
    .unwrap();
    concurrent_writes_keep_what_is_newer(redis.shared()).await;
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/console.db", dir.path().display());
    let log = server::audit::AuditLog::open(&url).await.unwrap();
    let sqlite = Store::open(&StoreKind::Sqlite, log.sqlite(), keys, &lifetimes)
        .await
        .unwrap();
    concurrent_writes_keep_what_is_newer(sqlite.shared()).await;
    let memory = Store::open(&StoreKind::Memory, None, keys, &lifetimes)
        .await
        .unwrap();
    concurrent_writes_keep_what_is_newer(memory.shared()).await;
    log.close().await;
}
