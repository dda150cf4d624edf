//! The sessions list: which node to show, the rows, and the node picker, loaded for the signed-in
//! admin with their own Rescue login.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Badge kind of a row's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Badge {
    /// Waiting to be picked up.
    Waiting,
    /// In progress.
    Live,
    /// On hold.
    OnHold,
    /// Ended.
    Finished,
    /// A status text this dashboard does not know (localized or new): shown as sent.
    Unknown,
}

/// One table row: one technician of one session. It travels to the browser as a [`RowWire`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "RowWire", from = "RowWire")]
pub struct Row {
    /// Session ID.
    pub id: u32,
    /// Status exactly as Rescue sent it.
    pub status: String,
    /// Badge for the status.
    pub badge: Badge,
    /// Technician ID (0 while waiting in a channel queue).
    pub technician_id: u32,
    /// Technician name.
    pub technician: String,
    /// Channel name.
    pub channel: String,
    /// Start time as Rescue sent it.
    pub start_time: String,
    /// Start time as a number (seconds since 1970, 0 when unreadable), for sorting.
    pub started_at: i64,
    /// Time since the last status change in seconds, for sorting (`None`: Rescue gave none).
    pub waiting_secs: Option<u64>,
    /// When the status last changed (seconds since 1970 by the server's clock; 0 unknown).
    /// Unlike the waiting time it stays put between refreshes, so a refresh re-renders only
    /// the rows that really changed, and the browser works the waiting time out from it.
    pub changed_at: i64,
    /// Custom field 0, the customer.
    pub customer: String,
    /// Custom fields 1–5, joined, for the text search.
    pub custom_text: String,
    /// Customer language.
    pub language: String,
    /// Transfer target and comment, joined.
    pub transfer: String,
    /// Whether this row's technician leads the session.
    pub lead: bool,
    /// The action this admin requested on the session that is still pending.
    pub pending: Option<crate::pending::PendingMark>,
}

/// A row as it travels to the browser, in the island's props and in every refresh answer:
/// the fields the browser shows, as an array in this order (id, status, badge, technician id,
/// technician, channel, start time, status changed at, customer, language, transfer, lead,
/// pending action).
///
/// Why an array: with field names a thousand-row list spent most of its bytes on names, and
/// the island's props are escaped into an attribute, where each quote takes six. The sort and
/// search fields stay on the server, which sorts and filters; the waiting time is worded from
/// `changed_at` on both sides.
#[derive(Serialize, Deserialize)]
struct RowWire(
    u32,
    String,
    Badge,
    u32,
    String,
    String,
    String,
    i64,
    String,
    String,
    String,
    bool,
    Option<crate::pending::PendingMark>,
);

impl From<Row> for RowWire {
    fn from(row: Row) -> Self {
        RowWire(
            row.id,
            row.status,
            row.badge,
            row.technician_id,
            row.technician,
            row.channel,
            row.start_time,
            row.changed_at,
            row.customer,
            row.language,
            row.transfer,
            row.lead,
            row.pending,
        )
    }
}

impl From<RowWire> for Row {
    fn from(wire: RowWire) -> Self {
        let RowWire(
            id,
            status,
            badge,
            technician_id,
            technician,
            channel,
            start_time,
            changed_at,
            customer,
            language,
            transfer,
            lead,
            pending,
        ) = wire;
        Row {
            id,
            status,
            badge,
            technician_id,
            technician,
            channel,
            start_time,
            started_at: 0,
            waiting_secs: None,
            changed_at,
            customer,
            custom_text: String::new(),
            language,
            transfer,
            lead,
            pending,
        }
    }
}

/// A node the admin can list sessions of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PickerEntry {
    /// Node ID.
    pub id: u32,
    /// `NODE` or `CHANNEL`.
    pub noderef: String,
    /// Name, indented by depth for groups and technicians.
    pub name: String,
    /// "group", "technician" or "channel".
    pub kind: String,
    /// Presence of technicians (Online, Busy, Away, Offline).
    pub status: String,
    /// Nesting depth under the technicians root.
    pub depth: u8,
}

/// Everything the sessions page shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionsView {
    /// The admin's e-mail.
    pub email: String,
    /// The node shown.
    pub node: u32,
    /// Its kind, `NODE` or `CHANNEL`.
    pub noderef: String,
    /// Its name.
    pub node_name: String,
    /// Nodes to pick from.
    pub picker: Vec<PickerEntry>,
    /// The rows.
    pub rows: Vec<Row>,
    /// Rows Rescue sent that could not be read.
    pub malformed: usize,
    /// Why the list could not be loaded, in words (the page still renders).
    pub problem: Option<String>,
    /// The result of an action posted without JavaScript, shown once.
    pub notice: Option<crate::auth::Notice>,
    /// No usable Rescue login: the browser is being sent to sign in.
    pub sign_in_needed: bool,
    /// The list options in force (checked), echoed into the filter form.
    pub list: crate::list_filter::ListQuery,
    /// The narrowing options as an address query, for sort links that keep them.
    pub list_query: String,
    /// Rows Rescue listed before the filters.
    pub total: usize,
    /// Values the filter drop-downs offer: statuses, technicians, channels in the list.
    pub choices: (Vec<String>, Vec<String>, Vec<String>),
    /// Seconds between automatic reloads of the list (0: only on request).
    pub refresh_secs: u32,
    /// When the list was read (seconds since 1970 by the server's clock).
    pub now: i64,
}

impl SessionsView {
    /// The placeholder answered while the browser is sent to sign in.
    pub fn sign_in_needed() -> Self {
        SessionsView {
            sign_in_needed: true,
            ..Default::default()
        }
    }
}

/// A waiting time as the table shows it: "45 s", then whole minutes ("4 min"), then "1 h 11 min".
/// Past the first minute it changes once a minute, so a thousand ticking rows cost the browser
/// a few updates a second rather than a thousand.
pub fn waiting_words(seconds: u64) -> String {
    match seconds {
        s if s < 60 => format!("{s} s"),
        s if s < 3600 => format!("{} min", s / 60),
        s => human_duration(s),
    }
}

/// Seconds as "45 s", "4 min 27 s", "1 h 11 min".
pub fn human_duration(seconds: u64) -> String {
    match seconds {
        s if s < 60 => format!("{s} s"),
        s if s < 3600 => format!("{} min {} s", s / 60, s % 60),
        s => format!("{} h {} min", s / 3600, s % 3600 / 60),
    }
}

#[cfg(feature = "ssr")]
pub(crate) use server::{picker, problem, rows};

#[cfg(feature = "ssr")]
pub(crate) mod server {
    //! Rescue's lists and tree, turned into what the page shows.
    use rescue::{
        GetHierarchyOutcome, GetSessionsOutcome, Hierarchy, NodeId, NodeRef, NodeType, Phase,
        SessionList,
    };

    use super::*;

    pub fn rows(list: &SessionList) -> Vec<Row> {
        list.rows
            .iter()
            .map(|r| Row {
                id: r.id.get(),
                status: r.status_text.clone(),
                badge: match r.status.map(|s| s.phase()) {
                    Some(Phase::Waiting) => Badge::Waiting,
                    Some(Phase::Live) => Badge::Live,
                    Some(Phase::OnHold) => Badge::OnHold,
                    Some(Phase::Finished) => Badge::Finished,
                    None => Badge::Unknown,
                },
                technician_id: r.technician_id.map_or(0, |t| t.get()),
                technician: r.technician.clone(),
                channel: r.channel.clone(),
                start_time: r.start_time_text.clone(),
                started_at: r.start_time.map_or(0, |t| t.and_utc().timestamp()),
                waiting_secs: r.waiting_secs,
                changed_at: 0,
                customer: r.custom_fields[0].clone(),
                custom_text: r.custom_fields[1..].join(" "),
                language: r.language.clone(),
                transfer: [r.transferred_to.as_str(), r.transferred_comment.as_str()]
                    .iter()
                    .filter(|t| !t.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" — "),
                // Queue rows carry the flag too, but "lead" only means something with a technician.
                lead: r.is_lead && r.technician_id.is_some(),
                pending: None,
            })
            .collect()
    }

    /// Groups, technicians and channels, in tree order.
    pub fn picker(tree: &Hierarchy) -> Vec<PickerEntry> {
        let mut entries = Vec::new();
        let roots: Vec<_> = tree
            .nodes
            .iter()
            .filter(|n| n.node_type == NodeType::Technicians)
            .collect();
        fn walk(tree: &Hierarchy, id: NodeId, depth: u8, out: &mut Vec<PickerEntry>) {
            for child in tree.children(id) {
                let kind = match child.node_type {
                    NodeType::TechnicianGroup => "group",
                    NodeType::Technician => "technician",
                    _ => continue,
                };
                out.push(PickerEntry {
                    id: child.id.get(),
                    noderef: "NODE".into(),
                    name: child.name.clone(),
                    kind: kind.into(),
                    // Rescue reports groups as Offline; presence only means something for people.
                    status: match (&child.node_type, &child.status) {
                        (NodeType::TechnicianGroup, _) => String::new(),
                        (_, rescue::NodeStatus::Other(s)) => s.clone(),
                        (_, s) => format!("{s:?}"),
                    },
                    depth,
                });
                walk(tree, child.id, depth.saturating_add(1), out);
            }
        }
        for root in roots {
            walk(tree, root.id, 0, &mut entries);
        }
        entries.extend(
            tree.nodes
                .iter()
                .filter(|n| n.node_type == NodeType::Channel)
                .map(|c| PickerEntry {
                    id: c.id.get(),
                    noderef: "CHANNEL".into(),
                    name: c.name.clone(),
                    kind: "channel".into(),
                    status: String::new(),
                    depth: 0,
                }),
        );
        entries
    }

    /// The node to show when none is asked for: the technicians' root (every technician), else
    /// the first group or technician.
    pub fn default_node(tree: &Hierarchy) -> Option<(NodeId, String)> {
        [
            NodeType::Technicians,
            NodeType::TechnicianGroup,
            NodeType::Technician,
        ]
        .iter()
        .find_map(|kind| tree.nodes.iter().find(|n| &n.node_type == kind))
        .map(|n| (n.id, n.name.clone()))
    }

    pub use rescue::GetSessionsOutcome as Sessions;

    /// The sentence for a failed list.
    pub fn problem(outcome: &GetSessionsOutcome) -> String {
        match outcome {
            GetSessionsOutcome::Ok(_) => String::new(),
            GetSessionsOutcome::InvalidNode => {
                "Rescue does not know this technician, group or channel.".into()
            }
            GetSessionsOutcome::UserDeletedOrDisabled => {
                "Your Rescue user has been deleted or disabled.".into()
            }
            GetSessionsOutcome::InvalidSecretAuthCode => {
                "Rescue no longer accepts your API token or authcode.".into()
            }
            GetSessionsOutcome::NotLoggedIn => "Your Rescue sign-in has expired.".into(),
            GetSessionsOutcome::Error => {
                "Rescue reported an error while listing sessions. Try again.".into()
            }
            GetSessionsOutcome::Undocumented(code) => format!(
                "Rescue refused the list with a reason this dashboard does not know ({code})."
            ),
        }
    }

    pub fn hierarchy_ok(outcome: GetHierarchyOutcome) -> Option<Hierarchy> {
        match outcome {
            GetHierarchyOutcome::Ok(tree) => Some(tree),
            _ => None,
        }
    }

    pub fn node_ref(text: &str) -> Option<NodeRef> {
        text.parse().ok()
    }
}

/// Loads the sessions page for `node` / `noderef` (strings as they came in the URL).
#[server(output = crate::json_text::JsonText)]
pub async fn load_sessions(
    /// Node ID from the URL, if any.
    node: Option<String>,
    /// `NODE` or `CHANNEL` from the URL, if any.
    noderef: Option<String>,
    /// Filters, search and sort from the URL. Defaulted: with every option blank the client
    /// sends no `list` field at all.
    #[server(default)]
    list: crate::list_filter::ListQuery,
) -> Result<SessionsView, ServerFnError> {
    use crate::auth::server::{backend, require_login, session, take_notice};
    use server::*;

    let here = {
        let mut path = "/sessions".to_owned();
        if let (Some(n), Some(r)) = (&node, &noderef) {
            path.push_str(&format!("?node={}&noderef={}", n.trim(), r.trim()));
        } else if let Some(n) = &node {
            path.push_str(&format!("?node={}", n.trim()));
        }
        path
    };
    let backend = backend()?;
    let session = session().await?;
    let Some(login) = require_login(&session, &backend, &here).await else {
        return Ok(SessionsView::sign_in_needed());
    };
    let mut view = SessionsView {
        email: login.email.clone(),
        notice: take_notice(&session).await,
        refresh_secs: backend.refresh_secs,
        ..Default::default()
    };

    // Bad input: a clear 400 and nothing sent to Rescue.
    let requested = match (&node, &noderef) {
        (None, _) => None,
        (Some(n), r) => {
            let id = n.parse::<rescue::NodeId>();
            let kind = r.as_deref().map_or(Some(rescue::NodeRef::Node), node_ref);
            match (id, kind) {
                (Ok(id), Some(kind)) => Some((id, kind)),
                (Err(e), _) => {
                    return bad_request(view, format!("The node in the address is not valid: {e}."))
                }
                (_, None) => return bad_request(view, "noderef must be NODE or CHANNEL.".into()),
            }
        }
    };
    let list = match list.check() {
        Ok(list) => list,
        Err(message) => return bad_request(view, message),
    };

    // Keyed by dashboard session: one browser's concurrent refreshes of one view (tabs, a
    // held F5, the timer) share one read; other browsers never share this one's login.
    let Some(browser) = session.id().map(|id| id.to_string()) else {
        return crate::auth::server::to_sign_in(&here, SessionsView::sign_in_needed());
    };
    let key = (
        browser,
        requested.map_or(0, |(id, _)| id.get()),
        requested.map_or("", |(_, kind)| kind.as_str()),
    );
    let fetched = {
        let (rescue, credentials) = (backend.rescue.clone(), login.credentials.clone());
        backend
            .lists
            .run(key, move || Box::pin(fetch(rescue, credentials, requested)))
            .await
    };
    let tree = match &fetched.tree {
        Ok(rescue::GetHierarchyOutcome::NotLoggedIn) => {
            return expired(&session, &here, SessionsView::sign_in_needed()).await
        }
        Ok(rescue::GetHierarchyOutcome::Ok(tree)) => Some(tree),
        Ok(_) => None,
        Err(err) => {
            view.problem = Some(crate::messages::transport(err));
            return Ok(view);
        }
    };
    if let Some(tree) = tree {
        view.picker = picker(tree);
    }
    let Some((id, kind)) = fetched.shown else {
        view.problem = Some("Your Rescue account has no technicians or channels to list.".into());
        return Ok(view);
    };
    view.node = id.get();
    view.noderef = kind.as_str().to_owned();
    view.node_name = tree
        .and_then(|t| t.node(id))
        .map_or_else(|| format!("Node {id}"), |n| n.name.clone());

    view.list_query = list.filter_query();
    view.list = list.clone();
    match &fetched.sessions {
        Some(Ok(Sessions::Ok(listed))) => {
            let mut all = rows(listed);
            let now = chrono::Utc::now().timestamp();
            view.now = now;
            for row in &mut all {
                if let Some(secs) = row.waiting_secs {
                    row.changed_at = now - i64::try_from(secs).unwrap_or(i64::MAX);
                }
            }
            mark_pending(&backend, &login.email, &mut all).await;
            view.malformed = listed.malformed.len();
            view.total = all.len();
            let distinct = |pick: fn(&Row) -> &String| {
                let mut values: Vec<String> = all
                    .iter()
                    .map(pick)
                    .filter(|v| !v.is_empty())
                    .cloned()
                    .collect();
                values.sort();
                values.dedup();
                values
            };
            view.choices = (
                distinct(|r| &r.status),
                distinct(|r| &r.technician),
                distinct(|r| &r.channel),
            );
            view.rows = list.apply(all);
        }
        Some(Ok(Sessions::NotLoggedIn)) => {
            return expired(&session, &here, SessionsView::sign_in_needed()).await
        }
        Some(Ok(outcome)) => view.problem = Some(problem(outcome)),
        Some(Err(err)) => view.problem = Some(crate::messages::transport(err)),
        None => {}
    }
    Ok(view)
}

/// What one read of a sessions view brought back from Rescue.
#[cfg(feature = "ssr")]
#[derive(Debug)]
pub struct Fetched {
    /// The hierarchy (picker, node names, default node).
    pub tree: Result<rescue::GetHierarchyOutcome, rescue::Error>,
    /// The node shown: the one asked for, else the default.
    pub shown: Option<(rescue::NodeId, rescue::NodeRef)>,
    /// Its sessions (`None` when there was no node to list).
    pub sessions: Option<Result<rescue::GetSessionsOutcome, rescue::Error>>,
}

/// Reads the hierarchy, then the sessions of `requested` (or of the default node).
#[cfg(feature = "ssr")]
async fn fetch(
    rescue: rescue::Client,
    credentials: rescue::Credentials,
    requested: Option<(rescue::NodeId, rescue::NodeRef)>,
) -> std::sync::Arc<Fetched> {
    let tree = rescue
        .get_hierarchy(&credentials, rescue::HierarchyQuery::default())
        .await;
    let expired = matches!(tree, Ok(rescue::GetHierarchyOutcome::NotLoggedIn));
    let shown = requested.or_else(|| match &tree {
        Ok(rescue::GetHierarchyOutcome::Ok(t)) => {
            server::default_node(t).map(|(id, _)| (id, rescue::NodeRef::Node))
        }
        _ => None,
    });
    let sessions = match shown {
        Some((id, kind)) if tree.is_ok() && !expired => {
            Some(rescue.get_sessions(&credentials, id, kind).await)
        }
        _ => None,
    };
    std::sync::Arc::new(Fetched {
        tree,
        shown,
        sessions,
    })
}

/// Marks the rows that still await an action this admin requested from the dashboard. The
/// list is worth more than the marks: an audit log that cannot be read costs only the marks.
#[cfg(feature = "ssr")]
async fn mark_pending(backend: &crate::backend::Backend, admin: &str, rows: &mut [Row]) {
    let now = chrono::Utc::now();
    let since = now - chrono::Duration::hours(crate::pending::LOOKBACK_HOURS);
    match backend.audit.requests_of(admin, since).await {
        Ok(requested) => crate::pending::mark(rows, &requested, now),
        Err(err) => tracing::error!("audit log read for pending marks failed: {err}"),
    }
}

/// A 400 answer that still renders the page with the reason.
#[cfg(feature = "ssr")]
fn bad_request(mut view: SessionsView, message: String) -> Result<SessionsView, ServerFnError> {
    set_bad_request();
    view.problem = Some(message);
    Ok(view)
}

/// Marks this response 400 (bad input; nothing was sent to Rescue).
#[cfg(feature = "ssr")]
pub(crate) fn set_bad_request() {
    set_status(http::StatusCode::BAD_REQUEST);
}

/// Sets this response's HTTP status (a page or a server function's answer). Outside a request
/// (unit tests rendering a view) there is no response to mark, and nothing happens.
#[cfg(feature = "ssr")]
pub(crate) fn set_status(status: http::StatusCode) {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(status);
    }
}

/// The Rescue login expired: forget it and send the admin to sign in, then back to `here`,
/// answering with `shown` meanwhile (see `to_sign_in` for why that is a success).
#[cfg(feature = "ssr")]
pub(crate) async fn expired<T>(
    session: &tower_sessions::Session,
    here: &str,
    shown: T,
) -> Result<T, ServerFnError> {
    use crate::auth::server::{forget, set_flash, to_sign_in};
    forget(session).await?;
    set_flash(
        session,
        crate::auth::Flash {
            message: "Your Rescue sign-in expired after 20 idle minutes. Sign in again to continue where you were.".into(),
            email: String::new(),
        },
    )
    .await?;
    to_sign_in(here, shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_like_words() {
        assert_eq!(human_duration(13), "13 s");
        assert_eq!(human_duration(267), "4 min 27 s");
        assert_eq!(human_duration(4267), "1 h 11 min");
        assert_eq!(waiting_words(59), "59 s");
        assert_eq!(waiting_words(267), "4 min");
        assert_eq!(waiting_words(4267), "1 h 11 min");
    }
}
