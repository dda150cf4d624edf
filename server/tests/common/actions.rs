//! What the session action tests share: rows in each state, their confirmation pages, and
//! posting an action as the page would.

use super::*;
use app::actions::ActionReport;
use axum::http::StatusCode;
use rescue_sim::model::{Session, Status};
use rescue_sim::seed::ids;

/// A listed row: session, lead technician (0 when queued), and the list showing it.
pub type ListedRow = (u32, u32, u32, &'static str);

/// Form fields beyond the hidden ones.
pub type Fields<'a> = Vec<(&'a str, &'a str)>;

/// A session matching `pick` with nothing pending and a running console: its ID, lead
/// technician (0 when queued) and the list (node, noderef) that shows it.
pub fn session_where(h: &Harness, pick: impl Fn(&Session) -> bool) -> ListedRow {
    h.sim.with_account(|a| {
        a.sessions()
            .filter(|s| s.pending.is_none() && pick(s))
            .find_map(|s| match s.technicians.first() {
                Some(&tech) if tech != ids::TECH_OFFLINE => Some((s.id, tech, ids::ROOT, "NODE")),
                None if s.channel != 0 => Some((s.id, 0, s.channel, "CHANNEL")),
                _ => None,
            })
            .expect("the seed has such a session")
    })
}

pub fn live(h: &Harness) -> ListedRow {
    session_where(h, |s| s.status == Status::Active)
}

pub fn waiting(h: &Harness) -> ListedRow {
    session_where(h, |s| s.status == Status::Waiting && s.channel != 0)
}

pub fn confirmation(action: &str, (session, tech, node, noderef): ListedRow) -> String {
    format!("/sessions/{action}?session={session}&technician={tech}&node={node}&noderef={noderef}")
}

pub fn list((_, _, node, noderef): ListedRow) -> String {
    format!("/sessions?node={node}&noderef={noderef}")
}

pub fn calls(h: &Harness, method: &str) -> Vec<rescue_sim::RequestRecord> {
    h.sim
        .requests()
        .into_iter()
        .filter(|r| r.method == method)
        .collect()
}

pub fn report(reply: &Reply) -> ActionReport {
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    serde_json::from_str(&reply.body).unwrap_or_else(|e| panic!("{e}: {}", reply.body))
}

/// Opens the confirmation page of `action` on `row` and presses Confirm with `extra` fields.
pub async fn act(
    b: &mut Browser,
    h: &Harness,
    action: &str,
    row: ListedRow,
    extra: &[(&str, &str)],
) -> Reply {
    let page = b.get(h, &confirmation(action, row)).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let form = super::form_of(&page.body, "act_on_session");
    let mut fields = form.fields.clone();
    fields.extend(extra.iter().map(|(n, v)| (n.to_string(), v.to_string())));
    super::cancel::post_fields(b, h, &form.action, &fields).await
}

/// The getSession row of `session` in the page `html`.
pub fn row_html(html: &str, session: u32) -> &str {
    let start = html
        .find(&format!("<tr data-session=\"{session}\""))
        .unwrap_or_else(|| panic!("no row {session}"));
    let end = start + html[start..].find("</tr>").unwrap();
    &html[start..end]
}
