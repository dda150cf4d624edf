//! How long a dashboard sign-in lasts, through the router against the simulator: an absolute
//! lifetime from sign-in, an idle limit that automatic refreshes do not reset, and a login
//! Rescue no longer accepts ending the sign-in on pages that never call Rescue themselves.

use crate::common;

use std::time::Duration;

use axum::http::StatusCode;
use common::*;
use leptos::server_fn::ServerFn;
use rescue_sim::seed;

fn lasting(max: u64, idle: u64, recheck: u64) -> app::core::services::Lifetimes {
    app::core::services::Lifetimes {
        max: Duration::from_secs(max),
        idle: Duration::from_secs(idle),
        recheck: Duration::from_secs(recheck),
    }
}

/// Whether `path` is served to this browser, or it is sent to sign in (then back to `path`).
async fn served(browser: &mut Browser, h: &Harness, path: &str) -> bool {
    let reply = browser.get(h, path).await;
    match reply.status {
        StatusCode::OK => true,
        StatusCode::FOUND | StatusCode::SEE_OTHER => {
            let location = reply.location.unwrap_or_default();
            assert!(location.starts_with("/login"), "{location}");
            false
        }
        other => panic!("{path}: {other}"),
    }
}

/// The open sessions page refreshing itself, as the hydrated page's clock does.
async fn automatic_refresh(browser: &mut Browser, h: &Harness) -> StatusCode {
    browser
        .post(h, app::sessions::LoadSessions::PATH, &[("auto", "true")])
        .await
        .status
}

#[tokio::test]
async fn an_idle_sign_in_ends_and_automatic_refreshes_do_not_keep_it() {
    let h = Harness::builder()
        .lasting(lasting(3600, 2, 3600))
        .build()
        .await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    assert!(served(&mut browser, &h, "/history").await);
    // An open tab refreshing itself for longer than the idle limit.
    for _ in 0..5 {
        tokio::time::sleep(Duration::from_millis(500)).await;
        automatic_refresh(&mut browser, &h).await;
    }
    assert!(
        !served(&mut browser, &h, "/history").await,
        "idle for 2.5 s"
    );
    let page = browser.get(&h, "/login").await.body;
    assert!(
        page.contains("You were away for more than 2 seconds"),
        "{page}"
    );
}

#[tokio::test]
async fn what_the_admin_does_keeps_a_sign_in_until_its_absolute_lifetime() {
    // Times are kept in whole seconds, so the margins here are a second or more.
    let h = Harness::builder()
        .lasting(lasting(6, 2, 3600))
        .build()
        .await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    // Busy for twice the idle limit: still signed in.
    for _ in 0..8 {
        assert!(served(&mut browser, &h, "/history").await);
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    // Past the absolute lifetime, however busy; the Rescue login is ended with it.
    tokio::time::sleep(Duration::from_millis(3000)).await;
    h.sim.clear_requests();
    assert!(!served(&mut browser, &h, "/history").await);
    let logouts = h
        .sim
        .requests()
        .iter()
        .filter(|r| r.method == "logout")
        .count();
    assert_eq!(logouts, 1, "the Rescue login goes with the sign-in");
    let page = browser.get(&h, "/login").await.body;
    assert!(page.contains("lasts at most 6 seconds"), "{page}");
    // Signing in again lands back where the admin was.
    let reply = browser
        .submit(
            &h,
            "/login?next=%2Fhistory",
            "sign_in",
            &[
                ("email", seed::DEMO_ADMIN),
                ("password", seed::DEMO_PASSWORD),
                ("next", "/history"),
            ],
        )
        .await;
    assert_eq!(reply.location.as_deref(), Some("/history"));
}

#[tokio::test]
async fn a_login_rescue_no_longer_accepts_ends_the_sign_in_on_any_page() {
    // Whole seconds: two of them, so the first look below is surely within the interval.
    let h = Harness::builder()
        .lasting(lasting(3600, 3600, 2))
        .build()
        .await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    // The login the dashboard holds ends at Rescue.
    let (_, held) = browser.held_rescue_login(&h).await;
    let client = rescue::Client::new(&h.api_url, Duration::from_secs(2)).unwrap();
    client.logout(&held).await.unwrap();
    // Within the re-check interval the history (which never asks Rescue) is still shown…
    assert!(served(&mut browser, &h, "/history").await);
    // …after it, Rescue is asked, refuses, and the sign-in ends, the CSV export included.
    tokio::time::sleep(Duration::from_millis(2100)).await;
    assert!(!served(&mut browser, &h, "/history.csv").await);
    let page = browser.get(&h, "/login").await.body;
    assert!(
        page.contains("Rescue no longer accepts your sign-in"),
        "{page}"
    );
    assert!(!served(&mut browser, &h, "/history").await);
}

#[tokio::test]
async fn a_rescue_outage_does_not_end_sign_ins() {
    let h = Harness::builder()
        .lasting(lasting(3600, 3600, 1))
        .build()
        .await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    h.stop_rescue();
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert!(
        served(&mut browser, &h, "/history").await,
        "kept while Rescue is away"
    );
}

#[tokio::test]
async fn the_dashboard_cookie_is_a_session_cookie() {
    let h = harness().await;
    let html = Browser::new(false).get(&h, "/login").await.body;
    let action = form_action(&html, "sign_in");
    let reply = Browser::new(false)
        .post(
            &h,
            &action,
            &[
                ("email", seed::DEMO_ADMIN),
                ("password", seed::DEMO_PASSWORD),
            ],
        )
        .await;
    let cookie = reply
        .set_cookie
        .iter()
        .find(|c| c.starts_with("rc_session="))
        .expect("the dashboard cookie");
    let lower = cookie.to_ascii_lowercase();
    assert!(
        !lower.contains("max-age") && !lower.contains("expires"),
        "{cookie}"
    );
    assert!(
        lower.contains("httponly") && lower.contains("samesite=strict"),
        "{cookie}"
    );
}
