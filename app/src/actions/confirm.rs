//! What a confirmation names: the row the admin chose, as Rescue lists it now, and for a
//! transfer or start the technicians and channels it can go to.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::actions::TargetChoice;
use crate::error::Error;
use crate::guard::Page;
use crate::shared::row::Badge;

/// What the confirmation page shows.
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
    use crate::guard::{require_login, session as dashboard_session};
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
    let services = crate::services::services()?;
    let store = dashboard_session().await?;
    let login = match require_login(&store, &services, &here).await {
        Ok(login) => login,
        Err(page) => return Ok(page),
    };
    // Everything in the address is checked before Rescue is asked anything.
    let asked = match ssr::Asked::check(&slug, session, technician, node, noderef) {
        Ok(asked) => asked,
        Err(refusal) => return Ok(Page::Refused(refusal.answered())),
    };
    let mut view = Confirmation {
        session: asked.session.get(),
        back: sessions_url(Some(asked.node), "", None),
        ..Default::default()
    };
    if let Some(kind) = asked.action.target() {
        match ssr::targets(&services, &login, kind).await {
            Ok(targets) => view.targets = targets,
            Err(ssr::Read::Expired) => return crate::guard::expired(&store, &here).await,
            Err(ssr::Read::Problem(problem)) => {
                view.problem = Some(problem);
                return Ok(Page::Ready(view));
            }
        }
    }
    match ssr::listed_row(&services, &login, &asked).await {
        Ok(row) => {
            view.technician = row.technician;
            view.status = row.status;
            view.badge = Some(row.badge);
            view.customer = row.customer;
        }
        Err(ssr::Read::Expired) => return crate::guard::expired(&store, &here).await,
        Err(ssr::Read::Problem(problem)) => view.problem = Some(problem),
    }
    Ok(Page::Ready(view))
}

#[cfg(feature = "ssr")]
mod ssr {
    use crate::actions::{target_choices, TargetChoice};
    use crate::error::Error;
    use crate::guard::RescueLogin;
    use crate::services::Services;
    use crate::shared::action::{SessionAction, TargetKind};
    use crate::shared::address::NodeAddress;
    use crate::shared::from_rescue;
    use crate::shared::row::Row;

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
        pub session: rescue::SessionId,
        pub technician: Option<rescue::NodeId>,
        pub node: NodeAddress,
    }

    impl Asked {
        pub fn check(
            slug: &str,
            session: Option<String>,
            technician: Option<String>,
            node: Option<String>,
            noderef: Option<String>,
        ) -> Result<Self, Error> {
            let action = SessionAction::parse(slug).ok_or_else(|| {
                Error::NotFound("There is no such session action. The actions are cancel, hold, close, transfer and start.".into())
            })?;
            let bad = |field, e| Error::from(crate::shared::address::bad_id(field, e));
            let session = session
                .as_deref()
                .unwrap_or_default()
                .parse::<rescue::SessionId>()
                .map_err(|e| bad("session", e))?;
            let technician = match technician.as_deref().map(str::trim) {
                None | Some("") | Some("0") => None,
                Some(text) => Some(
                    text.parse::<rescue::NodeId>()
                        .map_err(|e| bad("technician", e))?,
                ),
            };
            // The confirmation needs the list the row came from.
            let node = NodeAddress::parse(
                Some(node.as_deref().unwrap_or_default()),
                noderef.as_deref(),
            )?
            .ok_or_else(|| bad("node", rescue::IdError::Empty))?;
            Ok(Asked {
                action,
                session,
                technician,
                node,
            })
        }
    }

    /// Why a read for the confirmation gave nothing to show.
    pub enum Read {
        /// The Rescue login expired.
        Expired,
        /// Rescue refused or failed, in words.
        Problem(Error),
    }

    /// Where a transfer or start can go.
    pub async fn targets(
        services: &Services,
        login: &RescueLogin,
        kind: TargetKind,
    ) -> Result<Vec<TargetChoice>, Read> {
        match services
            .rescue
            .get_hierarchy(&login.credentials, rescue::HierarchyQuery::default())
            .await
        {
            Ok(rescue::GetHierarchyOutcome::Ok(tree)) => {
                Ok(target_choices(&from_rescue::picker(&tree), kind))
            }
            Ok(rescue::GetHierarchyOutcome::NotLoggedIn) => Err(Read::Expired),
            Ok(_) => Err(Read::Problem(Error::Upstream(
                crate::words::NO_TARGETS.into(),
            ))),
            Err(err) => Err(Read::Problem(Error::Upstream(crate::words::transport(
                &err,
            )))),
        }
    }

    /// The row as Rescue lists it now.
    pub async fn listed_row(
        services: &Services,
        login: &RescueLogin,
        asked: &Asked,
    ) -> Result<Row, Read> {
        let Some((node, kind)) = asked.node.to_rescue() else {
            return Err(Read::Problem(Error::BadInput(
                "The address names no node.".into(),
            )));
        };
        match services
            .rescue
            .get_sessions(&login.credentials, node, kind)
            .await
        {
            Ok(rescue::GetSessionsOutcome::Ok(list)) => from_rescue::rows(&list)
                .into_iter()
                .find(|r| {
                    r.id == asked.session.get()
                        && asked.technician.is_none_or(|t| t.get() == r.technician_id)
                })
                .ok_or_else(|| {
                    Read::Problem(Error::NotFound(format!(
                        "Session {} is no longer listed here: it may have ended or moved. Go back to the list and refresh.",
                        asked.session
                    )))
                }),
            Ok(rescue::GetSessionsOutcome::NotLoggedIn) => Err(Read::Expired),
            Ok(outcome) => Err(Read::Problem(Error::Upstream(crate::words::list_refused(&outcome)))),
            Err(err) => Err(Read::Problem(Error::Upstream(crate::words::transport(&err)))),
        }
    }
}
