//! `/outcomes` over 100,000 stored sessions (200,000 posts: a start and an end each, 40
//! technicians, 30 days): the first page with its summary and charts, a filtered first page, a
//! later page (the list alone), and the whole CSV export, through the real router on SQLite.

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion};
use rescue_sim::seed;

const SESSIONS: i64 = 100_000;
const TOKEN: &str = "pt-bench-0123456789abcdef0123456789abcdef";

/// Writes the posts straight into the database, many rows a statement, in one transaction.
async fn fill(pool: &sqlx::SqlitePool) {
    let day_ms = 86_400_000;
    let start = chrono::Utc::now().timestamp_millis() - 30 * day_ms;
    let mut tx = pool.begin().await.expect("transaction");
    for chunk in (0..SESSIONS).collect::<Vec<_>>().chunks(500) {
        let mut query = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
            "INSERT INTO outcome_posts (session_id, received_ms, post_hash, format, fields, \
             technician, search, waiting_s, pickup_s, work_s, indexed) ",
        );
        let posts = chunk.iter().flat_map(|n| [(*n, false), (*n, true)]);
        query.push_values(posts, |mut row, (n, end)| {
            let session = 10_000_000 + n;
            let technician = format!("Technician {:02}", n % 40);
            let at = start + n * (30 * day_ms / SESSIONS) + if end { 600_000 } else { 0 };
            let fields = serde_json::json!([
                ["sessionid", session.to_string()],
                ["techname", technician],
                ["cfield0", format!("Customer {n}")],
                ["chatlog", "Customer: hello\nTechnician: hi, let me look"],
                ["notes", if end { "Fixed the printer queue." } else { "" }],
                ["waitingtime", (n % 900).to_string()],
                [
                    "worktime",
                    if end {
                        (n % 3600).to_string()
                    } else {
                        "0".into()
                    }
                ],
            ]);
            row.push_bind(session)
                .push_bind(at)
                .push_bind(format!("{session}-{end}"))
                .push_bind("form")
                .push_bind(fields.to_string())
                .push_bind(technician)
                .push_bind(format!("customer {n}"))
                .push_bind(n % 900)
                .push_bind(n % 900)
                .push_bind(if end { n % 3600 } else { 0 })
                .push_bind(1);
        });
        query.build().execute(&mut *tx).await.expect("insert");
    }
    tx.commit().await.expect("commit");
}

fn outcomes_page(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let (h, mut browser) = runtime.block_on(async {
        let h = common::Harness::builder()
            .setting("--post-to-url-token", TOKEN)
            .build()
            .await;
        let started = Instant::now();
        fill(h.audit.sqlite().expect("SQLite")).await;
        println!("{SESSIONS} sessions stored in {:?}", started.elapsed());
        let mut browser = common::Browser::new(false);
        browser.sign_in(&h, seed::DEMO_ADMIN).await;
        (h, browser)
    });
    let first = runtime.block_on(browser.get(&h, "/outcomes"));
    assert!(
        first.body.contains("100000 sessions match the filters"),
        "{}",
        &first.body[..first.body.len().min(2000)]
    );
    println!("/outcomes first page: {} bytes", first.body.len());
    for (name, path) in [
        ("GET /outcomes (page, summary, charts)", "/outcomes"),
        (
            "GET /outcomes?technician=Technician 07",
            "/outcomes?technician=Technician%2007",
        ),
        (
            "GET /outcomes?before=… (a later page)",
            "/outcomes?before=150000",
        ),
    ] {
        c.bench_function(name, |b| {
            b.iter(|| {
                runtime.block_on(async {
                    let reply = browser.get(&h, path).await;
                    assert_eq!(reply.status, http::StatusCode::OK);
                    reply.body.len()
                })
            })
        });
    }
    // The export once: a whole pass is seconds, too long for criterion's samples.
    let started = Instant::now();
    let csv = runtime.block_on(browser.get(&h, "/outcomes.csv"));
    let lines = csv.body.lines().count();
    assert_eq!(lines as i64, SESSIONS + 1);
    println!(
        "GET /outcomes.csv: {lines} lines, {} bytes in {:?}",
        csv.body.len(),
        started.elapsed()
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = outcomes_page
}
criterion_main!(benches);
