//! Rescue's session report for a node and a date range (getReport_v2), with a summary a lead
//! reads first. Rescue keeps report settings per login and allows one report per 60 seconds,
//! so requests are serialised per Rescue login ([`desk`]), results are cached, and a request
//! that would break the rule is told when it can be made instead of failing.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::core::Page;
use crate::error::Error;
use crate::shared::address::NodeAddress;
use crate::shared::row::PickerEntry;

#[cfg(feature = "ssr")]
pub mod csv;
#[cfg(feature = "ssr")]
pub mod desk;
mod page;
#[cfg(feature = "ssr")]
mod shared_lane;
pub mod summary;

pub use page::ReportsPage;
use summary::ReportSummary;

/// What a report covers: one technician, group or channel, or the whole account (Rescue's
/// node `-2`, rescue-api.md §5.2), which the address spells `node=account`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReportScope {
    /// A node of the hierarchy (id 0 before one is chosen).
    Node(NodeAddress),
    /// Every session of the account.
    Account,
}

impl Default for ReportScope {
    fn default() -> Self {
        ReportScope::Node(NodeAddress::default())
    }
}

impl ReportScope {
    /// The address's word for the whole account.
    pub const ACCOUNT: &'static str = "account";

    /// `node=…` (and `noderef=…`) for addresses.
    pub fn query(self) -> String {
        match self {
            ReportScope::Node(node) => node.query(),
            ReportScope::Account => format!("node={}", Self::ACCOUNT),
        }
    }
}

/// Everything the reports page shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportView {
    /// The signed-in admin.
    pub email: String,
    /// What is reported on.
    pub node: ReportScope,
    /// First day, `YYYY-MM-DD` (UTC).
    pub from: String,
    /// Last day, `YYYY-MM-DD` (UTC), included.
    pub to: String,
    /// Nodes to pick from.
    pub picker: Vec<PickerEntry>,
    /// Column names, as the account names them.
    pub columns: Vec<String>,
    /// The rows.
    pub rows: Vec<Vec<String>>,
    /// The summary of the rows.
    pub summary: ReportSummary,
    /// When the shown report was fetched from Rescue (UTC), if one is shown.
    pub fetched_at: Option<String>,
    /// Seconds until Rescue allows this login another report (0: now).
    pub next_fetch_in: u64,
    /// Why no (fresh) report is shown, when that is not an error: the 60-second rule.
    pub notice: Option<String>,
    /// Why the report could not be made.
    pub problem: Option<Error>,
    /// The address query of this report (for the refresh and export links).
    pub query: String,
}

/// A checked report request.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReportKey {
    /// What is reported on.
    pub node: ReportScope,
    /// First day.
    pub from: crate::shared::address::Day,
    /// Last day, included.
    pub to: crate::shared::address::Day,
}

#[cfg(feature = "ssr")]
impl ReportKey {
    /// Checks what came in the address; a missing node is `default_node` (none: no node yet),
    /// a missing range the last 7 days (UTC).
    pub fn parse(
        node: Option<&str>,
        noderef: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
        default_node: Option<NodeAddress>,
    ) -> Result<Self, Error> {
        use crate::shared::address::{check_range, AddressError, Day};
        let node = match node.map(str::trim) {
            Some(n) if n.eq_ignore_ascii_case(ReportScope::ACCOUNT) => ReportScope::Account,
            _ => ReportScope::Node(
                NodeAddress::parse(node, noderef)?
                    .or(default_node)
                    .unwrap_or_default(),
            ),
        };
        let to =
            Day::parse(to, &crate::say!("field-name", field = "to"))?.unwrap_or_else(Day::today);
        let from = match Day::parse(from, &crate::say!("field-name", field = "from"))? {
            Some(from) => from,
            // The calendar's first week has no week before it.
            None => to.minus(6).ok_or_else(|| AddressError::BadDay {
                name: crate::say!("field-name", field = "to"),
                value: to.to_string(),
            })?,
        };
        check_range(Some(from), Some(to))?;
        Ok(ReportKey { node, from, to })
    }

    /// The address query of this report.
    pub fn query(&self) -> String {
        format!("{}&from={}&to={}", self.node.query(), self.from, self.to)
    }
}

/// Loads the reports page: the cached report for the request, a fresh one when Rescue allows
/// it (or when `refresh` asks for one), or word of when it can be fetched.
#[server]
pub async fn load_report(
    /// Node from the address.
    node: Option<String>,
    /// `NODE` or `CHANNEL`.
    noderef: Option<String>,
    /// First day, `YYYY-MM-DD`.
    from: Option<String>,
    /// Last day, `YYYY-MM-DD`.
    to: Option<String>,
    /// Fetch a fresh report even if one is cached.
    refresh: Option<String>,
) -> Result<Page<ReportView>, Error> {
    use crate::core::Cx;
    use crate::shared::from_rescue::{default_node, picker};

    let cx = match Cx::signed_in("/reports").await {
        Ok(cx) => cx,
        Err(answer) => return answer,
    };
    let (services, login) = (&cx.services, &cx.login);
    let mut view = ReportView {
        email: login.email.clone(),
        ..Default::default()
    };
    let tree = match services
        .rescue
        .get_hierarchy(&login.credentials, rescue::HierarchyQuery::default())
        .await
    {
        Ok(rescue::GetHierarchyOutcome::NotLoggedIn) => return cx.expired().await,
        Ok(rescue::GetHierarchyOutcome::Ok(tree)) => Some(tree),
        Ok(_) => None,
        Err(err) => {
            view.problem = Some(Error::Upstream(crate::words::transport(&err)));
            return Ok(Page::Ready(view));
        }
    };
    if let Some(tree) = &tree {
        view.picker = picker(tree);
    }
    let fallback = tree.as_ref().and_then(default_node);
    let key = match ReportKey::parse(
        node.as_deref(),
        noderef.as_deref(),
        from.as_deref(),
        to.as_deref(),
        fallback,
    ) {
        Ok(key) => key,
        Err(refusal) => {
            view.from = from.unwrap_or_default();
            view.to = to.unwrap_or_default();
            view.problem = Some(refusal.answered());
            return Ok(Page::Ready(view));
        }
    };
    view.node = key.node;
    view.from = key.from.to_string();
    view.to = key.to.to_string();
    view.query = key.query();

    // A bare /reports only shows the form: fetching a default report would spend the login's
    // one report a minute on something nobody asked for.
    if node.is_none() && from.is_none() && to.is_none() {
        view.notice = Some(crate::words::report_form_hint());
        return Ok(Page::Ready(view));
    }
    let desk: std::sync::Arc<desk::ReportDesk> = cx.state("the report desk")?;
    let refresh = refresh.is_some_and(|r| !r.is_empty());
    let answer = desk
        .fetch(
            services.fleet.as_deref(),
            &login.credentials,
            &services.rescue,
            &key,
            refresh,
        )
        .await;
    if matches!(answer.outcome, desk::Outcome::Expired) {
        return cx.expired().await;
    }
    show(&mut view, answer);
    Ok(Page::Ready(view))
}

/// What the page shows of the desk's answer (an expired login is handled before).
#[cfg(feature = "ssr")]
fn show(view: &mut ReportView, answer: desk::Answer) {
    view.next_fetch_in = answer.next_fetch_in;
    match answer.outcome {
        desk::Outcome::Report(cached) => {
            let fetched_at =
                crate::words::utc_time(&cached.fetched_at.format("%Y-%m-%dT%H:%M:%SZ").to_string());
            view.summary = summary::summarise(&cached.report.columns, &cached.report.rows);
            view.columns = cached.report.columns.clone();
            view.rows = cached.report.rows.clone();
            if answer.was_refused {
                view.notice = Some(crate::words::report_wait(
                    answer.next_fetch_in,
                    Some(&fetched_at),
                ));
            }
            view.fetched_at = Some(fetched_at);
        }
        desk::Outcome::Wait => {
            view.notice = Some(crate::words::report_wait(answer.next_fetch_in, None));
        }
        desk::Outcome::Failed(problem) => view.problem = Some(problem),
        desk::Outcome::Expired => {}
    }
}
