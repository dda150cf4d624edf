//! `POST /sessions/bulk/run`: a confirmed bulk action. The form is checked whole before Rescue
//! is asked anything; then one call per session is made on a task of its own (a browser that
//! leaves does not stop what it confirmed), at most [`AT_ONCE`] of one browser's at a time, and
//! the browser is sent to the run's results page, which shows each answer as it arrives.
//!
//! A confirmation starts one run: its one-time token's first submission starts it, and any
//! later or parallel one is sent to that run's results. Results belong to the admin who
//! confirmed them, and the run writes only them into the browser's session when it ends.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{FromRef, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Form, Router};
use futures_util::StreamExt;
use tokio::sync::Semaphore;
use tower_sessions::Session;

use crate::actions::{ActionReport, ActionResult, InFlight};
use crate::bulk::picks::{self, Pick};
use crate::bulk::{bulk_action, BulkRow, BulkRun, BulkView, AT_ONCE};
use crate::core::login::{Activity, BULK_RUN_KEY as RUN_KEY};
use crate::core::services::Services;
use crate::core::Page;
use crate::error::Error;
use crate::receipts::{Claim, Receipts};
use crate::shared::action::SessionAction;
use crate::shared::address::{login_url, sessions_url, NodeAddress};

/// How long a finished run stays in memory (its session keeps it after that).
const KEEP_FINISHED: Duration = Duration::from_secs(600);

/// The runs of this instance, and each browser's lane of [`AT_ONCE`] calls.
#[derive(Debug, Default)]
pub struct Runs {
    runs: Mutex<HashMap<String, Entry>>,
    lanes: Mutex<HashMap<String, Arc<Semaphore>>>,
}

#[derive(Debug)]
struct Entry {
    browser: String,
    run: BulkRun,
    finished: Option<Instant>,
}

impl Runs {
    /// The run `id` of `browser`, as far as it has come, if `admin` confirmed it.
    fn get(&self, browser: &str, admin: &str, id: &str) -> Option<BulkRun> {
        let runs = self.runs.lock().ok()?;
        runs.get(id)
            .filter(|entry| entry.browser == browser && same_admin(&entry.run.admin, admin))
            .map(|entry| entry.run.clone())
    }

    fn start(&self, browser: &str, run: BulkRun) {
        if let Ok(mut runs) = self.runs.lock() {
            runs.retain(|_, e| e.finished.is_none_or(|at| at.elapsed() < KEEP_FINISHED));
            runs.insert(
                run.id.clone(),
                Entry {
                    browser: browser.to_owned(),
                    run,
                    finished: None,
                },
            );
        }
    }

    fn answered(&self, id: &str, index: usize, report: ActionReport) {
        if let Ok(mut runs) = self.runs.lock() {
            if let Some(slot) = runs.get_mut(id).and_then(|e| e.run.reports.get_mut(index)) {
                *slot = Some(report);
            }
        }
    }

    /// Marks the run done: the whole run as it ended.
    fn finish(&self, id: &str, stopped: Option<String>) -> Option<BulkRun> {
        let mut runs = self.runs.lock().ok()?;
        let entry = runs.get_mut(id)?;
        entry.run.done = true;
        entry.run.stopped = stopped;
        entry.finished = Some(Instant::now());
        Some(entry.run.clone())
    }

    /// `browser`'s lane: shared by all its runs, so two tabs together still make four calls.
    fn lane(&self, browser: &str) -> Arc<Semaphore> {
        let Ok(mut lanes) = self.lanes.lock() else {
            return Arc::new(Semaphore::new(AT_ONCE));
        };
        // Lanes no run holds any more are dropped as new ones are made.
        lanes.retain(|_, lane| Arc::strong_count(lane) > 1);
        lanes
            .entry(browser.to_owned())
            .or_insert_with(|| Arc::new(Semaphore::new(AT_ONCE)))
            .clone()
    }
}

/// The bulk routes outside Leptos: starting a run.
pub fn routes<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    Services: FromRef<S>,
    Arc<InFlight>: FromRef<S>,
    Arc<Runs>: FromRef<S>,
    Arc<Receipts>: FromRef<S>,
{
    Router::new().route("/sessions/bulk/run", axum::routing::post(start))
}

/// The run form, as the confirmation page posts it.
#[derive(Debug, serde::Deserialize)]
pub struct RunForm {
    action: Option<String>,
    node: Option<String>,
    noderef: Option<String>,
    /// The rows, `ID:TECHNICIAN` joined by commas.
    sessions: Option<String>,
    /// The confirmation's one-time token.
    token: Option<String>,
}

/// A refusal: the sentence, on a page that leads back to the list.
fn refused(status: StatusCode, message: &str, back: &str) -> Response {
    let lang = crate::words::active_lang().tag();
    let mut html =
        format!("<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>");
    html_escape::encode_text_to_string(crate::say!("nothing-sent-title"), &mut html);
    html.push_str("</title></head><body><main><p role=\"alert\">");
    html_escape::encode_text_to_string(message, &mut html);
    html.push_str("</p><p><a href=\"");
    html_escape::encode_double_quoted_attribute_to_string(back, &mut html);
    html.push_str("\">");
    html_escape::encode_text_to_string(crate::say!("back-to-sessions"), &mut html);
    html.push_str("</a></p></main></body></html>");
    (status, axum::response::Html(html)).into_response()
}

async fn start(
    State(services): State<Services>,
    State(in_flight): State<Arc<InFlight>>,
    State(runs): State<Arc<Runs>>,
    State(receipts): State<Arc<Receipts>>,
    session: Session,
    Form(form): Form<RunForm>,
) -> Response {
    let to_sign_in = || Redirect::to(&login_url("/sessions")).into_response();
    let login = match crate::core::login::login_for(&session, &services, Activity::User).await {
        Ok(Some(login)) => login,
        Ok(None) => return to_sign_in(),
        Err(err) => {
            return refused(
                StatusCode::SERVICE_UNAVAILABLE,
                &err.to_string(),
                "/sessions",
            )
        }
    };
    let Some(browser) = session.id().map(|id| id.to_string()) else {
        return to_sign_in();
    };
    let node = NodeAddress::parse(form.node.as_deref(), form.noderef.as_deref());
    let back = sessions_url(node.clone().ok().flatten(), "", None);
    let bad = |message: &str| refused(StatusCode::BAD_REQUEST, message, &back);
    let slug = form.action.unwrap_or_default();
    let Some(action) = bulk_action(&slug) else {
        return bad(&crate::words::bulk_actions_only());
    };
    let Ok(Some(node)) = node else {
        return bad(&crate::words::bulk_no_list());
    };
    let chosen = match picks::parse(form.sessions.as_deref().unwrap_or_default().split(',')) {
        Ok(chosen) => chosen,
        Err(refusal) => return bad(&refusal.to_string()),
    };
    let token = match crate::receipts::check(services.seal.as_ref(), form.token.as_deref()) {
        Ok(token) => token,
        Err(problem) => return bad(&problem.sentence()),
    };
    // One run per confirmation, whichever instance gets each submission.
    let name = crate::fleet::hashed(
        "confirm-bulk",
        &[login.email.to_lowercase().as_bytes(), token.as_bytes()],
    );
    let fleet = services.fleet.clone();
    let wait = crate::actions::bounds(services.rescue.timeout()).wait;
    let held = match receipts.claim(fleet.as_ref(), &name, wait).await {
        Ok(Claim::First(held)) => held,
        Ok(Claim::Done(run)) => return Redirect::to(&results_url(&run)).into_response(),
        Ok(Claim::Running) => {
            return refused(
                StatusCode::CONFLICT,
                &crate::words::confirmation_running(),
                &back,
            )
        }
        Err(err) => {
            tracing::error!("shared store unreachable, bulk run refused: {err}");
            return refused(
                StatusCode::SERVICE_UNAVAILABLE,
                &crate::words::shared_store_unavailable(),
                &back,
            );
        }
    };
    // Read again: the names for the audit log come from Rescue, not from the form, and a row
    // whose state no longer allows the action stops the run before anything is sent.
    let listed = match crate::actions::listed::listed(&services, &login, node).await {
        Ok(listed) => listed,
        Err(crate::actions::listed::Read::Expired) => {
            receipts.release(fleet.as_ref(), held).await;
            return expired(&session).await;
        }
        Err(crate::actions::listed::Read::Problem(problem)) => {
            receipts.release(fleet.as_ref(), held).await;
            return refused(StatusCode::BAD_GATEWAY, &problem.to_string(), &back);
        }
    };
    let (rows, gone) = rows_of(&chosen, &listed);
    if let Some(refusal) = crate::bulk::summary::bulk_refusal(action, &rows, &[], false) {
        if !rows.is_empty() {
            receipts.release(fleet.as_ref(), held).await;
            return bad(&refusal);
        }
    }
    let run = BulkRun {
        id: crate::fleet::token(),
        admin: login.email.clone(),
        action: slug,
        reports: rows
            .iter()
            .map(|row| gone.contains(&row.session).then(|| not_listed(row.session)))
            .collect(),
        rows,
        back,
        ..BulkRun::default()
    };
    receipts.settle(fleet.as_ref(), held, run.id.clone()).await;
    runs.start(&browser, run.clone());
    keep(&session, &run).await;
    let id = run.id.clone();
    let lane = runs.lane(&browser);
    let job = Job {
        services,
        in_flight,
        login,
        browser,
        action,
    };
    tokio::spawn(crate::words::carry(job.run(run, runs, lane)));
    Redirect::to(&results_url(&id)).into_response()
}

/// The results page of run `id`.
fn results_url(id: &str) -> String {
    let id: String = url::form_urlencoded::byte_serialize(id.as_bytes()).collect();
    format!("/sessions/bulk?run={id}")
}

/// The Rescue login expired: forgotten, and the browser sent to sign in with the notice why.
async fn expired(session: &Session) -> Response {
    if let Err(err) = crate::core::login::forget_expired(session).await {
        tracing::warn!("an expired sign-in could not be forgotten: {err}");
    }
    Redirect::to(&login_url("/sessions")).into_response()
}

/// Whether two e-mails name one admin.
fn same_admin(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// The chosen rows as Rescue lists them (a session no longer listed keeps the choice's row,
/// and is not sent: its ID is in the second list).
fn rows_of(chosen: &[Pick], listed: &[crate::shared::row::Row]) -> (Vec<BulkRow>, Vec<u32>) {
    let mut gone = Vec::new();
    let rows = chosen
        .iter()
        .map(
            |pick| match crate::actions::listed::row_of(listed, pick.session, pick.technician) {
                Some(row) => BulkRow {
                    session: row.id,
                    technician_id: row.technician_id,
                    technician: row.technician.clone(),
                    status: row.status.clone(),
                    channel: row.channel.clone(),
                    badge: row.badge,
                    pending: None,
                },
                None => {
                    gone.push(pick.session);
                    BulkRow {
                        session: pick.session,
                        technician_id: pick.technician,
                        technician: String::new(),
                        status: String::new(),
                        channel: String::new(),
                        badge: crate::shared::row::Badge::Unknown,
                        pending: None,
                    }
                }
            },
        )
        .collect();
    (rows, gone)
}

fn not_listed(session: u32) -> ActionReport {
    ActionReport::new(
        session,
        ActionResult::Refused,
        crate::words::not_sent_gone(session),
    )
}

/// Keeps `run` in the browser's session (its results page on any instance, after a restart).
async fn keep(session: &Session, run: &BulkRun) {
    if let Err(err) = session.insert(RUN_KEY, run).await {
        tracing::warn!("a bulk run could not be kept in the session: {err}");
    }
}

/// What a run's calls need.
struct Job {
    services: Services,
    in_flight: Arc<InFlight>,
    login: crate::core::login::RescueLogin,
    browser: String,
    action: SessionAction,
}

impl Job {
    /// Makes every call of `run` not yet answered, in `lane`, and records each answer.
    async fn run(self, run: BulkRun, runs: Arc<Runs>, lane: Arc<Semaphore>) {
        let expired = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let job = Arc::new(self);
        // Owned, so the spawned task borrows nothing.
        let todo: Vec<(usize, BulkRow)> = run
            .rows
            .iter()
            .cloned()
            .enumerate()
            .filter(|(index, _)| run.reports.get(*index).is_some_and(Option::is_none))
            .collect();
        let calls = todo.into_iter().map(|(index, row)| {
            let (job, lane, expired) = (job.clone(), lane.clone(), expired.clone());
            async move {
                let _turn = lane.acquire_owned().await;
                (index, job.one(&row, &expired).await)
            }
        });
        let mut answers = futures_util::stream::iter(calls).buffer_unordered(AT_ONCE);
        while let Some((index, report)) = answers.next().await {
            runs.answered(&run.id, index, report);
        }
        drop(answers);
        let stopped = expired
            .load(std::sync::atomic::Ordering::Relaxed)
            .then(|| crate::words::login_expired_mid_run().to_owned());
        if let Some(finished) = runs.finish(&run.id, stopped.clone()) {
            job.write_back(&finished, stopped.is_some()).await;
        }
    }

    /// Writes the finished run into the browser's session as it is now: only the run, onto
    /// whatever else the session holds by then (the response that started the run has long
    /// gone, and the session it read at the start may since have changed or ended). A login
    /// that expired mid-run ends the session instead.
    async fn write_back(&self, finished: &BulkRun, expired: bool) {
        let Some(store) = &self.services.sessions else {
            return;
        };
        let Ok(id) = self.browser.parse::<tower_sessions::session::Id>() else {
            return;
        };
        let written = async {
            if expired {
                return store.delete(&id).await;
            }
            let Some(mut record) = store.load(&id).await? else {
                // Signed out (or signed in again) meanwhile: nothing to write into.
                return Ok(());
            };
            let value = serde_json::to_value(finished)
                .map_err(|e| tower_sessions::session_store::Error::Encode(e.to_string()))?;
            record.data.insert(RUN_KEY.to_owned(), value);
            store.save(&record).await
        };
        if let Err(err) = written.await {
            tracing::warn!("a bulk run's results could not be saved in the session: {err}");
        }
    }

    /// One session's call; once the login turned out to have expired, the rest are not sent.
    async fn one(&self, row: &BulkRow, expired: &std::sync::atomic::AtomicBool) -> ActionReport {
        use std::sync::atomic::Ordering;
        let session = row.session;
        if expired.load(Ordering::Relaxed) {
            return ActionReport::new(
                session,
                ActionResult::SignIn,
                crate::words::not_sent_expired(session),
            );
        }
        let request = match crate::actions::request::Request::check(
            self.action.slug(),
            &session.to_string(),
            None,
            None,
        ) {
            Ok(request) => request,
            Err(refusal) => {
                return ActionReport::new(session, ActionResult::Refused, refusal.to_string())
            }
        };
        let facts = crate::audit::RowFacts {
            technician: row.technician.clone(),
            status: row.status.clone(),
            channel: row.channel.clone(),
        };
        let attempt = crate::actions::run_once(
            self.services.clone(),
            self.in_flight.clone(),
            self.login.clone(),
            self.browser.clone(),
            request,
            facts,
        )
        .await;
        match attempt {
            Ok(attempt) => {
                if attempt.expired {
                    expired.store(true, Ordering::Relaxed);
                }
                attempt.report
            }
            Err(err) => ActionReport::new(session, ActionResult::Interrupted, err.to_string()),
        }
    }
}

/// The results page of run `id`, for the signed-in admin of `cx`: as far as it has come on
/// this instance, else as the browser's session last kept it. Another admin's run is not shown,
/// even in the same browser.
pub async fn results(cx: &crate::core::Cx, id: &str) -> Page<BulkView> {
    let (session, admin) = (&cx.dashboard, cx.login.email.as_str());
    let browser = session.id().map(|id| id.to_string()).unwrap_or_default();
    let here = cx
        .state::<Arc<Runs>>("the bulk runs")
        .ok()
        .and_then(|runs| runs.get(&browser, admin, id));
    let kept = || async {
        session
            .get::<BulkRun>(RUN_KEY)
            .await
            .ok()
            .flatten()
            .filter(|run| run.id == id && same_admin(&run.admin, admin))
    };
    let run = match here {
        Some(run) => Some(run),
        None => kept().await,
    };
    match run {
        Some(run) => Page::Ready(BulkView {
            action: run.action.clone(),
            back: run.back.clone(),
            run: Some(run),
            ..BulkView::default()
        }),
        None => Page::Refused(Error::NotFound(crate::words::run_gone()).answered()),
    }
}
