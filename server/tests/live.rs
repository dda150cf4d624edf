//! The live streams of open sessions lists (`/sessions/live`), read as a browser's
//! `EventSource` would: the whole list first, then only what changed; another admin's action
//! as news within a second, on this instance or another; one Rescue read per login and list
//! whatever the number of tabs; a resumed stream sent only what it missed, news included; a
//! fifth stream of one browser turned away; junk addresses and signed-out browsers refused.

use crate::common;

use std::time::Duration;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::cancel::*;
use common::*;
use futures_util::StreamExt;
use rescue_sim::seed::{self, ids};
use tower::ServiceExt;

/// One event as the browser reads it.
#[derive(Debug)]
struct Event {
    name: String,
    id: Option<String>,
    data: String,
}

/// A stream being read.
struct Events {
    body: axum::body::BodyDataStream,
    buffer: String,
}

impl Events {
    /// The next event (comments skipped), or `None` if none came `within`.
    async fn next(&mut self, within: Duration) -> Option<Event> {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            if let Some(end) = self.buffer.find("\n\n") {
                let block: String = self.buffer.drain(..end + 2).collect();
                let mut event = Event {
                    name: "message".into(),
                    id: None,
                    data: String::new(),
                };
                let mut any = false;
                for line in block.lines() {
                    if let Some(name) = line.strip_prefix("event:") {
                        event.name = name.trim().to_owned();
                        any = true;
                    } else if let Some(id) = line.strip_prefix("id:") {
                        event.id = Some(id.trim().to_owned());
                    } else if let Some(data) = line.strip_prefix("data:") {
                        event.data.push_str(data.trim_start());
                        any = true;
                    }
                }
                if any {
                    return Some(event);
                }
                continue;
            }
            let chunk = tokio::time::timeout_at(deadline, self.body.next())
                .await
                .ok()??
                .ok()?;
            self.buffer.push_str(&String::from_utf8_lossy(&chunk));
        }
    }

    /// The next event named `name`, skipping others.
    async fn next_named(&mut self, name: &str, within: Duration) -> Option<Event> {
        let deadline = tokio::time::Instant::now() + within;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            let event = self.next(left).await?;
            if event.name == name {
                return Some(event);
            }
        }
    }
}

/// The address of the stream of the demo's root list.
fn root_stream() -> String {
    format!("/sessions/live?node={}&noderef=NODE", ids::ROOT)
}

/// Opens `path` as an `EventSource` of `browser` would (resuming after `last`).
async fn open(
    h: &Harness,
    browser: &Browser,
    path: &str,
    last: Option<&str>,
) -> (StatusCode, Events) {
    let mut request = Request::get(path).header(header::ACCEPT, "text/event-stream");
    if let Some(cookie) = browser.cookie_header() {
        request = request.header(header::COOKIE, cookie);
    }
    if let Some(last) = last {
        request = request.header("last-event-id", last);
    }
    let response = h
        .router
        .clone()
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let events = Events {
        body: response.into_body().into_data_stream(),
        buffer: String::new(),
    };
    (status, events)
}

fn change(event: &Event) -> app::sessions::changes::Change {
    serde_json::from_str(&event.data).unwrap_or_else(|e| panic!("{e}: {}", event.data))
}

/// Whether Rescue accepted the action the reply reports.
fn accepted(reply: &Reply) -> bool {
    matches!(report(reply).result, app::actions::ActionResult::Answered(ref o) if o.accepted())
}

fn list_reads(h: &Harness) -> usize {
    h.sim
        .requests()
        .iter()
        .filter(|r| r.method.starts_with("getSession"))
        .count()
}

#[tokio::test]
async fn a_stream_sends_the_list_then_only_changes_and_other_admins_actions() {
    let h = harness().await;
    let mut watching = Browser::new(true);
    watching.sign_in(&h, seed::DEMO_ADMIN_2).await;
    let (status, mut events) = open(&h, &watching, &root_stream(), None).await;
    assert_eq!(status, StatusCode::OK);
    let first = events
        .next_named("rows", Duration::from_secs(5))
        .await
        .expect("the list");
    let whole = change(&first);
    assert!(whole.reset && !whole.upsert.is_empty(), "{whole:?}");
    assert!(whole.token.is_some(), "a dialog token comes with the list");

    // Another admin cancels an action on a listed session.
    let (session, tech) = cancellable(&h)[0];
    assert!(whole.upsert.iter().any(|(k, _)| k.session == session));
    let mut acting = Browser::new(true);
    acting.sign_in(&h, seed::DEMO_ADMIN).await;
    let before_status = h
        .sim
        .with_account(|a| format!("{:?}", a.session(session).map(|s| &s.status)));
    let asked = tokio::time::Instant::now();
    let reply = confirm(&mut acting, &h, session, tech).await;
    assert!(accepted(&reply), "{}", reply.body);
    let mut told = Vec::new();
    while told.len() < 2 {
        let event = events
            .next(Duration::from_secs(5))
            .await
            .expect("news and rows");
        if event.name == "news" {
            let piece: app::news::News = serde_json::from_str(&event.data).unwrap();
            assert_eq!(
                (piece.session, piece.by.as_str()),
                (session, seed::DEMO_ADMIN)
            );
            told.push(piece.outcome);
        }
    }
    assert!(
        asked.elapsed() < Duration::from_secs(3),
        "news within a second or so"
    );
    assert!(told[0].uncertain() && told[1].accepted(), "{told:?}");
    // At once (not at the next interval, 15 s away), the list is read again, and only the
    // changed session's rows travel.
    let next = events
        .next_named("rows", Duration::from_secs(3))
        .await
        .expect("a read");
    let changed = change(&next);
    assert!(!changed.reset, "{changed:?}");
    assert!(
        changed.upsert.iter().all(|(k, _)| k.session == session),
        "only the cancelled session's rows: {changed:?}"
    );
    let status = |h: &Harness| {
        h.sim
            .with_account(|a| format!("{:?}", a.session(session).map(|s| &s.status)))
    };
    let listed_after = change(&next)
        .upsert
        .iter()
        .any(|(k, _)| k.session == session);
    assert!(
        listed_after || status(&h) == before_status,
        "a changed status travels: {changed:?}"
    );
}

#[tokio::test]
async fn tabs_of_one_login_share_one_read_and_a_fifth_tab_polls() {
    let h = Harness::builder()
        .setting("--refresh-secs", "1")
        .build()
        .await;
    let mut browser = Browser::new(true);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let mut tabs = Vec::new();
    for _ in 0..4 {
        let (status, events) = open(&h, &browser, &root_stream(), None).await;
        assert_eq!(status, StatusCode::OK);
        tabs.push(events);
    }
    let (status, _) = open(&h, &browser, &root_stream(), None).await;
    assert_eq!(
        status,
        StatusCode::NO_CONTENT,
        "a fifth stream of one browser"
    );
    for tab in &mut tabs {
        tab.next_named("rows", Duration::from_secs(5))
            .await
            .expect("the list");
    }
    let before = list_reads(&h);
    tokio::time::sleep(Duration::from_millis(3_500)).await;
    let reads = list_reads(&h) - before;
    assert!(
        (2..=5).contains(&reads),
        "one read a second for four tabs, not four: {reads}"
    );
    // Every tab heard every read.
    for tab in &mut tabs {
        assert!(tab
            .next_named("rows", Duration::from_secs(3))
            .await
            .is_some());
    }
}

#[tokio::test]
async fn a_resumed_stream_gets_only_what_it_missed() {
    let h = harness().await;
    let mut browser = Browser::new(true);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (_, mut events) = open(&h, &browser, &root_stream(), None).await;
    let first = events
        .next_named("rows", Duration::from_secs(5))
        .await
        .unwrap();
    let id = first.id.clone().expect("an id to resume from");
    drop(events);
    let (status, mut resumed) = open(&h, &browser, &root_stream(), Some(&id)).await;
    assert_eq!(status, StatusCode::OK);
    let again = change(
        &resumed
            .next_named("rows", Duration::from_secs(5))
            .await
            .unwrap(),
    );
    assert!(
        !again.reset && again.upsert.is_empty(),
        "nothing was missed: {again:?}"
    );
    drop(resumed);
    // While the stream is cut, another admin acts on a listed session: the resumed stream
    // is told of it.
    let (session, tech) = cancellable(&h)[0];
    let mut acting = Browser::new(true);
    acting.sign_in(&h, seed::DEMO_ADMIN_2).await;
    // Whatever Rescue answers (the action is the other admin's), the attempt is news.
    report(&confirm(&mut acting, &h, session, tech).await);
    let (_, mut back) = open(&h, &browser, &root_stream(), Some(&id)).await;
    let missed = back.next_named("news", Duration::from_secs(5)).await;
    let missed: app::news::News =
        serde_json::from_str(&missed.expect("the missed news").data).unwrap();
    assert_eq!(
        (missed.session, missed.by.as_str()),
        (session, seed::DEMO_ADMIN_2)
    );
    // An id this server never sent: the whole list again.
    let (_, mut unknown) = open(&h, &browser, &root_stream(), Some("0-junk")).await;
    let whole = change(
        &unknown
            .next_named("rows", Duration::from_secs(5))
            .await
            .unwrap(),
    );
    assert!(whole.reset);
}

#[tokio::test]
async fn junk_addresses_and_signed_out_browsers_are_refused() {
    let h = harness().await;
    let stranger = Browser::new(true);
    let (status, _) = open(&h, &stranger, &root_stream(), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let mut browser = Browser::new(true);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let reads = list_reads(&h);
    for junk in [
        "/sessions/live".to_owned(),
        "/sessions/live?node=abc&noderef=NODE".to_owned(),
        "/sessions/live?node=1&noderef=GALAXY".to_owned(),
        format!("{}&sort=nonsense", root_stream()),
        format!(
            "/sessions/live?node={}&noderef=NODE&q={}",
            ids::ROOT,
            "x".repeat(5_000)
        ),
    ] {
        let (status, _) = open(&h, &browser, &junk, None).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{junk}");
    }
    assert_eq!(list_reads(&h), reads, "nothing asked of Rescue");
}

#[tokio::test]
async fn an_action_on_one_instance_is_news_on_the_other() {
    let pair = common::pair::pair(Duration::from_secs(5)).await;
    let mut watching = Browser::new(true);
    watching.sign_in(&pair.second, seed::DEMO_ADMIN_2).await;
    let (status, mut events) = open(&pair.second, &watching, &root_stream(), None).await;
    assert_eq!(status, StatusCode::OK);
    events
        .next_named("rows", Duration::from_secs(5))
        .await
        .expect("the list");
    let (session, tech) = cancellable(&pair.first)[0];
    let mut acting = Browser::new(true);
    acting.sign_in(&pair.first, seed::DEMO_ADMIN).await;
    let reply = confirm(&mut acting, &pair.first, session, tech).await;
    assert!(accepted(&reply), "{}", reply.body);
    let news = events
        .next_named("news", Duration::from_secs(3))
        .await
        .expect("news from the other instance");
    let piece: app::news::News = serde_json::from_str(&news.data).unwrap();
    assert_eq!(piece.session, session);
}

#[tokio::test]
async fn signing_out_ends_the_browsers_streams_at_once() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (_, mut events) = open(&h, &browser, &root_stream(), None).await;
    events
        .next_named("rows", Duration::from_secs(5))
        .await
        .expect("the list");
    let html = browser.get(&h, "/login").await.body;
    let sign_out = form_action(&html, "sign_out");
    let request = Request::post(sign_out)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "text/html");
    browser.send(&h, request, Body::empty()).await;
    // Well before the next heartbeat (20 s): the sign-out itself ends the stream.
    let ended = events
        .next_named("signed-out", Duration::from_secs(3))
        .await;
    assert!(ended.is_some(), "the stream was told and closed");
    assert!(
        events.next(Duration::from_secs(1)).await.is_none(),
        "and nothing after"
    );
}
