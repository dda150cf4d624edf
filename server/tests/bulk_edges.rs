//! Bulk runs as a hostile or hurried browser meets them: Confirm pressed twice, another admin
//! on the same browser, a sign-out while the run is out, a session changed meanwhile.

use crate::common;

use std::time::Duration;

use axum::http::StatusCode;
use common::actions::calls;
use common::bulk::*;
use common::cancel::*;
use common::*;
use rescue_sim::faults::{Fault, FaultRule};
use rescue_sim::seed::{self, ids};

#[tokio::test]
async fn a_bulk_confirm_pressed_twice_runs_once() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let picks: Vec<(u32, u32)> = cancellable(&h).into_iter().take(3).collect();
    let page = browser.get(&h, &bulk_page("cancel", &picks)).await.body;
    let form = run_form(&page);
    h.sim.inject(FaultRule {
        method: "cancelAction".into(),
        fault: Fault::Latency { ms: 200 },
        times: None,
    });
    // Two presses at once (a double click, a retrying proxy), then one more after.
    let presses = (0..2).map(|_| {
        let mut b = Browser::new(false);
        b.cookie = browser.cookie.clone();
        let (h, form) = (&h, form.clone());
        async move { post_fields(&mut b, h, "/sessions/bulk/run", &form).await }
    });
    let replies = futures_util::future::join_all(presses).await;
    let runs: Vec<String> = replies
        .iter()
        .map(|r| r.location.clone().expect("sent to the results"))
        .collect();
    assert_eq!(runs[0], runs[1], "both presses lead to the one run");
    let late = post_fields(&mut browser, &h, "/sessions/bulk/run", &form).await;
    assert_eq!(late.location.as_deref(), Some(runs[0].as_str()));
    let done = finished(&mut browser, &h, &runs[0]).await;
    assert!(done.contains("3 cancelled"), "{done}");
    assert_eq!(calls(&h, "cancelAction").len(), 3, "one call per session");
    assert_eq!(h.audit.recent(10).await.unwrap().len(), 3);
}

#[tokio::test]
async fn bulk_results_belong_to_the_admin_who_confirmed_them() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let picks: Vec<(u32, u32)> = cancellable(&h).into_iter().take(2).collect();
    let page = browser.get(&h, &bulk_page("cancel", &picks)).await.body;
    let results = confirm_bulk(&mut browser, &h, &page).await;
    let done = finished(&mut browser, &h, &results).await;
    assert!(done.contains("2 cancelled"), "{done}");

    // Another admin signs in on the same browser: the results are not theirs to see.
    browser.sign_in(&h, seed::DEMO_ADMIN_2).await;
    let page = browser.get(&h, &results).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND, "{}", page.body);
    assert!(!page.body.contains("2 cancelled"));
    // Nor when the first admin comes back: a new sign-in of someone else dropped them.
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    assert_eq!(
        browser.get(&h, &results).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_bulk_run_ending_after_a_sign_out_does_not_sign_the_browser_back_in() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let cookie = browser.cookie.clone();
    let picks: Vec<(u32, u32)> = cancellable(&h).into_iter().take(4).collect();
    h.sim.inject(FaultRule {
        method: "cancelAction".into(),
        fault: Fault::Latency { ms: 300 },
        times: None,
    });
    let page = browser.get(&h, &bulk_page("cancel", &picks)).await.body;
    let results = confirm_bulk(&mut browser, &h, &page).await;
    // Signed out while the run is out.
    browser.submit(&h, "/sessions", "sign_out", &[]).await;
    // The run ends and writes its results: into nothing, since the session is gone.
    for _ in 0..100 {
        if calls(&h, "cancelAction").len() == picks.len() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut old = Browser::new(false);
    old.cookie = cookie;
    let reply = old.get(&h, &results).await;
    assert!(
        reply
            .location
            .as_deref()
            .is_some_and(|l| l.starts_with("/login")),
        "still signed out: {:?}",
        reply.location
    );
    assert_eq!(h.sessions.record_count().await.unwrap(), Some(0));
}

#[tokio::test]
async fn a_bulk_run_writes_only_its_results_into_the_session() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let picks: Vec<(u32, u32)> = cancellable(&h).into_iter().take(2).collect();
    h.sim.inject(FaultRule {
        method: "cancelAction".into(),
        fault: Fault::Latency { ms: 400 },
        times: Some(2),
    });
    let page = browser.get(&h, &bulk_page("cancel", &picks)).await.body;
    let results = confirm_bulk(&mut browser, &h, &page).await;
    // Meanwhile a single action leaves its notice in the session (JavaScript off).
    let (session, tech, _, _) = common::actions::live(&h);
    let form = {
        let html = browser
            .get(
                &h,
                &format!(
                    "/sessions/hold?session={session}&technician={tech}&node={}&noderef=NODE",
                    ids::ROOT
                ),
            )
            .await
            .body;
        form_of(&html, "act_on_session")
    };
    press(&mut browser, &h, &form).await;
    let done = finished(&mut browser, &h, &results).await;
    assert!(done.contains("2 cancelled"), "{done}");
    tokio::time::sleep(Duration::from_millis(200)).await;
    // The notice written while the run was out is still there: the run's write did not
    // put back the session as it read it at its start.
    let list = browser.get(&h, &back()).await.body;
    assert!(
        list.contains("role=\"status\" class=\"result ok\"")
            && list.contains(&format!("session {session}")),
        "the notice survived: {list}"
    );
}
