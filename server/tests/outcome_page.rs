//! A session's record page through the router: only for signed-in admins, the chat as text,
//! the facts from the latest post, junk and unknown sessions refused, deletion kept on record,
//! and the history linking to records that exist.

use crate::common;

use axum::http::StatusCode;
use common::*;
use rescue_sim::seed;
use server::audit::AuditEntry;

use common::rescue_posts::{post_form as post, receiving};

/// The start and end posts of session 80010, as Rescue sends them.
async fn a_session(h: &Harness) {
    post(
        h,
        "SessionID=80010&TechID=337101&TechName=Tina%20Tech&CField0=Ann%20B%C3%B6hm\
         &CField2=Laptop&Tracking0=web-7&ChatLog=Ann%3A%20hello%3Cscript%3Ealert(1)%3C%2Fscript%3E\
         &Notes=&WaitingTime=130&PickupTime=12",
    )
    .await;
    post(
        h,
        "SessionID=80010&TechID=337101&TechName=Tina%20Tech&CField0=Ann%20B%C3%B6hm\
         &ChatLog=Tina%3A%20fixed&Notes=Reinstalled%20the%20driver&WaitingTime=130&PickupTime=12",
    )
    .await;
}

#[tokio::test]
async fn a_lead_reads_the_whole_session_and_can_delete_it() {
    let h = receiving().await;
    a_session(&h).await;

    // Signed out: off to sign in, and back here after.
    let mut stranger = Browser::new(false);
    let reply = stranger.get(&h, "/outcomes/80010").await;
    let to = reply.location.unwrap_or_default();
    assert!(to.starts_with("/login"), "{to}");
    assert!(
        !reply.body.contains("Ann"),
        "nothing of the record before a sign-in"
    );

    let mut lead = Browser::new(false);
    lead.sign_in(&h, seed::DEMO_ADMIN_2).await;
    let page = lead.get(&h, "/outcomes/80010").await;
    assert_eq!(page.status, StatusCode::OK);
    let body = page.body;
    for shown in [
        "Session 80010",
        "Tina Tech",
        "Ann Böhm",
        "web-7",
        "Laptop",
        "2 min 10 s",
        "Reinstalled the driver",
        "What Rescue sent (2 posts)",
    ] {
        assert!(body.contains(shown), "{shown}: {body}");
    }
    // The chat, whole and in order, as text: the customer's markup shown, never run.
    let first = body.find("Ann: hello").expect("the first post's chat");
    let second = body.find("Tina: fixed").expect("the second post's chat");
    assert!(first < second);
    assert!(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!body.contains("<script>alert(1)"));

    let reply = lead
        .submit(
            &h,
            "/outcomes/80010",
            "delete_outcome",
            &[("session", "80010")],
        )
        .await;
    assert_eq!(reply.location.as_deref(), Some("/outcomes/80010"));
    assert!(h.audit.posts_of(80_010).await.unwrap().is_empty());
    let body = lead.get(&h, "/outcomes/80010").await.body;
    assert!(
        body.contains(&format!("deleted by {}", seed::DEMO_ADMIN_2)),
        "{body}"
    );
    assert!(!body.contains("Ann Böhm"), "nothing of the record is left");
}

#[tokio::test]
async fn junk_and_unknown_sessions_are_refused() {
    let h = receiving().await;
    let mut lead = Browser::new(false);
    lead.sign_in(&h, seed::DEMO_ADMIN).await;
    for junk in ["abc", "0", "-5", "99999999999999999999"] {
        let reply = lead.get(&h, &format!("/outcomes/{junk}")).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{junk}");
    }
    let reply = lead.get(&h, "/outcomes/12345").await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert!(reply.body.contains("Nothing is kept about session 12345"));
}

#[tokio::test]
async fn the_history_links_to_records_that_exist() {
    let h = receiving().await;
    let start: chrono::DateTime<chrono::Utc> = chrono::Utc::now();
    for session in [80_011u32, 80_012] {
        h.audit
            .record(&AuditEntry {
                at: start,
                admin_email: seed::DEMO_ADMIN.into(),
                action: app::shared::action::SessionAction::Cancel,
                session_id: session,
                technician: "Tina Tech".into(),
                status: "Active".into(),
                channel: String::new(),
                outcome: app::shared::outcome::Outcome::from_code("OK"),
                latency_ms: 5,
            })
            .await
            .unwrap();
    }
    post(&h, "SessionID=80011&Notes=x").await;
    let mut lead = Browser::new(false);
    lead.sign_in(&h, seed::DEMO_ADMIN).await;
    let body = lead.get(&h, "/history").await.body;
    assert!(body.contains("href=\"/outcomes/80011\""), "{body}");
    assert!(!body.contains("href=\"/outcomes/80012\""));
    // And the record lists the dashboard's action on it.
    let record = lead.get(&h, "/outcomes/80011").await.body;
    assert!(record.contains("cancelAction"), "{record}");
}

fn position(body: &str, session: u32) -> Option<usize> {
    body.find(&format!("href=\"/outcomes/{session}\""))
}

#[tokio::test]
async fn the_list_finds_sessions_by_day_technician_and_text() {
    let h = receiving().await;
    post(
        &h,
        "SessionID=80020&TechName=Tina%20Tech&CField0=Ann&Notes=printer%20jam",
    )
    .await;
    post(
        &h,
        "SessionID=80021&TechName=Ravi%20Patel&CField0=Bob&Tracking0=crm-9",
    )
    .await;
    post(
        &h,
        "SessionID=80020&TechName=Tina%20Tech&CField0=Ann&ChatLog=secret%20words&WaitingTime=65",
    )
    .await;

    let mut stranger = Browser::new(false);
    let reply = stranger.get(&h, "/outcomes").await;
    assert!(reply.location.unwrap_or_default().starts_with("/login"));

    let mut lead = Browser::new(false);
    lead.sign_in(&h, seed::DEMO_ADMIN).await;
    let page = lead.get(&h, "/outcomes").await;
    assert_eq!(page.status, StatusCode::OK);
    let (a, b) = (position(&page.body, 80_020), position(&page.body, 80_021));
    assert!(a.is_some() && b.is_some(), "{}", page.body);
    assert!(a < b, "the most recently posted first");
    assert!(page.body.contains("1 min 5 s") && page.body.contains("Ann"));
    let only = |body: &str, session: u32, other: u32| {
        position(body, session).is_some() && position(body, other).is_none()
    };
    let body = lead.get(&h, "/outcomes?technician=ravi").await.body;
    assert!(only(&body, 80_021, 80_020), "{body}");
    let body = lead.get(&h, "/outcomes?text=PRINTER").await.body;
    assert!(only(&body, 80_020, 80_021), "{body}");
    let body = lead.get(&h, "/outcomes?text=crm-9").await.body;
    assert!(only(&body, 80_021, 80_020), "{body}");
    // The chat is not searched (it is the customer's words, not a field to look up by).
    let body = lead.get(&h, "/outcomes?text=secret").await.body;
    assert!(position(&body, 80_020).is_none());
    let body = lead
        .get(&h, "/outcomes?from=2000-01-01&to=2000-01-02")
        .await
        .body;
    assert!(body.contains("No sessions Rescue posted match."), "{body}");
    let refused = lead.get(&h, "/outcomes?from=2026-13-40").await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(
        refused.body.contains("value=\"2026-13-40\""),
        "what was typed stays"
    );
}

#[tokio::test]
async fn the_list_pages_by_keyset() {
    let h = receiving().await;
    for n in 0..55u32 {
        post(&h, &format!("SessionID={}&TechName=T{n}", 81_000 + n)).await;
    }
    let mut lead = Browser::new(false);
    lead.sign_in(&h, seed::DEMO_ADMIN).await;
    let first = lead.get(&h, "/outcomes").await.body;
    assert_eq!(first.matches("href=\"/outcomes/8").count(), 50);
    assert!(position(&first, 81_054).is_some() && position(&first, 81_004).is_none());
    let older = first
        .split("href=\"")
        .filter_map(|s| s.split('"').next())
        .find(|href| href.contains("before="))
        .expect("an older page")
        .replace("&amp;", "&");
    // Sessions posted meanwhile do not shift the older page.
    post(&h, "SessionID=81999&TechName=New").await;
    let second = lead.get(&h, &older).await.body;
    assert_eq!(second.matches("href=\"/outcomes/8").count(), 5, "{second}");
    assert!(position(&second, 81_000).is_some() && position(&second, 81_999).is_none());
}

#[tokio::test]
async fn postgres_lists_filters_and_deletes_too() {
    let _db = common::postgres::database().await;
    let h = receiving().await;
    post(
        &h,
        "SessionID=80030&TechName=Tina%20Tech&CField0=Ann&WaitingTime=5",
    )
    .await;
    post(&h, "SessionID=80031&TechName=Ravi%20Patel&CField0=Bob").await;
    let mut lead = Browser::new(false);
    lead.sign_in(&h, seed::DEMO_ADMIN).await;
    let body = lead.get(&h, "/outcomes?technician=TINA").await.body;
    assert!(
        position(&body, 80_030).is_some() && position(&body, 80_031).is_none(),
        "{body}"
    );
    let body = lead.get(&h, "/outcomes?text=bob").await.body;
    assert!(
        position(&body, 80_031).is_some() && position(&body, 80_030).is_none(),
        "{body}"
    );
    lead.submit(
        &h,
        "/outcomes/80030",
        "delete_outcome",
        &[("session", "80030")],
    )
    .await;
    let body = lead.get(&h, "/outcomes/80030").await.body;
    assert!(body.contains("deleted by"), "{body}");
}
