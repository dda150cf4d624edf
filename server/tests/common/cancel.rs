//! What the Cancel action tests share: the rows that can be cancelled, the confirmation and
//! its form, and the Rescue calls the simulator saw.

use super::*;
use app::actions::ActionReport;
use axum::http::StatusCode;
use rescue_sim::faults::{Fault, FaultRule};
use rescue_sim::seed::ids;

/// Sessions with a pending action of the demo admin, their lead technician's console running.
pub fn cancellable(h: &Harness) -> Vec<(u32, u32)> {
    cancellable_in(&h.sim)
}

/// [`cancellable`], in the simulator itself (for servers running as processes).
pub fn cancellable_in(sim: &rescue_sim::Simulator) -> Vec<(u32, u32)> {
    sim.with_account(|account| {
        account
            .sessions()
            .filter(|s| s.pending.as_ref().is_some_and(|p| p.admin == ids::ADMIN))
            .filter_map(|s| Some((s.id, *s.technicians.first()?)))
            .filter(|(_, tech)| *tech != ids::TECH_OFFLINE)
            .collect()
    })
}

pub fn confirmation(session: u32, technician: u32) -> String {
    format!(
        "/sessions/cancel?session={session}&technician={technician}&node={}&noderef=NODE",
        ids::ROOT
    )
}

pub fn back() -> String {
    format!("/sessions?node={}&noderef=NODE", ids::ROOT)
}

/// The value of the hidden input `name` in `html`.
pub fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no {name} in {html}"))
        + marker.len();
    let end = start + html[start..].find('"').unwrap();
    html[start..end]
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

pub fn cancel_calls(h: &Harness) -> Vec<rescue_sim::RequestRecord> {
    h.sim
        .requests()
        .into_iter()
        .filter(|r| r.method == "cancelAction")
        .collect()
}

/// Opens the confirmation of a row: its Confirm form.
pub async fn confirm_form(
    b: &mut Browser,
    h: &Harness,
    session: u32,
    technician: u32,
) -> ConfirmForm {
    let html = b.get(h, &confirmation(session, technician)).await.body;
    form_of(&html, "act_on_session")
}

/// Presses Confirm on a form already opened, as the page sends it.
pub async fn press(b: &mut Browser, h: &Harness, form: &ConfirmForm) -> Reply {
    post_fields(b, h, &form.action, &form.fields).await
}

/// Posts owned `fields` to `action`.
pub async fn post_fields(
    b: &mut Browser,
    h: &Harness,
    action: &str,
    fields: &[(String, String)],
) -> Reply {
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    b.post(h, action, &fields).await
}

/// Opens the confirmation of a row and presses Confirm.
pub async fn confirm(b: &mut Browser, h: &Harness, session: u32, technician: u32) -> Reply {
    let form = confirm_form(b, h, session, technician).await;
    press(b, h, &form).await
}

pub fn report(reply: &Reply) -> ActionReport {
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    serde_json::from_str(&reply.body).unwrap_or_else(|e| panic!("{e}: {}", reply.body))
}

pub fn fault(h: &Harness, fault: Fault) {
    h.sim.inject(FaultRule {
        method: "cancelAction".into(),
        fault,
        times: Some(1),
    });
}
