//! What a confirmation names: the row the admin chose, as Rescue lists it now, and for a
//! transfer or start the technicians and channels it can go to.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::actions::TargetChoice;
use crate::core::Page;
use crate::error::Error;
use crate::shared::row::Badge;

/// What the confirmation page shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Confirmation {
    /// Session ID.
    pub session: u32,
    /// Technician name (empty while the session waits in a queue).
    pub technician: String,
    /// The row's technician ID, as Rescue lists it now (0 while waiting in a queue).
    pub technician_id: u32,
    /// The list the row is in.
    pub node: Option<crate::shared::address::NodeAddress>,
    /// The confirmation's one-time token (see `crate::receipts`).
    pub token: String,
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
    /// Why there is nothing to confirm (session gone, Rescue failing).
    pub problem: Option<Error>,
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
) -> Result<Page<Confirmation>, Error> {
    use crate::actions::listed::{listed_row, Read};
    use crate::core::Cx;
    use crate::shared::address::sessions_url;

    let slug = action.unwrap_or_default();
    let here = ssr::here(
        &slug,
        [
            ("session", &session),
            ("technician", &technician),
            ("node", &node),
            ("noderef", &noderef),
        ],
    );
    let cx = match Cx::signed_in(&here).await {
        Ok(cx) => cx,
        Err(answer) => return answer,
    };
    let (services, login) = (&cx.services, &cx.login);
    // Everything in the address is checked before Rescue is asked anything.
    let asked = match ssr::Asked::check(&slug, session, technician, node, noderef) {
        Ok(asked) => asked,
        Err(refusal) => return Ok(Page::Refused(refusal.answered())),
    };
    let mut view = Confirmation {
        session: asked.row.session.get(),
        node: Some(asked.row.node),
        back: sessions_url(Some(asked.row.node), "", None),
        token: crate::receipts::issue(services.seal.as_ref()),
        ..Default::default()
    };
    if let Some(kind) = asked.action.target() {
        match ssr::targets(services, login, kind).await {
            Ok(targets) => view.targets = targets,
            Err(Read::Expired) => return cx.expired().await,
            Err(Read::Problem(problem)) => {
                view.problem = Some(problem);
                return Ok(Page::Ready(view));
            }
        }
    }
    let row = asked.row;
    match listed_row(services, login, row.node, row.session.get(), row.technician).await {
        Ok(row) => {
            view.technician_id = row.technician_id;
            view.technician = row.technician;
            view.status = row.status;
            view.badge = Some(row.badge);
            view.customer = row.customer;
        }
        Err(Read::Expired) => return cx.expired().await,
        Err(Read::Problem(problem)) => view.problem = Some(problem),
    }
    Ok(Page::Ready(view))
}

#[cfg(feature = "ssr")]
mod ssr {
    use crate::actions::request::RowChoice;
    use crate::actions::{target_choices, TargetChoice};
    use crate::core::login::RescueLogin;
    use crate::core::services::Services;
    use crate::error::Error;
    use crate::shared::action::{SessionAction, TargetKind};
    use crate::shared::from_rescue;

    /// This page's own address, for the sign-in page to return to.
    pub fn here(slug: &str, query: [(&str, &Option<String>); 4]) -> String {
        let mut pairs = url::form_urlencoded::Serializer::new(String::new());
        for (key, value) in query {
            if let Some(value) = value {
                pairs.append_pair(key, value);
            }
        }
        let path: String = url::form_urlencoded::byte_serialize(slug.as_bytes()).collect();
        format!("/sessions/{path}?{}", pairs.finish())
    }

    /// The row and action the address names, checked.
    pub struct Asked {
        pub action: SessionAction,
        pub row: RowChoice,
    }

    impl Asked {
        pub fn check(
            slug: &str,
            session: Option<String>,
            technician: Option<String>,
            node: Option<String>,
            noderef: Option<String>,
        ) -> Result<Self, Error> {
            let action = SessionAction::parse(slug)
                .ok_or_else(|| Error::NotFound(crate::words::no_such_action()))?;
            let row = RowChoice::check(
                session.as_deref().unwrap_or_default(),
                technician.as_deref(),
                node.as_deref(),
                noderef.as_deref(),
            )?;
            Ok(Asked { action, row })
        }
    }

    /// Where a transfer or start can go.
    pub async fn targets(
        services: &Services,
        login: &RescueLogin,
        kind: TargetKind,
    ) -> Result<Vec<TargetChoice>, crate::actions::listed::Read> {
        use crate::actions::listed::Read;
        match services
            .rescue
            .get_hierarchy(&login.credentials, rescue::HierarchyQuery::default())
            .await
        {
            Ok(rescue::GetHierarchyOutcome::Ok(tree)) => {
                Ok(target_choices(&from_rescue::picker(&tree), kind))
            }
            Ok(rescue::GetHierarchyOutcome::NotLoggedIn) => Err(Read::Expired),
            Ok(_) => Err(Read::Problem(Error::Upstream(crate::words::no_targets()))),
            Err(err) => Err(Read::Problem(Error::Upstream(crate::words::transport(
                &err,
            )))),
        }
    }
}
