//! The audit log itself, on SQLite and on PostgreSQL alike: write-ahead records and their
//! answers, what a stopped instance leaves, filters that take their text literally.

use crate::common;

use std::time::Duration;

use app::audit::Filter;
use app::shared::action::SessionAction;
use app::shared::outcome::Outcome;
use server::audit::{AuditEntry, AuditLog};

fn entry(n: u32, technician: &str) -> AuditEntry {
    AuditEntry {
        at: chrono::Utc::now(),
        admin_email: "Admin@Demo.example".into(),
        action: SessionAction::Cancel,
        session_id: 1_073_200_000 + n,
        technician: technician.into(),
        status: "Active".into(),
        channel: String::new(),
        outcome: Outcome::Attempted,
        latency_ms: 0,
    }
}

/// Write-ahead, the answer, and the answer arriving after a sweeper gave up on it.
async fn a_record_is_written_ahead_and_completed(url: &str) {
    let log = AuditLog::open(url).await.unwrap();
    let id = log.begin(&entry(1, "Tina")).await.unwrap();
    let shown = log.recent(10).await.unwrap();
    assert_eq!(shown.len(), 1);
    assert_eq!(shown[0].outcome, Outcome::Attempted);
    // A live instance's record is never swept.
    assert_eq!(log.sweep().await.unwrap(), 0);
    log.finish(id, &Outcome::Answered(rescue::ActionOutcome::Ok), 812)
        .await
        .unwrap();
    let shown = log.recent(10).await.unwrap();
    assert_eq!(
        (shown[0].outcome.clone(), shown[0].latency_ms),
        (Outcome::Answered(rescue::ActionOutcome::Ok), 812)
    );
    // Finishing twice changes nothing: an answer is written once.
    log.finish(
        id,
        &Outcome::Answered(rescue::ActionOutcome::ActionFailed),
        1,
    )
    .await
    .unwrap();
    assert_eq!(
        log.recent(10).await.unwrap()[0].outcome,
        Outcome::Answered(rescue::ActionOutcome::Ok)
    );
    log.close().await;
}

/// Text filters match anywhere, ignoring case, with `%` and `_` taken literally.
async fn filters_take_their_text_literally(url: &str) {
    let log = AuditLog::open(url).await.unwrap();
    for (n, tech) in [
        (1, "Tina 100% Tech"),
        (2, "Tina 1000 Tech"),
        (3, "tom_b"),
        (4, "tomab"),
    ] {
        let mut e = entry(n, tech);
        e.outcome = Outcome::Answered(rescue::ActionOutcome::Ok);
        log.record(&e).await.unwrap();
    }
    let sessions = |filter: Filter| {
        let log = log.clone();
        async move {
            let mut ids: Vec<u32> = log
                .page(&filter, None, 50)
                .await
                .unwrap()
                .into_iter()
                .map(|e| e.session - 1_073_200_000)
                .collect();
            ids.sort_unstable();
            ids
        }
    };
    let by_tech = |t: &str| Filter {
        technician: Some(t.into()),
        ..Filter::default()
    };
    assert_eq!(sessions(by_tech("100%")).await, [1]);
    assert_eq!(sessions(by_tech("M_B")).await, [3]);
    assert_eq!(sessions(by_tech("tina")).await, [1, 2]);
    let by_admin = Filter {
        admin: Some("admin@DEMO".into()),
        ..Filter::default()
    };
    assert_eq!(sessions(by_admin).await, [1, 2, 3, 4]);
    let summary = log.summary(&Filter::default()).await.unwrap();
    assert_eq!(summary.by_admin.len(), 1);
    assert_eq!(summary.by_admin[0].count, 4);
    let choices = log.choices().await.unwrap();
    assert_eq!(choices.actions, ["cancelAction"]);
    assert_eq!(
        choices.outcomes,
        [Outcome::Answered(rescue::ActionOutcome::Ok)]
    );
    let asked = log
        .requests_of(
            "Admin@Demo.example",
            chrono::Utc::now() - chrono::Duration::minutes(1),
        )
        .await
        .unwrap();
    assert_eq!(asked.len(), 4);
    log.close().await;
}

#[tokio::test]
async fn sqlite_writes_ahead_and_completes() {
    let dir = tempfile::tempdir().unwrap();
    a_record_is_written_ahead_and_completed(&format!("sqlite://{}/a.db", dir.path().display()))
        .await;
}

#[tokio::test]
async fn postgres_writes_ahead_and_completes() {
    let db = common::postgres::database().await;
    a_record_is_written_ahead_and_completed(&db.url).await;
}

#[tokio::test]
async fn sqlite_filters_take_their_text_literally() {
    let dir = tempfile::tempdir().unwrap();
    filters_take_their_text_literally(&format!("sqlite://{}/a.db", dir.path().display())).await;
}

#[tokio::test]
async fn postgres_filters_take_their_text_literally() {
    let db = common::postgres::database().await;
    filters_take_their_text_literally(&db.url).await;
}

#[tokio::test]
async fn on_postgres_another_instance_finds_what_a_stopped_one_left() {
    let db = common::postgres::database().await;
    let first = AuditLog::open(&db.url).await.unwrap();
    let second = AuditLog::open(&db.url).await.unwrap();
    assert!(first.is_shared());
    let id = first.begin(&entry(7, "Tina")).await.unwrap();
    // While the first instance beats, its call is its own.
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(second.sweep().await.unwrap(), 0);
    assert_eq!(
        second.recent(1).await.unwrap()[0].outcome,
        Outcome::Attempted
    );

    // The first stops beating (killed): within a few beats the second marks the record.
    first.close().await;
    let mut outcome = Outcome::Attempted;
    for _ in 0..40 {
        tokio::time::sleep(Duration::from_millis(500)).await;
        outcome = second.recent(1).await.unwrap()[0].outcome.clone();
        if outcome != Outcome::Attempted {
            break;
        }
    }
    assert_eq!(
        outcome,
        Outcome::Unknown,
        "swept by the instance still running"
    );

    // Should the answer still arrive (the first was only cut off from the database), it wins.
    second
        .finish(id, &Outcome::Answered(rescue::ActionOutcome::Ok), 90)
        .await
        .unwrap();
    assert_eq!(
        second.recent(1).await.unwrap()[0].outcome,
        Outcome::Answered(rescue::ActionOutcome::Ok)
    );
    second.close().await;
}

#[tokio::test]
async fn an_unreachable_postgres_fails_start_up_clearly() {
    // Nothing listens on port 9 of this machine.
    let err = AuditLog::open("postgres://console:s3cret@127.0.0.1:9/console")
        .await
        .expect_err("no database");
    let text = err.to_string();
    assert!(text.starts_with("audit log database"), "{text}");
    assert!(!text.contains("s3cret"), "{text}");
}
