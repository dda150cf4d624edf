//! No action escapes the audit log: its record is written before the Rescue call, completed
//! after it on a task a vanished browser cannot cancel, refused when it cannot be written, and
//! marked "outcome unknown" when its server stopped mid-call.

use crate::common;

use std::time::Duration;

use app::shared::outcome::Outcome;
use axum::http::StatusCode;
use common::cancel::*;
use common::*;
use rescue_sim::faults::Fault;
use rescue_sim::seed;

/// Waits (up to 10 s) until the audit log holds `count` records none of them `ATTEMPTED`.
async fn settled(h: &Harness, count: usize) -> Vec<server::audit::AuditEntry> {
    for _ in 0..100 {
        let log = h.audit.recent(100).await.unwrap();
        if log.len() == count && log.iter().all(|e| e.outcome != Outcome::Attempted) {
            return log;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("not settled: {:?}", h.audit.recent(100).await.unwrap());
}

#[tokio::test]
async fn a_browser_gone_mid_call_leaves_the_whole_record() {
    let h = Harness::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .await;
    let mut browser = Browser::new(true);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (session, tech) = cancellable(&h)[0];
    fault(&h, Fault::Latency { ms: 4_000 });

    // The browser closes its connection one second into the four-second call.
    let gone = tokio::time::timeout(
        Duration::from_secs(1),
        confirm(&mut browser, &h, session, tech),
    )
    .await;
    assert!(gone.is_err(), "the request was dropped mid-call");
    // The record is there already, before Rescue answered.
    let ahead = h.audit.recent(10).await.unwrap();
    assert_eq!(ahead.len(), 1, "{ahead:?}");
    assert_eq!(ahead[0].outcome, Outcome::Attempted);
    assert_eq!(ahead[0].session_id, session);

    // The call went on without the browser; its answer completes the same record.
    let log = settled(&h, 1).await;
    assert_eq!(log[0].outcome, Outcome::Answered(rescue::ActionOutcome::Ok));
    assert!(log[0].latency_ms >= 4_000, "{:?}", log[0]);
    assert_eq!(cancel_calls(&h).len(), 1);
    assert!(h
        .sim
        .with_account(|a| a.session(session).unwrap().pending.is_none()));
}

#[tokio::test]
async fn an_action_that_cannot_be_recorded_is_not_made() {
    let h = harness().await;
    let mut browser = Browser::new(true);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (session, tech) = cancellable(&h)[0];
    let form = confirm_form(&mut browser, &h, session, tech).await;
    // The audit database goes away (a full disk, a dead database server).
    h.audit.close().await;

    let reply = press(&mut browser, &h, &form).await;
    let answer = report(&reply);
    assert_eq!(answer.code(), "AUDIT_UNAVAILABLE");
    assert!(
        answer.message.contains("nothing was sent to Rescue"),
        "{}",
        answer.message
    );
    assert!(cancel_calls(&h).is_empty(), "Rescue was not asked");
    assert!(h
        .sim
        .with_account(|a| a.session(session).unwrap().pending.is_some()));
}

#[tokio::test]
async fn a_record_left_attempted_by_a_stopped_server_reads_outcome_unknown() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/console.db", dir.path().display());
    // A server that wrote its record ahead and was killed before Rescue answered.
    let killed = server::audit::AuditLog::open(&url).await.unwrap();
    let id = killed
        .begin(&server::audit::AuditEntry {
            at: chrono::Utc::now(),
            admin_email: seed::DEMO_ADMIN.into(),
            action: app::shared::action::SessionAction::Cancel,
            session_id: 1_073_200_042,
            technician: "Tina Tech".into(),
            status: "Active".into(),
            channel: String::new(),
            outcome: Outcome::Attempted,
            latency_ms: 0,
        })
        .await
        .unwrap();
    assert!(id > 0);
    killed.close().await;

    // The next start finds it.
    let h = Harness::builder()
        .dir(dir)
        .store(server::sessions::store::StoreKind::Sqlite)
        .build()
        .await;
    let log = h.audit.recent(10).await.unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].outcome, Outcome::Unknown);

    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let history = browser.get(&h, "/history").await;
    assert_eq!(history.status, StatusCode::OK);
    assert!(history.body.contains("OUTCOME_UNKNOWN"), "{}", history.body);
    assert!(
        history.body.contains("Check the session in Rescue"),
        "the history says what to do: {}",
        history.body
    );
    let csv = browser.get(&h, "/history.csv").await;
    assert!(csv.body.contains("OUTCOME_UNKNOWN"), "{}", csv.body);
}
