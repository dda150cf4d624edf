//! Making a session action: one Rescue call per confirmation (its one-time token: a
//! confirmation sent again makes none and shows the first one's answer) and per press (a
//! double submit shares the first call; nothing is ever retried: a retry could act twice, or
//! cancel something newer), its answer worded, and its audit record, whose technician, status
//! and channel are Rescue's list as read for the action.

// The server function's arguments are the confirmation form's fields, one each; the macro
// also writes the browser's side of it, which an attribute on the function does not reach.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;

use crate::actions::ActionReport;
#[cfg(feature = "ssr")]
use crate::actions::ActionResult;
use crate::error::Error;

/// What identifies one requested action: which browser (dashboard session) asked, on which
/// Rescue session, to do what.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ActionKey {
    /// The dashboard session's ID.
    pub browser: String,
    /// The Rescue session.
    pub session: u32,
    /// The action.
    pub action: crate::shared::action::SessionAction,
}

/// One call's result, shared with a double submit: the report, and whether the Rescue login
/// turned out to have expired (the caller then sends the admin to sign in again).
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Attempt {
    /// What the admin is told.
    pub report: ActionReport,
    /// Whether the Rescue login turned out to have expired.
    pub expired: bool,
}

#[cfg(feature = "ssr")]
impl Attempt {
    /// An attempt that ended before Rescue was asked (or without its answer): `result`,
    /// said as `message`.
    pub fn unsent(session: u32, result: ActionResult, message: impl Into<String>) -> Self {
        Attempt {
            report: ActionReport::new(session, result, message),
            expired: false,
        }
    }

    /// Whether anything may have reached Rescue: only then is a confirmation used up.
    fn sent(&self) -> bool {
        !matches!(
            self.report.result,
            ActionResult::Refused
                | ActionResult::SignIn
                | ActionResult::Unrecorded
                | ActionResult::Unavailable
        )
    }
}

/// Asks Rescue to carry out `action` on `session`, once.
#[server]
pub async fn act_on_session(
    /// The action's slug: cancel, hold, close, transfer or start.
    action: String,
    /// Session ID.
    session: String,
    /// The technician ID of the row acted from (0 or empty while the session waits in a
    /// queue): it only picks the row; the audit names the technician Rescue lists.
    technician: Option<String>,
    /// The list the row was chosen in (its node ID).
    node: Option<String>,
    /// `NODE` or `CHANNEL`.
    noderef: Option<String>,
    /// The sessions page to return to (a local path).
    back: Option<String>,
    /// Transfer and start: `NODE:<id>` (a technician) or `CHANNEL:<id>` (transfer only).
    target: Option<String>,
    /// Transfer: the comment for the receiving technician.
    comment: Option<String>,
    /// The confirmation's one-time token.
    token: Option<String>,
) -> Result<ActionReport, Error> {
    use crate::actions::request::{Request, RowChoice};
    use crate::core::Cx;
    use crate::shared::address::local_path;

    let back = local_path(back.as_deref()).to_owned();
    let cx = match Cx::signed_in(&back).await {
        Ok(cx) => cx,
        Err(answer) => return answer,
    };
    let session_shown = session.trim().parse().unwrap_or_default();
    let checked = Request::check(&action, &session, target.as_deref(), comment.as_deref())
        .and_then(|request| {
            let row = RowChoice::check(
                &session,
                technician.as_deref(),
                node.as_deref(),
                noderef.as_deref(),
            )?;
            let token = crate::receipts::check(cx.services.seal.as_ref(), token.as_deref())
                .map_err(|problem| Error::BadInput(problem.sentence()))?;
            Ok((request, row, token))
        });
    let (request, row, token) = match checked {
        Ok(checked) => checked,
        // Without JavaScript an error answer would leave the browser on a bare error page; it
        // goes back to the list with the message instead.
        Err(refusal) if cx.plain_form => {
            let report =
                ActionReport::new(session_shown, ActionResult::Refused, refusal.to_string());
            return cx.respond(report).await;
        }
        Err(refusal) => return Err(refusal.answered()),
    };
    let attempt = ssr::confirmed(&cx, request, row, &token).await?;
    if attempt.expired {
        let mut report: ActionReport = cx.expired().await?;
        report.message = crate::words::expired_mid_action(attempt.report.session);
        report.session = attempt.report.session;
        return Ok(report);
    }
    cx.respond(attempt.report).await
}

/// How long a press holds its lock at most, and how long another press of the same action
/// waits for its result, for calls bounded by `timeout`. Past the write-ahead, a list read,
/// two Rescue calls and the answer's write a press lock belongs to an instance that died; a
/// press waiting on another answers before its own request's time is up.
#[cfg(feature = "ssr")]
pub fn bounds(timeout: std::time::Duration) -> crate::fleet::Bounds {
    crate::fleet::Bounds {
        hold: timeout * 4 + std::time::Duration::from_secs(30),
        wait: timeout * 2 + std::time::Duration::from_secs(1),
    }
}

/// Makes `request` on the row Rescue lists as `facts`, for `browser` (its dashboard session's
/// ID) with `login`: the audit record written ahead, one Rescue call however often it is asked
/// for at once (by this instance or, with a shared store, by any), and the answer's record.
/// The bulk actions make each of their calls through here too.
#[cfg(feature = "ssr")]
pub async fn run_once(
    services: crate::core::services::Services,
    in_flight: std::sync::Arc<crate::actions::InFlight>,
    login: crate::core::login::RescueLogin,
    browser: String,
    request: crate::actions::request::Request,
    facts: crate::audit::RowFacts,
) -> Result<Attempt, Error> {
    let key = ActionKey {
        browser,
        session: request.session.get(),
        action: request.action,
    };
    let shown = key.session;
    let interrupted = move || {
        Attempt::unsent(
            shown,
            ActionResult::Interrupted,
            crate::words::interrupted(),
        )
    };
    let bounds = bounds(services.rescue.timeout());
    let fleet = services.fleet.clone();
    // The audit record, the call and its outcome's record run on a task of their own: a
    // browser that closes its connection mid-call drops this request, never the action's
    // record (the action itself cannot be taken back from Rescue).
    let job = tokio::spawn(crate::words::carry(async move {
        let name = crate::fleet::hashed(
            "press",
            &[
                key.browser.as_bytes(),
                &key.session.to_be_bytes(),
                key.action.method().as_bytes(),
            ],
        );
        let call = ssr::attempt(services, login, request, facts);
        let Some(fleet) = fleet else {
            return in_flight.run_once(key, call, interrupted).await.0;
        };
        // Several instances: a double submit split across them is still one call.
        crate::fleet::run_once(fleet.as_ref(), &name, bounds, call, interrupted)
            .await
            .unwrap_or_else(|err| {
                tracing::error!(
                    session = shown,
                    "shared store unreachable, action refused: {err}"
                );
                Attempt::unsent(
                    shown,
                    ActionResult::Unavailable,
                    crate::words::shared_store_unavailable(),
                )
            })
    }));
    job.await
        .map_err(|e| crate::error::Error::internal("the session action failed", e.to_string()))
}

// The browser reads the confirmation form's fields itself (`<ServerForm>`).
crate::form_args!(ActOnSession {
    action, session; technician, node, noderef, back, target, comment, token
});

#[cfg(feature = "ssr")]
mod ssr {
    use super::Attempt;
    use crate::actions::listed::{listed_row, Read};
    use crate::actions::request::{Call, Request, RowChoice};
    use crate::actions::{ActionReport, ActionResult};
    use crate::audit::{AuditRecord, RowFacts};
    use crate::core::login::RescueLogin;
    use crate::core::services::Services;
    use crate::error::Error;
    use crate::receipts::{Claim, Receipts};
    use crate::shared::outcome::{Failure, Outcome};

    impl crate::core::Answer for ActionReport {
        fn sign_in(_next: &str) -> Self {
            ActionReport::new(0, ActionResult::SignIn, crate::words::sign_in_first())
        }
    }

    impl crate::core::Reported for ActionReport {
        fn notice(&self) -> crate::core::Notice {
            crate::core::Notice {
                ok: self.ok(),
                message: self.message.clone(),
            }
        }
    }

    /// A confirmed action, once per confirmation: the first submission of `token` reads the
    /// row from Rescue's list and makes the call; a later or parallel one gets its answer.
    pub async fn confirmed(
        cx: &crate::core::Cx,
        request: Request,
        row: RowChoice,
        token: &str,
    ) -> Result<Attempt, Error> {
        let receipts: std::sync::Arc<Receipts> = cx.state("the receipts")?;
        let in_flight: std::sync::Arc<crate::actions::InFlight> =
            cx.state("the actions in flight")?;
        let (services, login) = (&cx.services, cx.login.clone());
        // Keyed by dashboard session: every tab of this browser, never another browser (two
        // token sign-ins share the name "API token" but not their credentials).
        let Some(browser) = cx.dashboard.id().map(|id| id.to_string()) else {
            return Ok(Attempt::unsent(
                request.session.get(),
                ActionResult::SignIn,
                crate::words::sign_in_first(),
            ));
        };
        let session = request.session.get();
        // One receipt per admin, confirmation and what it confirms: the dialog's token serves
        // every row of one list as it was read.
        let name = crate::fleet::hashed(
            "confirm",
            &[
                login.email.to_lowercase().as_bytes(),
                token.as_bytes(),
                &session.to_be_bytes(),
                request.action.method().as_bytes(),
            ],
        );
        let fleet = services.fleet.clone();
        let wait = super::bounds(services.rescue.timeout()).wait;
        let held = match receipts.claim(fleet.as_ref(), &name, wait).await {
            Ok(Claim::First(held)) => held,
            Ok(Claim::Done(first)) => return Ok(repeated(session, &first)),
            Ok(Claim::Running) => {
                return Ok(Attempt::unsent(
                    session,
                    ActionResult::Running,
                    crate::words::confirmation_running(),
                ))
            }
            Err(err) => {
                tracing::error!(session, "shared store unreachable, action refused: {err}");
                return Ok(Attempt::unsent(
                    session,
                    ActionResult::Unavailable,
                    crate::words::shared_store_unavailable(),
                ));
            }
        };
        // From the claim on, the work runs on a task of its own: a browser that leaves still
        // leaves its receipt, so a repeat never finds a claim stuck "running".
        let services = services.clone();
        let job = tokio::spawn(crate::words::carry(async move {
            let attempt = read_and_run(&services, in_flight, login, browser, request, row).await;
            let fleet = services.fleet.as_ref();
            if attempt.sent() {
                match serde_json::to_string(&attempt) {
                    Ok(json) => receipts.settle(fleet, held, json).await,
                    Err(err) => {
                        tracing::error!("a receipt could not be written: {err}");
                        receipts.release(fleet, held).await;
                    }
                }
            } else {
                // Nothing reached Rescue: the same confirmation may be tried again.
                receipts.release(fleet, held).await;
            }
            attempt
        }));
        job.await
            .map_err(|e| Error::internal("the session action failed", e.to_string()))
    }

    /// The answer to a confirmation sent again: the first one's, said to be that.
    fn repeated(session: u32, first: &str) -> Attempt {
        match serde_json::from_str::<Attempt>(first) {
            Ok(mut attempt) => {
                attempt.report.message = crate::words::already_done(&attempt.report.message);
                attempt.report.repeated = true;
                // The first submission already sent the admin to sign in if it had to.
                attempt.expired = false;
                attempt
            }
            Err(err) => {
                tracing::error!("a receipt could not be read: {err}");
                Attempt::unsent(
                    session,
                    ActionResult::Running,
                    crate::words::confirmation_running(),
                )
            }
        }
    }

    /// The row as Rescue lists it now, then the call on it.
    async fn read_and_run(
        services: &Services,
        in_flight: std::sync::Arc<crate::actions::InFlight>,
        login: RescueLogin,
        browser: String,
        request: Request,
        row: RowChoice,
    ) -> Attempt {
        let session = row.session.get();
        let listed = match listed_row(services, &login, row.node, session, row.technician).await {
            Ok(listed) => listed,
            Err(Read::Expired) => {
                return Attempt {
                    report: ActionReport::new(
                        session,
                        ActionResult::SignIn,
                        crate::words::expired_mid_action(session),
                    ),
                    expired: true,
                }
            }
            Err(Read::Problem(problem)) => {
                return Attempt::unsent(
                    session,
                    ActionResult::Refused,
                    crate::words::not_sent(&problem.to_string()),
                )
            }
        };
        let facts = RowFacts::of(&listed);
        super::run_once(services.clone(), in_flight, login, browser, request, facts)
            .await
            .unwrap_or_else(|err| {
                Attempt::unsent(session, ActionResult::Interrupted, err.to_string())
            })
    }

    /// Makes the Rescue call of `request`: its typed answer.
    async fn call(
        services: &Services,
        credentials: &rescue::Credentials,
        request: &Request,
    ) -> Result<rescue::ActionOutcome, rescue::Error> {
        let call = match &request.call {
            Call::Cancel => rescue::SessionCall::Cancel,
            Call::Hold => rescue::SessionCall::Hold,
            Call::Close => rescue::SessionCall::Close,
            Call::Start(technician) => rescue::SessionCall::Start {
                technician: *technician,
            },
            Call::Transfer(target, target_ref, comment) => rescue::SessionCall::Transfer {
                target: *target,
                target_ref: *target_ref,
                comment: Some(comment),
            },
        };
        services
            .rescue
            .act(credentials, request.session, &call)
            .await
    }

    /// One action: its audit record written ahead (no record, no call), the Rescue call, the
    /// meaning of its answer, and the answer's record.
    pub async fn attempt(
        services: Services,
        login: RescueLogin,
        request: Request,
        facts: RowFacts,
    ) -> Attempt {
        let (session, action) = (request.session.get(), request.action);
        let ahead = AuditRecord {
            at: chrono::Utc::now(),
            admin_email: login.email.clone(),
            action,
            session_id: session,
            technician: facts.technician.clone(),
            status: facts.status,
            channel: facts.channel,
            outcome: Outcome::Attempted,
            latency_ms: 0,
        };
        let id = match services.audit.begin(ahead).await {
            Ok(id) => id,
            Err(err) => {
                tracing::error!(session, "audit log write failed, action refused: {err}");
                return Attempt::unsent(
                    session,
                    ActionResult::Unrecorded,
                    crate::words::audit_unavailable(),
                );
            }
        };
        let news = |outcome: Outcome| crate::news::News {
            session,
            action,
            by: login.email.clone(),
            outcome,
            at: chrono::Utc::now().timestamp(),
        };
        services.news.tell(news(Outcome::Attempted));
        let started = std::time::Instant::now();
        let answer = call(&services, &login.credentials, &request).await;
        let latency_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        let outcome = match answer {
            Ok(outcome) => Outcome::from(outcome),
            Err(err) => {
                tracing::warn!(
                    session,
                    method = action.method(),
                    "session action failed: {err}"
                );
                Outcome::Failed(Failure::from(&err))
            }
        };
        let mut message = crate::words::action(action, &outcome, session, &facts.technician);
        // Written before anything else can fail; a record left `ATTEMPTED` becomes "outcome
        // unknown" once its server is gone.
        if let Err(err) = services.audit.finish(id, outcome.clone(), latency_ms).await {
            tracing::error!(session, "audit log write failed: {err}");
            message.push(' ');
            message.push_str(&crate::words::answer_unrecorded());
        }
        services.news.tell(news(outcome.clone()));
        // Rescue answers NOTLOGGEDINASADMIN both to an expired login and to a technician. A
        // read tells them apart: it answers NOTLOGGEDIN only when the login expired.
        let expired = outcome == Outcome::Answered(rescue::ActionOutcome::NotLoggedInAsAdmin)
            && matches!(
                services
                    .rescue
                    .get_hierarchy(&login.credentials, rescue::HierarchyQuery::default())
                    .await,
                Ok(rescue::GetHierarchyOutcome::NotLoggedIn)
            );
        Attempt {
            report: ActionReport::new(session, ActionResult::Answered(outcome), message),
            expired,
        }
    }
}
