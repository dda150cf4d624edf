//! The audit webhook against a loopback receiver that fails, redirects, hangs and recovers:
//! every finished record arrives as one JSON object, at least once, across restarts, and an
//! action never waits for the receiver.

use crate::common;

use std::time::Duration;

use app::shared::action::SessionAction;
use app::shared::outcome::Outcome;
use common::cancel::*;
use common::receiver::*;
use common::*;
use rescue_sim::seed;
use server::audit::webhook::Webhook;
use server::audit::{AuditEntry, AuditLog};

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
        status: "Active".into(),
        channel: String::new(),
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
    let h = Harness::builder().delivering(&receiver.url).build().await;
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
    log.record(&entry(
        1,
        Outcome::Answered(rescue::ActionOutcome::ActionFailed),
    ))
    .await
    .unwrap();
    receiver.until_got(3).await;
    // While the receiver hangs, records are written as fast as ever: the sender is apart.
    let written = tokio::time::timeout(
        Duration::from_secs(5),
        log.record(&entry(2, Outcome::Answered(rescue::ActionOutcome::Ok))),
    )
    .await;
    assert!(written
        .expect("a write never waits for the webhook")
        .is_ok());

    let mut got = receiver.until_accepted(2).await;
    // In order: the receiver is backed off as a whole, oldest record first.
    got.sort_by_key(|r| r["session_id"].as_u64());
    let sessions: Vec<_> = got.iter().map(|r| r["session_id"].clone()).collect();
    assert_eq!(sessions, [1_073_200_001u32, 1_073_200_002]);
    assert_eq!(
        got[0]["outcome"],
        Outcome::Answered(rescue::ActionOutcome::ActionFailed).code()
    );
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
        log.record(&entry(n, Outcome::Answered(rescue::ActionOutcome::Ok)))
            .await
            .unwrap();
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
    log.finish(
        id,
        &Outcome::Answered(rescue::ActionOutcome::InvalidSession),
        90,
    )
    .await
    .unwrap();
    let got = receiver.until_accepted(1).await;
    assert_eq!(
        got[0]["outcome"],
        Outcome::Answered(rescue::ActionOutcome::InvalidSession).code()
    );
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
        // Records name admins: plain http only to this machine.
        "http://siem.example/hooks",
        "http://10.0.0.5:8088/hooks",
    ] {
        let err = Webhook::parse(bad, Duration::from_secs(1)).expect_err(bad);
        assert!(err.to_string().contains("AUDIT_WEBHOOK_URL"), "{err}");
    }
    for local in [
        "http://127.0.0.1:8088/hooks",
        "http://localhost:8088/hooks",
        "http://[::1]:8088/hooks",
    ] {
        assert!(
            Webhook::parse(local, Duration::from_secs(1)).is_ok(),
            "{local}"
        );
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
    log.record(&entry(7, Outcome::Answered(rescue::ActionOutcome::Ok)))
        .await
        .unwrap();
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

#[tokio::test]
async fn an_answer_after_outcome_unknown_is_delivered_as_a_new_version_of_the_record() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/console.db", dir.path().display());
    let receiver = Receiver::start(&[], Answer::Accept).await;
    let log = delivering(&url, &receiver).await;
    let id = log.begin(&entry(8, Outcome::Attempted)).await.unwrap();
    // The instance stops mid-call; the next one marks the record OUTCOME_UNKNOWN.
    log.close().await;
    let next = delivering(&url, &receiver).await;
    let first = receiver.until_accepted(1).await;
    assert_eq!(first[0]["outcome"], "OUTCOME_UNKNOWN");
    assert_eq!(
        (first[0]["id"].as_i64(), first[0]["version"].as_i64()),
        (Some(id), Some(1))
    );
    assert!(first[0]["supersedes"].is_null());
    // Rescue's answer arrives after all (the first instance's write, late).
    next.finish(id, &Outcome::Answered(rescue::ActionOutcome::Ok), 700)
        .await
        .unwrap();
    let got = receiver.until_accepted(2).await;
    let update = &got[1];
    assert_eq!(update["id"].as_i64(), Some(id), "the same record");
    assert_eq!(update["version"].as_i64(), Some(2));
    assert_eq!(update["outcome"], "OK");
    let keys: Vec<String> = receiver.got().into_iter().map(|g| g.key).collect();
    assert_eq!(
        keys,
        [
            format!("rescue-console-audit-{id}-v1"),
            format!("rescue-console-audit-{id}-v2")
        ]
    );
    assert_eq!(update["supersedes"], keys[0].as_str());
    until_undelivered(&next, 0).await;
    next.close().await;
}

#[tokio::test]
async fn a_down_receiver_is_backed_off_as_one_not_once_per_record() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/console.db", dir.path().display());
    let receiver = Receiver::start(&[], Answer::Fail).await;
    let log = delivering(&url, &receiver).await;
    for n in 1..=20 {
        log.record(&entry(n, Outcome::Answered(rescue::ActionOutcome::Ok)))
            .await
            .unwrap();
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    let got = receiver.got();
    // Backed off 100 ms doubling to 400 ms: a handful of tries in two seconds, each of the
    // oldest record; one try per record per back-off would be twenty at once.
    assert!((2..12).contains(&got.len()), "{} tries", got.len());
    assert!(got.iter().all(|g| g.body["session_id"] == 1_073_200_001u32));
    assert_eq!(log.undelivered_count().await.unwrap(), 20);
    // Recovered: everything arrives, in order.
    receiver.then(Answer::Accept);
    let got = receiver.until_accepted(20).await;
    let sessions: Vec<u64> = got
        .iter()
        .filter_map(|g| g["session_id"].as_u64())
        .collect();
    let mut sorted = sessions.clone();
    sorted.sort_unstable();
    assert_eq!(sessions, sorted);
    log.close().await;
}

#[tokio::test]
async fn a_record_undelivered_for_a_day_is_given_up_counted_and_retried() {
    use app::audit::{Delivery, Filter};
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/console.db", dir.path().display());
    let receiver = Receiver::start(&[], Answer::Fail).await;
    let log = delivering(&url, &receiver).await;
    log.record(&entry(9, Outcome::Answered(rescue::ActionOutcome::Ok)))
        .await
        .unwrap();
    log.record(&entry(10, Outcome::Answered(rescue::ActionOutcome::Ok)))
        .await
        .unwrap();
    receiver.until_got(1).await;
    // The first record has waited a day (as if the receiver had been down that long).
    let db = sqlx::SqlitePool::connect(&url).await.unwrap();
    sqlx::query(
        "UPDATE audit_outbox SET queued_ms = queued_ms - 86400001 \
         WHERE record_id = (SELECT MIN(record_id) FROM audit_outbox)",
    )
    .execute(&db)
    .await
    .unwrap();
    let mut dead = 0;
    for _ in 0..100 {
        dead = log.dead_count().await.unwrap();
        if dead == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(dead, 1, "given up after a day of failures");
    assert_eq!(
        log.undelivered_count().await.unwrap(),
        1,
        "the other still tried"
    );
    // The history's filter finds it.
    let filter = Filter {
        delivery: Some(Delivery::Dead),
        ..Filter::default()
    };
    let found = log.page(&filter, None, 10).await.unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].session, 1_073_200_009);

    // The operator's command sends it again; the receiver is back.
    receiver.then(Answer::Accept);
    use clap::Parser;
    let config =
        server::Config::try_parse_from(["server", "--database-url", &url, "retry-webhook"])
            .unwrap();
    server::run(config).await.unwrap();
    assert_eq!(log.dead_count().await.unwrap(), 0);
    let got = receiver.until_accepted(2).await;
    let mut sessions: Vec<u64> = got
        .iter()
        .filter_map(|g| g["session_id"].as_u64())
        .collect();
    sessions.sort_unstable();
    assert_eq!(sessions, [1_073_200_009, 1_073_200_010]);
    until_undelivered(&log, 0).await;
    db.close().await;
    log.close().await;
}
