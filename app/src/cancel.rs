//! Cancel action: the confirmation (what exactly is about to be cancelled) and the cancel
//! itself, made with this browser's own Rescue login, recorded in the audit log, and answered
//! with one human sentence per Rescue result.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::sessions::Badge;

/// The answer to a cancel attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CancelReport {
    /// The session acted on.
    pub session: u32,
    /// Rescue's result code, or the transport failure's name (`TIMEOUT`, `HTTP_503`, …).
    pub code: String,
    /// Whether the action was cancelled.
    pub ok: bool,
    /// What happened, for the admin.
    pub message: String,
}

/// The report code of an answer that sent the browser to sign in (no usable Rescue login).
pub const SIGN_IN_NEEDED: &str = "SIGN_IN_NEEDED";

impl CancelReport {
    /// The answer while the browser is sent to sign in: nothing was sent to Rescue.
    pub fn sign_in_needed(session: &str) -> Self {
        CancelReport {
            session: session.trim().parse().unwrap_or_default(),
            code: SIGN_IN_NEEDED.into(),
            ok: false,
            message: "Sign in first. Nothing was sent to Rescue.".into(),
        }
    }
}

/// What the confirmation names: the row the admin chose, as Rescue lists it now.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Confirmation {
    /// Session ID.
    pub session: u32,
    /// Technician name (empty while the session waits in a queue).
    pub technician: String,
    /// Status as Rescue sent it.
    pub status: String,
    /// Badge of the status.
    pub badge: Option<Badge>,
    /// Custom field 0, the customer.
    pub customer: String,
    /// The sessions page the admin came from.
    pub back: String,
    /// Why there is nothing to confirm (session gone, Rescue failing, bad address).
    pub problem: Option<String>,
}

impl Confirmation {
    /// The placeholder answered while the browser is sent to sign in.
    pub fn sign_in_needed() -> Self {
        Confirmation {
            back: crate::auth::HOME.to_owned(),
            problem: Some("Sign in to see this session.".into()),
            ..Default::default()
        }
    }
}

/// The confirmation page's address for a row of the sessions list of `node`.
pub fn confirmation_url(session: u32, technician: u32, node: u32, noderef: &str) -> String {
    format!(
        "/sessions/cancel?session={session}&technician={technician}&node={node}&noderef={noderef}"
    )
}

/// The sessions page of `node`.
pub fn list_url(node: u32, noderef: &str) -> String {
    if node == 0 {
        crate::auth::HOME.to_owned()
    } else {
        format!("/sessions?node={node}&noderef={noderef}")
    }
}

/// Loads what the confirmation page names, from Rescue's current list of `node`.
#[server]
pub async fn load_cancel_confirmation(
    /// Session ID from the address.
    session: Option<String>,
    /// Technician ID of the row (0 for a queued session).
    technician: Option<String>,
    /// Node whose list the row came from.
    node: Option<String>,
    /// `NODE` or `CHANNEL`.
    noderef: Option<String>,
) -> Result<Confirmation, ServerFnError> {
    use crate::auth::server::{backend, require_login, session as dashboard_session};

    let here = {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        for (key, value) in [
            ("session", &session),
            ("technician", &technician),
            ("node", &node),
            ("noderef", &noderef),
        ] {
            if let Some(value) = value {
                query.append_pair(key, value);
            }
        }
        format!("/sessions/cancel?{}", query.finish())
    };
    let backend = backend()?;
    let store = dashboard_session().await?;
    let Some(login) = require_login(&store, &backend, &here).await else {
        return Ok(Confirmation::sign_in_needed());
    };

    // Everything in the address is checked before Rescue is asked anything.
    let mut view = Confirmation {
        back: crate::auth::HOME.to_owned(),
        ..Default::default()
    };
    let id = match session
        .as_deref()
        .unwrap_or_default()
        .parse::<rescue::SessionId>()
    {
        Ok(id) => id,
        Err(e) => {
            return bad_request(
                view,
                format!("The session in the address is not valid: {e}."),
            )
        }
    };
    view.session = id.get();
    let technician_id = match technician.as_deref().map(str::trim) {
        None | Some("") | Some("0") => None,
        Some(text) => match text.parse::<rescue::NodeId>() {
            Ok(t) => Some(t),
            Err(e) => {
                return bad_request(
                    view,
                    format!("The technician in the address is not valid: {e}."),
                )
            }
        },
    };
    let node_id = match node
        .as_deref()
        .unwrap_or_default()
        .parse::<rescue::NodeId>()
    {
        Ok(n) => n,
        Err(e) => return bad_request(view, format!("The node in the address is not valid: {e}.")),
    };
    let Some(kind) = noderef
        .as_deref()
        .map_or(Some(rescue::NodeRef::Node), |r| r.parse().ok())
    else {
        return bad_request(view, "noderef must be NODE or CHANNEL.".into());
    };
    view.back = list_url(node_id.get(), kind.as_str());

    match backend
        .rescue
        .get_sessions(&login.credentials, node_id, kind)
        .await
    {
        Ok(rescue::GetSessionsOutcome::Ok(list)) => {
            let row = crate::sessions::rows(&list).into_iter().find(|r| {
                r.id == id.get() && technician_id.is_none_or(|t| t.get() == r.technician_id)
            });
            match row {
                Some(row) => {
                    view.technician = row.technician;
                    view.status = row.status;
                    view.badge = Some(row.badge);
                    view.customer = row.customer;
                }
                None => {
                    view.problem = Some(format!(
                        "Session {id} is no longer listed here: it may have ended or moved. Go back to the list and refresh."
                    ))
                }
            }
        }
        Ok(rescue::GetSessionsOutcome::NotLoggedIn) => {
            return crate::sessions::expired(&store, &here, Confirmation::sign_in_needed()).await;
        }
        Ok(outcome) => view.problem = Some(crate::sessions::problem(&outcome)),
        Err(err) => view.problem = Some(crate::messages::transport(&err)),
    }
    Ok(view)
}

/// A 400 answer that still renders the page with the reason.
#[cfg(feature = "ssr")]
fn bad_request(mut view: Confirmation, message: String) -> Result<Confirmation, ServerFnError> {
    crate::sessions::set_bad_request();
    view.problem = Some(message);
    Ok(view)
}

/// Asks Rescue to cancel the action this admin requested on `session`, once: a double submit
/// shares the first call, and nothing is ever retried (a retry could cancel something newer).
#[server]
pub async fn cancel_session_action(
    /// Session ID.
    session: String,
    /// The row's technician, named in the audit log and the message.
    technician: String,
    /// The sessions page to return to (a local path).
    back: Option<String>,
) -> Result<CancelReport, ServerFnError> {
    use crate::auth::server::{
        backend, is_plain_form_post, require_login, session as dashboard_session, set_notice,
    };
    use crate::auth::{local_path, Notice};

    let back = local_path(back.as_deref()).to_owned();
    let backend = backend()?;
    let store = dashboard_session().await?;
    let Some(login) = require_login(&store, &backend, &back).await else {
        return Ok(CancelReport::sign_in_needed(&session));
    };
    let id = match session.trim().parse::<rescue::SessionId>() {
        Ok(id) => id,
        Err(e) => {
            crate::sessions::set_bad_request();
            return Err(ServerFnError::new(format!(
                "The session ID is not valid: {e}. Nothing was sent to Rescue."
            )));
        }
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
        return crate::auth::server::to_sign_in(&back, CancelReport::sign_in_needed(&session));
    };
    let key = (browser, id.get(), "cancelAction");
    let (report, _first) = backend
        .in_flight
        .run_once(key, attempt(&backend, &login, id, &technician))
        .await;

    if report.code == EXPIRED {
        let shown = CancelReport {
            code: SIGN_IN_NEEDED.into(),
            message: format!(
                "Your Rescue sign-in expired, so session {} was not changed. Sign in again to continue.",
                report.session
            ),
            ..report
        };
        return crate::sessions::expired(&store, &back, shown).await;
    }
    if is_plain_form_post().await {
        set_notice(
            &store,
            Notice {
                ok: report.ok,
                message: report.message.clone(),
            },
        )
        .await?;
        leptos_axum::redirect(&back);
    }
    Ok(report)
}

/// The report code of a cancel refused because the Rescue login had expired; the caller sends
/// the admin to sign in again.
#[cfg(feature = "ssr")]
const EXPIRED: &str = "EXPIRED";

/// One cancel: the Rescue call, the meaning of its answer, and the audit record.
#[cfg(feature = "ssr")]
async fn attempt(
    backend: &crate::backend::Backend,
    login: &crate::auth::server::RescueLogin,
    id: rescue::SessionId,
    technician: &str,
) -> CancelReport {
    use rescue::CancelActionOutcome as Outcome;

    let started = std::time::Instant::now();
    let at = chrono::Utc::now();
    let answer = backend.rescue.cancel_action(&login.credentials, id).await;
    let latency_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    let session = id.get();
    let mut expired = false;
    let (code, ok, mut message) = match &answer {
        Ok(Outcome::NotLoggedInAsAdmin) => {
            // Rescue answers NOTLOGGEDINASADMIN both to an expired login and to a technician.
            // A read tells them apart: it answers NOTLOGGEDIN only when the login expired.
            let probe = backend
                .rescue
                .get_hierarchy(&login.credentials, rescue::HierarchyQuery::default())
                .await;
            expired = matches!(probe, Ok(rescue::GetHierarchyOutcome::NotLoggedIn));
            (
                "NOTLOGGEDINASADMIN".to_owned(),
                false,
                crate::messages::cancel(&Outcome::NotLoggedInAsAdmin, session, technician),
            )
        }
        Ok(outcome) => (
            outcome.code().to_owned(),
            matches!(outcome, Outcome::Ok),
            crate::messages::cancel(outcome, session, technician),
        ),
        Err(err) => {
            tracing::warn!(session, "cancelAction failed: {err}");
            (
                err.code(),
                false,
                crate::messages::cancel_transport(err, session),
            )
        }
    };
    let record = crate::backend::AuditRecord {
        at,
        admin_email: login.email.clone(),
        action: "cancelAction".into(),
        session_id: session,
        technician: technician.to_owned(),
        outcome: code.clone(),
        latency_ms,
    };
    if let Err(err) = backend.audit.record(record).await {
        tracing::error!(session, "audit log write failed: {err}");
        message.push_str(
            " This attempt could not be written to the audit log; tell your administrator.",
        );
    }
    CancelReport {
        session,
        // The audit log keeps what Rescue said; the caller only needs to know it expired.
        code: if expired { EXPIRED.into() } else { code },
        ok,
        message,
    }
}
