//! `/outcomes` beyond the list: the per-technician summary and the charts over every session
//! the filters admit, `/outcomes.csv` (streamed in batches, formula-safe, UTC, without the
//! chat), the sessions list linking to records, and posts kept before the summary's columns
//! existed.

use crate::common;

use axum::http::StatusCode;
use common::*;
use rescue_sim::seed;

use common::rescue_posts::{post_form as post, receiving};

/// Three sessions of Tina's and one of Ravi's, each a start and an end post.
async fn four_sessions(h: &Harness) {
    for (session, tech, waiting, work) in [
        (82_001, "Tina%20Tech", 20, 300),
        (82_002, "Tina%20Tech", 90, 600),
        (82_003, "Tina%20Tech", 400, 1200),
        (82_004, "Ravi%20Patel", 2000, 60),
    ] {
        post(
            h,
            &format!("SessionID={session}&TechName={tech}&CField0=C{session}&WaitingTime={waiting}&PickupTime={waiting}&WorkTime=0"),
        )
        .await;
        post(
            h,
            &format!("SessionID={session}&TechName={tech}&CField0=C{session}&Notes=done&ChatLog=private%20chat&WaitingTime={waiting}&PickupTime={waiting}&WorkTime={work}"),
        )
        .await;
    }
}

/// The text of the table row headed `head` in `body`, tags removed.
fn row_text(body: &str, head: &str) -> String {
    // Without the view system's hydration markers.
    let body = &body.replace("<!>", "");
    let start = body
        .find(&format!(">{head}</th>"))
        .unwrap_or_else(|| panic!("no row {head} in {body}"));
    let end = body[start..]
        .find("</tr>")
        .map_or(body.len(), |e| start + e);
    let mut text = String::new();
    let mut inside = false;
    for c in body[start..end].chars() {
        match c {
            '<' => inside = true,
            '>' => {
                inside = false;
                text.push('|');
            }
            c if !inside => text.push(c),
            _ => {}
        }
    }
    text.split('|')
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" | ")
}

#[tokio::test]
async fn the_summary_and_charts_cover_every_filtered_session() {
    let h = receiving().await;
    four_sessions(&h).await;
    let mut lead = Browser::new(false);
    lead.sign_in(&h, seed::DEMO_ADMIN).await;
    let body = lead.get(&h, "/outcomes").await.body.replace("<!>", "");
    assert!(
        body.contains("4 sessions match the filters, handled by 2 technicians."),
        "{body}"
    );
    // Medians and totals per technician: the end post's times count.
    assert_eq!(
        row_text(&body, "Tina Tech"),
        "Tina Tech | 3 | 1 min 30 s | 1 min 30 s | 10 min 0 s | 35 min 0 s"
    );
    assert_eq!(
        row_text(&body, "Ravi Patel"),
        "Ravi Patel | 1 | 33 min 20 s | 33 min 20 s | 1 min 0 s | 1 min 0 s"
    );
    assert_eq!(
        row_text(&body, "All technicians"),
        "All technicians | 4 | 4 min 5 s | 4 min 5 s | 7 min 30 s | 36 min 0 s"
    );
    // Three charts, each an image with a title and description and its numbers as a table.
    assert_eq!(body.matches("<svg viewBox").count(), 3, "{body}");
    for title in [
        "Sessions per day (UTC, by first post)",
        "Waiting times",
        "Sessions per technician",
    ] {
        assert!(body.contains(&format!("<figcaption>{title}</figcaption>")));
    }
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    assert_eq!(row_text(&body, &today), format!("{today} | 4"));
    assert_eq!(row_text(&body, "under 30 s"), "under 30 s | 1");
    assert_eq!(
        row_text(&body, "1 min 0 s to 2 min 0 s"),
        "1 min 0 s to 2 min 0 s | 1"
    );
    assert_eq!(
        row_text(&body, "30 min 0 s or more"),
        "30 min 0 s or more | 1"
    );
    // The list shows the work time too.
    assert!(body.contains("<th scope=\"col\" class=\"number\">Work time</th>"));

    // A filter narrows the summary as it narrows the list.
    let body = lead
        .get(&h, "/outcomes?technician=ravi")
        .await
        .body
        .replace("<!>", "");
    assert!(
        body.contains("1 session matches the filters, handled by 1 technician."),
        "{body}"
    );
    assert!(!body.contains(">Tina Tech</th>"));
    // A later page is the list alone.
    let page = lead.get(&h, "/outcomes?before=999999999").await.body;
    assert!(!page.contains("match the filters") && page.contains("/outcomes/82004"));
}

/// The CSV's lines as cells.
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("CSV").iter().map(str::to_owned).collect())
        .collect()
}

#[tokio::test]
async fn the_export_streams_the_filtered_sessions_formula_safe() {
    let h = receiving().await;
    four_sessions(&h).await;
    post(
        &h,
        "SessionID=82005&TechName=%3DHYPERLINK(%22http%3A%2F%2Fx%22)&CField0=%2BSUM(A1)&Notes=a%2Cb%0Ac",
    )
    .await;

    let mut stranger = Browser::new(false);
    let reply = stranger.get(&h, "/outcomes.csv").await;
    assert!(reply.location.unwrap_or_default().starts_with("/login"));

    let mut lead = Browser::new(false);
    lead.sign_in(&h, seed::DEMO_ADMIN).await;
    let reply = lead.get(&h, "/outcomes.csv").await;
    assert_eq!(reply.status, StatusCode::OK);
    let rows = csv_rows(&reply.body);
    assert_eq!(
        rows[0][..4],
        ["Session ID", "First post (UTC)", "Last post (UTC)", "Posts"]
    );
    assert_eq!(rows[0].len(), 19);
    let sessions: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(sessions, ["82005", "82004", "82003", "82002", "82001"]);
    // Formulas defused, commas and line breaks quoted, times in UTC.
    assert_eq!(rows[1][4], "'=HYPERLINK(\"http://x\")");
    assert_eq!(rows[1][8], "'+SUM(A1)");
    assert_eq!(rows[1][15], "a,b\nc");
    assert!(rows[1][1].ends_with('Z'), "{}", rows[1][1]);
    let tina = &rows[3];
    assert_eq!(tina[3], "2");
    assert_eq!((tina[16].as_str(), tina[18].as_str()), ("400", "1200"));
    assert!(
        !reply.body.contains("private chat"),
        "the chat stays on the page"
    );

    let only = csv_rows(&lead.get(&h, "/outcomes.csv?technician=ravi").await.body);
    assert_eq!(only.len(), 2);
    assert_eq!(only[1][0], "82004");
    let refused = lead.get(&h, "/outcomes.csv?from=2026-02-31").await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.body.contains("From"), "{}", refused.body);

    // Past one batch: every session exactly once, the most recently posted first.
    let fields = |n: i64| vec![("sessionid".to_owned(), n.to_string())];
    for n in 0..2_100i64 {
        let added = h
            .audit
            .keep_post(
                90_000 + n,
                "form",
                &format!("bulk-{n}"),
                &fields(90_000 + n),
            )
            .await
            .unwrap();
        assert!(added);
    }
    let all = csv_rows(&lead.get(&h, "/outcomes.csv").await.body);
    assert_eq!(all.len(), 1 + 2_100 + 5);
    let ids: Vec<i64> = all[1..].iter().map(|r| r[0].parse().unwrap()).collect();
    assert_eq!(ids[0], 92_099);
    assert_eq!(ids[2_099], 90_000);
    let unique: std::collections::HashSet<i64> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len());
}

#[tokio::test]
async fn the_sessions_list_links_to_records_that_exist() {
    let h = receiving().await;
    let mut lead = Browser::new(false);
    lead.sign_in(&h, seed::DEMO_ADMIN).await;
    let path = "/sessions?node=337100&noderef=NODE";
    let body = lead.get(&h, path).await.body;
    let ids: Vec<String> = body
        .split("data-session=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next().map(str::to_owned))
        .collect();
    assert!(ids.len() >= 2, "{body}");
    assert!(!body.contains("href=\"/outcomes/"));
    post(&h, &format!("SessionID={}&TechName=Tina", ids[0])).await;
    let body = lead.get(&h, path).await.body;
    assert!(
        body.contains(&format!(
            "<a href=\"/outcomes/{0}\" aria-label=\"Record of session {0}\">{0}</a>",
            ids[0]
        )),
        "{body}"
    );
    assert!(!body.contains(&format!("href=\"/outcomes/{}\"", ids[1])));
}

#[tokio::test]
async fn posts_kept_before_the_summary_columns_are_indexed_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/console.db", dir.path().display());
    let log = server::audit::AuditLog::open(&url).await.unwrap();
    let fields: Vec<(String, String)> = [
        ("sessionid", "83001"),
        ("techname", "Old Tech"),
        ("waitingtime", "42"),
        ("worktime", "600"),
    ]
    .iter()
    .map(|(n, v)| (n.to_string(), v.to_string()))
    .collect();
    assert!(log.keep_post(83_001, "form", "old", &fields).await.unwrap());
    log.close().await;
    // As a post kept by the previous version: its derived columns unwritten.
    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
    sqlx::query(
        "UPDATE outcome_posts SET technician = '', waiting_s = NULL, work_s = NULL, indexed = 0",
    )
    .execute(&pool)
    .await
    .unwrap();
    pool.close().await;

    let log = server::audit::AuditLog::open(&url).await.unwrap();
    let facts = log
        .outcome_facts(&app::audit::OutcomeFilter::default())
        .await
        .unwrap();
    assert_eq!(facts.len(), 1);
    assert_eq!(facts[0].technician, "Old Tech");
    assert_eq!((facts[0].waiting, facts[0].work), (Some(42), Some(600)));
    log.close().await;
}

#[tokio::test]
async fn postgres_summarises_and_exports_too() {
    let _db = common::postgres::database().await;
    let h = receiving().await;
    four_sessions(&h).await;
    let mut lead = Browser::new(false);
    lead.sign_in(&h, seed::DEMO_ADMIN).await;
    let body = lead.get(&h, "/outcomes").await.body;
    assert_eq!(
        row_text(&body, "All technicians"),
        "All technicians | 4 | 4 min 5 s | 4 min 5 s | 7 min 30 s | 36 min 0 s"
    );
    let rows = csv_rows(&lead.get(&h, "/outcomes.csv?text=c82002").await.body);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1][0], "82002");
}
