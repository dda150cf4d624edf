//! The history of actions through the real router, against an audit log seeded with known
//! records: filters, keyset pages that hold still while records arrive, bad filters, and the
//! CSV export (exact content, formula-safe, streamed for 100,000 records).

use crate::common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use chrono::{DateTime, Duration, Utc};
use common::*;
use futures_util::StreamExt;
use rescue_sim::seed;
use server::audit::AuditEntry;
use tower::ServiceExt;

const ADMINS: [&str; 2] = ["admin@demo.example", "lead@demo.example"];
const OUTCOMES: [&str; 3] = ["OK", "ACTIONFAILED", "TIMEOUT"];
const TECHNICIANS: [&str; 2] = ["Tina Tech", "=HYPERLINK(\"http://evil\")"];

/// Record `n` (1-based) of the seed: spread over three days, two admins, three outcomes.
fn entry(n: u32) -> AuditEntry {
    let start: DateTime<Utc> = "2026-11-01T08:00:00Z".parse().unwrap();
    AuditEntry {
        at: start + Duration::minutes(i64::from(n) * 30),
        admin_email: ADMINS[n as usize % 2].into(),
        action: app::shared::action::SessionAction::Cancel,
        session_id: 1_073_000_000 + n,
        technician: TECHNICIANS[n as usize % 2].into(),
        status: "Active".into(),
        channel: String::new(),
        outcome: app::shared::outcome::Outcome::from_code(OUTCOMES[n as usize % 3]),
        latency_ms: u64::from(n),
    }
}

/// A signed-in browser and a log of records 1..=count, in order.
async fn seeded(count: u32) -> (Harness, Browser) {
    let h = harness().await;
    for n in 1..=count {
        h.audit.record(&entry(n)).await.unwrap();
    }
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    (h, browser)
}

/// The session IDs of the rows a history page shows, in order.
fn sessions_shown(html: &str) -> Vec<u32> {
    html.split("<tr data-entry=")
        .skip(1)
        .map(|row| {
            let cells: Vec<&str> = row.split("<td>").collect();
            let cell = cells[4];
            cell[..cell.find('<').unwrap()].parse().unwrap()
        })
        .collect()
}

fn seed_ids(ns: impl IntoIterator<Item = u32>) -> Vec<u32> {
    ns.into_iter().map(|n| 1_073_000_000 + n).collect()
}

/// The href of the "Older" link, unescaped.
fn older_link(html: &str) -> Option<String> {
    let at = html.find("rel=\"next\"")?;
    let start = html[..at].rfind("href=\"")? + 6;
    let end = start + html[start..].find('"')?;
    Some(html[start..end].replace("&amp;", "&"))
}

async fn pages_hold_still_while_records_arrive() {
    let (h, mut browser) = seeded(120).await;
    let first = browser.get(&h, "/history").await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(sessions_shown(&first.body), seed_ids((71..=120).rev()));
    let older = older_link(&first.body).expect("an older page");

    // New records arrive while the lead reads page one.
    for n in 121..=125 {
        h.audit.record(&entry(n)).await.unwrap();
    }
    let second = browser.get(&h, &older).await.body;
    assert_eq!(sessions_shown(&second), seed_ids((21..=70).rev()));
    let third = browser.get(&h, &older_link(&second).unwrap()).await.body;
    assert_eq!(sessions_shown(&third), seed_ids((1..=20).rev()));
    assert!(older_link(&third).is_none(), "the oldest page is the last");
    assert!(third.contains("Newest"));
}

async fn filters_select_exactly_the_matching_records() {
    let (h, mut browser) = seeded(144).await;
    let all: Vec<AuditEntry> = (1..=144).map(entry).collect();
    let expect = |keep: &dyn Fn(&AuditEntry) -> bool| -> Vec<u32> {
        let mut ids: Vec<u32> = all
            .iter()
            .filter(|e| keep(e))
            .map(|e| e.session_id)
            .collect();
        ids.reverse();
        ids.truncate(50);
        ids
    };
    let day = |e: &AuditEntry| e.at.format("%Y-%m-%d").to_string();
    for (query, keep) in [
        (
            "outcome=ACTIONFAILED",
            Box::new(|e: &AuditEntry| e.outcome.code() == "ACTIONFAILED")
                as Box<dyn Fn(&AuditEntry) -> bool>,
        ),
        (
            "admin=LEAD&outcome=ok",
            Box::new(|e: &AuditEntry| {
                e.admin_email.starts_with("lead") && e.outcome.code() == "OK"
            }),
        ),
        (
            "from=2026-11-02&to=2026-11-02",
            Box::new(move |e: &AuditEntry| day(e) == "2026-11-02"),
        ),
        (
            "technician=tina&action=cancelAction",
            Box::new(|e: &AuditEntry| e.technician == "Tina Tech"),
        ),
        (
            "session=1073000077",
            Box::new(|e: &AuditEntry| e.session_id == 1_073_000_077),
        ),
        // LIKE's wildcards are taken literally.
        ("admin=%25", Box::new(|_: &AuditEntry| false)),
        ("from=2026-12-01", Box::new(|_: &AuditEntry| false)),
    ] {
        let page = browser.get(&h, &format!("/history?{query}")).await;
        assert_eq!(page.status, StatusCode::OK, "{query}");
        let wanted = expect(&*keep);
        assert_eq!(sessions_shown(&page.body), wanted, "{query}");
        if wanted.is_empty() {
            assert!(page.body.contains("No recorded actions match."), "{query}");
        }
    }
}

async fn charts_count_the_whole_filtered_set_in_svg_with_words() {
    // 60 records: 30 on each of 1 and 2 November (UTC), more than one page.
    let (h, mut browser) = seeded(60).await;
    let page = browser.get(&h, "/history").await.body;
    assert_eq!(
        page.matches(" role=\"img\"").count(),
        3,
        "three charts, each an image with a name"
    );
    assert!(page.contains("60 actions over time, 2 days: OK 20, ACTIONFAILED 20, TIMEOUT 20."));
    assert!(page.contains("60 actions by admin, 2 admins: OK 20, ACTIONFAILED 20, TIMEOUT 20."));
    assert!(
        page.contains("<th scope=\"row\">2026-11-02"),
        "the numbers as a table"
    );

    let filtered = browser
        .get(&h, "/history?outcome=TIMEOUT&admin=lead")
        .await
        .body;
    assert!(
        filtered.contains("10 actions over time, 2 days: TIMEOUT 10."),
        "{filtered}"
    );
}

async fn a_bad_filter_is_refused_and_the_form_keeps_it() {
    let (h, mut browser) = seeded(3).await;
    for (query, says, kept) in [
        (
            "from=2026-02-30&admin=lead",
            "From must be a date",
            "value=\"2026-02-30\"",
        ),
        (
            "session=12ab",
            "Session must be a session ID",
            "value=\"12ab\"",
        ),
        (
            "from=2026-11-28&to=2026-11-01",
            "The date range is backwards",
            "value=\"2026-11-01\"",
        ),
        ("before=x", "The page link is not valid", ""),
    ] {
        let page = browser.get(&h, &format!("/history?{query}")).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{query}");
        assert!(page.body.contains(says), "{query}: {}", page.body);
        assert!(page.body.contains(kept), "{query}");
        assert!(sessions_shown(&page.body).is_empty(), "{query}");
    }
    let csv = browser.get(&h, "/history.csv?session=12ab").await;
    assert_eq!(csv.status, StatusCode::BAD_REQUEST);
    assert!(csv.body.contains("Session must be a session ID"));
}

async fn signed_out_browsers_are_sent_to_sign_in() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    let page = browser.get(&h, "/history?outcome=OK").await;
    assert_eq!(page.status, StatusCode::FOUND);
    assert_eq!(
        page.location.as_deref(),
        Some("/login?next=%2Fhistory%3Foutcome%3DOK")
    );
    let csv = browser.get(&h, "/history.csv?outcome=OK").await;
    assert_eq!(csv.status, StatusCode::SEE_OTHER);
    assert_eq!(
        csv.location.as_deref(),
        Some("/login?next=%2Fhistory.csv%3Foutcome%3DOK")
    );
}

async fn csv_holds_exactly_the_filtered_records_and_no_formulas() {
    let (h, mut browser) = seeded(30).await;
    let reply = browser.get(&h, "/history.csv?outcome=OK").await;
    assert_eq!(reply.status, StatusCode::OK);
    let lines: Vec<&str> = reply.body.lines().collect();
    assert_eq!(
        lines[0],
        "Time (UTC),Admin,Action,Session ID,Technician,Outcome,Latency (ms),Session status,Channel"
    );
    let expected: Vec<String> = (1..=30)
        .rev()
        .map(entry)
        .filter(|e| e.outcome.code() == "OK")
        .map(|e| {
            let technician = if e.technician.starts_with('=') {
                // Quoted (it holds quotes) and defused with an apostrophe.
                "\"'=HYPERLINK(\"\"http://evil\"\")\"".to_owned()
            } else {
                e.technician.clone()
            };
            format!(
                "{},{},cancelAction,{},{},OK,{},{},",
                e.at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
                e.admin_email,
                e.session_id,
                technician,
                e.latency_ms,
                e.status,
            )
        })
        .collect();
    assert_eq!(lines[1..], expected);
}

#[tokio::test]
async fn csv_export_streams_100000_records() {
    let (h, mut browser) = seeded(0).await;
    // Seeded in one statement: 100,000 records, a quarter of them ACTIONFAILED.
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
         INSERT INTO audit_log (at, admin_email, action, session_id, technician, outcome, latency_ms)
         SELECT printf('2026-11-%02dT10:00:00.000Z', 1 + i % 28), 'admin' || (i % 3) || '@demo.example',
                'cancelAction', 1073000000 + i, 'Tech ' || (i % 7),
                CASE WHEN i % 4 = 0 THEN 'ACTIONFAILED' ELSE 'OK' END, i % 500
         FROM n",
    )
    .execute(h.audit.sqlite().unwrap())
    .await
    .unwrap();
    // The request goes through the router like the others, but its body is read frame by
    // frame: a streamed export arrives in many bounded chunks, never as one buffer.
    let cookie = browser.cookie.clone().unwrap();
    let started = std::time::Instant::now();
    let response = h
        .router
        .clone()
        .oneshot(
            Request::get("/history.csv")
                .header(header::COOKIE, cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()[header::CONTENT_TYPE],
        "text/csv; charset=utf-8"
    );
    let mut frames = response.into_body().into_data_stream();
    let (mut lines, mut bytes, mut chunks, mut largest, mut failed) = (0, 0, 0, 0, 0);
    // Resident memory while the export streams: a figure for the record (other tests share
    // this process, so it is printed, not asserted).
    let rss_before = resident_kib();
    let mut rss_peak = rss_before;
    while let Some(frame) = frames.next().await {
        let frame = frame.unwrap();
        rss_peak = rss_peak.max(resident_kib());
        chunks += 1;
        bytes += frame.len();
        largest = largest.max(frame.len());
        lines += frame.iter().filter(|&&b| b == b'\n').count();
        failed += frame.windows(14).filter(|w| w == b",ACTIONFAILED,").count();
    }
    eprintln!(
        "exported 100,000 records: {bytes} bytes in {chunks} chunks (largest {largest}) in {:?}; resident memory {rss_before} KiB before, {rss_peak} KiB at most while streaming",
        started.elapsed()
    );
    assert_eq!(lines, 100_001, "header and every record");
    assert_eq!(failed, 25_000);
    assert!(chunks >= 100, "streamed in batches, not one buffer");
    assert!(largest < 200_000, "a chunk is one batch: {largest} bytes");

    // The same set filtered: only the failures.
    let failures = browser
        .get(
            &h,
            "/history.csv?outcome=ACTIONFAILED&from=2026-11-05&to=2026-11-05",
        )
        .await;
    let expected = (1..=100_000u32)
        .filter(|i| i % 4 == 0 && 1 + i % 28 == 5)
        .count();
    assert_eq!(failures.body.lines().count(), expected + 1);
}

/// This process's resident memory (Linux; 0 elsewhere).
fn resident_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
            line.split_whitespace().nth(1)?.parse().ok()
        })
        .unwrap_or(0)
}

/// Each history test, once on SQLite and once on PostgreSQL: both audit logs behave the same.
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[tokio::test]
            async fn $name() {
                super::$name().await
            })*
        }
        mod postgres {
            $(#[tokio::test]
            async fn $name() {
                let _database = super::common::postgres::database().await;
                super::$name().await
            })*
        }
    };
}

on_both_databases!(
    pages_hold_still_while_records_arrive,
    filters_select_exactly_the_matching_records,
    charts_count_the_whole_filtered_set_in_svg_with_words,
    a_bad_filter_is_refused_and_the_form_keeps_it,
    signed_out_browsers_are_sent_to_sign_in,
    csv_holds_exactly_the_filtered_records_and_no_formulas,
);
