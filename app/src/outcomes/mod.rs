//! `/outcomes/<session id>`: everything the dashboard knows about one Rescue session for a
//! support lead — every Post-to-URL post Rescue sent for it (start and end), the whole chat as
//! text, notes, custom fields and times — and the dashboard's own actions on it. Chat logs and
//! customer names are personal data: only signed-in allowed admins read them, and an admin can
//! delete the record (the deletion itself is kept: who and when).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::audit::{Entry, SessionRecord};
use crate::core::Page;
use crate::error::Error;

mod charts;
#[cfg(feature = "ssr")]
pub mod csv;
pub mod filter;
mod list;
mod overview;
mod page;
pub mod summary;

pub use list::{load_outcomes, OutcomesPage, OutcomesView, PAGE_SIZE};
pub use page::OutcomePage;

/// The most dashboard actions listed on a session's page.
#[cfg(feature = "ssr")]
const ACTIONS_SHOWN: u32 = 200;

/// One session's page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeView {
    /// The signed-in admin.
    pub email: String,
    /// Rescue's session ID.
    pub session: u64,
    /// What Rescue posted, and any deletion.
    pub record: SessionRecord,
    /// The dashboard's actions on the session, newest first.
    pub actions: Vec<Entry>,
}

/// A session ID from the address: digits, not zero, within what the database keeps.
#[cfg(feature = "ssr")]
fn session_id(text: &str) -> Result<u64, Error> {
    text.trim()
        .parse::<u64>()
        .ok()
        .filter(|&id| id > 0 && i64::try_from(id).is_ok())
        .ok_or_else(|| Error::BadInput(crate::words::outcome_id_invalid()))
}

/// Loads one session's record.
#[server]
pub async fn load_outcome(
    /// The session ID, as the address has it.
    session: String,
) -> Result<Page<OutcomeView>, Error> {
    use crate::core::Cx;
    let id = match session_id(&session) {
        Ok(id) => id,
        Err(refusal) => return Ok(Page::Refused(refusal.answered())),
    };
    let here = format!("/outcomes/{id}");
    let cx = match Cx::signed_in(&here).await {
        Ok(cx) => cx,
        Err(answer) => return answer,
    };
    let audit = &cx.services.audit;
    let key = i64::try_from(id).unwrap_or(i64::MAX);
    let record = audit.session_record(key).await.map_err(|err| {
        tracing::error!("a session record could not be read: {err}");
        Error::Internal(crate::words::outcome_unreadable()).answered()
    })?;
    // The dashboard's own actions: the audit log keys sessions as Rescue's 32-bit IDs.
    let actions = match u32::try_from(id) {
        Ok(session) => {
            let filter = crate::audit::Filter {
                session: Some(session),
                ..Default::default()
            };
            audit
                .page(&filter, None, ACTIONS_SHOWN)
                .await
                .unwrap_or_else(|err| {
                    tracing::error!("a session's actions could not be read: {err}");
                    Vec::new()
                })
        }
        Err(_) => Vec::new(),
    };
    if record.posts.is_empty() && record.deletions.is_empty() && actions.is_empty() {
        let refusal = Error::NotFound(crate::words::outcome_not_found(id));
        return Ok(Page::Refused(refusal.answered()));
    }
    Ok(Page::Ready(OutcomeView {
        email: cx.login.email.clone(),
        session: id,
        record,
        actions,
    }))
}

/// Deletes one session's record (every post Rescue sent for it), for a data-subject
/// request; who deleted it and when stays on the page.
#[server]
pub async fn delete_outcome(
    /// The session ID.
    session: String,
) -> Result<(), Error> {
    use crate::core::login::{login_for, Activity};
    let id = session_id(&session).map_err(Error::answered)?;
    let here = format!("/outcomes/{id}");
    let visit = crate::core::Visit::open().await?;
    let Some(login) = login_for(&visit.dashboard, &visit.services, Activity::User).await? else {
        leptos_axum::redirect(&crate::shared::address::login_url(&here));
        return Ok(());
    };
    let key = i64::try_from(id).unwrap_or(i64::MAX);
    let deleted = visit
        .services
        .audit
        .forget_session(key, &login.email)
        .await
        .map_err(|err| {
            tracing::error!("a session record could not be deleted: {err}");
            Error::Internal(crate::words::outcome_not_deleted()).answered()
        })?;
    // Who and which session, never what the record held.
    tracing::info!(
        admin = %login.email,
        session = id,
        posts = deleted,
        "a session record was deleted"
    );
    leptos_axum::redirect(&here);
    Ok(())
}

crate::form_args!(DeleteOutcome { session });

#[cfg(all(test, feature = "ssr"))]
mod tests {
    #[test]
    fn session_ids_are_checked() {
        assert_eq!(super::session_id(" 42 ").ok(), Some(42));
        for bad in ["", "0", "-1", "abc", "1e3", "99999999999999999999"] {
            assert!(super::session_id(bad).is_err(), "{bad}");
        }
    }
}
