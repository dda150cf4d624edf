//! What the bulk page shows: the chosen sessions as Rescue lists them now (a confirmation),
//! or a run's results.

use leptos::prelude::*;

use crate::bulk::BulkView;
use crate::core::Page;
use crate::error::Error;

/// Loads the bulk page: the results of run `run`, else the confirmation of `action` on the
/// rows `pick` names (`ID:TECHNICIAN`, joined by commas) or, with `select=pending`, on every
/// row of `node` with an action of this admin pending.
#[server]
pub async fn load_bulk(
    /// `cancel`, `hold` or `close`.
    action: Option<String>,
    /// The list the rows came from.
    node: Option<String>,
    /// `NODE` or `CHANNEL`.
    noderef: Option<String>,
    /// The chosen rows.
    pick: Option<String>,
    /// `pending`: the rows with a pending action of this admin instead.
    select: Option<String>,
    /// A run whose results to show.
    run: Option<String>,
) -> Result<Page<BulkView>, Error> {
    use crate::actions::listed::{listed, row_of, Read};
    use crate::bulk::picks::{self, Pick};
    use crate::bulk::{bulk_action, BulkRow};
    use crate::core::Cx;
    use crate::shared::address::{sessions_url, NodeAddress};

    let here = ssr::here(&[
        ("action", &action),
        ("node", &node),
        ("noderef", &noderef),
        ("pick", &pick),
        ("select", &select),
        ("run", &run),
    ]);
    let cx = match Cx::signed_in(&here).await {
        Ok(cx) => cx,
        Err(answer) => return answer,
    };
    let (services, login) = (&cx.services, &cx.login);
    if let Some(run) = run {
        return Ok(crate::bulk::run::results(&cx, &run).await);
    }
    // Everything in the address is checked before Rescue is asked anything.
    let slug = action.unwrap_or_else(|| "cancel".into());
    let Some(kind) = bulk_action(&slug) else {
        return Ok(Page::Refused(Error::BadInput(
            crate::words::bulk_actions_only(),
        )));
    };
    let node = match NodeAddress::parse(node.as_deref(), noderef.as_deref()) {
        Ok(Some(node)) => node,
        Ok(None) => {
            return Ok(Page::Refused(Error::BadInput(
                crate::words::bulk_no_list_address(),
            )))
        }
        Err(refusal) => return Ok(Page::Refused(Error::from(refusal).answered())),
    };
    let pending_rows = select.as_deref() == Some("pending");
    let chosen = if pending_rows {
        None
    } else {
        match picks::parse(pick.as_deref().unwrap_or_default().split(',')) {
            Ok(chosen) => Some(chosen),
            Err(refusal) => return Ok(Page::Refused(Error::BadInput(refusal.to_string()))),
        }
    };
    let mut view = BulkView {
        action: slug,
        node: Some(node),
        back: sessions_url(Some(node), "", None),
        token: crate::receipts::issue(services.seal.as_ref()),
        ..Default::default()
    };
    let mut listed = match listed(services, login, node).await {
        Ok(rows) => rows,
        Err(Read::Expired) => return cx.expired().await,
        Err(Read::Problem(problem)) => {
            view.refusal = Some(problem.to_string());
            return Ok(Page::Ready(view));
        }
    };
    // The confirmation shows each row's action of this admin still pending.
    crate::sessions::mark_pending(services, &login.email, &mut listed, chrono::Utc::now()).await;
    let chosen = chosen.unwrap_or_else(|| {
        let mut seen = std::collections::HashSet::new();
        listed
            .iter()
            // A session listed under two technicians is one session to act on.
            .filter(|row| row.pending.is_some() && seen.insert(row.id))
            .map(|row| Pick {
                session: row.id,
                technician: row.technician_id,
            })
            .collect()
    });
    for pick in chosen {
        match row_of(&listed, pick.session, pick.technician) {
            Some(row) => view.rows.push(BulkRow {
                session: row.id,
                technician_id: row.technician_id,
                technician: row.technician.clone(),
                status: row.status.clone(),
                channel: row.channel.clone(),
                badge: row.badge,
                pending: crate::sessions::look::RowLook::of(row, node).pending_text,
            }),
            None => view.missing.push(pick.session),
        }
    }
    view.refusal =
        crate::bulk::summary::bulk_refusal(kind, &view.rows, &view.missing, pending_rows);
    Ok(Page::Ready(view))
}

#[cfg(feature = "ssr")]
mod ssr {
    /// This page's own address, for the sign-in page to return to.
    pub fn here(query: &[(&str, &Option<String>)]) -> String {
        let mut pairs = url::form_urlencoded::Serializer::new(String::new());
        for (key, value) in query {
            if let Some(value) = value {
                pairs.append_pair(key, value);
            }
        }
        format!("/sessions/bulk?{}", pairs.finish())
    }
}
