//! Session actions: Cancel action, Hold, Close, Transfer and Start. Each is confirmed (naming
//! exactly which session it will touch), made with this browser's own Rescue login, recorded in
//! the audit log, and answered with one human sentence per Rescue result.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::sessions::{Badge, PickerEntry};

/// An administrator's action on a session, as the Administration Center offers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SessionAction {
    /// `cancelAction`: drop the action this admin requested and still pending.
    Cancel,
    /// `holdSession`: put a live session on hold.
    Hold,
    /// `closeSession`: end the session.
    Close,
    /// `transferSession`: move the session to a technician or a channel, with a comment.
    Transfer,
    /// `startSession`: have a technician pick up a waiting session.
    Start,
}

/// Where a transfer or start can go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    /// A technician or a channel (transfer).
    TechnicianOrChannel,
    /// A technician only (start).
    Technician,
}

impl SessionAction {
    /// Every action, in the order a row offers them.
    pub const ALL: [SessionAction; 5] = [
        SessionAction::Cancel,
        SessionAction::Hold,
        SessionAction::Transfer,
        SessionAction::Start,
        SessionAction::Close,
    ];

    /// The name in addresses (`/sessions/hold?…`) and forms.
    pub fn slug(self) -> &'static str {
        match self {
            SessionAction::Cancel => "cancel",
            SessionAction::Hold => "hold",
            SessionAction::Close => "close",
            SessionAction::Transfer => "transfer",
            SessionAction::Start => "start",
        }
    }

    /// The action named `slug`, if there is one.
    pub fn parse(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.slug() == slug.trim())
    }

    /// The Rescue method, as the audit log records it.
    pub fn method(self) -> &'static str {
        match self {
            SessionAction::Cancel => "cancelAction",
            SessionAction::Hold => "holdSession",
            SessionAction::Close => "closeSession",
            SessionAction::Transfer => "transferSession",
            SessionAction::Start => "startSession",
        }
    }

    /// The action a Rescue method name records, for reading the audit log back.
    pub fn from_method(method: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.method() == method)
    }

    /// The button that opens the confirmation.
    pub fn label(self) -> &'static str {
        match self {
            SessionAction::Cancel => "Cancel action",
            SessionAction::Hold => "Hold",
            SessionAction::Close => "Close",
            SessionAction::Transfer => "Transfer",
            SessionAction::Start => "Start",
        }
    }

    /// The confirmation's question.
    pub fn question(self) -> &'static str {
        match self {
            SessionAction::Cancel => "Cancel the action on this session?",
            SessionAction::Hold => "Put this session on hold?",
            SessionAction::Close => "Close this session?",
            SessionAction::Transfer => "Transfer this session?",
            SessionAction::Start => "Start this session?",
        }
    }

    /// What Confirm will do, in one sentence.
    pub fn explanation(self) -> &'static str {
        match self {
            SessionAction::Cancel => "Rescue will drop the action you requested on this session (hold, close, transfer or start) before the technician's console carries it out.",
            SessionAction::Hold => "The technician's console will put the session on hold. Until it does, Cancel action takes the request back.",
            SessionAction::Close => "The technician's console will end the session for the customer. Until it does, Cancel action takes the request back.",
            SessionAction::Transfer => "The session moves to the technician or channel you pick, with your comment. Until the console carries it out, Cancel action takes it back.",
            SessionAction::Start => "The technician you pick will pick up this waiting session. Until their console does, Cancel action takes the request back.",
        }
    }

    /// The Confirm button's text while the call runs.
    pub fn busy(self) -> &'static str {
        match self {
            SessionAction::Cancel => "Cancelling…",
            SessionAction::Hold => "Holding…",
            SessionAction::Close => "Closing…",
            SessionAction::Transfer => "Transferring…",
            SessionAction::Start => "Starting…",
        }
    }

    /// How the pending marker names a requested action.
    pub fn requested(self) -> &'static str {
        match self {
            SessionAction::Cancel => "Cancel requested",
            SessionAction::Hold => "Hold requested",
            SessionAction::Close => "Close requested",
            SessionAction::Transfer => "Transfer requested",
            SessionAction::Start => "Start requested",
        }
    }

    /// Whether a row in this state offers the action. Rescue has the last word (an action it
    /// cannot carry out answers ACTIONFAILED); this only spares the admin the obvious misses.
    pub fn offered(self, badge: Badge) -> bool {
        match self {
            SessionAction::Cancel => true,
            SessionAction::Hold => matches!(badge, Badge::Live | Badge::Unknown),
            SessionAction::Close | SessionAction::Transfer => badge != Badge::Finished,
            SessionAction::Start => matches!(badge, Badge::Waiting | Badge::Unknown),
        }
    }

    /// What the action needs picked, if anything.
    pub fn target(self) -> Option<TargetKind> {
        match self {
            SessionAction::Transfer => Some(TargetKind::TechnicianOrChannel),
            SessionAction::Start => Some(TargetKind::Technician),
            _ => None,
        }
    }
}

/// One technician or channel a transfer or start can go to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetChoice {
    /// The form value: `NODE:<id>` or `CHANNEL:<id>`.
    pub value: String,
    /// What the list shows: the name, and a technician's presence.
    pub label: String,
}

/// The technicians (and, for a transfer, channels) of the picker, as choices.
pub fn target_choices(picker: &[PickerEntry], kind: TargetKind) -> Vec<TargetChoice> {
    picker
        .iter()
        .filter(|p| match p.kind.as_str() {
            "technician" => true,
            "channel" => kind == TargetKind::TechnicianOrChannel,
            _ => false,
        })
        .map(|p| TargetChoice {
            value: format!("{}:{}", p.noderef, p.id),
            label: match (p.kind.as_str(), p.status.is_empty()) {
                ("channel", _) => format!("Channel: {}", p.name),
                (_, true) => p.name.clone(),
                (_, false) => format!("{} ({})", p.name, p.status),
            },
        })
        .collect()
}

/// The most a transfer comment may hold: Rescue shows it in one line of the console.
pub const COMMENT_MAX: usize = 255;

/// A transfer comment as it will be sent, or why it cannot be.
pub fn check_comment(comment: &str) -> Result<String, String> {
    let comment = comment.trim();
    if comment.chars().count() > COMMENT_MAX {
        return Err(format!(
            "The comment is {} characters long; Rescue takes at most {COMMENT_MAX}.",
            comment.chars().count()
        ));
    }
    if comment.chars().any(char::is_control) {
        return Err(
            "The comment must be one line of text (no line breaks or control characters).".into(),
        );
    }
    Ok(comment.to_owned())
}

/// The answer to an action attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionReport {
    /// The session acted on.
    pub session: u32,
    /// Rescue's result code, or the transport failure's name (`TIMEOUT`, `HTTP_503`, …).
    pub code: String,
    /// Whether Rescue accepted it.
    pub ok: bool,
    /// What happened, for the admin.
    pub message: String,
}

/// The report code of a form the server refused before asking Rescue (no target picked, a
/// comment too long, an address edited by hand).
pub const INVALID_INPUT: &str = "INVALID_INPUT";

/// The report code of an answer that sent the browser to sign in (no usable Rescue login).
pub const SIGN_IN_NEEDED: &str = "SIGN_IN_NEEDED";

impl ActionReport {
    /// The answer while the browser is sent to sign in: nothing was sent to Rescue.
    pub fn sign_in_needed(session: &str) -> Self {
        ActionReport {
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
    /// Where a transfer or start can go (empty for the other actions).
    pub targets: Vec<TargetChoice>,
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

/// The confirmation page's address for `action` on a row of the sessions list of `node`.
pub fn confirmation_url(
    action: SessionAction,
    session: u32,
    technician: u32,
    node: u32,
    noderef: &str,
) -> String {
    let mut url = String::new();
    write_confirmation_url(&mut url, action, session, technician, node, noderef, "&");
    url
}

/// Writes [`confirmation_url`] to `out`, with `amp` between its parameters: `&` for an
/// address, `&amp;` for an address inside HTML. `noderef` is `NODE` or `CHANNEL`, so nothing
/// else in it needs escaping; the server writes four of these per sessions row, straight into
/// the page.
pub fn write_confirmation_url(
    out: &mut String,
    action: SessionAction,
    session: u32,
    technician: u32,
    node: u32,
    noderef: &str,
    amp: &str,
) {
    let (mut session_digits, mut technician_digits, mut node_digits) = (
        itoa::Buffer::new(),
        itoa::Buffer::new(),
        itoa::Buffer::new(),
    );
    for part in [
        "/sessions/",
        action.slug(),
        "?session=",
        session_digits.format(session),
        amp,
        "technician=",
        technician_digits.format(technician),
        amp,
        "node=",
        node_digits.format(node),
        amp,
        "noderef=",
        noderef,
    ] {
        out.push_str(part);
    }
}

/// The sessions page of `node`.
pub fn list_url(node: u32, noderef: &str) -> String {
    if node == 0 {
        crate::auth::HOME.to_owned()
    } else {
        format!("/sessions?node={node}&noderef={noderef}")
    }
}

/// Loads what the confirmation page of `action` names, from Rescue's current list of `node`.
#[server]
pub async fn load_confirmation(
    /// The action's slug, from the path.
    action: Option<String>,
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

    let slug = action.unwrap_or_default();
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
        let path: String = url::form_urlencoded::byte_serialize(slug.as_bytes()).collect();
        format!("/sessions/{path}?{}", query.finish())
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
    let Some(action) = SessionAction::parse(&slug) else {
        crate::sessions::set_status(http::StatusCode::NOT_FOUND);
        view.problem = Some("There is no such session action. The actions are cancel, hold, close, transfer and start.".into());
        return Ok(view);
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

    if let Some(target_kind) = action.target() {
        match backend
            .rescue
            .get_hierarchy(&login.credentials, rescue::HierarchyQuery::default())
            .await
        {
            Ok(rescue::GetHierarchyOutcome::Ok(tree)) => {
                view.targets = target_choices(&crate::sessions::picker(&tree), target_kind);
            }
            Ok(rescue::GetHierarchyOutcome::NotLoggedIn) => {
                return crate::sessions::expired(&store, &here, Confirmation::sign_in_needed())
                    .await;
            }
            Ok(_) => {
                view.problem = Some(
                    "Rescue did not list its technicians and channels, so there is nothing to pick. Try again in a moment.".into(),
                );
                return Ok(view);
            }
            Err(err) => {
                view.problem = Some(crate::messages::transport(&err));
                return Ok(view);
            }
        }
    }

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

/// Asks Rescue to carry out `action` on `session`, once: a double submit shares the first
/// call, and nothing is ever retried (a retry could act twice, or cancel something newer).
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
) -> Result<ActionReport, ServerFnError> {
    use crate::auth::server::{
        backend, is_plain_form_post, require_login, session as dashboard_session, set_notice,
    };
    use crate::auth::{local_path, Notice};

    let back = local_path(back.as_deref()).to_owned();
    let backend = backend()?;
    let store = dashboard_session().await?;
    let Some(login) = require_login(&store, &backend, &back).await else {
        return Ok(ActionReport::sign_in_needed(&session));
    };
    let request = match Request::check(&action, &session, target.as_deref(), comment.as_deref()) {
        Ok(request) => request,
        Err(message) => {
            let message = format!("{message} Nothing was sent to Rescue.");
            // Without JavaScript an error answer would leave the browser on a bare error
            // page; it goes back to the list with the message instead.
            if is_plain_form_post().await {
                set_notice(
                    &store,
                    Notice {
                        ok: false,
                        message: message.clone(),
                    },
                )
                .await?;
                leptos_axum::redirect(&back);
                return Ok(ActionReport {
                    session: session.trim().parse().unwrap_or_default(),
                    code: INVALID_INPUT.into(),
                    ok: false,
                    message,
                });
            }
            crate::sessions::set_bad_request();
            return Err(ServerFnError::new(message));
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
        return crate::auth::server::to_sign_in(&back, ActionReport::sign_in_needed(&session));
    };
    let key = (browser, request.session.get(), request.action.method());
    let (report, _first) = backend
        .in_flight
        .run_once(key, attempt(&backend, &login, &request, &technician))
        .await;

    if report.code == EXPIRED {
        let shown = ActionReport {
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

/// A checked action request: everything Rescue will be sent.
#[cfg(feature = "ssr")]
#[derive(Debug)]
struct Request {
    action: SessionAction,
    session: rescue::SessionId,
    call: Call,
}

/// The Rescue call of a checked request, with what that method needs.
#[cfg(feature = "ssr")]
#[derive(Debug)]
enum Call {
    Cancel,
    Hold,
    Close,
    Start(rescue::NodeId),
    Transfer(rescue::NodeId, rescue::NodeRef, String),
}

#[cfg(feature = "ssr")]
impl Request {
    /// Checks a posted form; the error says which field is wrong.
    fn check(
        action: &str,
        session: &str,
        target: Option<&str>,
        comment: Option<&str>,
    ) -> Result<Self, String> {
        let action = SessionAction::parse(action).ok_or_else(|| {
            "There is no such session action (cancel, hold, close, transfer, start).".to_owned()
        })?;
        let session = session
            .trim()
            .parse::<rescue::SessionId>()
            .map_err(|e| format!("The session ID is not valid: {e}."))?;
        // Transfer and start name where the session goes, as `NODE:<id>` or `CHANNEL:<id>`.
        let target = |kind: TargetKind| -> Result<(rescue::NodeId, rescue::NodeRef), String> {
            let text = target.unwrap_or_default().trim();
            if text.is_empty() {
                return Err(match kind {
                    TargetKind::Technician => "Pick the technician who should start it.",
                    TargetKind::TechnicianOrChannel => {
                        "Pick the technician or channel to transfer to."
                    }
                }
                .into());
            }
            let (noderef, id) = text
                .split_once(':')
                .ok_or_else(|| format!("The target `{text}` is not a technician or channel."))?;
            let noderef = noderef
                .parse::<rescue::NodeRef>()
                .map_err(|_| format!("The target `{text}` is not a technician or channel."))?;
            if kind == TargetKind::Technician && noderef != rescue::NodeRef::Node {
                return Err("Only a technician can start a session, not a channel.".into());
            }
            let id = id
                .parse::<rescue::NodeId>()
                .map_err(|e| format!("The target is not valid: {e}."))?;
            Ok((id, noderef))
        };
        let call = match action {
            SessionAction::Cancel => Call::Cancel,
            SessionAction::Hold => Call::Hold,
            SessionAction::Close => Call::Close,
            SessionAction::Start => Call::Start(target(TargetKind::Technician)?.0),
            SessionAction::Transfer => {
                let (id, noderef) = target(TargetKind::TechnicianOrChannel)?;
                Call::Transfer(id, noderef, check_comment(comment.unwrap_or_default())?)
            }
        };
        Ok(Request {
            action,
            session,
            call,
        })
    }
}

/// The report code of an action refused because the Rescue login had expired; the caller
/// sends the admin to sign in again.
#[cfg(feature = "ssr")]
const EXPIRED: &str = "EXPIRED";

/// A Rescue answer reduced to what the message and the audit log need.
#[cfg(feature = "ssr")]
type Answer = Result<(String, bool), rescue::Error>;

/// Makes the Rescue call of `request`: its code, and whether the method documents that code.
#[cfg(feature = "ssr")]
async fn call(
    backend: &crate::backend::Backend,
    credentials: &rescue::Credentials,
    request: &Request,
) -> Answer {
    // Each method's outcome enum keeps its documented codes; the message needs only the code
    // and whether it was documented for that method.
    macro_rules! answer {
        ($outcome:expr) => {
            $outcome.map(|o| (o.code().to_owned(), o.is_documented()))
        };
    }
    let (session, rescue) = (request.session, &backend.rescue);
    match &request.call {
        Call::Cancel => answer!(rescue.cancel_action(credentials, session).await),
        Call::Hold => answer!(rescue.hold_session(credentials, session).await),
        Call::Close => answer!(rescue.close_session(credentials, session).await),
        Call::Start(technician) => {
            answer!(
                rescue
                    .start_session(credentials, session, *technician)
                    .await
            )
        }
        Call::Transfer(node, noderef, comment) => answer!(
            rescue
                .transfer_session(credentials, session, *node, *noderef, Some(comment))
                .await
        ),
    }
}

/// One action: the Rescue call, the meaning of its answer, and the audit record.
#[cfg(feature = "ssr")]
async fn attempt(
    backend: &crate::backend::Backend,
    login: &crate::auth::server::RescueLogin,
    request: &Request,
    technician: &str,
) -> ActionReport {
    let started = std::time::Instant::now();
    let at = chrono::Utc::now();
    let answer = call(backend, &login.credentials, request).await;
    let latency_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    let session = request.session.get();
    let action = request.action;
    let mut expired = false;
    let (code, ok, mut message) = match &answer {
        Ok((code, documented)) => {
            if code == "NOTLOGGEDINASADMIN" {
                // Rescue answers NOTLOGGEDINASADMIN both to an expired login and to a
                // technician. A read tells them apart: it answers NOTLOGGEDIN only when the
                // login expired.
                let probe = backend
                    .rescue
                    .get_hierarchy(&login.credentials, rescue::HierarchyQuery::default())
                    .await;
                expired = matches!(probe, Ok(rescue::GetHierarchyOutcome::NotLoggedIn));
            }
            (
                code.clone(),
                code == "OK",
                crate::messages::action(action, code, *documented, session, technician),
            )
        }
        Err(err) => {
            tracing::warn!(
                session,
                method = action.method(),
                "session action failed: {err}"
            );
            (
                err.code(),
                false,
                crate::messages::action_transport(action, err, session),
            )
        }
    };
    let record = crate::backend::AuditRecord {
        at,
        admin_email: login.email.clone(),
        action: action.method().into(),
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
    ActionReport {
        session,
        // The audit log keeps what Rescue said; the caller only needs to know it expired.
        code: if expired { EXPIRED.into() } else { code },
        ok,
        message,
    }
}
