//! Rescue's session report through the real router against the simulator: the report and its
//! summary, the cache, the one-report-a-minute rule (told, never failed), one request at a time
//! per Rescue login, bad input, and the CSV export of what was shown.

use crate::common;

use axum::http::StatusCode;
use common::*;
use rescue_sim::seed::{self, ids};

fn report_calls(h: &Harness) -> usize {
    h.sim
        .requests()
        .into_iter()
        .filter(|r| r.method.eq_ignore_ascii_case("getReport_v2"))
        .count()
}

/// The report of the whole account for the simulator's day, give or take a day.
fn report_url(h: &Harness, days_back: i64) -> String {
    let today = rescue_sim::clock::to_naive(h.sim.now()).date();
    let from = today - chrono::Duration::days(days_back + 1);
    let to = today + chrono::Duration::days(1);
    format!(
        "/reports?node={}&noderef=NODE&from={from}&to={to}",
        ids::ROOT
    )
}

async fn signed_in() -> (Harness, Browser) {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    (h, browser)
}

#[tokio::test]
async fn a_report_with_its_summary_then_the_cache_then_the_minute_rule() {
    let (h, mut browser) = signed_in().await;
    let url = report_url(&h, 0);
    let page = browser.get(&h, &url).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_eq!(
        page.body.matches("data-report-row").count(),
        40,
        "one row per session"
    );
    assert!(page.body.contains("By technician"));
    assert!(page.body.contains("resolved,"), "resolved vs unresolved");
    assert!(
        page.body
            .contains("Printer | Floor 2\nCall back after 5 pm"),
        "free text intact"
    );
    assert_eq!(report_calls(&h), 1);

    // Reloading shows the cached copy: Rescue is not asked again.
    let again = browser.get(&h, &url).await.body;
    assert_eq!(again.matches("data-report-row").count(), 40);
    assert_eq!(report_calls(&h), 1);

    // Another range within the minute: told when, not failed, Rescue not asked.
    let other = browser.get(&h, &report_url(&h, 3)).await;
    assert_eq!(other.status, StatusCode::OK);
    assert!(
        other.body.contains(
            "Rescue allows one report a minute per sign-in. This report can be fetched in"
        ),
        "{}",
        other.body
    );
    assert_eq!(other.body.matches("data-report-row").count(), 0);

    // Asking for a fresh copy within the minute keeps the cached one, and says so.
    let refreshed = browser.get(&h, &format!("{url}&refresh=1")).await.body;
    assert!(refreshed.contains("this is the copy fetched at"));
    assert_eq!(refreshed.matches("data-report-row").count(), 40);
    assert_eq!(report_calls(&h), 1);
}

#[tokio::test]
async fn one_report_request_at_a_time_per_rescue_login() {
    let (h, mut browser) = signed_in().await;
    let mut second = Browser::new(false);
    second.cookie = browser.cookie.clone();
    let (a, b) = (report_url(&h, 0), report_url(&h, 2));
    let (one, two) = tokio::join!(browser.get(&h, &a), second.get(&h, &b));
    assert_eq!(
        report_calls(&h),
        1,
        "the second waited its turn, then was told to wait"
    );
    let shown = [&one, &two]
        .iter()
        .filter(|r| r.body.contains("data-report-row"))
        .count();
    assert_eq!(shown, 1);
    assert!([&one, &two]
        .iter()
        .any(|r| r.body.contains("can be fetched in")));
}

#[tokio::test]
async fn the_csv_is_the_report_shown_and_never_a_new_request() {
    let (h, mut browser) = signed_in().await;
    let url = report_url(&h, 0);
    let csv_url = url.replacen("/reports?", "/reports.csv?", 1);
    let early = browser.get(&h, &csv_url).await;
    assert_eq!(early.status, StatusCode::NOT_FOUND);
    assert!(early.body.contains("open it on the reports page first"));

    browser.get(&h, &url).await;
    let csv = browser.get(&h, &csv_url).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv
        .body
        .starts_with("Start Time (UTC),End Time (UTC),Technician Name,"));
    assert!(csv
        .body
        .contains("\"Printer | Floor 2\nCall back after 5 pm\""));
    let records = csv::Reader::from_reader(csv.body.as_bytes())
        .records()
        .count();
    assert_eq!(records, 40);
    assert_eq!(report_calls(&h), 1, "the export reads the cache");
}

#[tokio::test]
async fn the_whole_account_is_rescues_node_minus_two_and_exports_too() {
    let (h, mut browser) = signed_in().await;
    let url = report_url(&h, 0).replacen(
        &format!("node={}&noderef=NODE", ids::ROOT),
        "node=account",
        1,
    );
    let page = browser.get(&h, &url).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(
        page.body.contains(r#"<option value="account" selected"#),
        "Whole account is the chosen entry"
    );
    let sessions = h.sim.with_account(|a| a.sessions().count());
    assert_eq!(page.body.matches("data-report-row").count(), sessions);
    let asked = h
        .sim
        .requests()
        .into_iter()
        .find(|r| r.method.eq_ignore_ascii_case("getReport_v2"))
        .expect("a report request");
    assert_eq!(
        (asked.param("node"), asked.param("nodetype")),
        (Some("-2"), Some("EXTERNALROOT"))
    );
    let csv = browser
        .get(&h, &url.replacen("/reports?", "/reports.csv?", 1))
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert_eq!(report_calls(&h), 1, "the export reads the cache");
}

#[tokio::test]
async fn bad_input_is_refused_before_rescue_is_asked() {
    let (h, mut browser) = signed_in().await;
    for (query, says) in [
        ("node=abc", "The node in the address is not valid"),
        ("noderef=GROUP", "noderef must be NODE or CHANNEL"),
        ("from=2026-02-30", "From must be a date"),
        (
            "from=2026-11-28&to=2026-11-01",
            "The date range is backwards",
        ),
    ] {
        let page = browser.get(&h, &format!("/reports?{query}")).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{query}");
        assert!(page.body.contains(says), "{query}");
    }
    // A bare address shows the form and spends nothing of the minute.
    let bare = browser.get(&h, "/reports").await;
    assert_eq!(bare.status, StatusCode::OK);
    assert!(bare
        .body
        .contains("Choose the whole account, a technician, group or channel"));
    assert_eq!(report_calls(&h), 0);
    let mut stranger = Browser::new(false);
    let page = stranger.get(&h, "/reports").await;
    assert_eq!(page.status, StatusCode::FOUND);
    assert_eq!(page.location.as_deref(), Some("/login?next=%2Freports"));
}

#[tokio::test]
async fn signing_out_drops_the_logins_report_lane_and_its_reports() {
    let (h, mut browser) = signed_in().await;
    assert_eq!(h.backend.reports.lanes(), 0);
    let page = browser.get(&h, &report_url(&h, 0)).await;
    assert_eq!(page.body.matches("data-report-row").count(), 40);
    assert_eq!(
        h.backend.reports.lanes(),
        1,
        "the report is kept for its login"
    );

    let reply = browser.submit(&h, "/sessions", "sign_out", &[]).await;
    assert_eq!(reply.location.as_deref(), Some("/login"));
    assert_eq!(
        h.backend.reports.lanes(),
        0,
        "nothing of that login is kept"
    );
}

#[tokio::test]
async fn a_token_sign_in_is_told_to_use_a_password_where_rescue_refuses_tokens_for_reports() {
    let h = Harness::builder().allowing("*").build().await;
    // As a live account did: authcodes refused for reports, cookie logins of the same user not.
    h.sim.with_account(|a| a.reports_refuse_authcodes = true);
    let (_, code) = demo_authcode(&h).await;
    let mut token = Browser::new(false);
    token.sign_in_with_token(&h, &code).await;
    let page = token.get(&h, &report_url(&h, 0)).await;
    assert_eq!(page.status, StatusCode::OK, "the page, saying why");
    assert!(
        page.body
            .contains("Sign out and sign in with your e-mail and password to see reports"),
        "{}",
        page.body
    );
    assert_eq!(
        report_calls(&h),
        0,
        "refused at the settings, before the report"
    );

    let mut password = Browser::new(false);
    password.sign_in(&h, seed::DEMO_ADMIN).await;
    let page = password.get(&h, &report_url(&h, 0)).await;
    assert!(page.body.contains("data-report-row"), "{}", page.body);
}
