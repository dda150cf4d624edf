//! `GET /reports.csv?node=…&noderef=…&from=…&to=…`: the report shown, as CSV.

use std::sync::Arc;

use axum::extract::{FromRef, OriginalUri, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Router;
use tower_sessions::Session;

use crate::core::login::{current_login, RescueLogin};
use crate::core::services::Services;
use crate::error::Error;
use crate::export::{csv_line, download, sign_in_first};
use crate::reports::desk::{Cached, ReportDesk};
use crate::reports::ReportKey;

/// The reports' routes outside Leptos: the CSV export.
pub fn routes<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    Services: FromRef<S>,
    Arc<ReportDesk>: FromRef<S>,
{
    Router::new().route("/reports.csv", axum::routing::get(report_csv))
}

/// The cached report the export link names: `Err` for a bad address (in words), `Ok(None)`
/// when that report has not been fetched.
async fn cached_for_export(
    login: &RescueLogin,
    desk: &ReportDesk,
    query: &std::collections::HashMap<String, String>,
) -> Result<Option<Arc<Cached>>, Error> {
    let get = |k: &str| query.get(k).map(String::as_str);
    if get("node").is_none_or(|n| n.trim().is_empty()) {
        return Err(Error::BadInput(crate::say!("no-node")));
    }
    let key = ReportKey::parse(get("node"), get("noderef"), get("from"), get("to"), None)?;
    Ok(desk.cached(&login.credentials, &key).await)
}

/// `GET /reports.csv?node=…&noderef=…&from=…&to=…`: the cached report as CSV. It never asks
/// Rescue (that would spend the login's one report a minute): the report must have been shown.
async fn report_csv(
    State(services): State<Services>,
    State(desk): State<Arc<ReportDesk>>,
    session: Session,
    OriginalUri(uri): OriginalUri,
    Query(query): Query<std::collections::HashMap<String, String>>,
) -> Response {
    let Some(login) = current_login(&session, &services).await else {
        return sign_in_first(&uri);
    };
    let cached = match cached_for_export(&login, &desk, &query).await {
        Ok(Some(cached)) => cached,
        Ok(None) => {
            return (StatusCode::NOT_FOUND, crate::words::report_not_fetched()).into_response()
        }
        Err(refusal) => return (StatusCode::BAD_REQUEST, refusal.to_string()).into_response(),
    };
    // The report is made in UTC (setTimezone 0); its date columns say so.
    let header = cached.report.columns.iter().map(|c| {
        if ["Start Time", "End Time", "Last Action Time"]
            .iter()
            .any(|d| c.trim().eq_ignore_ascii_case(d))
        {
            format!("{} (UTC)", c.trim())
        } else {
            c.clone()
        }
    });
    let mut body = csv_line(header);
    for row in &cached.report.rows {
        body.extend(csv_line(row));
    }
    let name = format!(
        "rescue-session-report-{}.csv",
        cached.fetched_at.format("%Y-%m-%d")
    );
    download(&name, body)
}
