//! Hold, Close, Transfer and Start through the real router against the simulator: each is
//! confirmed, gets its own message for every Rescue answer, is audited, shows as pending on
//! its row until the console carries it out, and can be taken back with Cancel action. Also
//! bad input refused before Rescue, and one browser's concurrent refreshes sharing one read.

use crate::common;

use std::collections::HashSet;
use std::time::Duration;

use axum::http::StatusCode;
use common::*;
use rescue_sim::faults::{Fault, FaultRule};
use rescue_sim::model::Status;
use rescue_sim::seed::{self, ids};

use common::actions::*;

#[tokio::test]
async fn each_confirmation_names_the_action_and_what_it_needs() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (row, queued) = (live(&h), waiting(&h));
    for (action, row, question) in [
        ("hold", row, "Put this session on hold?"),
        ("close", row, "Close this session?"),
        ("transfer", row, "Transfer this session?"),
        ("start", queued, "Start this session?"),
    ] {
        let page = browser.get(&h, &confirmation(action, row)).await;
        assert_eq!(page.status, StatusCode::OK, "{action}");
        assert!(page.body.contains(question), "{action}: {}", page.body);
        assert!(
            page.body
                .contains(&format!("class=\"session-id\">{}", row.0)),
            "{action}"
        );
        assert!(page.body.contains("name=\"action\" value=\"") && page.body.contains(action));
    }
    // Transfer offers technicians and channels and a comment; Start offers technicians only.
    let transfer = browser.get(&h, &confirmation("transfer", row)).await.body;
    assert!(transfer.contains(&format!("value=\"NODE:{}\"", ids::TECH_ONLINE)));
    assert!(transfer.contains(&format!("value=\"CHANNEL:{}\"", ids::CHANNEL_SUPPORT)));
    assert!(transfer.contains("name=\"comment\""));
    let start = browser.get(&h, &confirmation("start", queued)).await.body;
    assert!(start.contains(&format!("value=\"NODE:{}\"", ids::TECH_ONLINE)));
    assert!(!start.contains("value=\"CHANNEL:"));
    assert!(!start.contains("name=\"comment\""));
    // An action that does not exist is a clear 404 page.
    let nothing = browser.get(&h, &confirmation("reboot", row)).await;
    assert_eq!(nothing.status, StatusCode::NOT_FOUND);
    assert!(nothing.body.contains("no such session action"));
    for method in [
        "holdSession",
        "closeSession",
        "transferSession",
        "startSession",
    ] {
        assert!(calls(&h, method).is_empty(), "looking is not acting");
    }
}

#[tokio::test]
async fn every_answer_of_every_action_gets_its_own_message_and_record() {
    let h = harness().await;
    let mut browser = Browser::new(true);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let target = format!("NODE:{}", ids::TECH_ONLINE);
    let mut all_messages = HashSet::new();
    let mut expected_log = Vec::new();
    for (action, method, documented) in [
        (
            "hold",
            "holdSession",
            &[
                "ERROR",
                "ACTIONFAILED",
                "INVALIDPARAM_SESSION",
                "INVALID_SECRETAUTHCODE",
                "USER_DELETED_OR_DISABLED",
            ][..],
        ),
        (
            "close",
            "closeSession",
            &[
                "ERROR",
                "ACTIONFAILED",
                "INVALIDPARAM_SESSION",
                "INVALID_SECRETAUTHCODE",
                "USER_DELETED_OR_DISABLED",
            ][..],
        ),
        (
            "transfer",
            "transferSession",
            &[
                "ERROR",
                "ACTIONFAILED",
                "INVALIDPARAM_NODE",
                "INVALID_SECRETAUTHCODE",
                "USER_DELETED_OR_DISABLED",
            ][..],
        ),
        (
            "start",
            "startSession",
            &[
                "ERROR",
                "ACTIONFAILED",
                "INVALIDPARAM_SESSION",
                "INVALIDPARAM_NODE",
                "INVALID_SECRETAUTHCODE",
                "USER_DELETED_OR_DISABLED",
            ][..],
        ),
    ] {
        let row = if action == "start" {
            waiting(&h)
        } else {
            live(&h)
        };
        let extra: Vec<(&str, &str)> = match action {
            "transfer" => vec![
                ("target", target.as_str()),
                ("comment", "Needs a printer expert"),
            ],
            "start" => vec![("target", target.as_str())],
            _ => Vec::new(),
        };
        let mut messages = HashSet::new();
        // Transfer documents no INVALIDPARAM_SESSION: it gets the "does not know" message.
        let undocumented: &[&str] = if action == "transfer" {
            &["SOMETHING_NEW", "INVALIDPARAM_SESSION"]
        } else {
            &["SOMETHING_NEW"]
        };
        for code in documented.iter().chain(undocumented) {
            h.sim.inject(FaultRule {
                method: method.into(),
                fault: Fault::Code {
                    code: (*code).into(),
                },
                times: Some(1),
            });
            let answer = report(&act(&mut browser, &h, action, row, &extra).await);
            assert_eq!(answer.code(), *code, "{action}");
            assert!(!answer.ok());
            assert!(
                messages.insert(answer.message.clone()) || undocumented.contains(code),
                "{action} {code}: {}",
                answer.message
            );
            assert!(
                all_messages.insert((action, answer.message)),
                "{action} {code}"
            );
            expected_log.push((method.to_owned(), (*code).to_owned()));
        }
        // The real answer: accepted, and pending in the simulator as the console would hold it.
        let ok = report(&act(&mut browser, &h, action, row, &extra).await);
        assert!(ok.ok() && ok.code() == "OK", "{action}: {ok:?}");
        assert!(messages.insert(ok.message), "{action}");
        expected_log.push((method.to_owned(), "OK".to_owned()));
        let pending = h
            .sim
            .with_account(|a| a.session(row.0).unwrap().pending.clone());
        assert_eq!(pending.map(|p| p.action.method()), Some(method), "{action}");
    }
    // ACTIONFAILED reads differently for each action.
    let failed: HashSet<_> = all_messages
        .iter()
        .filter(|(_, m)| m.starts_with("Rescue could not"))
        .map(|(_, m)| m.split(':').next().unwrap().to_owned())
        .collect();
    assert_eq!(failed.len(), 4, "{failed:?}");
    // The transfer went with its target and comment.
    let transfer = calls(&h, "transferSession").pop().unwrap();
    for pair in [
        ("node", ids::TECH_ONLINE.to_string()),
        ("noderef", "NODE".to_owned()),
        ("comment", "Needs a printer expert".to_owned()),
    ] {
        assert!(
            transfer
                .params
                .contains(&(pair.0.to_owned(), pair.1.clone())),
            "{pair:?}"
        );
    }
    let log = h.audit.recent(200).await.unwrap();
    let got: Vec<(String, String)> = log
        .iter()
        .rev()
        .map(|e| (e.action.method().to_owned(), e.outcome.code()))
        .collect();
    assert_eq!(got, expected_log, "each attempt recorded, in order");
    assert!(log.iter().all(|e| e.admin_email == seed::DEMO_ADMIN));
}

#[tokio::test]
async fn hold_then_cancel_action_puts_the_session_back_as_it_was() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let row = live(&h);
    let session = row.0;

    // Without JavaScript: Confirm posts, the browser goes back to the list with the message.
    let held = act(&mut browser, &h, "hold", row, &[]).await;
    assert_eq!(held.status, StatusCode::FOUND, "{}", held.body);
    assert_eq!(held.location.as_deref(), Some(list(row).as_str()));
    let page = browser.get(&h, &list(row)).await.body;
    assert!(page.contains("Hold requested: "), "the notice");
    let marked = row_html(&page, session);
    assert!(marked.contains("Hold requested at"), "{marked}");
    assert!(marked.contains("cancel-action highlight"), "{marked}");
    assert!(marked.contains("has-pending"), "{marked}");
    // Other rows carry no marker.
    assert_eq!(
        page.matches("class=\"pending-mark\"").count(),
        page.matches(&format!("<tr data-session=\"{session}\""))
            .count()
    );

    let cancelled = act(&mut browser, &h, "cancel", row, &[]).await;
    assert_eq!(cancelled.status, StatusCode::FOUND);
    let restored = h.sim.with_account(|a| a.session(session).unwrap().clone());
    assert_eq!(restored.status, Status::Active);
    assert!(restored.pending.is_none());
    // Past the console's delay nothing happens: the hold was taken back.
    h.sim.advance(Duration::from_secs(120));
    let later = h.sim.with_account(|a| a.session(session).unwrap().status);
    assert_eq!(later, Status::Active);
    let page = browser.get(&h, &list(row)).await.body;
    let row_now = row_html(&page, session);
    assert!(
        !row_now.contains("pending-mark") && !row_now.contains("highlight"),
        "{row_now}"
    );
    assert!(row_now.contains(">Active<"), "{row_now}");

    // Held for real this time: once the console carries it out, the marker goes.
    act(&mut browser, &h, "hold", row, &[]).await;
    assert!(row_html(&browser.get(&h, &list(row)).await.body, session).contains("pending-mark"));
    h.sim.advance(Duration::from_secs(120));
    let page = browser.get(&h, &list(row)).await.body;
    let row_now = row_html(&page, session);
    assert!(
        row_now.contains(">On Hold<") && !row_now.contains("pending-mark"),
        "{row_now}"
    );
    let actions: Vec<String> = h
        .audit
        .recent(10)
        .await
        .unwrap()
        .into_iter()
        .rev()
        .map(|e| format!("{} {}", e.action.method(), e.outcome))
        .collect();
    assert_eq!(
        actions,
        ["holdSession OK", "cancelAction OK", "holdSession OK"]
    );
}

#[tokio::test]
async fn transfer_and_start_are_carried_out_by_the_console() {
    let h = harness().await;
    let mut browser = Browser::new(true);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let row = live(&h);
    let channel = format!("CHANNEL:{}", ids::CHANNEL_SUPPORT);
    let moved = report(
        &act(
            &mut browser,
            &h,
            "transfer",
            row,
            &[
                ("target", &channel),
                ("comment", "Customer asked for billing"),
            ],
        )
        .await,
    );
    assert!(moved.ok(), "{moved:?}");
    let queued = waiting(&h);
    let tech = format!("NODE:{}", ids::TECH_ONLINE);
    let started = report(&act(&mut browser, &h, "start", queued, &[("target", &tech)]).await);
    assert!(started.ok(), "{started:?}");
    h.sim.advance(Duration::from_secs(120));
    let (transferred, picked) = h.sim.with_account(|a| {
        (
            a.session(row.0).unwrap().clone(),
            a.session(queued.0).unwrap().clone(),
        )
    });
    assert_eq!(transferred.status, Status::Waiting);
    assert_eq!(transferred.channel, ids::CHANNEL_SUPPORT);
    assert_eq!(
        transferred.transferred_comment,
        "Customer asked for billing"
    );
    assert_eq!(picked.status, Status::Active);
    assert_eq!(picked.technicians, vec![ids::TECH_ONLINE]);
    // The channel's list now shows where it went, with the comment.
    let page = browser
        .get(
            &h,
            &format!("/sessions?node={}&noderef=CHANNEL", ids::CHANNEL_SUPPORT),
        )
        .await
        .body;
    assert!(row_html(&page, row.0).contains("Customer asked for billing"));
}

#[tokio::test]
async fn bad_action_input_is_refused_before_rescue() {
    let h = harness().await;
    let mut browser = Browser::new(true);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (row, queued) = (live(&h), waiting(&h));
    let long = "x".repeat(256);
    let cases: Vec<(&str, ListedRow, Fields, &str)> = vec![
        ("transfer", row, vec![], "Pick the technician or channel"),
        (
            "transfer",
            row,
            vec![("target", "NODE:abc")],
            "target is not valid",
        ),
        (
            "transfer",
            row,
            vec![("target", "GROUP:5")],
            "not a technician or channel",
        ),
        (
            "transfer",
            row,
            vec![("target", "NODE:337101"), ("comment", &long)],
            "at most 255",
        ),
        (
            "transfer",
            row,
            vec![("target", "NODE:337101"), ("comment", "two\nlines")],
            "one line",
        ),
        ("start", queued, vec![], "Pick the technician"),
        (
            "start",
            queued,
            vec![("target", "CHANNEL:1902861001")],
            "not a channel",
        ),
    ];
    for (action, row, extra, says) in cases {
        let reply = act(&mut browser, &h, action, row, &extra).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{action} {extra:?}");
        assert!(
            reply.body.contains(says),
            "{action} {extra:?}: {}",
            reply.body
        );
        assert!(reply.body.contains("Nothing was sent to Rescue"));
    }
    // A made-up action posted straight to the server function.
    let page = browser.get(&h, &confirmation("hold", row)).await.body;
    let form = common::form_of(&page, "act_on_session");
    let reply = common::cancel::post_fields(
        &mut browser,
        &h,
        &form.action,
        &form.with("action", "reboot"),
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    for method in [
        "holdSession",
        "closeSession",
        "transferSession",
        "startSession",
    ] {
        assert!(calls(&h, method).is_empty(), "{method}");
    }
    assert!(
        h.audit.recent(10).await.unwrap().is_empty(),
        "nothing to record"
    );
}

#[tokio::test]
async fn concurrent_refreshes_of_one_view_share_one_rescue_read() {
    let h = harness().await;
    let mut first = Browser::new(true);
    first.sign_in(&h, seed::DEMO_ADMIN).await;
    let mut second = Browser::new(true);
    second.sign_in(&h, seed::DEMO_ADMIN_2).await;
    let path = format!("/sessions?node={}&noderef=NODE", ids::GROUP_HELPDESK);
    let before = calls(&h, "getSession_v3").len();
    // Rescue answers slowly, so the refreshes overlap.
    h.sim.inject(FaultRule {
        method: "getHierarchy_v2".into(),
        fault: Fault::Latency { ms: 300 },
        times: Some(2),
    });
    let mut storm: Vec<Browser> = (0..8)
        .map(|_| Browser {
            cookie: first.cookie.clone(),
            ..Browser::new(true)
        })
        .collect();
    storm.push(Browser {
        cookie: second.cookie.clone(),
        ..Browser::new(true)
    });
    let replies = futures_util::future::join_all(storm.iter_mut().map(|b| b.get(&h, &path))).await;
    for reply in &replies {
        assert_eq!(reply.status, StatusCode::OK);
        assert!(reply.body.contains("<tr data-session="));
    }
    let reads = calls(&h, "getSession_v3").len() - before;
    assert_eq!(
        reads, 2,
        "one read for the first browser's eight refreshes, one for the second's"
    );
    // Once a read is over, the next refresh reads afresh.
    first.get(&h, &path).await;
    assert_eq!(calls(&h, "getSession_v3").len() - before, 3);
}

#[tokio::test]
async fn without_javascript_bad_input_returns_to_the_list_with_the_reason() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let row = live(&h);
    // A browser that skipped the required target (or a hand-edited form).
    let reply = act(&mut browser, &h, "transfer", row, &[]).await;
    assert_eq!(reply.status, StatusCode::FOUND);
    assert_eq!(reply.location.as_deref(), Some(list(row).as_str()));
    let page = browser.get(&h, &list(row)).await.body;
    assert!(
        page.contains("Pick the technician or channel to transfer to. Nothing was sent to Rescue."),
        "the reason is shown on the list"
    );
    assert!(calls(&h, "transferSession").is_empty());
}
