//! Rescue's session report for a node and a date range (getReport_v2), with a summary a lead
//! reads first. Rescue keeps report settings per login and allows one report per 60 seconds,
//! so requests are serialised per Rescue login, results are cached, and a request that would
//! break the rule is told when it can be made instead of failing.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::sessions::PickerEntry;

/// Sessions and times of one technician in the report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TechnicianTimes {
    /// Technician name ("(queue)" for sessions nobody picked up).
    pub name: String,
    /// Sessions in the report.
    pub sessions: u64,
    /// Median waiting time, `H:MM:SS`.
    pub median_waiting: String,
    /// Median total time, `H:MM:SS`.
    pub median_total: String,
}

/// The report in a few numbers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportSummary {
    /// Sessions per status, most first.
    pub by_status: Vec<(String, u64)>,
    /// Sessions marked resolved.
    pub resolved: u64,
    /// Sessions marked unresolved.
    pub unresolved: u64,
    /// Per technician, most sessions first.
    pub by_technician: Vec<TechnicianTimes>,
}

/// Everything the reports page shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportView {
    /// The signed-in admin.
    pub email: String,
    /// Node reported on.
    pub node: u32,
    /// `NODE` or `CHANNEL`.
    pub noderef: String,
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
    pub problem: Option<String>,
    /// The address query of this report (for the refresh and export links).
    pub query: String,
    /// No usable login: the browser is being sent to sign in.
    pub sign_in_needed: bool,
}

/// Seconds of an `H:MM:SS` (or `MM:SS`, or plain seconds) duration.
pub fn seconds(text: &str) -> Option<u64> {
    text.trim().split(':').try_fold(0u64, |acc, part| {
        Some(acc * 60 + part.trim().parse::<u64>().ok()?)
    })
}

/// Seconds as `H:MM:SS`.
pub fn clock(seconds: u64) -> String {
    format!(
        "{}:{:02}:{:02}",
        seconds / 3600,
        seconds % 3600 / 60,
        seconds % 60
    )
}

fn median(values: &mut [u64]) -> Option<u64> {
    values.sort_unstable();
    match values.len() {
        0 => None,
        n if n % 2 == 1 => Some(values[n / 2]),
        n => Some((values[n / 2 - 1] + values[n / 2]) / 2),
    }
}

/// The summary of a report's rows, its columns found by name.
pub fn summarise(columns: &[String], rows: &[Vec<String>]) -> ReportSummary {
    let col = |name: &str| columns.iter().position(|c| c.eq_ignore_ascii_case(name));
    let cell = |row: &[String], at: Option<usize>| -> String {
        at.and_then(|i| row.get(i)).cloned().unwrap_or_default()
    };
    let (status, resolved, tech, waiting, total) = (
        col("Status"),
        col("Resolved Unresolved"),
        col("Technician Name"),
        col("Waiting Time"),
        col("Total Time"),
    );
    let mut summary = ReportSummary::default();
    let mut techs: Vec<(String, Vec<u64>, Vec<u64>)> = Vec::new();
    for row in rows {
        let s = cell(row, status);
        match summary.by_status.iter_mut().find(|(k, _)| *k == s) {
            Some((_, n)) => *n += 1,
            None => summary.by_status.push((s, 1)),
        }
        match cell(row, resolved).trim().to_ascii_lowercase().as_str() {
            "resolved" => summary.resolved += 1,
            "unresolved" => summary.unresolved += 1,
            _ => {}
        }
        let mut name = cell(row, tech).trim().to_owned();
        if name.is_empty() {
            name = "(queue)".into();
        }
        let at = match techs.iter().position(|(n, _, _)| *n == name) {
            Some(at) => at,
            None => {
                techs.push((name, Vec::new(), Vec::new()));
                techs.len() - 1
            }
        };
        if let Some(w) = seconds(&cell(row, waiting)) {
            techs[at].1.push(w);
        }
        if let Some(t) = seconds(&cell(row, total)) {
            techs[at].2.push(t);
        }
    }
    summary
        .by_status
        .sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    summary.by_technician = techs
        .into_iter()
        .map(|(name, mut w, mut t)| TechnicianTimes {
            sessions: w.len().max(t.len()) as u64,
            median_waiting: median(&mut w).map(clock).unwrap_or_else(|| "—".into()),
            median_total: median(&mut t).map(clock).unwrap_or_else(|| "—".into()),
            name,
        })
        .collect();
    summary
        .by_technician
        .sort_by(|a, b| b.sessions.cmp(&a.sessions).then(a.name.cmp(&b.name)));
    summary
}

/// A checked report request.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ReportKey {
    /// Node.
    pub node: u32,
    /// `NODE` or `CHANNEL`.
    pub noderef: String,
    /// First day.
    pub from: chrono::NaiveDate,
    /// Last day, included.
    pub to: chrono::NaiveDate,
}

#[cfg(feature = "ssr")]
impl ReportKey {
    /// Checks what came in the address; `today` fills in a missing range (the last 7 days).
    pub fn parse(
        node: Option<&str>,
        noderef: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
        default_node: u32,
        today: chrono::NaiveDate,
    ) -> Result<Self, String> {
        let node = match node.map(str::trim).filter(|n| !n.is_empty()) {
            None => default_node,
            Some(n) => n
                .parse::<rescue::NodeId>()
                .map_err(|e| format!("The node in the address is not valid: {e}."))?
                .get(),
        };
        let noderef = match noderef.map(str::trim).filter(|r| !r.is_empty()) {
            None => rescue::NodeRef::Node,
            Some(r) => r
                .parse::<rescue::NodeRef>()
                .map_err(|_| "noderef must be NODE or CHANNEL.".to_owned())?,
        };
        let day = |value: Option<&str>, name: &str, default| match value
            .map(str::trim)
            .filter(|v| !v.is_empty())
        {
            None => Ok(default),
            Some(v) => chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").map_err(|_| {
                format!("{name} must be a date like 2026-11-28, not \u{201c}{v}\u{201d}.")
            }),
        };
        let to = day(to, "To", today)?;
        let from = day(from, "From", to - chrono::Days::new(6))?;
        if from > to {
            return Err(format!(
                "The date range is backwards: {from} is after {to}."
            ));
        }
        Ok(ReportKey {
            node,
            noderef: noderef.as_str().to_owned(),
            from,
            to,
        })
    }

    /// The address query of this report.
    pub fn query(&self) -> String {
        format!(
            "node={}&noderef={}&from={}&to={}",
            self.node, self.noderef, self.from, self.to
        )
    }
}

/// The cached report the export link names, for `GET /reports.csv`: `Err` for a bad address
/// or no sign-in (in words), `Ok(None)` when that report has not been fetched.
#[cfg(feature = "ssr")]
pub async fn cached_for_export(
    session: &tower_sessions::Session,
    backend: &crate::backend::Backend,
    query: &std::collections::HashMap<String, String>,
) -> Result<Option<std::sync::Arc<crate::report_desk::Cached>>, String> {
    let Some(login) = crate::auth::server::current_login(session, backend).await else {
        return Err("Sign in first.".into());
    };
    let get = |k: &str| query.get(k).map(String::as_str);
    if get("node").is_none_or(|n| n.trim().is_empty()) {
        return Err("The address names no node.".into());
    }
    let today = chrono::Utc::now().date_naive();
    let key = ReportKey::parse(
        get("node"),
        get("noderef"),
        get("from"),
        get("to"),
        0,
        today,
    )?;
    Ok(backend.reports.cached(&login.credentials, &key).await)
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
) -> Result<ReportView, ServerFnError> {
    use crate::auth::server::{backend, require_login, session};
    use crate::sessions::server::{default_node, hierarchy_ok, picker};

    let backend = backend()?;
    let store = session().await?;
    let here = "/reports";
    let Some(login) = require_login(&store, &backend, here).await else {
        return Ok(ReportView {
            sign_in_needed: true,
            ..Default::default()
        });
    };
    let mut view = ReportView {
        email: login.email.clone(),
        ..Default::default()
    };
    let tree = match backend
        .rescue
        .get_hierarchy(&login.credentials, rescue::HierarchyQuery::default())
        .await
    {
        Ok(rescue::GetHierarchyOutcome::NotLoggedIn) => {
            let shown = ReportView {
                sign_in_needed: true,
                ..Default::default()
            };
            return crate::sessions::expired(&store, here, shown).await;
        }
        Ok(outcome) => hierarchy_ok(outcome),
        Err(err) => {
            view.problem = Some(crate::messages::transport(&err));
            return Ok(view);
        }
    };
    if let Some(tree) = &tree {
        view.picker = picker(tree);
    }
    let fallback = tree
        .as_ref()
        .and_then(default_node)
        .map_or(0, |(id, _)| id.get());
    let today = chrono::Utc::now().date_naive();
    let key = match ReportKey::parse(
        node.as_deref(),
        noderef.as_deref(),
        from.as_deref(),
        to.as_deref(),
        fallback,
        today,
    ) {
        Ok(key) => key,
        Err(message) => {
            crate::sessions::set_bad_request();
            view.from = from.unwrap_or_default();
            view.to = to.unwrap_or_default();
            view.problem = Some(message);
            return Ok(view);
        }
    };
    view.node = key.node;
    view.noderef = key.noderef.clone();
    view.from = key.from.to_string();
    view.to = key.to.to_string();
    view.query = key.query();

    // A bare /reports only shows the form: fetching a default report would spend the login's
    // one report a minute on something nobody asked for.
    if node.is_none() && from.is_none() && to.is_none() {
        view.notice = Some(
            "Choose a technician, group or channel and the days, then Show report. Rescue makes one report a minute per sign-in.".into(),
        );
        return Ok(view);
    }
    let refresh = refresh.is_some_and(|r| !r.is_empty());
    let answer = backend
        .reports
        .fetch(&login.credentials, &backend.rescue, &key, refresh)
        .await;
    view.next_fetch_in = answer.next_fetch_in;
    match answer.outcome {
        crate::report_desk::Outcome::Report(cached) => {
            view.fetched_at = Some(
                cached
                    .fetched_at
                    .format("%Y-%m-%d %H:%M:%S UTC")
                    .to_string(),
            );
            view.summary = summarise(&cached.report.columns, &cached.report.rows);
            view.columns = cached.report.columns.clone();
            view.rows = cached.report.rows.clone();
            if answer.was_refused {
                view.notice = Some(format!(
                    "Rescue allows one report a minute per sign-in; this is the copy fetched at {}. A fresh one can be fetched in {} s.",
                    view.fetched_at.clone().unwrap_or_default(),
                    answer.next_fetch_in
                ));
            }
        }
        crate::report_desk::Outcome::Wait => {
            view.notice = Some(format!(
                "Rescue allows one report a minute per sign-in. This report can be fetched in {} s.",
                answer.next_fetch_in
            ));
        }
        crate::report_desk::Outcome::Expired => {
            let shown = ReportView {
                sign_in_needed: true,
                ..Default::default()
            };
            return crate::sessions::expired(&store, here, shown).await;
        }
        crate::report_desk::Outcome::Failed(message) => view.problem = Some(message),
    }
    Ok(view)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| (*x).to_owned()).collect()
    }

    #[test]
    fn durations_parse_and_print() {
        assert_eq!(seconds("1:02:05"), Some(3725));
        assert_eq!(seconds("4:27"), Some(267));
        assert_eq!(seconds("45"), Some(45));
        assert_eq!(seconds(""), None);
        assert_eq!(seconds("x:10"), None);
        assert_eq!(clock(3725), "1:02:05");
    }

    #[test]
    fn the_summary_counts_statuses_resolutions_and_medians_by_name() {
        let columns = s(&[
            "Total Time",
            "Technician Name",
            "Status",
            "Waiting Time",
            "Resolved Unresolved",
        ]);
        let rows = vec![
            s(&[
                "0:10:00",
                "Tina",
                "Closed by technician",
                "0:01:00",
                "Resolved",
            ]),
            s(&[
                "0:20:00",
                "Tina",
                "Closed by customer",
                "0:03:00",
                "Unresolved",
            ]),
            s(&[
                "0:30:00",
                "Tina",
                "Closed by technician",
                "0:02:00",
                "Resolved",
            ]),
            s(&["0:05:00", "", "Waiting", "0:05:00", ""]),
        ];
        let summary = summarise(&columns, &rows);
        assert_eq!(
            summary.by_status,
            [
                ("Closed by technician".to_owned(), 2),
                ("Closed by customer".to_owned(), 1),
                ("Waiting".to_owned(), 1)
            ]
        );
        assert_eq!((summary.resolved, summary.unresolved), (2, 1));
        assert_eq!(summary.by_technician[0].name, "Tina");
        assert_eq!(summary.by_technician[0].sessions, 3);
        assert_eq!(summary.by_technician[0].median_waiting, "0:02:00");
        assert_eq!(summary.by_technician[0].median_total, "0:20:00");
        assert_eq!(summary.by_technician[1].name, "(queue)");
    }
}
