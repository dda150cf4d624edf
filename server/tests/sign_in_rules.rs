//! The rules every sign-in goes through, driven through the router against the simulator:
//! who may sign in (`ALLOWED_ADMINS`), fields capped before anything is kept or asked, and an
//! earlier Rescue login ended when the browser signs in again.

use crate::common;

use axum::http::StatusCode;
use common::*;
use rescue_sim::seed;

/// The demo admin's right e-mail and password: Rescue accepts them.
const DEMO_ADMIN_FORM: [(&str, &str); 2] = [
    ("email", seed::DEMO_ADMIN),
    ("password", seed::DEMO_PASSWORD),
];

#[tokio::test]
async fn an_account_rescue_accepts_but_the_list_does_not_is_refused_and_logged_out() {
    let h = Harness::builder()
        .allowing("ann@example.com, @helpdesk.example")
        .build()
        .await;
    let mut browser = Browser::new(false);
    let reply = browser
        .submit(&h, "/login", "sign_in", &DEMO_ADMIN_FORM)
        .await;
    assert_eq!(reply.location.as_deref(), Some("/login"));
    let page = browser.get(&h, "/login").await.body;
    assert!(page.contains("not one of the admins allowed"), "{page}");
    assert!(!page.contains("You are signed in as"));
    // The Rescue login just made was ended with the cookie Rescue gave.
    let requests = h.sim.requests();
    let login = requests
        .iter()
        .position(|r| r.method == "login")
        .expect("login");
    let logout = requests
        .iter()
        .rposition(|r| r.method == "logout")
        .expect("the new Rescue login is logged out");
    assert!(logout > login);
    assert!(requests[logout].cookie.is_some());
    // Nothing was kept: the pages still ask for a sign-in.
    let list = browser.get(&h, "/sessions").await;
    assert!(
        list.location
            .as_deref()
            .is_some_and(|l| l.starts_with("/login")),
        "{:?}",
        list.location
    );

    // Hydrated, the refusal is a 403 with the same words; each counts as a failed attempt
    // (for this e-mail from this address, the lower of the two limits).
    for _ in 1..app::sign_in::limit::MAX_FAILURES_PER_EMAIL {
        let refused = Browser::new(true)
            .submit(&h, "/login", "sign_in", &DEMO_ADMIN_FORM)
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.body);
    }
    h.sim.clear_requests();
    let blocked = Browser::new(true)
        .submit(&h, "/login", "sign_in", &DEMO_ADMIN_FORM)
        .await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        h.sim.requests().is_empty(),
        "Rescue is not asked once blocked"
    );
}

#[tokio::test]
async fn a_switched_off_token_form_is_refused_without_asking_rescue() {
    let h = Harness::builder()
        .setting("--sign-in-methods", "password")
        .build()
        .await;
    let (_, code) = demo_authcode(&h).await;
    // The form is not offered here; its address is taken from an installation that does.
    let html = Browser::new(false).get(&h, "/login").await.body;
    assert!(!html.contains(r#"name="authcode""#), "{html}");
    let anyone = Harness::builder().allowing("*").build().await;
    let html = Browser::new(false).get(&anyone, "/login").await.body;
    let action = form_action(&html, "sign_in_with_token");
    h.sim.clear_requests();
    let refused = Browser::new(true)
        .post(&h, &action, &[("authcode", code.expose())])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.body);
    assert!(refused.body.contains("switched off"), "{}", refused.body);
    assert!(h.sim.requests().is_empty());
}

#[tokio::test]
async fn over_long_fields_are_refused_before_anything_is_kept_or_asked() {
    let long_email = format!("{}@demo.example", "a".repeat(300));
    let long_password = "p".repeat(300);
    let long_token = "t".repeat(600);
    let anyone = Harness::builder().allowing("*").build().await;
    let html = Browser::new(false).get(&anyone, "/login").await.body;
    let url = |name: &str| form_action(&html, name);
    for (action, fields) in [
        (
            "sign_in",
            vec![("email", long_email.as_str()), ("password", "x")],
        ),
        (
            "sign_in",
            vec![
                ("email", seed::DEMO_ADMIN),
                ("password", long_password.as_str()),
            ],
        ),
        (
            "sign_in",
            vec![("email", seed::DEMO_ADMIN), ("password", "")],
        ),
        (
            "sign_in_with_token",
            vec![("authcode", long_token.as_str())],
        ),
    ] {
        // A browser without a cookie: a refusal must not leave a session behind.
        let mut browser = Browser::new(true);
        let reply = browser.post(&anyone, &url(action), &fields).await;
        assert_eq!(
            reply.status,
            StatusCode::BAD_REQUEST,
            "{action}: {}",
            reply.body
        );
        assert!(
            reply.set_cookie.is_empty(),
            "{action}: no session was made: {:?}",
            reply.set_cookie
        );
    }
    assert!(anyone.sim.requests().is_empty(), "nothing reached Rescue");
}

#[tokio::test]
async fn signing_in_again_logs_the_earlier_rescue_login_out() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (first, _) = browser.held_rescue_login(&h).await;
    h.sim.clear_requests();
    browser.sign_in(&h, seed::DEMO_ADMIN_2).await;
    let logout = h
        .sim
        .requests()
        .into_iter()
        .find(|r| r.method == "logout")
        .expect("the earlier login is logged out");
    assert_eq!(logout.cookie.as_deref(), Some(first.as_str()));
}

#[tokio::test]
async fn junk_without_javascript_is_told_on_the_sign_in_page_and_stores_nothing() {
    let h = Harness::builder().allowing("*").build().await;
    let html = Browser::new(false).get(&h, "/login").await.body;
    let long_email = format!("{}@demo.example", "a".repeat(300));
    for (action, fields, sentence) in [
        (
            "sign_in",
            vec![("email", long_email.as_str()), ("password", "x")],
            "not an e-mail address Rescue could have",
        ),
        (
            "sign_in",
            vec![("email", " "), ("password", "")],
            "Enter your Rescue e-mail and password.",
        ),
        (
            "sign_in_with_token",
            vec![("authcode", "a b")],
            "one word, without spaces",
        ),
    ] {
        let mut browser = Browser::new(false);
        let reply = browser.post(&h, &form_action(&html, action), &fields).await;
        let back = reply.location.expect("back to the sign-in page");
        assert!(back.starts_with("/login?refused="), "{back}");
        assert!(
            reply.set_cookie.is_empty(),
            "{action}: {:?}",
            reply.set_cookie
        );
        let page = browser.get(&h, &back).await.body;
        assert!(page.contains(sentence), "{action}: {page}");
    }
    // An invented code shows nothing.
    let page = Browser::new(false)
        .get(&h, "/login?refused=%3Cscript%3E")
        .await
        .body;
    assert!(!page.contains("card error"), "{page}");
    assert!(h.sim.requests().is_empty());
}

#[tokio::test]
async fn a_sign_in_body_past_its_small_limit_is_refused_unread() {
    let h = Harness::builder().allowing("*").build().await;
    let html = Browser::new(false).get(&h, "/login").await.body;
    let padding = "p".repeat(server::http::security::SIGN_IN_BODY_MAX);
    let reply = Browser::new(true)
        .post(
            &h,
            &form_action(&html, "sign_in"),
            &[
                ("email", seed::DEMO_ADMIN),
                ("password", "x"),
                ("pad", &padding),
            ],
        )
        .await;
    assert_eq!(
        reply.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        reply.body
    );
    assert!(reply.set_cookie.is_empty());
    assert!(h.sim.requests().is_empty());
}

#[tokio::test]
async fn signed_out_visitors_store_nothing() {
    let h = Harness::builder().allowing("*").build().await;
    let html = Browser::new(false).get(&h, "/login").await.body;
    let (sign_in, token) = (
        form_action(&html, "sign_in"),
        form_action(&html, "sign_in_with_token"),
    );
    // The sign-out form is on a signed-in page: taken from another installation's.
    let other = harness().await;
    let mut signed_in = Browser::new(false);
    signed_in.sign_in(&other, seed::DEMO_ADMIN).await;
    let sign_out = form_action(&signed_in.get(&other, "/login").await.body, "sign_out");
    let stored = || async { h.sessions.record_count().await.unwrap().unwrap() };
    assert_eq!(stored().await, 0);
    for javascript in [false, true] {
        for round in 0..15 {
            let mut browser = Browser::new(javascript);
            // One address for every round: past the limits, the limiter's refusals too.
            browser.address = Some("198.51.100.90:4000".parse().unwrap());
            let email = format!("nobody{round}@demo.example");
            browser
                .post(&h, &sign_in, &[("email", &email), ("password", "wrong")])
                .await;
            browser
                .post(&h, &token, &[("authcode", "not-a-token-rescue-knows")])
                .await;
            browser.post(&h, &sign_out, &[]).await;
            browser
                .post(&h, &sign_in, &[("email", "\u{7}junk"), ("password", "")])
                .await;
            // The sign-in page, reading the message it was left.
            let page = browser.get(&h, "/login").await;
            assert_eq!(page.status, StatusCode::OK);
            assert!(browser.cookie.is_none(), "no dashboard session was made");
        }
    }
    assert_eq!(stored().await, 0, "nothing stored for anyone signed out");
    // A sign-in that succeeds is the one thing that makes a record.
    Browser::new(false).sign_in(&h, seed::DEMO_ADMIN).await;
    assert_eq!(stored().await, 1);
}

#[tokio::test]
async fn the_sign_in_message_is_sealed_short_lived_and_shown_once() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    let reply = browser
        .submit(
            &h,
            "/login",
            "sign_in",
            &[("email", seed::DEMO_ADMIN), ("password", "wrong")],
        )
        .await;
    let set = reply
        .set_cookie
        .iter()
        .find(|c| c.starts_with("rc_flash="))
        .expect("the message's cookie");
    assert!(
        set.contains("HttpOnly") && set.contains("Max-Age=60"),
        "{set}"
    );
    assert!(
        !set.contains(seed::DEMO_ADMIN) && !set.contains("not right"),
        "sealed, not readable: {set}"
    );
    let page = browser.get(&h, "/login").await.body;
    assert!(
        page.contains("The e-mail or password is not right"),
        "{page}"
    );
    let again = browser.get(&h, "/login").await.body;
    assert!(
        !again.contains("The e-mail or password is not right"),
        "shown once"
    );

    // A cookie made up or altered is no message.
    let mut forger = Browser::new(false);
    forger.others.push("rc_flash=AAAAaGVsbG8gd29ybGQ=".into());
    let page = forger.get(&h, "/login").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("class=\"card error\""), "{}", page.body);
}
