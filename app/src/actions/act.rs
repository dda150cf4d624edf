//! Making a session action: one Rescue call per press (a double submit shares the first
//! call, and nothing is ever retried: a retry could act twice, or cancel something newer),
//! its answer worded, and its audit record.

use leptos::prelude::*;

use crate::actions::ActionReport;
#[cfg(feature = "ssr")]
use crate::actions::ActionResult;
use crate::error::Error;

/// What identifies one requested action: which browser (dashboard session) asked, on which
/// Rescue session, to do what.
#[cfg(feature = "ssr")]
pub type ActionKey = (String, u32, crate::shared::action::SessionAction);

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

/// Asks Rescue to carry out `action` on `session`, once.
#[server]
pub async fn act_on_session(
    /// The action's slug: cancel, hold, close, transfer or start.
    action: String,
    /// Session ID.
    session: String,
    /// The row's technician, named in the audit log and the message.
    technician: String,
    /// The sessions page to return to (a local path).
    back: Option<String>,
    /// Transfer and start: `NODE:<id>` (a technician) or `CHANNEL:<id>` (transfer only).
    target: Option<String>,
    /// Transfer: the comment for the receiving technician.
    comment: Option<String>,
) -> Result<ActionReport, Error> {
    use crate::actions::request::Request;
    use crate::guard::{
        is_plain_form_post, login_for, redirect_to_sign_in, session as dashboard_session, Activity,
    };
    use crate::shared::address::local_path;

    let back = local_path(back.as_deref()).to_owned();
    let services = crate::services::services()?;
    let store = dashboard_session().await?;
    let session_shown = session.trim().parse().unwrap_or_default();
    let sign_in = |message: String| ActionReport {
        session: session_shown,
        result: ActionResult::SignIn,
        message,
    };
    let Some(login) = login_for(&store, &services, Activity::User).await? else {
        redirect_to_sign_in(&back);
        return Ok(sign_in("Sign in first. Nothing was sent to Rescue.".into()));
    };
    let request = match Request::check(&action, &session, target.as_deref(), comment.as_deref()) {
        Ok(request) => request,
        // Without JavaScript an error answer would leave the browser on a bare error page; it
        // goes back to the list with the message instead.
        Err(refusal) if is_plain_form_post().await => {
            let report = ActionReport {
                session: session_shown,
                result: ActionResult::Refused,
                message: refusal.to_string(),
            };
            return ssr::back_to_the_list(&store, &back, report).await;
        }
        Err(refusal) => return Err(refusal.answered()),
    };
    // Only a name for the record: printable, bounded, whatever the form claimed.
    let technician: String = technician
        .chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect::<String>()
        .trim()
        .to_owned();

    // Keyed by dashboard session: every tab of this browser, never another browser (two
    // token sign-ins share the name "API token" but not their credentials).
    let Some(browser) = store.id().map(|id| id.to_string()) else {
        redirect_to_sign_in(&back);
        return Ok(sign_in("Sign in first. Nothing was sent to Rescue.".into()));
    };
    let in_flight: std::sync::Arc<crate::actions::InFlight> =
        crate::services::provided("the actions in flight")?;
    let attempt = run_once(services, in_flight, login, browser, request, technician).await?;

    if attempt.expired {
        let message = format!(
            "Your Rescue sign-in expired, so session {} was not changed. Sign in again to continue.",
            attempt.report.session
        );
        crate::guard::forget_expired(&store).await?;
        redirect_to_sign_in(&back);
        return Ok(sign_in(message));
    }
    if is_plain_form_post().await {
        return ssr::back_to_the_list(&store, &back, attempt.report).await;
    }
    Ok(attempt.report)
}

/// Makes `request` for `browser` (its dashboard session's ID) with `login`: the audit record
/// written ahead, one Rescue call however often it is asked for at once (by this instance or,
/// with a shared store, by any), and the answer's record. The bulk actions make each of their
/// calls through here too.
#[cfg(feature = "ssr")]
pub async fn run_once(
    services: crate::services::Services,
    in_flight: std::sync::Arc<crate::actions::InFlight>,
    login: crate::guard::RescueLogin,
    browser: String,
    request: crate::actions::request::Request,
    technician: String,
) -> Result<Attempt, Error> {
    let key = (browser, request.session.get(), request.action);
    let shown = request.session.get();
    let interrupted = move || Attempt {
        report: ActionReport {
            session: shown,
            result: ActionResult::Interrupted,
            message: crate::words::INTERRUPTED.into(),
        },
        expired: false,
    };
    // Past the write-ahead, two Rescue calls and the answer's write a press lock belongs to an
    // instance that died; a press waiting on another instance's answers before its own
    // request's time is up (two Rescue timeouts and two seconds).
    let timeout = services.rescue.timeout();
    let bounds = crate::fleet::Bounds {
        hold: timeout * 3 + std::time::Duration::from_secs(30),
        wait: timeout * 2 + std::time::Duration::from_secs(1),
    };
    let fleet = services.fleet.clone();
    // The audit record, the call and its outcome's record run on a task of their own: a
    // browser that closes its connection mid-call drops this request, never the action's
    // record (the action itself cannot be taken back from Rescue).
    let job = tokio::spawn(async move {
        let call = ssr::attempt(services, login, request, technician);
        let Some(fleet) = fleet else {
            return in_flight.run_once(key, call, interrupted).await.0;
        };
        // Several instances: a double submit split across them is still one call.
        let name = crate::fleet::hashed(
            "press",
            &[
                key.0.as_bytes(),
                &key.1.to_be_bytes(),
                key.2.method().as_bytes(),
            ],
        );
        crate::fleet::run_once(fleet.as_ref(), &name, bounds, call, interrupted)
            .await
            .unwrap_or_else(|err| {
                tracing::error!(
                    session = shown,
                    "shared store unreachable, action refused: {err}"
                );
                Attempt {
                    report: ActionReport {
                        session: shown,
                        result: ActionResult::Unavailable,
                        message: crate::words::SHARED_STORE_UNAVAILABLE.into(),
                    },
                    expired: false,
                }
            })
    });
    job.await
        .map_err(|e| crate::error::Error::internal("the session action failed", e.to_string()))
}

#[cfg(feature = "ssr")]
mod ssr {
    use super::Attempt;
    use crate::actions::request::{Call, Request};
    use crate::actions::{ActionReport, ActionResult};
    use crate::audit::AuditRecord;
    use crate::guard::RescueLogin;
    use crate::services::Services;
    use crate::shared::outcome::{Failure, Outcome};

    /// Without JavaScript: the report waits in the session as the list's notice, and the
    /// browser goes back to the list, which shows it once.
    pub async fn back_to_the_list(
        store: &tower_sessions::Session,
        back: &str,
        report: ActionReport,
    ) -> Result<ActionReport, crate::error::Error> {
        let notice = crate::guard::Notice {
            ok: report.ok(),
            message: report.message.clone(),
        };
        crate::guard::set_notice(store, notice).await?;
        leptos_axum::redirect(back);
        Ok(report)
    }

    /// Makes the Rescue call of `request`: its typed answer.
    async fn call(
        services: &Services,
        credentials: &rescue::Credentials,
        request: &Request,
    ) -> Result<rescue::ActionOutcome, rescue::Error> {
        let (session, rescue) = (request.session, &services.rescue);
        Ok(match &request.call {
            Call::Cancel => rescue.cancel_action(credentials, session).await?.into(),
            Call::Hold => rescue.hold_session(credentials, session).await?.into(),
            Call::Close => rescue.close_session(credentials, session).await?.into(),
            Call::Start(technician) => rescue
                .start_session(credentials, session, *technician)
                .await?
                .into(),
            Call::Transfer(node, noderef, comment) => rescue
                .transfer_session(credentials, session, *node, *noderef, Some(comment))
                .await?
                .into(),
        })
    }

    /// One action: its audit record written ahead (no record, no call), the Rescue call, the
    /// meaning of its answer, and the answer's record.
    pub async fn attempt(
        services: Services,
        login: RescueLogin,
        request: Request,
        technician: String,
    ) -> Attempt {
        let (session, action) = (request.session.get(), request.action);
        let ahead = AuditRecord {
            at: chrono::Utc::now(),
            admin_email: login.email.clone(),
            action,
            session_id: session,
            technician: technician.clone(),
            outcome: Outcome::Attempted,
            latency_ms: 0,
        };
        let id = match services.audit.begin(ahead).await {
            Ok(id) => id,
            Err(err) => {
                tracing::error!(session, "audit log write failed, action refused: {err}");
                return Attempt {
                    report: ActionReport {
                        session,
                        result: ActionResult::Unrecorded,
                        message: crate::words::AUDIT_UNAVAILABLE.into(),
                    },
                    expired: false,
                };
            }
        };
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
        let mut message = crate::words::action(action, &outcome, session, &technician);
        // Written before anything else can fail; a record left `ATTEMPTED` becomes "outcome
        // unknown" once its server is gone.
        if let Err(err) = services.audit.finish(id, outcome.clone(), latency_ms).await {
            tracing::error!(session, "audit log write failed: {err}");
            message.push_str(
                " Rescue's answer could not be written to the audit log, where this attempt shows as of unknown outcome; tell your administrator.",
            );
        }
        // Rescue answers NOTLOGGEDINASADMIN both to an expired login and to a technician. A
        // read tells them apart: it answers NOTLOGGEDIN only when the login expired.
        let expired = outcome == Outcome::NotLoggedInAsAdmin
            && matches!(
                services
                    .rescue
                    .get_hierarchy(&login.credentials, rescue::HierarchyQuery::default())
                    .await,
                Ok(rescue::GetHierarchyOutcome::NotLoggedIn)
            );
        Attempt {
            report: ActionReport {
                session,
                result: ActionResult::Answered(outcome),
                message,
            },
            expired,
        }
    }
}
