//! Cancel action refused or redirected: an expired login, a technician who is not an admin,
//! bad IDs and cross-site posts (refused before Rescue is asked), and two admins at once, each
//! with their own Rescue login.

use crate::common;

use std::time::Duration;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::cancel::*;
use common::*;
use rescue_sim::seed::{self};

/// A signed-in browser whose Rescue login expires (21 idle minutes) while the confirmation is
/// open, and the cancel form it holds.
async fn press_confirm_after_expiry(javascript: bool) -> (Harness, Browser, ConfirmForm) {
    let h = harness().await;
    let mut browser = Browser::new(javascript);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (session, tech) = cancellable(&h)[0];
    let form = confirm_form(&mut browser, &h, session, tech).await;
    h.sim.advance(Duration::from_secs(21 * 60));
    (h, browser, form)
}

#[tokio::test]
async fn an_expired_login_sends_the_admin_to_sign_in_and_back() {
    let (h, mut browser, form) = press_confirm_after_expiry(false).await;
    let back = back();
    let reply = press(&mut browser, &h, &form).await;
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
    // The row is read again for the record first, which finds the login gone: nothing is
    // sent, so nothing is recorded.
    assert!(cancel_calls(&h).is_empty());
    assert!(h.audit.recent(10).await.unwrap().is_empty());

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
    let (h, mut browser, form) = press_confirm_after_expiry(true).await;
    let reply = press(&mut browser, &h, &form).await;
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
    let reply = press(&mut browser, &h, &form).await;
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
    let form = confirm_form(&mut browser, &h, session, 0).await;
    let answer = report(&press(&mut browser, &h, &form).await);
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
    let form = confirm_form(&mut browser, &h, session, tech).await;
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
        let reply = post_fields(&mut browser, &h, &form.action, &form.with("session", bad)).await;
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
    // The row's technician and list are checked as strictly.
    for (field, bad) in [
        ("technician", "x"),
        ("node", "0"),
        ("node", ""),
        ("noderef", "PLANET"),
    ] {
        let reply = post_fields(&mut browser, &h, &form.action, &form.with(field, bad)).await;
        assert_eq!(
            reply.status,
            StatusCode::BAD_REQUEST,
            "{field}={bad}: {}",
            reply.body
        );
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
    let form = confirm_form(&mut browser, &h, session, tech).await;
    let action = form.action.clone();
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
    let query: String = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(form.fields.iter().map(|(n, v)| (n.as_str(), v.as_str())))
        .finish();
    let reply = browser.get(&h, &format!("{action}?{query}")).await;
    assert!(!reply.status.is_success(), "{}", reply.status);
    assert!(cancel_calls(&h).is_empty());
    assert!(h
        .sim
        .with_account(|a| a.session(session).unwrap().pending.is_some()));
    // The same fields posted do cancel: the GET was refused for its method alone.
    press(&mut browser, &h, &form).await;
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
