//! The sessions page through the real router against the simulator: the sign-in guard, the
//! table and picker, bad input refused before Rescue is asked, two browsers kept apart, and an
//! expired Rescue login sending the admin to sign in and back.

use crate::common;

use std::time::Duration;

use axum::http::StatusCode;
use common::*;
use rescue_sim::seed::{self, ids};

fn getsession_calls(h: &Harness) -> Vec<rescue_sim::RequestRecord> {
    h.sim
        .requests()
        .into_iter()
        .filter(|r| r.method == "getSession_v3")
        .collect()
}

#[tokio::test]
async fn signed_out_browsers_are_sent_to_sign_in_and_back() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    let reply = browser.get(&h, "/sessions?node=337100&noderef=NODE").await;
    assert_eq!(reply.status, StatusCode::FOUND);
    assert_eq!(
        reply.location.as_deref(),
        Some("/login?next=%2Fsessions%3Fnode%3D337100%26noderef%3DNODE")
    );
    assert!(getsession_calls(&h).is_empty());
}

#[tokio::test]
async fn the_default_view_lists_every_technician_with_a_picker() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let reply = browser.get(&h, "/sessions").await;
    assert_eq!(reply.status, StatusCode::OK);
    let page = reply.body;
    assert!(page.contains("Sessions — Technicians"), "{page}");
    assert!(
        page.matches("<tr data-session=").count() > 40,
        "one row per technician"
    );
    for text in [
        "Waiting",
        "Active",
        "On Hold",
        "badge live",
        "(lead)",
        "Support Channel",
    ] {
        assert!(page.contains(text), "{text}");
    }
    // The picker: groups, technicians with presence, channels; each a bookmarkable link.
    assert!(page.contains(&format!(
        "href=\"/sessions?node={}&amp;noderef=NODE\"",
        ids::GROUP_HELPDESK
    )));
    assert!(page.contains(&format!(
        "href=\"/sessions?node={}&amp;noderef=CHANNEL\"",
        ids::CHANNEL_SUPPORT
    )));
    assert!(page.contains("(Offline)") && page.contains("(Busy)") && page.contains("(Away)"));
}

#[tokio::test]
async fn a_channel_view_shows_only_its_sessions() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let path = format!("/sessions?node={}&noderef=CHANNEL", ids::CHANNEL_SUPPORT);
    let page = browser.get(&h, &path).await.body;
    assert!(page.contains("Sessions — Support Channel"));
    // Channel cells (the text may be followed by a hydration marker before `</td>`).
    assert!(
        page.contains(r#"<td class="wrap">Support Channel<"#),
        "{page}"
    );
    assert!(!page.contains(r#"<td class="wrap">Billing<"#));
    assert!(!page.contains(r#"<td class="wrap">VIP Line<"#));
    let call = getsession_calls(&h).pop().unwrap();
    assert_eq!(call.param("noderef"), Some("CHANNEL"));
}

#[tokio::test]
async fn bad_node_parameters_are_refused_before_rescue_is_asked() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    h.sim.clear_requests();
    for (path, message) in [
        ("/sessions?node=abc", "whole number"),
        ("/sessions?node=0", "greater than zero"),
        ("/sessions?node=-4", "whole number"),
        ("/sessions?node=99999999999", "at most"),
        ("/sessions?node=337100&noderef=GROUP", "NODE or CHANNEL"),
    ] {
        let reply = browser.get(&h, path).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{path}");
        assert!(reply.body.contains(message), "{path}: {}", reply.body);
    }
    assert!(getsession_calls(&h).is_empty(), "nothing sent to Rescue");
}

#[tokio::test]
async fn two_browsers_each_use_their_own_rescue_login() {
    let h = harness().await;
    let mut alex = Browser::new(false);
    let mut lee = Browser::new(false);
    alex.sign_in(&h, seed::DEMO_ADMIN).await;
    lee.sign_in(&h, seed::DEMO_ADMIN_2).await;
    h.sim.clear_requests();
    for _ in 0..2 {
        assert!(alex
            .get(&h, "/sessions")
            .await
            .body
            .contains(seed::DEMO_ADMIN));
        assert!(lee
            .get(&h, "/sessions")
            .await
            .body
            .contains(seed::DEMO_ADMIN_2));
    }
    let cookies: Vec<String> = getsession_calls(&h)
        .into_iter()
        .map(|r| r.cookie.expect("each call carries a login"))
        .collect();
    assert_eq!(cookies.len(), 4);
    assert_eq!(cookies[0], cookies[2], "Alex's calls use Alex's login");
    assert_eq!(cookies[1], cookies[3], "Lee's calls use Lee's login");
    assert_ne!(cookies[0], cookies[1], "never each other's");
}

#[tokio::test]
async fn an_expired_rescue_login_returns_to_the_same_page_after_sign_in() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let here = format!("/sessions?node={}&noderef=NODE", ids::GROUP_HELPDESK);
    assert_eq!(browser.get(&h, &here).await.status, StatusCode::OK);

    h.sim.advance(Duration::from_secs(21 * 60));
    let reply = browser.get(&h, &here).await;
    assert_eq!(reply.status, StatusCode::FOUND);
    let login_page = reply.location.clone().unwrap();
    assert!(
        login_page.starts_with("/login?next=%2Fsessions%3Fnode%3D337100"),
        "{login_page}"
    );
    let page = browser.get(&h, &login_page).await.body;
    assert!(page.contains("Your Rescue sign-in expired"), "{page}");
    assert!(
        !page.contains("You are signed in as"),
        "the stale login is forgotten"
    );

    let next = here.as_str();
    let reply = browser
        .submit(
            &h,
            &login_page,
            "sign_in",
            &[
                ("email", seed::DEMO_ADMIN),
                ("password", seed::DEMO_PASSWORD),
                ("next", next),
            ],
        )
        .await;
    assert_eq!(reply.location.as_deref(), Some(next));
    assert_eq!(browser.get(&h, next).await.status, StatusCode::OK);
}

/// The session IDs of the rows a page shows, in order.
fn listed(html: &str) -> Vec<u32> {
    html.split("<tr data-session=\"")
        .skip(1)
        .map(|rest| rest[..rest.find('"').unwrap()].parse().unwrap())
        .collect()
}

#[tokio::test]
async fn filters_search_and_sort_live_in_the_address() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let base = format!("/sessions?node={}&noderef=NODE", ids::ROOT);
    let all = browser.get(&h, &base).await.body;
    let everything = listed(&all);
    assert!(everything.len() > 40);

    // Each narrowing agrees with what the simulator holds.
    let (waiting, finished, held): (Vec<u32>, Vec<u32>, Vec<u32>) = h.sim.with_account(|a| {
        let pick = |f: &dyn Fn(&rescue_sim::model::Status) -> bool| {
            a.sessions()
                .filter(|s| f(&s.status))
                .map(|s| s.id)
                .collect::<Vec<u32>>()
        };
        (
            pick(&|s| *s == rescue_sim::model::Status::Waiting),
            pick(&|s| s.finished()),
            pick(&|s| *s == rescue_sim::model::Status::OnHold),
        )
    });
    let only = |html: &str| {
        let mut ids = listed(html);
        ids.dedup();
        ids
    };
    let page = browser
        .get(&h, &format!("{base}&status=finished"))
        .await
        .body;
    assert_eq!(only(&page), finished);
    assert!(page.contains(&format!("of {} rows match.", everything.len())));
    let page = browser
        .get(&h, &format!("{base}&status=On+Hold"))
        .await
        .body;
    assert_eq!(only(&page), held);
    let page = browser.get(&h, &format!("{base}&status=live")).await.body;
    assert!(only(&page).iter().all(|id| !finished.contains(id)));

    // Search finds a session by its ID and by its customer.
    let target = waiting[0];
    let customer = h
        .sim
        .with_account(|a| a.session(target).unwrap().custom[0].clone());
    let page = browser.get(&h, &format!("{base}&q={target}")).await.body;
    assert_eq!(only(&page), [target]);
    let page = browser
        .get(&h, &format!("{base}&q={}", customer.to_uppercase()))
        .await
        .body;
    assert!(only(&page).contains(&target));

    // Sorting by session ID, both ways; the filters stay in the sort links.
    let page = browser
        .get(&h, &format!("{base}&sort=session&dir=desc"))
        .await
        .body;
    let mut expected = everything.clone();
    expected.sort_unstable();
    expected.reverse();
    assert_eq!(listed(&page), expected);
    let page = browser
        .get(&h, &format!("{base}&status=finished&sort=session"))
        .await
        .body;
    assert!(page.contains("aria-sort=\"ascending\""));
    assert!(page.contains("sort=session&amp;dir=desc&amp;status=finished"));

    // Bad options: a 400 naming them, and Rescue is not asked.
    let calls = getsession_calls(&h).len();
    for (query, says) in [
        ("sort=colour", "sort must be one of"),
        ("dir=up", "dir must be asc or desc"),
    ] {
        let page = browser.get(&h, &format!("{base}&{query}")).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{query}");
        assert!(page.body.contains(says), "{query}");
    }
    assert_eq!(getsession_calls(&h).len(), calls);
}
