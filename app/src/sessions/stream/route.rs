//! `GET /sessions/live?node=…&noderef=…&<filters>`: the live stream of one open sessions
//! list, as Server-Sent Events. Events:
//!
//! - `rows` (id: the read's, for `Last-Event-ID`): a [`Change`] of the list as the tab's
//!   filters show it; the first is the whole list unless the tab resumes after a read this
//!   instance still knows, in which case only what it missed is sent.
//! - `news`: an action on a listed session ([`crate::news::News`]).
//! - `trouble`: Rescue could not be read; the page reads the list itself once to say why.
//! - `expired` / `signed-out`: Rescue no longer accepts the login, or the dashboard sign-in
//!   ended; the stream ends and the page goes to sign in.
//!
//! Why Server-Sent Events rather than a WebSocket: the stream only flows one way, it is plain
//! HTTP that passes every proxy that passes a page, the browser reconnects with
//! `Last-Event-ID` by itself, and it carries the dashboard cookie and same-origin rules as
//! every other request does.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{FromRef, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::sse::{Event, Sse};
use axum::response::{IntoResponse, Response};
use axum::Router;
use serde::Deserialize;
use tokio::sync::mpsc;
use tokio::time::Instant;
use tower_sessions::Session;

use crate::core::login::{current_login, still_held, RescueLogin};
use crate::core::services::Services;
use crate::sessions::changes::{diff, whole};
use crate::sessions::filter::ListQuery;
use crate::sessions::load::ssr::shape;
use crate::sessions::load::{ListChoices, SessionsView};
use crate::sessions::stream::hub::{login_tag, Hub, Joined, Snapshot, Trouble, WatchKey};
use crate::shared::address::NodeAddress;
use crate::shared::row::Row;

/// The address of the stream.
pub const PATH: &str = "/sessions/live";
/// A comment is sent when nothing else was for this long, so proxies and browsers see the
/// connection alive; the sign-in is checked as often.
const HEARTBEAT: Duration = Duration::from_secs(20);
/// A stream's dialog token is renewed this often (tokens last an hour).
const TOKEN_EVERY: Duration = Duration::from_secs(20 * 60);
/// How long a browser may leave the stream's events unread before the stream ends.
const SLOW_BROWSER: Duration = Duration::from_secs(30);
/// How long the browser waits before reconnecting a cut stream.
const RETRY: Duration = Duration::from_secs(2);

/// The stream's route.
pub fn routes<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    Services: FromRef<S>,
    Arc<Hub>: FromRef<S>,
{
    Router::new().route(PATH, axum::routing::get(live))
}

/// The address's options: the list, its filters, and whether the tab is hidden.
#[derive(Debug, Deserialize)]
struct Address {
    node: Option<String>,
    noderef: Option<String>,
    hidden: Option<String>,
    #[serde(flatten)]
    list: ListQuery,
}

async fn live(
    State(services): State<Services>,
    State(hub): State<Arc<Hub>>,
    session: Session,
    headers: HeaderMap,
    Query(address): Query<Address>,
) -> Response {
    let refuse = |status: StatusCode, why: String| (status, why).into_response();
    let Some(login) = current_login(&session, &services).await else {
        return refuse(StatusCode::UNAUTHORIZED, crate::words::stream_signed_out());
    };
    let node = match NodeAddress::parse(address.node.as_deref(), address.noderef.as_deref()) {
        Ok(Some(node)) => node,
        Ok(None) => return refuse(StatusCode::BAD_REQUEST, crate::words::stream_no_list()),
        Err(err) => {
            return refuse(
                StatusCode::BAD_REQUEST,
                crate::error::Error::from(err).to_string(),
            )
        }
    };
    let list = match address.list.check() {
        Ok(list) => list,
        Err(err) => return refuse(StatusCode::BAD_REQUEST, err.to_string()),
    };
    let Some(browser) = session.id() else {
        return refuse(StatusCode::UNAUTHORIZED, crate::words::stream_signed_out());
    };
    let hidden = address.hidden.as_deref() == Some("1");
    let key = WatchKey::new(&login.email, node);
    let Some(joined) = hub.join(key, login.credentials.clone(), &browser.to_string(), hidden)
    else {
        // 204 tells the browser not to reconnect: this tab reads the list itself instead.
        return StatusCode::NO_CONTENT.into_response();
    };
    if joined.new {
        crate::sessions::stream::watch::start(
            hub.clone(),
            joined.watcher.clone(),
            services.clone(),
        );
    }
    let resume = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let (tx, rx) = mpsc::channel::<Event>(8);
    let stream = Stream {
        joined,
        closing: hub.closing(),
        ended: hub.ended(),
        services,
        tag: login_tag(&login.credentials),
        login,
        list,
        browser,
        tx,
    };
    tokio::spawn(stream.run(resume));
    let events = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv()
            .await
            .map(|event| (Ok::<_, Infallible>(event), rx))
    });
    let mut response = Sse::new(events).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    // nginx buffers answers unless told not to; a buffered stream arrives late or never.
    headers.insert("x-accel-buffering", HeaderValue::from_static("no"));
    response
}

/// One open stream.
struct Stream {
    joined: Joined,
    closing: tokio::sync::watch::Receiver<bool>,
    ended: tokio::sync::broadcast::Receiver<String>,
    services: Services,
    login: RescueLogin,
    /// Its login's tag, to tell its own expiry and sign-out from other logins'.
    tag: String,
    list: ListQuery,
    browser: tower_sessions::session::Id,
    tx: mpsc::Sender<Event>,
}

/// What a stream sent last: the rows the tab shows, its filters' choices, when its token
/// was renewed, and when anything was sent.
struct Sent {
    rows: Option<Vec<Row>>,
    choices: Option<ListChoices>,
    token_at: Option<Instant>,
    at: Instant,
}

impl Stream {
    /// Sends what the tab must hear until it leaves, the server closes, or the sign-in ends.
    async fn run(mut self, resume: Option<String>) {
        let mut latest = self.joined.watcher.latest.subscribe();
        let mut news = self.services.news.listen();
        let mut ended = self.ended.resubscribe();
        let mut sent = Sent {
            rows: None,
            choices: None,
            token_at: None,
            at: Instant::now(),
        };
        // Resuming after a read this instance still has: only what was missed is sent.
        let resumed = resume.and_then(|id| self.joined.watcher.read(&id));
        if let Some(read) = &resumed {
            let (rows, _, choices) = self.shaped(read).await;
            sent.rows = Some(rows);
            sent.choices = Some(choices);
        }
        if !self
            .send(Event::default().retry(RETRY).comment("live"))
            .await
        {
            return;
        }
        // And the actions on its sessions told since that read.
        if let Some(read) = &resumed {
            for piece in self.services.news.since(read.read_at) {
                if !self.tell(&piece, &mut sent).await {
                    return;
                }
            }
        }
        let first = latest.borrow_and_update().clone();
        if let Some(read) = first {
            if !self.take(&read, &mut sent).await {
                return;
            }
        }
        let mut beat = tokio::time::interval_at(Instant::now() + HEARTBEAT, HEARTBEAT);
        loop {
            tokio::select! {
                changed = latest.changed() => {
                    let read = latest.borrow_and_update().clone();
                    match (changed, read) {
                        (Err(_), _) => return,
                        (Ok(()), Some(read)) => {
                            if !self.take(&read, &mut sent).await {
                                return;
                            }
                        }
                        (Ok(()), None) => {}
                    }
                }
                heard = news.recv() => match heard {
                    Ok(piece) => {
                        if !self.tell(&piece, &mut sent).await {
                            return;
                        }
                    }
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {}
                    Err(tokio::sync::broadcast::error::RecvError::Closed) => return,
                },
                _ = beat.tick() => {
                    if !self.still_signed_in().await {
                        let _ = self.send(Event::default().event("signed-out").data("")).await;
                        return;
                    }
                    if sent.at.elapsed() >= HEARTBEAT && !self.send(Event::default().comment("")).await {
                        return;
                    }
                }
                signed_out = ended.recv() => match signed_out {
                    Ok(gone) if gone == self.tag => {
                        let _ = self.send(Event::default().event("signed-out").data("")).await;
                        return;
                    }
                    Ok(_) | Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {}
                    Err(tokio::sync::broadcast::error::RecvError::Closed) => return,
                },
                _ = self.closing.changed() => return,
                () = self.tx.closed() => return,
            }
        }
    }

    /// Sends what a new read changes for this tab; false when the stream is over.
    async fn take(&self, read: &Snapshot, sent: &mut Sent) -> bool {
        match &read.trouble {
            Some(Trouble::Expired(tag)) if *tag == self.tag => {
                let _ = self.send(Event::default().event("expired").data("")).await;
                return false;
            }
            // Another tab's login: the next read uses one Rescue still accepts.
            Some(Trouble::Expired(_)) => return true,
            Some(Trouble::Unreadable) => {
                return self.send(Event::default().event("trouble").data("")).await;
            }
            None => {}
        }
        let (rows, total, choices) = self.shaped(read).await;
        let (mut change, shown) = match sent.rows.take() {
            Some(before) => diff(&before, rows),
            None => (whole(&rows), rows),
        };
        sent.rows = Some(shown);
        change.now = chrono::Utc::now().timestamp();
        change.total = total;
        change.malformed = read.malformed;
        if sent.choices.as_ref() != Some(&choices) {
            change.choices = Some(choices.clone());
            sent.choices = Some(choices);
        }
        if sent.token_at.is_none_or(|at| at.elapsed() >= TOKEN_EVERY) {
            change.token = Some(crate::receipts::issue(self.services.seal.as_ref()));
            sent.token_at = Some(Instant::now());
        }
        let event = Event::default()
            .event("rows")
            .id(read.id.clone())
            .json_data(&change);
        self.send_json(event, sent).await
    }

    /// Sends `piece` if its session is among the tab's rows (an admin hears only of the
    /// sessions their own Rescue list shows); false when the stream is over.
    async fn tell(&self, piece: &crate::news::News, sent: &mut Sent) -> bool {
        let listed = sent
            .rows
            .as_ref()
            .is_some_and(|rows| rows.iter().any(|r| r.id == piece.session));
        if !listed {
            return true;
        }
        let event = Event::default().event("news").json_data(piece);
        self.send_json(event, sent).await
    }

    /// The read as this tab shows it: its rows (filtered, ordered, marked for its admin), how
    /// many Rescue listed, and the filters' choices.
    async fn shaped(&self, read: &Snapshot) -> (Vec<Row>, usize, ListChoices) {
        // The alert limit orders the rows too: customers waiting too long come first.
        let mut view = SessionsView {
            wait_alert_secs: self.services.wait_alert_secs,
            ..SessionsView::default()
        };
        let email = &self.login.email;
        shape(&mut view, read.rows(), &self.list, &self.services, email).await;
        (view.rows, view.total, view.choices)
    }

    /// Whether the dashboard sign-in still holds (an unreadable store is not a sign-out).
    async fn still_signed_in(&self) -> bool {
        let Some(store) = &self.services.sessions else {
            return true;
        };
        still_held(store.as_ref(), &self.browser, &self.services)
            .await
            .unwrap_or(true)
    }

    async fn send_json(&self, event: Result<Event, axum::Error>, sent: &mut Sent) -> bool {
        match event {
            Ok(event) => {
                sent.at = Instant::now();
                self.send(event).await
            }
            Err(err) => {
                tracing::error!("live event not serialisable: {err}");
                true
            }
        }
    }

    /// Queues `event` for the browser; false when the stream is over: the browser left, or
    /// took nothing for [`SLOW_BROWSER`] (a stalled connection must not hold its task, nor
    /// hold up a shutdown, forever).
    async fn send(&self, event: Event) -> bool {
        self.tx.send_timeout(event, SLOW_BROWSER).await.is_ok()
    }
}
