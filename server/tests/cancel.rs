//! Cancel action through the real router against the simulator: the confirmation, every Rescue
//! answer and transport failure with its own message and audit record, one upstream call per
//! double submit.

use crate::common;

use std::collections::HashSet;
use std::time::Duration;

use axum::http::StatusCode;
use common::cancel::*;
use common::*;
use rescue_sim::faults::{Fault, FaultRule};
use rescue_sim::seed::{self, ids};

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
    let h = Harness::builder()
        .timeout(Duration::from_millis(400))
        .build()
        .await;
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

    // Rescue gone entirely: the row cannot be read again for the record, so nothing is sent.
    let form = confirm_form(&mut browser, &h, session, tech).await;
    h.stop_rescue();
    // Let the client's pool notice the closed keep-alive connections.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let answer = report(&press(&mut browser, &h, &form).await);
    assert_eq!(answer.code(), "INVALID_INPUT");
    assert!(
        answer.message.contains("cannot be reached") && answer.message.contains("Nothing was sent"),
        "{}",
        answer.message
    );
    assert_eq!(
        h.audit.recent(100).await.unwrap().len(),
        6,
        "nothing recorded"
    );
}

#[tokio::test]
async fn a_double_submit_makes_one_rescue_call() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (session, tech) = cancellable(&h)[0];
    // Two confirmations of the same row (two tabs), each with its own one-time token.
    let one = confirm_form(&mut browser, &h, session, tech).await;
    let other = confirm_form(&mut browser, &h, session, tech).await;
    assert_ne!(one.value("token"), other.value("token"));
    h.sim.inject(FaultRule {
        method: "cancelAction".into(),
        fault: Fault::Latency { ms: 300 },
        times: None,
    });
    // Both pressed in the same browser, the second while the first is running.
    let mut first = Browser::new(true);
    first.cookie = browser.cookie.clone();
    let mut second = Browser::new(true);
    second.cookie = browser.cookie.clone();
    let (a, b) = tokio::join!(press(&mut first, &h, &one), async {
        tokio::time::sleep(Duration::from_millis(50)).await;
        press(&mut second, &h, &other).await
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

#[tokio::test]
async fn a_confirmation_sent_again_makes_no_call_and_shows_the_first_answer() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (session, tech) = cancellable(&h)[0];
    let form = confirm_form(&mut browser, &h, session, tech).await;
    let mut hydrated = Browser::new(true);
    hydrated.cookie = browser.cookie.clone();
    let first = report(&press(&mut hydrated, &h, &form).await);
    assert_eq!(first.code(), "OK");
    assert!(!first.repeated);

    // Back button and resubmit, a reload, a retrying proxy: the same form again, later.
    for _ in 0..3 {
        let again = report(&press(&mut hydrated, &h, &form).await);
        assert_eq!(again.code(), "OK", "the first one's outcome");
        assert!(again.repeated);
        assert!(
            again.message.starts_with("Already done"),
            "{}",
            again.message
        );
    }
    // Without JavaScript too: back to the list, whose notice says so.
    let reply = press(&mut browser, &h, &form).await;
    assert_eq!(reply.location.as_deref(), Some(back().as_str()));
    let page = browser.get(&h, &back()).await.body;
    assert!(page.contains("Already done"), "the notice says so");
    assert_eq!(cancel_calls(&h).len(), 1, "one Rescue call in all");
    assert_eq!(h.audit.recent(10).await.unwrap().len(), 1, "one record");

    // Sent again at the same moment: still one call.
    let (session, tech) = cancellable(&h)[0];
    let form = confirm_form(&mut browser, &h, session, tech).await;
    h.sim.inject(FaultRule {
        method: "cancelAction".into(),
        fault: Fault::Latency { ms: 300 },
        times: Some(1),
    });
    let presses = (0..4).map(|_| {
        let mut b = Browser::new(true);
        b.cookie = browser.cookie.clone();
        let form = form.clone();
        let h = &h;
        async move { report(&press(&mut b, h, &form).await) }
    });
    let answers = futures_util::future::join_all(presses).await;
    assert_eq!(cancel_calls(&h).len(), 2, "one more call for four presses");
    assert_eq!(
        answers.iter().filter(|a| !a.repeated).count(),
        1,
        "{answers:?}"
    );
    assert!(answers.iter().all(|a| a.code() == "OK"), "{answers:?}");
}

#[tokio::test]
async fn a_forged_or_stale_confirmation_is_refused_and_sends_nothing() {
    let h = harness().await;
    let mut browser = Browser::new(true);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (session, tech) = cancellable(&h)[0];
    let form = confirm_form(&mut browser, &h, session, tech).await;
    for token in ["", "forged", &"x".repeat(10_000)] {
        let reply = post_fields(&mut browser, &h, &form.action, &form.with("token", token)).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.body);
        assert!(reply.body.contains("nothing was sent"), "{}", reply.body);
    }
    let no_token: Vec<(String, String)> = form
        .fields
        .iter()
        .filter(|(n, _)| n != "token")
        .cloned()
        .collect();
    let reply = post_fields(&mut browser, &h, &form.action, &no_token).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(cancel_calls(&h).is_empty());
    assert!(h.audit.recent(10).await.unwrap().is_empty());
}

#[tokio::test]
async fn the_audit_names_the_row_as_rescue_lists_it_whatever_the_form_says() {
    let h = harness().await;
    let mut browser = Browser::new(true);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (session, tech) = cancellable(&h)[0];
    let (name, status, channel) = h.sim.with_account(|a| {
        let s = a.session(session).unwrap();
        let channel = a
            .node(s.channel)
            .map(|n| n.name.clone())
            .unwrap_or_default();
        (a.node(tech).unwrap().name.clone(), s.status.text(), channel)
    });
    let form = confirm_form(&mut browser, &h, session, tech).await;
    // The form picks another technician's row, and carries a name of its own making.
    let mut fields = form.with("technician", &ids::TECH_OFFLINE.to_string());
    fields.push(("technician_name".into(), "Mallory".into()));
    let answer = report(&post_fields(&mut browser, &h, &form.action, &fields).await);
    assert_eq!(answer.code(), "OK");
    let record = &h.audit.recent(1).await.unwrap()[0];
    assert_eq!(record.technician, name, "the technician Rescue lists");
    assert_eq!(record.status, status, "the status Rescue listed");
    assert_eq!(record.channel, channel, "the channel Rescue listed");
    assert!(!format!("{record:?}").contains("Mallory"));
    // The history shows what Rescue listed too.
    let history = browser.get(&h, "/history").await.body;
    assert!(history.contains(status), "{history}");
}
