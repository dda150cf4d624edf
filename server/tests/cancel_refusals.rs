//! Cancel action refused or redirected: an expired login, a technician who is not an admin,
//! bad IDs and cross-site posts (refused before Rescue is asked), and two admins at once, each
//! with their own Rescue login.

mod common;

use std::time::Duration;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::cancel::*;
use common::*;
use rescue_sim::seed::{self};

/// A signed-in browser whose Rescue login expires (21 idle minutes) while the confirmation is
/// open: its Confirm press, and the cancel form's action URL and fields.
async fn press_confirm_after_expiry(javascript: bool) -> (Harness, Browser, String, [String; 3]) {
    let h = harness().await;
    let mut browser = Browser::new(javascript);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (session, tech) = cancellable(&h)[0];
    let (action, technician) = confirm_form(&mut browser, &h, session, tech).await;
    h.sim.advance(Duration::from_secs(21 * 60));
    let fields = [session.to_string(), technician, back()];
    (h, browser, action, fields)
}

fn cancel_fields(values: &[String; 3]) -> [(&str, &str); 4] {
    [
        ("action", "cancel"),
        ("session", &values[0]),
        ("technician", &values[1]),
        ("back", &values[2]),
    ]
}

#[tokio::test]
async fn an_expired_login_sends_the_admin_to_sign_in_and_back() {
    let (h, mut browser, action, values) = press_confirm_after_expiry(false).await;
    let back = back();
    let reply = browser.post(&h, &action, &cancel_fields(&values)).await;
    assert_eq!(reply.status, StatusCode::FOUND);
    let login_page = reply.location.unwrap();
    assert_eq!(
        login_page,
        "/login?next=%2Fsessions%3Fnode%3D337000%26noderef%3DNODE"
    );
    let page = browser.get(&h, &login_page).await.body;
    assert!(page.contains("Your Rescue sign-in expired"), "{page}");
    assert!(
        !page.contains("You are signed in as"),
        "the stale login is forgotten"
    );
    let log = h.audit.recent(10).await.unwrap();
    assert_eq!(
        log[0].outcome.code(),
        "NOTLOGGEDINASADMIN",
        "the attempt is recorded as Rescue answered"
    );

    let reply = browser
        .submit(
            &h,
            &login_page,
            "sign_in",
            &[
                ("email", seed::DEMO_ADMIN),
                ("password", seed::DEMO_PASSWORD),
                ("next", &back),
            ],
        )
        .await;
    assert_eq!(reply.location.as_deref(), Some(back.as_str()));
    assert_eq!(browser.get(&h, &back).await.status, StatusCode::OK);
}

/// Hydrated, the redirect must come with a success: server_fn's client calls its redirect
/// hook only for answers it did not turn into an error.
#[tokio::test]
async fn an_expired_login_sends_the_hydrated_app_to_sign_in() {
    let (h, mut browser, action, values) = press_confirm_after_expiry(true).await;
    let fields = cancel_fields(&values);
    let reply = browser.post(&h, &action, &fields).await;
    assert!(reply.client_redirect, "the app is told to navigate");
    assert_eq!(
        reply.location.as_deref(),
        Some("/login?next=%2Fsessions%3Fnode%3D337000%26noderef%3DNODE")
    );
    let answer = report(&reply);
    assert_eq!(answer.code(), "SIGN_IN_NEEDED");
    assert!(!answer.ok());
    assert!(answer.message.contains("sign-in expired"), "{answer:?}");
    assert!(
        browser
            .get(&h, "/login")
            .await
            .body
            .contains("Your Rescue sign-in expired"),
        "the sign-in page says why"
    );

    // Signed out now: the next press is answered the same way, and Rescue is not asked.
    let calls = cancel_calls(&h).len();
    let reply = browser.post(&h, &action, &fields).await;
    assert!(reply.client_redirect);
    assert_eq!(report(&reply).code(), "SIGN_IN_NEEDED");
    assert_eq!(cancel_calls(&h).len(), calls, "nothing sent to Rescue");
}

#[tokio::test]
async fn a_technician_is_told_they_are_not_an_admin_and_stays_signed_in() {
    let h = harness().await;
    let mut browser = Browser::new(true);
    browser.sign_in(&h, seed::DEMO_TECHNICIAN).await;
    let (session, _) = cancellable(&h)[0];
    let html = browser.get(&h, "/login").await.body;
    assert!(html.contains("You are signed in as"));
    // The confirmation page lists sessions, which a technician may read.
    let (action, _) = confirm_form(&mut browser, &h, session, 0).await;
    let session_text = session.to_string();
    let answer = report(
        &browser
            .post(
                &h,
                &action,
                &[
                    ("action", "cancel"),
                    ("session", &session_text),
                    ("technician", ""),
                    ("back", "/sessions"),
                ],
            )
            .await,
    );
    assert_eq!(answer.code(), "NOTLOGGEDINASADMIN");
    assert!(
        answer.message.contains("not an administrator"),
        "{}",
        answer.message
    );
    let html = browser.get(&h, "/login").await.body;
    assert!(html.contains("You are signed in as"), "still signed in");
    assert!(h
        .sim
        .with_account(|a| a.session(session).unwrap().pending.is_some()));
}

#[tokio::test]
async fn bad_ids_are_refused_before_rescue_is_asked() {
    let h = harness().await;
    let mut browser = Browser::new(true);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (session, tech) = cancellable(&h)[0];
    let (action, _) = confirm_form(&mut browser, &h, session, tech).await;
    h.sim.clear_requests();
    for bad in [
        "",
        "abc",
        "0",
        "-5",
        "2147483648",
        "99999999999999999999",
        "12 OR 1=1",
    ] {
        let reply = browser
            .post(
                &h,
                &action,
                &[
                    ("action", "cancel"),
                    ("session", bad),
                    ("technician", "x"),
                    ("back", "/sessions"),
                ],
            )
            .await;
        assert_eq!(
            reply.status,
            StatusCode::BAD_REQUEST,
            "{bad}: {}",
            reply.body
        );
        assert!(reply.body.contains("not valid"), "{bad}: {}", reply.body);
        let encoded: String = url::form_urlencoded::byte_serialize(bad.as_bytes()).collect();
        let page = browser
            .get(
                &h,
                &format!("/sessions/cancel?session={encoded}&technician=1&node=337000"),
            )
            .await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{bad}");
        assert!(page.body.contains("is not valid"), "{bad}");
    }
    for (node, noderef) in [("x", "NODE"), ("337000", "PLANET")] {
        let page = browser
            .get(
                &h,
                &format!("/sessions/cancel?session={session}&node={node}&noderef={noderef}"),
            )
            .await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{node} {noderef}");
    }
    assert!(h.sim.requests().is_empty(), "nothing sent to Rescue");
    assert!(h.audit.recent(10).await.unwrap().is_empty());
}

#[tokio::test]
async fn cross_site_posts_are_refused_before_rescue_is_asked() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (session, tech) = cancellable(&h)[0];
    let (action, name) = confirm_form(&mut browser, &h, session, tech).await;
    h.sim.clear_requests();
    let body = format!("session={session}&technician=x&back=%2Fsessions");
    for (name, value) in [
        ("sec-fetch-site", "cross-site"),
        ("origin", "https://evil.example"),
    ] {
        let request = Request::post(&action)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(name, value);
        let reply = browser.send(&h, request, Body::from(body.clone())).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{name}");
    }
    // And a GET cannot cancel, even carrying every field Confirm posts.
    let session_text = session.to_string();
    let fields = [
        ("action", "cancel"),
        ("session", session_text.as_str()),
        ("technician", name.as_str()),
        ("back", "/sessions"),
    ];
    let query: String = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish();
    let reply = browser.get(&h, &format!("{action}?{query}")).await;
    assert!(!reply.status.is_success(), "{}", reply.status);
    assert!(cancel_calls(&h).is_empty());
    assert!(h
        .sim
        .with_account(|a| a.session(session).unwrap().pending.is_some()));
    // The same fields posted do cancel: the GET was refused for its method alone.
    browser.post(&h, &action, &fields).await;
    assert_eq!(cancel_calls(&h).len(), 1);
}

#[tokio::test]
async fn two_admins_cancel_with_their_own_rescue_logins() {
    let h = harness().await;
    let mut alex = Browser::new(true);
    let mut lee = Browser::new(true);
    alex.sign_in(&h, seed::DEMO_ADMIN).await;
    lee.sign_in(&h, seed::DEMO_ADMIN_2).await;
    let (session, tech) = cancellable(&h)[0];
    // Interleaved: Lee first (not Lee's action: ACTIONFAILED), then Alex (OK), then Lee again.
    let lee_first = report(&confirm(&mut lee, &h, session, tech).await);
    let alex_answer = report(&confirm(&mut alex, &h, session, tech).await);
    let lee_again = report(&confirm(&mut lee, &h, session, tech).await);
    assert_eq!(lee_first.code(), "ACTIONFAILED");
    assert_eq!(alex_answer.code(), "OK");
    assert_eq!(lee_again.code(), "ACTIONFAILED");
    let cookies: Vec<String> = cancel_calls(&h)
        .into_iter()
        .map(|r| r.cookie.expect("each call carries a login"))
        .collect();
    assert_eq!(cookies.len(), 3);
    assert_ne!(cookies[0], cookies[1], "never each other's");
    assert_eq!(cookies[0], cookies[2], "Lee's calls use Lee's login");
    let log = h.audit.recent(10).await.unwrap();
    let who: Vec<&str> = log.iter().rev().map(|e| e.admin_email.as_str()).collect();
    assert_eq!(
        who,
        [seed::DEMO_ADMIN_2, seed::DEMO_ADMIN, seed::DEMO_ADMIN_2]
    );
}
