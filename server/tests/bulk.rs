//! Bulk actions through the real router against the simulator, as a browser without
//! JavaScript uses them: checkboxes → one confirmation → the run → its results page. Every
//! call is audited like a single one; over 100 sessions, a bad ID, a row that does not allow
//! the action or a cross-site post sends nothing to Rescue.

use crate::common;

use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::actions::calls;
use common::bulk::*;
use common::cancel::*;
use common::*;
use rescue_sim::faults::{Fault, FaultRule};
use rescue_sim::seed::{self, ids};

#[tokio::test]
async fn checkboxes_confirmation_run_and_results_without_javascript() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let list = browser.get(&h, &back()).await.body;
    assert!(list.contains("<form id=\"bulk\""), "the table's bulk form");
    let picks: Vec<(u32, u32)> = cancellable(&h).into_iter().take(3).collect();
    assert_eq!(picks.len(), 3);
    for (session, tech) in &picks {
        assert!(
            list.contains(&format!("value=\"{session}:{tech}\"")),
            "a checkbox per row"
        );
    }
    h.sim.clear_requests();

    let page = browser.get(&h, &bulk_page("cancel", &picks)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("Cancel action on 3 sessions?"),
        "{}",
        page.body
    );
    for (session, _) in &picks {
        assert!(page
            .body
            .contains(&format!("class=\"session-id\">{session}<")));
    }
    assert!(page.body.contains("Confirm: Cancel action on 3 sessions"));
    assert_eq!(
        calls(&h, "cancelAction").len(),
        0,
        "looking is not cancelling"
    );

    let results = confirm_bulk(&mut browser, &h, &page.body).await;
    let done = finished(&mut browser, &h, &results).await;
    assert!(done.contains("3 cancelled"), "{done}");
    assert_eq!(done.matches("class=\"outcome ok\"").count(), 3, "{done}");
    let cancelled: Vec<String> = calls(&h, "cancelAction")
        .iter()
        .filter_map(|c| c.param("session").map(str::to_owned))
        .collect();
    assert_eq!(cancelled.len(), 3, "one call per session");
    for (session, _) in &picks {
        assert!(cancelled.contains(&session.to_string()));
        let pending = h
            .sim
            .with_account(|a| a.session(*session).unwrap().pending.clone());
        assert!(pending.is_none(), "session {session} was cancelled");
    }
    // Audited like single actions: one finished record each, under this admin.
    let records = h.audit.recent(10).await.unwrap();
    assert_eq!(records.len(), 3);
    assert!(records
        .iter()
        .all(|r| r.outcome.code() == "OK" && r.admin_email == seed::DEMO_ADMIN));
    // The results page stays readable (reload, another tab).
    assert!(browser.get(&h, &results).await.body.contains("3 cancelled"));
}

#[tokio::test]
async fn each_answer_has_its_own_sentence_and_the_summary_counts_them() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let picks: Vec<(u32, u32)> = cancellable(&h).into_iter().take(3).collect();
    let page = browser.get(&h, &bulk_page("cancel", &picks)).await.body;
    h.sim.inject(FaultRule {
        method: "cancelAction".into(),
        fault: Fault::Code {
            code: "ACTIONFAILED".into(),
        },
        times: Some(1),
    });
    let results = confirm_bulk(&mut browser, &h, &page).await;
    let done = finished(&mut browser, &h, &results).await;
    assert!(
        done.contains("2 cancelled, 1 technician offline")
            || done.contains("1 technician offline, 2 cancelled"),
        "{done}"
    );
    assert_eq!(done.matches("class=\"outcome error\"").count(), 1);
}

#[tokio::test]
async fn over_a_hundred_a_bad_id_or_another_site_sends_nothing() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    h.sim.clear_requests();

    let many: Vec<(u32, u32)> = (0..101).map(|n| (1_073_300_000 + n, 337_202)).collect();
    let page = browser.get(&h, &bulk_page("cancel", &many)).await;
    assert!(
        page.body
            .contains("At most 100 sessions can be changed at once, and 101 were chosen"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("/sessions/bulk/run"));
    let bad = browser
        .get(
            &h,
            &format!(
                "/sessions/bulk?action=cancel&node={}&noderef=NODE&pick=12%3Cscript%3E",
                ids::ROOT
            ),
        )
        .await;
    assert!(
        bad.body.contains("is not a session of the list"),
        "{}",
        bad.body
    );
    assert!(!bad.body.contains("<script>"), "quoted safely");
    assert_eq!(
        rescue_calls(&h),
        0,
        "not even a read: {:?}",
        h.sim.requests()
    );

    // The run itself checks again: an edited form is refused whole.
    let sessions: Vec<String> = many.iter().map(|(s, t)| format!("{s}:{t}")).collect();
    let node = ids::ROOT.to_string();
    for (listed, why) in [
        (sessions.join(","), "101 were chosen"),
        ("1073200001:337202,abc".to_owned(), "is not a session"),
        (String::new(), "Choose at least one session"),
    ] {
        let reply = browser
            .post(
                &h,
                "/sessions/bulk/run",
                &[
                    ("action", "cancel"),
                    ("node", &node),
                    ("noderef", "NODE"),
                    ("sessions", &listed),
                ],
            )
            .await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", reply.body);
        assert!(reply.body.contains(why), "{}", reply.body);
    }
    let reply = browser
        .post(
            &h,
            "/sessions/bulk/run",
            &[
                ("action", "transfer"),
                ("node", &node),
                ("noderef", "NODE"),
                ("sessions", "1073200001:337202"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);

    // Another site's form, with this browser's cookie.
    let (session, tech) = cancellable(&h)[0];
    let body = format!("action=cancel&node={node}&noderef=NODE&sessions={session}%3A{tech}");
    let request = Request::post("/sessions/bulk/run")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "cross-site")
        .header(header::ORIGIN, "https://evil.example");
    let reply = browser.send(&h, request, Body::from(body)).await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert_eq!(rescue_calls(&h), 0, "{:?}", h.sim.requests());
    assert!(h.audit.recent(10).await.unwrap().is_empty());
}

#[tokio::test]
async fn hold_and_close_only_where_every_row_allows_them() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let waiting = common::actions::waiting(&h);
    let live = common::actions::live(&h);
    // A waiting session cannot be put on hold.
    let picks = [(live.0, live.1), (waiting.0, waiting.1)];
    let page = browser.get(&h, &bulk_page("hold", &picks)).await.body;
    assert!(
        page.contains("Hold is not possible for every session chosen"),
        "{page}"
    );
    assert!(page.contains(&waiting.0.to_string()));
    assert!(!page.contains("/sessions/bulk/run"), "no Confirm");
    assert_eq!(calls(&h, "holdSession").len(), 0);
    // Held alone, the live one can be.
    let page = browser.get(&h, &bulk_page("hold", &picks[..1])).await.body;
    assert!(page.contains("Hold 1 session?"), "{page}");
    let results = confirm_bulk(&mut browser, &h, &page).await;
    assert!(finished(&mut browser, &h, &results)
        .await
        .contains("1 held"));
    assert_eq!(calls(&h, "holdSession").len(), 1);
}

#[tokio::test]
async fn every_row_with_a_pending_action_of_mine_is_chosen_by_the_server() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    // Two holds asked from the dashboard: their rows carry this admin's pending marks.
    let live: Vec<u32> = h.sim.with_account(|a| {
        a.sessions()
            .filter(|s| s.status == rescue_sim::model::Status::Active && s.pending.is_none())
            .filter(|s| {
                s.technicians
                    .first()
                    .is_some_and(|t| *t != ids::TECH_OFFLINE)
            })
            .map(|s| s.id)
            .take(2)
            .collect()
    });
    for session in &live {
        let tech = h
            .sim
            .with_account(|a| a.session(*session).unwrap().technicians[0]);
        let page = browser
            .get(&h, &bulk_page("hold", &[(*session, tech)]))
            .await
            .body;
        let results = confirm_bulk(&mut browser, &h, &page).await;
        finished(&mut browser, &h, &results).await;
    }
    let page = browser
        .get(
            &h,
            &format!(
                "/sessions/bulk?select=pending&node={}&noderef=NODE",
                ids::ROOT
            ),
        )
        .await
        .body;
    for session in &live {
        assert!(
            page.contains(&format!("class=\"session-id\">{session}<")),
            "{page}"
        );
    }
    assert!(
        page.contains("Hold requested"),
        "the pending action is named: {page}"
    );
    assert!(
        page.contains(&format!("Cancel action on {} sessions?", live.len())),
        "{page}"
    );
}

#[tokio::test]
async fn at_most_four_calls_of_a_browser_run_at_once() {
    let h = harness().await;
    let now = h.sim.now();
    h.sim.with_account(|a| seed::crowd(a, 8, now));
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let picks: Vec<(u32, u32)> = h.sim.with_account(|a| {
        a.sessions()
            .filter(|s| s.status == rescue_sim::model::Status::Active && s.pending.is_none())
            .filter_map(|s| Some((s.id, *s.technicians.first()?)))
            .filter(|(_, tech)| *tech != ids::TECH_OFFLINE)
            .take(8)
            .collect()
    });
    assert_eq!(picks.len(), 8);
    let page = browser.get(&h, &bulk_page("hold", &picks)).await.body;
    h.sim.inject(FaultRule {
        method: "holdSession".into(),
        fault: Fault::Latency { ms: 300 },
        times: None,
    });
    let started = Instant::now();
    let results = confirm_bulk(&mut browser, &h, &page).await;
    // The browser is answered at once; the calls go on without it.
    assert!(
        started.elapsed() < Duration::from_millis(300),
        "{:?}",
        started.elapsed()
    );
    let done = finished(&mut browser, &h, &results).await;
    // Eight calls of 300 ms, four at a time, cannot take less than two rounds.
    assert!(
        started.elapsed() >= Duration::from_millis(600),
        "{:?}",
        started.elapsed()
    );
    assert!(done.contains("8 held"), "{done}");
}

#[tokio::test]
async fn a_results_page_is_this_browsers_only() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let picks: Vec<(u32, u32)> = cancellable(&h).into_iter().take(1).collect();
    let page = browser.get(&h, &bulk_page("cancel", &picks)).await.body;
    let results = confirm_bulk(&mut browser, &h, &page).await;
    finished(&mut browser, &h, &results).await;
    let mut other = Browser::new(false);
    other.sign_in(&h, seed::DEMO_ADMIN).await;
    let page = other.get(&h, &results).await.body;
    assert!(page.contains("These results are no longer here"), "{page}");
    assert!(!page.contains("outcome ok"));
}
