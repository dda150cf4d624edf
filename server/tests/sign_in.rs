//! Signing in and out through the real router against the simulator, as a browser without
//! JavaScript does it (plain form posts, redirects, a message carried in the session) and as the
//! hydrated app does it (server-function calls that answer with the error).

use crate::common;

use std::time::Duration;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::*;
use rescue_sim::faults::{Fault, FaultRule};
use rescue_sim::seed;

#[tokio::test]
async fn sign_in_without_javascript_lands_on_next_and_rotates_the_session() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    // A failed attempt first: its message travels in a cookie of its own, and nothing is
    // stored for a browser that is not signed in.
    let failed = browser
        .submit(
            &h,
            "/login",
            "sign_in",
            &[
                ("email", seed::DEMO_ADMIN),
                ("password", "wrong"),
                ("next", ""),
            ],
        )
        .await;
    assert_eq!(failed.status, StatusCode::FOUND);
    assert_eq!(failed.location.as_deref(), Some("/login"));
    assert!(
        browser.cookie.is_none(),
        "no dashboard session for a failed sign-in"
    );
    assert!(
        failed.set_cookie.iter().any(|c| c.starts_with("rc_flash=")),
        "{:?}",
        failed.set_cookie
    );
    let page = browser.get(&h, "/login").await.body;
    assert!(
        page.contains("The e-mail or password is not right"),
        "{page}"
    );
    assert!(
        page.contains(&format!("value=\"{}\"", seed::DEMO_ADMIN)),
        "e-mail kept"
    );
    assert!(!page.contains("wrong"), "the password is never echoed");

    let ok = browser
        .submit(
            &h,
            "/login?next=%2Fsessions%3Fnode%3D337100",
            "sign_in",
            &[
                ("email", seed::DEMO_ADMIN),
                ("password", seed::DEMO_PASSWORD),
                ("next", "/sessions?node=337100"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::FOUND, "{}", ok.body);
    assert_eq!(ok.location.as_deref(), Some("/sessions?node=337100"));
    let set = ok.set_cookie.join("\n");
    assert!(set.contains("rc_session="), "{set}");
    assert!(set.contains("HttpOnly"));
    assert!(set.contains("SameSite=Strict"));
    assert!(browser.cookie.is_some(), "signed in");

    let page = browser.get(&h, "/login").await.body;
    assert!(page.contains("You are signed in as"), "{page}");
    let first = browser.cookie.clone();
    browser.sign_in(&h, seed::DEMO_ADMIN_2).await;
    assert_ne!(browser.cookie, first, "session ID rotated on sign-in");

    // The Rescue cookie never reaches the browser.
    let rescue_cookie = h
        .sim
        .requests()
        .iter()
        .rev()
        .find(|r| r.cookie.is_some())
        .and_then(|r| r.cookie.clone());
    if let Some(secret) = rescue_cookie {
        assert!(!page.contains(&secret));
        assert!(!set.contains(&secret));
    }
}

#[tokio::test]
async fn next_cannot_leave_the_site() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    for next in ["https://evil.example/", "//evil.example", "/\\evil.example"] {
        let reply = browser
            .submit(
                &h,
                "/login",
                "sign_in",
                &[
                    ("email", seed::DEMO_ADMIN),
                    ("password", seed::DEMO_PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        let page = browser.get(&h, "/login").await.body;
        let alert = page
            .split("role=\"alert\">")
            .nth(1)
            .map(|t| t.split('<').next().unwrap_or(""));
        assert_eq!(
            reply.location.as_deref(),
            Some("/sessions"),
            "{next}: {alert:?}"
        );
    }
}

#[tokio::test]
async fn rescue_refusals_and_outages_each_have_their_own_message() {
    let h = harness().await;
    // A refusal is the caller's (4xx); only Rescue's own trouble is a 5xx, which the server
    // logs as a failure.
    let cases = [
        (
            Fault::Code {
                code: "INVALID".into(),
            },
            "The e-mail or password is not right",
            StatusCode::FORBIDDEN,
        ),
        (
            Fault::Code {
                code: "LIMITREACHED".into(),
            },
            "at most 10 sign-ins in 3 minutes",
            StatusCode::TOO_MANY_REQUESTS,
        ),
        (
            Fault::Code {
                code: "ERROR".into(),
            },
            "Rescue reported an error while signing you in",
            StatusCode::BAD_GATEWAY,
        ),
        (
            Fault::Code {
                code: "GLOBALIPRESTRICTED".into(),
            },
            "this dashboard's server is not among them",
            StatusCode::FORBIDDEN,
        ),
        (
            Fault::Timeout,
            "Rescue did not answer in time",
            StatusCode::GATEWAY_TIMEOUT,
        ),
        (
            Fault::Status { status: 503 },
            "Rescue is having trouble (HTTP 503)",
            StatusCode::BAD_GATEWAY,
        ),
        (
            Fault::Malformed,
            "could not be understood",
            StatusCode::BAD_GATEWAY,
        ),
    ];
    for (n, (fault, expected, status)) in cases.into_iter().enumerate() {
        h.sim.inject(FaultRule {
            method: "login".into(),
            fault: fault.clone(),
            times: Some(1),
        });
        // With JavaScript: the server function answers with the message as its error. An
        // e-mail of its own each: a refusal counts against the e-mail's limit (and Rescue's
        // LIMITREACHED is remembered for it).
        let mut browser = Browser::new(true);
        let email = format!("case{n}@demo.example");
        let reply = browser
            .submit(
                &h,
                "/login",
                "sign_in",
                &[("email", email.as_str()), ("password", seed::DEMO_PASSWORD)],
            )
            .await;
        assert_eq!(reply.status, status, "{fault:?}");
        assert!(reply.body.contains(expected), "{fault:?}: {}", reply.body);
        assert!(
            browser.cookie.is_none(),
            "no session for a failed JS sign-in"
        );
    }
}

#[tokio::test]
async fn empty_fields_are_refused_without_calling_rescue() {
    let h = Harness::builder().allowing("*").build().await;
    h.sim.clear_requests();
    // Without JavaScript the sign-in page says why (the reason travels in its address).
    let mut browser = Browser::new(false);
    let back = browser
        .submit(
            &h,
            "/login",
            "sign_in",
            &[("email", "  "), ("password", "")],
        )
        .await
        .location
        .unwrap();
    assert!(browser
        .get(&h, &back)
        .await
        .body
        .contains("Enter your Rescue e-mail and password."));
    let back = browser
        .submit(
            &h,
            "/login",
            "sign_in_with_token",
            &[("authcode", "has space")],
        )
        .await
        .location
        .unwrap();
    assert!(browser
        .get(&h, &back)
        .await
        .body
        .contains("one word, without spaces"));
    // The hydrated app gets the same refusals as 400s: the caller's input, not a server failure.
    let mut hydrated = Browser::new(true);
    let empty = hydrated
        .submit(&h, "/login", "sign_in", &[("email", " "), ("password", "")])
        .await;
    assert_eq!(empty.status, StatusCode::BAD_REQUEST, "{}", empty.body);
    let token = hydrated
        .submit(&h, "/login", "sign_in_with_token", &[("authcode", "a b")])
        .await;
    assert_eq!(token.status, StatusCode::BAD_REQUEST, "{}", token.body);
    assert!(h.sim.requests().is_empty(), "nothing was sent to Rescue");
}

#[tokio::test]
async fn token_sign_in_checks_the_token_with_rescue() {
    let h = Harness::builder().allowing("*").build().await;
    let mut browser = Browser::new(false);
    browser
        .submit(
            &h,
            "/login",
            "sign_in_with_token",
            &[("authcode", "not-a-real-code")],
        )
        .await;
    assert!(browser
        .get(&h, "/login")
        .await
        .body
        .contains("does not accept this token"));
    // Hydrated, the refusal is a 403 with the same words.
    let refused = Browser::new(true)
        .submit(
            &h,
            "/login",
            "sign_in_with_token",
            &[("authcode", "not-a-real-code")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.body);
    assert!(refused.body.contains("does not accept this token"));

    let client = rescue::Client::new(&h.api_url, Duration::from_secs(2)).unwrap();
    let password: rescue::SecretString = seed::DEMO_PASSWORD.to_owned().into();
    let rescue::RequestAuthCodeOutcome::Ok(code) = client
        .request_auth_code(seed::DEMO_ADMIN, &password)
        .await
        .unwrap()
    else {
        panic!("authcode")
    };
    browser.sign_in_with_token(&h, &code).await;
    assert!(browser
        .get(&h, "/login")
        .await
        .body
        .contains("You are signed in as"));
}

#[tokio::test]
async fn sign_out_ends_both_logins() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser
        .submit(
            &h,
            "/login",
            "sign_in",
            &[
                ("email", seed::DEMO_ADMIN),
                ("password", seed::DEMO_PASSWORD),
            ],
        )
        .await;
    let html = browser.get(&h, "/login").await.body;
    assert!(html.contains("You are signed in as"));
    let (held_value, held) = browser.held_rescue_login(&h).await;

    let sign_out = form_action(&html, "sign_out");
    let request = Request::post(sign_out)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "text/html");
    let reply = browser.send(&h, request, Body::empty()).await;
    assert_eq!(reply.location.as_deref(), Some("/login"));
    let page = browser.get(&h, "/login").await.body;
    assert!(page.contains("You are signed out."));
    assert!(!page.contains("You are signed in as"));
    let logout = h
        .sim
        .requests()
        .into_iter()
        .rev()
        .find(|r| r.method == "logout")
        .expect("Rescue logout");
    // The server-side end of the sign-out: the Rescue login the dashboard held is the one
    // logged out, and Rescue no longer accepts it.
    assert_eq!(logout.cookie, Some(held_value));
    let client = rescue::Client::new(&h.api_url, Duration::from_secs(2)).unwrap();
    let after = client
        .get_hierarchy(&held, Default::default())
        .await
        .unwrap();
    assert_eq!(after, rescue::GetHierarchyOutcome::NotLoggedIn);
}

#[tokio::test]
async fn cross_site_posts_are_refused_before_rescue_is_asked() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    let html = browser.get(&h, "/login").await.body;
    let action = form_action(&html, "sign_in");
    h.sim.clear_requests();
    let body = format!(
        "email={}&password={}",
        seed::DEMO_ADMIN,
        seed::DEMO_PASSWORD
    );
    for (name, value) in [
        ("origin", "https://evil.example"),
        ("origin", "null"),
        ("sec-fetch-site", "cross-site"),
        ("sec-fetch-site", "same-site"),
    ] {
        let request = Request::post(action.clone())
            .header(header::HOST, "127.0.0.1:3000")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "text/html")
            .header(name, value);
        let reply = browser.send(&h, request, Body::from(body.clone())).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{name}: {value}");
        assert!(reply.body.contains("came from another site"));
    }
    assert!(h.sim.requests().is_empty(), "nothing sent to Rescue");

    // The site's own pages pass, including Chromium's `Origin: null` under no-referrer.
    let request = Request::post(action)
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, "null")
        .header("sec-fetch-site", "same-origin")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "text/html");
    let reply = browser.send(&h, request, Body::from(body)).await;
    assert_eq!(reply.location.as_deref(), Some("/sessions"));
}
