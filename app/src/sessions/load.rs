//! Reading a sessions list for the signed-in admin with their own Rescue login: the node
//! asked for (or the default one), its rows narrowed and ordered as the address says, the
//! picker, and the marks of actions still pending.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::core::{Notice, Page};
use crate::error::Error;
use crate::sessions::filter::ListQuery;
use crate::shared::address::NodeAddress;
use crate::shared::row::{PickerEntry, Row};

/// Everything the sessions page shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionsView {
    /// The admin's e-mail.
    pub email: String,
    /// The node shown (id 0 while none could be chosen).
    pub node: NodeAddress,
    /// Its name.
    pub node_name: String,
    /// Nodes to pick from.
    pub picker: Vec<PickerEntry>,
    /// The rows.
    pub rows: Vec<Row>,
    /// Rows Rescue sent that could not be read.
    pub malformed: usize,
    /// Why the list could not be loaded (the page still renders).
    pub problem: Option<Error>,
    /// The result of an action posted without JavaScript, shown once.
    pub notice: Option<Notice>,
    /// The list options in force (checked), echoed into the filter form.
    pub list: ListQuery,
    /// The narrowing options as an address query, for links that keep them.
    pub list_query: String,
    /// Rows Rescue listed before the filters.
    pub total: usize,
    /// Values the filter drop-downs offer: statuses, technicians, channels in the list.
    pub choices: ListChoices,
    /// Seconds between automatic reloads of the list (0: only on request).
    pub refresh_secs: u32,
    /// Waiting sessions past this many seconds are alerted (0: never).
    pub wait_alert_secs: u32,
    /// When the list was read (seconds since 1970 by the server's clock).
    pub now: i64,
    /// The one-time token of the page's action dialog (see `crate::receipts`), new with
    /// every read of the list.
    pub confirm_token: String,
    /// The words `public/bulk.js` puts on the bulk buttons, in the page's language: made by
    /// the server, so the browser's bundle goes without their writer.
    pub bulk_words: BulkWords,
}

/// The bulk form's words for a count (`data-*`): for the count of selected rows and for each
/// of Cancel action, Hold and Close, a template per CLDR plural category (JSON).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkWords {
    /// "3 sessions selected".
    pub selected: String,
    /// "Cancel action on 3 sessions".
    pub cancel: String,
    /// "Hold 3 sessions".
    pub hold: String,
    /// "Close 3 sessions".
    pub close: String,
}

impl BulkWords {
    /// The words of the request's language.
    #[cfg(feature = "ssr")]
    pub fn of_request() -> Self {
        use crate::words::{count_templates, Arg};
        let label =
            |action| count_templates("bulk-label", "count", &[("action", Arg::Text(action))]);
        BulkWords {
            selected: count_templates("bulk-selected", "count", &[]),
            cancel: label("cancel"),
            hold: label("hold"),
            close: label("close"),
        }
    }
}

/// The last list loaded, as the page shows it.
pub type Loaded = Page<SessionsView>;

/// The values the filter drop-downs offer: those the list holds, each once, sorted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListChoices {
    /// Statuses.
    pub statuses: Vec<String>,
    /// Technicians.
    pub technicians: Vec<String>,
    /// Channels.
    pub channels: Vec<String>,
}

impl SessionsView {
    /// How many customers listed wait past the alert by `clock`.
    pub fn overdue_count(&self, clock: i64) -> usize {
        self.rows
            .iter()
            .filter(|row| crate::shared::row::overdue(row, clock, self.wait_alert_secs))
            .count()
    }
}

/// Loads the sessions page for `node` / `noderef` (strings as they came in the URL).
#[server(output = crate::shared::json_text::JsonText)]
pub async fn load_sessions(
    /// Node ID from the URL, if any.
    node: Option<String>,
    /// `NODE` or `CHANNEL` from the URL, if any.
    noderef: Option<String>,
    /// Filters, search and sort from the URL. Defaulted: with every option blank the client
    /// sends no `list` field at all.
    #[server(default)]
    list: ListQuery,
    /// The open page refreshing itself: not the admin's activity (an abandoned tab must not
    /// stay signed in forever).
    #[server(default)]
    auto: bool,
) -> Result<Page<SessionsView>, Error> {
    use crate::core::cx::to_sign_in;
    use crate::core::login::{take_notice, Activity};
    use crate::core::Cx;
    use crate::shared::address::sessions_url;
    use ssr::*;

    let requested = NodeAddress::parse(node.as_deref(), noderef.as_deref());
    let here = sessions_url(requested.clone().ok().flatten(), "", None);
    let activity = if auto {
        Activity::Automatic
    } else {
        Activity::User
    };
    let cx = match Cx::signed_in_as(&here, activity).await {
        Ok(cx) => cx,
        Err(answer) => return answer,
    };
    let (services, login, session) = (&cx.services, &cx.login, &cx.dashboard);
    let mut view = SessionsView {
        email: login.email.clone(),
        notice: take_notice(session).await,
        confirm_token: crate::receipts::issue(services.seal.as_ref()),
        refresh_secs: services.refresh_secs,
        wait_alert_secs: services.wait_alert_secs,
        bulk_words: BulkWords::of_request(),
        ..Default::default()
    };
    // Bad input: a clear 400 and nothing sent to Rescue.
    let checked = requested
        .map_err(Error::from)
        .and_then(|node| Ok((node, list.check()?)));
    let (requested, list) = match checked {
        Ok(checked) => checked,
        Err(refusal) => {
            view.problem = Some(refusal.answered());
            return Ok(Page::Ready(view));
        }
    };
    // Keyed by dashboard session: one browser's concurrent refreshes of one view (tabs, a
    // held F5, the timer) share one read; other browsers never share this one's login.
    let Some(browser) = session.id().map(|id| id.to_string()) else {
        return Ok(to_sign_in(&here));
    };
    let lists: std::sync::Arc<crate::sessions::Lists> = cx.state("the list reads")?;
    let fetched = {
        let (rescue, credentials) = (services.rescue.clone(), login.credentials.clone());
        lists
            .run((browser, requested), move || {
                Box::pin(fetch(rescue, credentials, requested))
            })
            .await
    };
    let tree = match &fetched.tree {
        Ok(rescue::GetHierarchyOutcome::NotLoggedIn) => return cx.expired().await,
        Ok(rescue::GetHierarchyOutcome::Ok(tree)) => Some(tree),
        Ok(_) => None,
        Err(err) => {
            view.problem = Some(Error::Upstream(crate::words::transport(err)));
            return Ok(Page::Ready(view));
        }
    };
    if let Some(tree) = tree {
        view.picker = crate::shared::from_rescue::picker(tree);
    }
    let Some(shown) = fetched.shown else {
        view.problem = Some(Error::NotFound(crate::words::nothing_to_list()));
        return Ok(Page::Ready(view));
    };
    view.node = shown;
    view.node_name = crate::shared::from_rescue::node_name(tree, shown);
    view.list_query = list.filter_query();
    view.list = list.clone();
    match &fetched.sessions {
        Some(Ok(rescue::GetSessionsOutcome::Ok(listed))) => {
            use crate::sessions::stream::hub::{Snapshot, WatchKey};
            let now = chrono::Utc::now().timestamp();
            let all = rows_at(listed, now);
            view.malformed = listed.malformed.len();
            // The page's stream starts from this read (the very rows the page shows) instead
            // of making another.
            if let Ok(hub) = cx.state::<std::sync::Arc<crate::sessions::stream::Hub>>("live lists")
            {
                let read = Snapshot::of(all.clone(), view.malformed, now);
                hub.seed(WatchKey::new(&login.email, shown), read);
            }
            shape(&mut view, all, &list, services, &login.email).await;
        }
        Some(Ok(rescue::GetSessionsOutcome::NotLoggedIn)) => return cx.expired().await,
        Some(Ok(outcome)) => {
            view.problem = Some(Error::Upstream(crate::words::list_refused(outcome)))
        }
        Some(Err(err)) => view.problem = Some(Error::Upstream(crate::words::transport(err))),
        None => {}
    }
    Ok(Page::Ready(view))
}

/// Concurrent reads of one view by one browser, sharing one Rescue read.
#[cfg(feature = "ssr")]
pub type Lists = crate::once::Coalesce<ListKey, std::sync::Arc<Fetched>>;

/// What identifies one list read: which browser (dashboard session) reads which node.
#[cfg(feature = "ssr")]
pub type ListKey = (String, Option<NodeAddress>);

/// What one read of a sessions view brought back from Rescue.
#[cfg(feature = "ssr")]
#[derive(Debug)]
pub struct Fetched {
    /// The hierarchy (picker, node names, default node).
    pub tree: Result<rescue::GetHierarchyOutcome, rescue::Error>,
    /// The node shown: the one asked for, else the default.
    pub shown: Option<NodeAddress>,
    /// Its sessions (`None` when there was no node to list).
    pub sessions: Option<Result<rescue::GetSessionsOutcome, rescue::Error>>,
}

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use std::sync::Arc;

    use super::{Fetched, ListChoices, SessionsView};
    use crate::core::services::Services;
    use crate::sessions::filter::ListQuery;
    use crate::shared::address::NodeAddress;
    use crate::shared::row::Row;

    /// Reads the hierarchy, then the sessions of `requested` (or of the default node).
    pub async fn fetch(
        rescue: rescue::Client,
        credentials: rescue::Credentials,
        requested: Option<NodeAddress>,
    ) -> Arc<Fetched> {
        let tree = rescue
            .get_hierarchy(&credentials, rescue::HierarchyQuery::default())
            .await;
        let expired = matches!(tree, Ok(rescue::GetHierarchyOutcome::NotLoggedIn));
        let shown = requested.or_else(|| match &tree {
            Ok(rescue::GetHierarchyOutcome::Ok(t)) => crate::shared::from_rescue::default_node(t),
            _ => None,
        });
        let sessions = match shown.and_then(NodeAddress::to_rescue) {
            Some((id, kind)) if tree.is_ok() && !expired => {
                Some(rescue.get_sessions(&credentials, id, kind).await)
            }
            _ => None,
        };
        Arc::new(Fetched {
            tree,
            shown,
            sessions,
        })
    }

    /// The values the filter drop-downs offer: statuses, technicians, channels in the list.
    pub fn choices(rows: &[Row]) -> ListChoices {
        let distinct = |pick: fn(&Row) -> &String| {
            let mut values: Vec<String> = rows
                .iter()
                .map(pick)
                .filter(|v| !v.is_empty())
                .cloned()
                .collect();
            values.sort();
            values.dedup();
            values
        };
        ListChoices {
            statuses: distinct(|r| &r.status),
            technicians: distinct(|r| &r.technician),
            channels: distinct(|r| &r.channel),
        }
    }

    /// The rows of `listed` as read at `now` (seconds since 1970): each knows when its
    /// status changed, by this server's clock.
    pub fn rows_at(listed: &rescue::SessionList, now: i64) -> Vec<Row> {
        let mut all = crate::shared::from_rescue::rows(listed);
        for row in &mut all {
            if let Some(secs) = row.waiting_secs {
                row.changed_at = now - i64::try_from(secs).unwrap_or(i64::MAX);
            }
        }
        all
    }

    /// Fills `view` with `all` (every row Rescue listed) as `list` narrows and orders them,
    /// marked for `admin`, and the filters' choices.
    pub async fn shape(
        view: &mut SessionsView,
        mut all: Vec<Row>,
        list: &ListQuery,
        services: &Services,
        admin: &str,
    ) {
        let now = chrono::Utc::now();
        mark_pending(services, admin, &mut all, now).await;
        view.now = now.timestamp();
        view.total = all.len();
        view.choices = choices(&all);
        view.rows = list.apply(all);
        mark_recorded(services, &mut view.rows).await;
        if list.sort().is_none() {
            overdue_first(&mut view.rows, view.now, view.wait_alert_secs);
        }
    }

    /// Puts the customers waiting too long first, the longest wait first; the other rows keep
    /// Rescue's order. Only when the admin chose no order: a chosen one is kept as chosen.
    pub fn overdue_first(rows: &mut [Row], now: i64, alert_secs: u32) {
        rows.sort_by_key(|row| {
            if crate::shared::row::overdue(row, now, alert_secs) {
                (false, row.changed_at)
            } else {
                (true, 0)
            }
        });
    }

    /// Marks the rows whose session the dashboard keeps a record of (Rescue posted it). Like
    /// the pending marks, the list is worth more than the links.
    pub async fn mark_recorded(services: &Services, rows: &mut [Row]) {
        let mut sessions: Vec<i64> = rows.iter().map(|r| i64::from(r.id)).collect();
        sessions.sort_unstable();
        sessions.dedup();
        match services.audit.sessions_on_record(&sessions).await {
            Ok(found) => {
                let found: std::collections::HashSet<i64> = found.into_iter().collect();
                for row in rows {
                    row.recorded = found.contains(&i64::from(row.id));
                }
            }
            Err(err) => tracing::error!("audit log read for session records failed: {err}"),
        }
    }

    /// Marks the rows that still await an action this admin requested from the dashboard. The
    /// list is worth more than the marks: an audit log that cannot be read costs only the marks.
    pub async fn mark_pending(
        services: &Services,
        admin: &str,
        rows: &mut [Row],
        now: chrono::DateTime<chrono::Utc>,
    ) {
        let since = now - chrono::Duration::hours(crate::sessions::pending::LOOKBACK_HOURS);
        match services.audit.requests_of(admin, since).await {
            Ok(requested) => crate::sessions::pending::mark(rows, &requested, now),
            Err(err) => tracing::error!("audit log read for pending marks failed: {err}"),
        }
    }
}
