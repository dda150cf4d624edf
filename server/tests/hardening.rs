//! What keeps the dashboard safe and its users' work intact: failed sign-ins limited per client
//! address, the script nonce of the CSP, a restart that logs nobody out and loses no audit
//! record, and sessions shared through Redis by two instances.

use crate::common;

use std::net::SocketAddr;
use std::time::Duration;

use axum::http::StatusCode;
use common::*;
use rescue_sim::seed::{self, ids};
use server::sessions::store::StoreKind;

fn logins(h: &Harness) -> usize {
    h.sim
        .requests()
        .iter()
        .filter(|r| r.method == "login")
        .count()
}

#[tokio::test]
async fn failed_sign_ins_are_limited_per_client_address() {
    let h = harness().await;
    let guesser: SocketAddr = "198.51.100.7:50000".parse().unwrap();
    let mut browser = Browser::new(false);
    browser.address = Some(guesser);
    // Guesses at many e-mails from one address: the address's own limit.
    for n in 0..app::sign_in::limit::MAX_FAILURES {
        let email = format!("guess{n}@demo.example");
        let wrong = [("email", email.as_str()), ("password", "guess")];
        browser.submit(&h, "/login", "sign_in", &wrong).await;
    }
    let sent = logins(&h);
    assert_eq!(sent, app::sign_in::limit::MAX_FAILURES);

    // The right password from the same address now waits too, and Rescue is not asked.
    let right = [
        ("email", seed::DEMO_ADMIN),
        ("password", seed::DEMO_PASSWORD),
    ];
    let reply = browser.submit(&h, "/login", "sign_in", &right).await;
    assert_eq!(reply.location.as_deref(), Some("/login"));
    let page = browser.get(&h, "/login").await.body;
    assert!(
        page.contains("Too many failed sign-ins from your network address"),
        "{page}"
    );
    assert!(page.contains("10 minutes"), "{page}");
    assert_eq!(logins(&h), sent, "no upstream call while limited");
    // The hydrated app gets the same reason as a 429 error.
    let mut hydrated = Browser::new(true);
    hydrated.address = Some(guesser);
    let reply = hydrated.submit(&h, "/login", "sign_in", &right).await;
    assert_eq!(reply.status, axum::http::StatusCode::TOO_MANY_REQUESTS);
    assert!(
        reply.body.contains("Too many failed sign-ins"),
        "{}",
        reply.body
    );
    assert_eq!(logins(&h), sent, "no upstream call while limited");

    // Another address is not affected (same port number, other host).
    let mut colleague = Browser::new(false);
    colleague.address = Some("198.51.100.8:50000".parse().unwrap());
    colleague.sign_in(&h, seed::DEMO_ADMIN).await;
    // Nor the same host on another port: the limit is per address, not per connection.
    let mut again = Browser::new(false);
    again.address = Some("198.51.100.7:50001".parse().unwrap());
    again.submit(&h, "/login", "sign_in", &right).await;
    assert_eq!(
        logins(&h),
        sent + 1,
        "only the colleague's sign-in reached Rescue"
    );
}

#[tokio::test]
async fn guessing_one_admins_password_never_locks_her_out_elsewhere() {
    let h = harness().await;
    let guesser: SocketAddr = "198.51.100.66:40000".parse().unwrap();
    let wrong = [("email", seed::DEMO_ADMIN), ("password", "guess")];
    // The guesser tries past every limit.
    for _ in 0..20 {
        let mut browser = Browser::new(true);
        browser.address = Some(guesser);
        browser.submit(&h, "/login", "sign_in", &wrong).await;
    }
    assert_eq!(
        logins(&h),
        app::sign_in::limit::MAX_FAILURES_PER_EMAIL,
        "the guesser is stopped at the limit for this e-mail from his address"
    );
    // The admin, from her own address, signs in with her right password at once.
    let mut admin = Browser::new(false);
    admin.address = Some("203.0.113.20:50000".parse().unwrap());
    admin.sign_in(&h, seed::DEMO_ADMIN).await;
}

#[tokio::test]
async fn rescues_trouble_does_not_switch_the_limits_off() {
    use rescue_sim::faults::{Fault, FaultRule};
    let h = Harness::builder()
        .timeout(Duration::from_millis(300))
        .build()
        .await;
    let from: SocketAddr = "198.51.100.70:40000".parse().unwrap();
    // Rescue says "too many" for this account: the dashboard remembers it for 3 minutes and
    // does not ask again, and the page says how long to wait.
    h.sim.inject(FaultRule {
        method: "login".into(),
        fault: Fault::Code {
            code: "LIMITREACHED".into(),
        },
        times: None,
    });
    for _ in 0..30 {
        let mut browser = Browser::new(true);
        browser.address = Some(from);
        let reply = browser
            .submit(
                &h,
                "/login",
                "sign_in",
                &[("email", seed::DEMO_ADMIN), ("password", "whatever")],
            )
            .await;
        assert_eq!(
            reply.status,
            StatusCode::TOO_MANY_REQUESTS,
            "{}",
            reply.body
        );
    }
    assert_eq!(logins(&h), 1, "one login call while Rescue says too many");
    let mut browser = Browser::new(false);
    browser.address = Some("203.0.113.21:50000".parse().unwrap());
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
    let page = browser.get(&h, "/login").await.body;
    assert!(
        page.contains("this account has reached that. Wait 3 minutes"),
        "{page}"
    );
    assert_eq!(
        logins(&h),
        1,
        "not from another address either: Rescue would refuse it"
    );

    // Timeouts and 5xx count as failures: thirty attempts at as many e-mails from one
    // address reach Rescue only up to the address's limit.
    h.sim.clear_faults();
    h.sim.clear_requests();
    for (n, fault) in [
        Fault::Latency { ms: 1_000 },
        Fault::Status { status: 503 },
        Fault::Status { status: 429 },
    ]
    .into_iter()
    .cycle()
    .take(30)
    .enumerate()
    {
        h.sim.inject(FaultRule {
            method: "login".into(),
            fault,
            times: Some(1),
        });
        let mut browser = Browser::new(true);
        browser.address = Some("198.51.100.71:40000".parse().unwrap());
        let email = format!("someone{n}@demo.example");
        browser
            .submit(
                &h,
                "/login",
                "sign_in",
                &[("email", &email), ("password", "x")],
            )
            .await;
    }
    assert_eq!(logins(&h), app::sign_in::limit::MAX_FAILURES);
}

#[tokio::test]
async fn inline_scripts_carry_the_nonce_of_the_csp() {
    let h = harness().await;
    let request = axum::http::Request::get("/login").header("accept", "text/html");
    let response = tower::ServiceExt::oneshot(
        h.router.clone(),
        request.body(axum::body::Body::empty()).unwrap(),
    )
    .await
    .unwrap();
    let csp = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    let body = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap();
    let body = String::from_utf8_lossy(&body);
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("a nonce in script-src");
    assert!(nonce.len() >= 16, "{nonce}");
    for needle in [
        "default-src 'self'",
        "'wasm-unsafe-eval'",
        "frame-ancestors 'none'",
        "object-src 'none'",
    ] {
        assert!(csp.contains(needle), "{needle} in {csp}");
    }
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    // Every inline script of the page carries it.
    let scripts = body.matches("<script").count();
    assert!(scripts > 0);
    assert_eq!(
        body.matches(&format!("nonce=\"{nonce}\"")).count(),
        scripts,
        "{body}"
    );

    // A fresh one per response.
    let again = tower::ServiceExt::oneshot(
        h.router.clone(),
        axum::http::Request::get("/login")
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await
    .unwrap();
    let csp2 = again.headers()["content-security-policy"].to_str().unwrap();
    assert_ne!(csp, csp2);
}

#[tokio::test]
async fn a_restart_keeps_the_admin_signed_in_and_the_audit_log_whole() {
    let dir = tempfile::tempdir().unwrap();
    let h = Harness::builder()
        .dir(dir)
        .store(StoreKind::Sqlite)
        .build()
        .await;
    let mut browser = Browser::new(true);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    // One cancel attempt to be kept.
    let session = h.sim.with_account(|a| {
        a.sessions()
            .find(|s| s.pending.as_ref().is_some_and(|p| p.admin == ids::ADMIN))
            .map(|s| s.id)
            .unwrap()
    });
    let html = browser
        .get(
            &h,
            &format!(
                "/sessions/cancel?session={session}&node={}&noderef=NODE",
                ids::ROOT
            ),
        )
        .await
        .body;
    let form = common::form_of(&html, "act_on_session");
    let reply = common::cancel::press(&mut browser, &h, &form).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let before = h.audit.recent(100).await.unwrap();
    assert_eq!(before.len(), 1);

    // The server goes away: its pool is closed, its router dropped.
    let Harness {
        router,
        audit,
        dir,
        api_url,
        sim,
        running,
        setup,
        ..
    } = h;
    drop(router);
    audit.close().await;

    let instance = setup.instance(&api_url).await;
    let h = Harness::from_parts(instance, sim, api_url, running, dir, setup);
    let reply = browser.get(&h, "/sessions").await;
    assert_eq!(
        reply.status,
        StatusCode::OK,
        "still signed in: {:?}",
        reply.location
    );
    assert!(reply.body.contains(seed::DEMO_ADMIN));
    assert_eq!(
        h.audit.recent(100).await.unwrap(),
        before,
        "the audit log is whole"
    );
}

#[tokio::test]
async fn two_instances_share_sessions_through_redis() {
    let url = std::env::var("TEST_REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379".into());
    let store = StoreKind::Redis(url);
    let h = Harness::builder().store(store.clone()).build().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;

    // A second instance behind the same load balancer: same key, same Redis, own database.
    // The first instance stays up: a sign-out on the second must hold there too.
    let other = h.sibling(tempfile::tempdir().unwrap()).await;
    let first_router = h.router.clone();
    let reply = browser.get(&other, "/sessions").await;
    assert_eq!(reply.status, StatusCode::OK, "{:?}", reply.location);
    assert!(reply.body.contains(seed::DEMO_ADMIN));

    // Signing out on one signs out everywhere: the old cookie opens nothing on either.
    let old_cookie = browser.cookie.clone().expect("signed in");
    let reply = browser.submit(&other, "/sessions", "sign_out", &[]).await;
    assert_eq!(reply.location.as_deref(), Some("/login"));
    for router in [other.router.clone(), first_router] {
        use tower::ServiceExt;
        let request = axum::http::Request::get("/sessions")
            .header(axum::http::header::COOKIE, &old_cookie)
            .header(axum::http::header::ACCEPT, "text/html")
            .body(axum::body::Body::empty())
            .unwrap();
        let reply = router.oneshot(request).await.unwrap();
        assert_eq!(reply.status(), StatusCode::FOUND);
        let location = reply.headers().get(axum::http::header::LOCATION).unwrap();
        assert!(location.to_str().unwrap().starts_with("/login"));
    }
}

#[tokio::test]
async fn a_plain_http_rescue_elsewhere_is_refused_at_start_saying_why() {
    use clap::Parser;
    let config = server::Config::try_parse_from([
        "server",
        "--rescue-api-url",
        "http://secure.logmeinrescue.com/API/",
    ])
    .expect("the flags parse");
    let Err(err) = server::Upstream::from_config(&config).await else {
        panic!("a plain-http Rescue elsewhere must be refused");
    };
    assert!(
        matches!(err, server::Error::InsecureRescueUrl(_)),
        "{err:?}"
    );
    assert!(err.to_string().contains("must be https://"), "{err}");
}

#[tokio::test]
async fn parallel_guesses_reach_rescue_at_most_the_limit() {
    let h = harness().await;
    let html = Browser::new(false).get(&h, "/login").await.body;
    let action = form_action(&html, "sign_in");
    let wrong = [("email", seed::DEMO_ADMIN), ("password", "guess")];
    // Thirty guesses from one address, all sent before any answer comes back.
    let guesses = (0..30).map(|port| {
        let action = action.clone();
        let h = &h;
        async move {
            let mut browser = Browser::new(true);
            browser.address = Some(SocketAddr::from(([198, 51, 100, 9], 40_000 + port)));
            browser.post(h, &action, &wrong).await.status
        }
    });
    let answers = futures_util::future::join_all(guesses).await;
    // One e-mail from one address: the lower limit of the two.
    let most = app::sign_in::limit::MAX_FAILURES_PER_EMAIL;
    assert_eq!(logins(&h), most, "{answers:?}");
    let refused = answers
        .iter()
        .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert_eq!(refused, 30 - most);
}
