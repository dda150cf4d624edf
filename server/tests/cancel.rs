//! Cancel action through the real router against the simulator: the confirmation, every Rescue
//! answer and transport failure with its own message and audit record, one upstream call per
//! double submit, expiry, non-admins, bad input and cross-site posts refused before Rescue.

mod common;

use std::collections::HashSet;
use std::time::Duration;

use app::actions::ActionReport;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::*;
use rescue_sim::faults::{Fault, FaultRule};
use rescue_sim::seed::{self, ids};

/// Sessions with a pending action of the demo admin, their lead technician's console running.
fn cancellable(h: &Harness) -> Vec<(u32, u32)> {
    h.sim.with_account(|account| {
        account
            .sessions()
            .filter(|s| s.pending.as_ref().is_some_and(|p| p.admin == ids::ADMIN))
            .filter_map(|s| Some((s.id, *s.technicians.first()?)))
            .filter(|(_, tech)| *tech != ids::TECH_OFFLINE)
            .collect()
    })
}

fn confirmation(session: u32, technician: u32) -> String {
    format!(
        "/sessions/cancel?session={session}&technician={technician}&node={}&noderef=NODE",
        ids::ROOT
    )
}

fn back() -> String {
    format!("/sessions?node={}&noderef=NODE", ids::ROOT)
}

/// The value of the hidden input `name` in `html`.
fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no {name} in {html}"))
        + marker.len();
    let end = start + html[start..].find('"').unwrap();
    html[start..end]
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

fn cancel_calls(h: &Harness) -> Vec<rescue_sim::RequestRecord> {
    h.sim
        .requests()
        .into_iter()
        .filter(|r| r.method == "cancelAction")
        .collect()
}

/// Opens the confirmation of a row: the cancel form's action URL and its technician field.
async fn confirm_form(
    b: &mut Browser,
    h: &Harness,
    session: u32,
    technician: u32,
) -> (String, String) {
    let html = b.get(h, &confirmation(session, technician)).await.body;
    (
        form_action(&html, "act_on_session"),
        hidden(&html, "technician"),
    )
}

/// Opens the confirmation of a row and presses Confirm.
async fn confirm(b: &mut Browser, h: &Harness, session: u32, technician: u32) -> Reply {
    let (action, name) = confirm_form(b, h, session, technician).await;
    let (session, back) = (session.to_string(), back());
    let fields = [
        ("action", "cancel"),
        ("session", session.as_str()),
        ("technician", name.as_str()),
        ("back", back.as_str()),
    ];
    b.post(h, &action, &fields).await
}

fn report(reply: &Reply) -> ActionReport {
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    serde_json::from_str(&reply.body).unwrap_or_else(|e| panic!("{e}: {}", reply.body))
}

fn fault(h: &Harness, fault: Fault) {
    h.sim.inject(FaultRule {
        method: "cancelAction".into(),
        fault,
        times: Some(1),
    });
}

#[tokio::test]
async fn the_confirmation_names_session_technician_and_status() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (session, tech) = cancellable(&h)[0];
    let (name, status) = h.sim.with_account(|a| {
        let s = a.session(session).unwrap();
        (
            a.node(tech).unwrap().name.clone(),
            format!("{:?}", s.status),
        )
    });
    let reply = browser.get(&h, &confirmation(session, tech)).await;
    assert_eq!(reply.status, StatusCode::OK);
    let page = reply.body;
    assert!(
        page.contains(&format!("class=\"session-id\">{session}")),
        "{page}"
    );
    assert!(page.contains(&name), "{name}");
    assert!(page.contains(">Confirm<"), "{page}");
    // Status text as Rescue lists it (the debug name of the simulator's status, spaced).
    let first_word = status
        .split(|c: char| c.is_uppercase())
        .nth(1)
        .unwrap_or("");
    assert!(page.contains(first_word), "{status}");
    assert!(cancel_calls(&h).is_empty(), "looking is not cancelling");
}

#[tokio::test]
async fn a_real_cancel_restores_the_session_and_is_audited() {
    let h = harness().await;
    let mut browser = Browser::new(true);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (session, tech) = cancellable(&h)[0];
    let before = h
        .sim
        .with_account(|a| a.session(session).unwrap().pending.clone().unwrap());

    let answer = report(&confirm(&mut browser, &h, session, tech).await);
    assert!(answer.ok(), "{answer:?}");
    assert_eq!(answer.code(), "OK");
    assert!(
        answer.message.starts_with("Cancelled"),
        "{}",
        answer.message
    );
    let after = h.sim.with_account(|a| a.session(session).unwrap().clone());
    assert!(after.pending.is_none());
    assert_eq!(after.status, before.previous, "back to its previous state");

    let calls = cancel_calls(&h);
    assert_eq!(calls.len(), 1);
    assert_eq!(
        calls[0].params,
        vec![("session".to_owned(), session.to_string())]
    );
    let log = h.audit.recent(10).await.unwrap();
    assert_eq!(log.len(), 1);
    let entry = &log[0];
    assert_eq!(entry.admin_email, seed::DEMO_ADMIN);
    assert_eq!(entry.session_id, session);
    assert_eq!(entry.action.method(), "cancelAction");
    assert_eq!(entry.outcome.code(), "OK");
    assert_eq!(
        entry.technician,
        h.sim.with_account(|a| a.node(tech).unwrap().name.clone())
    );
    assert!((chrono::Utc::now() - entry.at).num_seconds() < 60);
}

#[tokio::test]
async fn without_javascript_the_result_waits_on_the_list() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (session, tech) = cancellable(&h)[0];
    let reply = confirm(&mut browser, &h, session, tech).await;
    assert_eq!(reply.status, StatusCode::FOUND);
    assert_eq!(reply.location, Some(back()));
    let page = browser.get(&h, &back()).await.body;
    assert!(page.contains("result ok"), "{page}");
    assert!(page.contains(&format!("the action you requested on session {session}")));
    // Shown once.
    let page = browser.get(&h, &back()).await.body;
    assert!(!page.contains("result ok"));
}

#[tokio::test]
async fn every_rescue_answer_gets_its_own_message_and_record() {
    let h = harness().await;
    let mut browser = Browser::new(true);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (session, tech) = cancellable(&h)[0];
    let mut messages = HashSet::new();
    let forced = [
        "ERROR",
        "ACTIONFAILED",
        "INVALIDPARAM_SESSION",
        "INVALID_SECRETAUTHCODE",
        "USER_DELETED_OR_DISABLED",
        "SOMETHING_NEW",
    ];
    for code in forced {
        fault(&h, Fault::Code { code: code.into() });
        let answer = report(&confirm(&mut browser, &h, session, tech).await);
        assert_eq!(answer.code(), code);
        assert!(!answer.ok());
        assert!(
            messages.insert(answer.message.clone()),
            "{code}: {}",
            answer.message
        );
    }
    assert!(messages.iter().any(|m| m.contains("SOMETHING_NEW")));
    // The real answers: OK, then ACTIONFAILED (nothing of this admin's pending any more).
    let ok = report(&confirm(&mut browser, &h, session, tech).await);
    assert_eq!(ok.code(), "OK");
    assert!(messages.insert(ok.message));
    let again = report(&confirm(&mut browser, &h, session, tech).await);
    assert_eq!(again.code(), "ACTIONFAILED");

    // A technician's console that is not running: ACTIONFAILED, naming the technician.
    let offline = h.sim.with_account(|a| {
        a.sessions()
            .find(|s| s.technicians.first() == Some(&ids::TECH_OFFLINE) && s.pending.is_some())
            .map(|s| s.id)
            .unwrap()
    });
    let answer = report(&confirm(&mut browser, &h, offline, ids::TECH_OFFLINE).await);
    assert_eq!(answer.code(), "ACTIONFAILED");
    let name = h
        .sim
        .with_account(|a| a.node(ids::TECH_OFFLINE).unwrap().name.clone());
    assert!(answer.message.contains(&name), "{}", answer.message);

    let log = h.audit.recent(100).await.unwrap();
    let codes: Vec<String> = log.iter().rev().map(|e| e.outcome.code()).collect();
    let mut expected: Vec<&str> = forced.to_vec();
    expected.extend(["OK", "ACTIONFAILED", "ACTIONFAILED"]);
    assert_eq!(codes, expected, "each attempt recorded, in order");
}

#[tokio::test]
async fn each_transport_failure_gets_its_own_message_and_is_never_retried() {
    let h = harness_with_timeout(Duration::from_millis(400)).await;
    let mut browser = Browser::new(true);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (session, tech) = cancellable(&h)[0];
    let cases = [
        (Fault::Timeout, "TIMEOUT"),
        (Fault::Status { status: 503 }, "HTTP_503"),
        (Fault::Status { status: 500 }, "HTTP_500"),
        (Fault::Status { status: 429 }, "HTTP_429"),
        (Fault::Reset, "CONNECTION_BROKEN"),
        (Fault::Malformed, "MALFORMED_REPLY"),
    ];
    let mut messages = HashSet::new();
    for (n, (f, code)) in cases.into_iter().enumerate() {
        fault(&h, f);
        let answer = report(&confirm(&mut browser, &h, session, tech).await);
        assert_eq!(answer.code(), code);
        assert!(!answer.ok());
        // 500 and 503 share a sentence that names the status.
        assert!(
            messages.insert(answer.message.clone()) || code == "HTTP_500",
            "{code}: {}",
            answer.message
        );
        assert_eq!(
            cancel_calls(&h).len(),
            n + 1,
            "{code}: one call, never retried"
        );
    }
    let log = h.audit.recent(100).await.unwrap();
    assert_eq!(log.len(), 6);
    assert!(log.iter().all(|e| e.session_id == session));
    assert!(
        log.iter()
            .find(|e| e.outcome.code() == "TIMEOUT")
            .unwrap()
            .latency_ms
            >= 400
    );

    // Rescue gone entirely.
    let (action, _) = confirm_form(&mut browser, &h, session, tech).await;
    h.stop_rescue();
    // Let the client's pool notice the closed keep-alive connections.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let session_text = session.to_string();
    let fields = [
        ("action", "cancel"),
        ("session", session_text.as_str()),
        ("technician", "Someone"),
        ("back", "/sessions"),
    ];
    let answer = report(&browser.post(&h, &action, &fields).await);
    assert_eq!(answer.code(), "UNREACHABLE");
    assert!(
        answer.message.contains("cannot be reached"),
        "{}",
        answer.message
    );
}

#[tokio::test]
async fn a_double_submit_makes_one_rescue_call() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (session, tech) = cancellable(&h)[0];
    let (action, technician) = confirm_form(&mut browser, &h, session, tech).await;
    let session_text = session.to_string();
    let back = back();
    let fields = [
        ("action", "cancel"),
        ("session", session_text.as_str()),
        ("technician", technician.as_str()),
        ("back", back.as_str()),
    ];
    h.sim.inject(FaultRule {
        method: "cancelAction".into(),
        fault: Fault::Latency { ms: 300 },
        times: None,
    });
    // Two presses of Confirm in the same browser, the second while the first is running.
    let mut first = Browser::new(true);
    first.cookie = browser.cookie.clone();
    let mut second = Browser::new(true);
    second.cookie = browser.cookie.clone();
    let (a, b) = tokio::join!(first.post(&h, &action, &fields), async {
        tokio::time::sleep(Duration::from_millis(50)).await;
        second.post(&h, &action, &fields).await
    });
    let (a, b) = (report(&a), report(&b));
    assert_eq!(cancel_calls(&h).len(), 1, "one upstream call");
    assert_eq!(a, b, "both presses see the one result");
    assert_eq!(a.code(), "OK");
    assert_eq!(
        h.audit.recent(10).await.unwrap().len(),
        1,
        "one attempt recorded"
    );
}

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
    let (action, _) = confirm_form(&mut browser, &h, session, tech).await;
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
    // And a GET cannot cancel.
    let reply = browser.get(&h, &format!("{action}?{body}")).await;
    assert_ne!(reply.status, StatusCode::OK);
    assert!(cancel_calls(&h).is_empty());
    assert!(h
        .sim
        .with_account(|a| a.session(session).unwrap().pending.is_some()));
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
