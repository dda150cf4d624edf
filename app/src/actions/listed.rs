//! The rows an action is made on, as Rescue lists them now: a confirmation shows them, and
//! the audit record of every action (single or bulk) takes its technician, status and channel
//! from them, never from what the form says (a form can only pick among the rows Rescue lists).

use crate::core::login::RescueLogin;
use crate::core::services::Services;
use crate::error::Error;
use crate::shared::address::NodeAddress;
use crate::shared::row::Row;

/// Why the list could not be read.
#[derive(Debug)]
pub enum Read {
    /// The Rescue login expired.
    Expired,
    /// Rescue refused or failed, in words.
    Problem(Error),
}

/// The rows of `node` as Rescue lists them now.
pub async fn listed(
    services: &Services,
    login: &RescueLogin,
    node: NodeAddress,
) -> Result<Vec<Row>, Read> {
    let Some((id, kind)) = node.to_rescue() else {
        return Err(Read::Problem(Error::BadInput(crate::say!("no-node"))));
    };
    match services
        .rescue
        .get_sessions(&login.credentials, id, kind)
        .await
    {
        Ok(rescue::GetSessionsOutcome::Ok(list)) => Ok(crate::shared::from_rescue::rows(&list)),
        Ok(rescue::GetSessionsOutcome::NotLoggedIn) => Err(Read::Expired),
        Ok(outcome) => Err(Read::Problem(Error::Upstream(crate::words::list_refused(
            &outcome,
        )))),
        Err(err) => Err(Read::Problem(Error::Upstream(crate::words::transport(
            &err,
        )))),
    }
}

/// The row `session` was chosen as (listed under `technician`, 0 for a queue), else the same
/// session under another technician: it moved, and Rescue acts on the session wherever it is.
pub fn row_of(listed: &[Row], session: u32, technician: u32) -> Option<&Row> {
    listed
        .iter()
        .find(|r| r.id == session && r.technician_id == technician)
        .or_else(|| listed.iter().find(|r| r.id == session))
}

/// The row of `session` in `node`'s list as Rescue has it now, or why there is none.
pub async fn listed_row(
    services: &Services,
    login: &RescueLogin,
    node: NodeAddress,
    session: u32,
    technician: u32,
) -> Result<Row, Read> {
    let rows = listed(services, login, node).await?;
    row_of(&rows, session, technician)
        .cloned()
        .ok_or_else(|| Read::Problem(Error::NotFound(crate::words::no_longer_listed(session))))
}
