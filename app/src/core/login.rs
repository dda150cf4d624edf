//! Who is signed in: the Rescue login a dashboard session holds (sealed; the browser holds an
//! opaque cookie and nothing else), its lifetimes and periodic re-check with Rescue, storing
//! a new one and ending one, and what the session keeps for the admin alone.

use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use super::flash::{set_flash, Flash};
use super::page::Notice;
use super::services::{Lifetimes, Services};
use crate::error::Error;

/// The session key holding the Rescue login: a record with it is a signed-in admin's (the
/// server counts them for the operator).
pub const LOGIN_KEY: &str = "rescue_login";
const NOTICE_KEY: &str = "notice";
/// The session key of this browser's last bulk run (the bulk feature's).
pub const BULK_RUN_KEY: &str = "bulk_run";
/// What the session keeps for the signed-in admin alone: dropped when another admin signs
/// in on the same browser, so nobody sees the one before's results or notices.
const ADMIN_KEYS: [&str; 2] = [NOTICE_KEY, BULK_RUN_KEY];

/// How the stored login authenticates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LoginKind {
    /// A login cookie from `login.aspx`.
    Cookie,
    /// An authcode or API token.
    AuthCode,
    /// Single sign-on: the person's authcode, shared by all of their browsers (kept by the
    /// sign-in feature through [`super::services::SingleSignOn`]; the session holds the one it
    /// last used).
    Sso,
}

/// What the session keeps of a Rescue login: the sealed secret and who it is.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredLogin {
    /// The admin's e-mail (for a token, as Rescue names its owner; "API token" when Rescue
    /// does not say and anyone may sign in).
    pub email: String,
    /// Cookie or authcode.
    pub kind: LoginKind,
    /// The secret, sealed with the server's key.
    pub sealed: String,
    /// When they signed in (RFC 3339, UTC).
    pub signed_in_at: String,
    /// When the admin last did something (seconds since 1970); automatic refreshes of
    /// an open page do not count.
    #[serde(default)]
    pub active_at: i64,
    /// When Rescue last confirmed the login still holds (seconds since 1970).
    #[serde(default)]
    pub checked_at: i64,
    /// For single sign-on: the provider's ID token, sealed, for its sign-out.
    #[serde(default)]
    pub id_token: Option<String>,
}

/// Whether a request is something the admin did (a page opened, a button pressed) or an
/// open page refreshing itself, which must not keep an abandoned tab signed in forever.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activity {
    /// The admin did something.
    User,
    /// The page did it on its own.
    Automatic,
}

/// A touch is written at most this often (or a quarter of the idle limit, if shorter), so
/// a busy admin does not cost a store write per request.
const TOUCH_EVERY_SECS: u64 = 30;

/// The signed-in admin of this request, with usable credentials.
#[derive(Debug, Clone)]
pub struct RescueLogin {
    /// The admin's e-mail.
    pub email: String,
    /// Credentials for Rescue calls.
    pub credentials: rescue::Credentials,
}

/// Stores a fresh login, rotating the session ID first (no session fixation).
pub async fn store_login(
    dashboard: &Session,
    services: &Services,
    email: &str,
    credentials: &rescue::Credentials,
) -> Result<(), Error> {
    let (kind, secret) = match credentials {
        rescue::Credentials::Cookie(c) => (LoginKind::Cookie, c.expose_header_value()),
        rescue::Credentials::AuthCode(c) => (LoginKind::AuthCode, c.expose()),
    };
    let stored = fresh(services, email, kind, secret);
    keep_login(dashboard, email, stored).await
}

/// Stores a single sign-on: the person's shared authcode as it is now, and the provider's ID
/// token for signing out there too.
pub async fn store_sso_login(
    dashboard: &Session,
    services: &Services,
    person: &str,
    code: &rescue::AuthCode,
    id_token: &str,
) -> Result<(), Error> {
    let mut stored = fresh(services, person, LoginKind::Sso, code.expose());
    stored.id_token = Some(services.seal.seal(id_token));
    keep_login(dashboard, person, stored).await
}

/// A login Rescue just accepted.
fn fresh(services: &Services, email: &str, kind: LoginKind, secret: &str) -> StoredLogin {
    let now = chrono::Utc::now();
    StoredLogin {
        email: email.to_owned(),
        kind,
        sealed: services.seal.seal(secret),
        signed_in_at: now.to_rfc3339(),
        active_at: now.timestamp(),
        checked_at: now.timestamp(),
        id_token: None,
    }
}

/// Keeps `stored` as this browser's login, rotating the session ID first (no session
/// fixation) and dropping what the previous admin of this browser left.
async fn keep_login(dashboard: &Session, email: &str, stored: StoredLogin) -> Result<(), Error> {
    let previous = dashboard
        .get::<StoredLogin>(LOGIN_KEY)
        .await
        .ok()
        .flatten()
        .map(|login| login.email);
    let same_admin = previous.is_some_and(|p| p.trim().eq_ignore_ascii_case(email.trim()));
    if !same_admin {
        for key in ADMIN_KEYS {
            dashboard.remove_value(key).await.map_err(store_error)?;
        }
    }
    dashboard.cycle_id().await.map_err(store_error)?;
    dashboard
        .insert(LOGIN_KEY, stored)
        .await
        .map_err(store_error)
}

/// The signed-in admin, if any (and if the stored secret still opens), without counting
/// this request as the admin's activity.
pub async fn current_login(dashboard: &Session, services: &Services) -> Option<RescueLogin> {
    login_for(dashboard, services, Activity::Automatic)
        .await
        .ok()
        .flatten()
}

/// The signed-in admin, if the sign-in is within its lifetimes and Rescue, asked at least
/// every `recheck`, still accepts it. A sign-in past either lifetime or refused by Rescue
/// is ended here, with a message for the sign-in page saying why.
pub async fn login_for(
    dashboard: &Session,
    services: &Services,
    activity: Activity,
) -> Result<Option<RescueLogin>, Error> {
    // An unreachable store is not a signed-out browser: the admin gets an error page, not
    // a sign-in form that could not keep a sign-in either.
    let stored = dashboard
        .get::<StoredLogin>(LOGIN_KEY)
        .await
        .map_err(|err| {
            tracing::error!("dashboard store unreachable: {err}");
            Error::Internal(crate::words::session_store_down()).answered()
        })?;
    let Some(stored) = stored else {
        return Ok(None);
    };
    Ok(checked(dashboard, services, activity, stored).await)
}

/// [`login_for`] once the stored login is read.
async fn checked(
    dashboard: &Session,
    services: &Services,
    activity: Activity,
    mut stored: StoredLogin,
) -> Option<RescueLogin> {
    let now = chrono::Utc::now().timestamp();
    let limits = services.lifetimes;
    let age = |since: i64| u64::try_from(now.saturating_sub(since)).unwrap_or(0);
    let ended = lifetime_ended(&stored, limits, now);
    let login = open_login(&stored, services);
    if let Some(message) = ended {
        // The Rescue login goes with the dashboard sign-in, not at Rescue's own idle limit.
        if let Some(login) = &login {
            log_out(services, &login.credentials).await;
        }
        end_with(dashboard, message).await;
        return None;
    }
    let mut login = login?;
    let mut changed = false;
    if stored.kind == LoginKind::Sso {
        // Another browser of the same person may have renewed the shared code since.
        if let Some(shared) = sso_code(services, &login.email, None).await {
            if !same_code(&login.credentials, &shared) {
                stored.sealed = services.seal.seal(shared.expose());
                login.credentials = rescue::Credentials::AuthCode(shared);
                changed = true;
            }
        }
    }
    if age(stored.checked_at) >= limits.recheck.as_secs() {
        match still_accepted(services, &login.credentials).await {
            Some(true) => {
                stored.checked_at = now;
                changed = true;
            }
            Some(false) if stored.kind == LoginKind::Sso => {
                // Rescue refused the person's code (superseded elsewhere): a new one is asked
                // for once, for all of their browsers; a refusal of that ends the sign-in.
                let refused = match &login.credentials {
                    rescue::Credentials::AuthCode(code) => Some(code.clone()),
                    rescue::Credentials::Cookie(_) => None,
                };
                let Some(renewed) = sso_code(services, &login.email, Some(refused)).await else {
                    end_with(dashboard, crate::words::login_revoked()).await;
                    return None;
                };
                stored.sealed = services.seal.seal(renewed.expose());
                stored.checked_at = now;
                login.credentials = rescue::Credentials::AuthCode(renewed);
                changed = true;
            }
            Some(false) => {
                end_with(dashboard, crate::words::login_revoked()).await;
                return None;
            }
            // Rescue could not be asked: an outage must not sign everyone out; it is
            // asked again on the next request.
            None => {}
        }
    }
    let touch_every = TOUCH_EVERY_SECS.min(limits.idle.as_secs() / 4);
    if activity == Activity::User && age(stored.active_at) >= touch_every {
        stored.active_at = now;
        changed = true;
    }
    if changed {
        if let Err(err) = dashboard.insert(LOGIN_KEY, stored).await {
            tracing::warn!("dashboard store: the sign-in's times were not saved: {err}");
        }
    }
    Some(login)
}

/// Why a stored sign-in has ended by `now` (seconds since 1970) by `limits`, if it has: past
/// its lifetime, or idle too long.
fn lifetime_ended(stored: &StoredLogin, limits: Lifetimes, now: i64) -> Option<String> {
    let signed_in =
        chrono::DateTime::parse_from_rfc3339(&stored.signed_in_at).map_or(0, |at| at.timestamp());
    let age = |since: i64| u64::try_from(now.saturating_sub(since)).unwrap_or(0);
    if age(signed_in) >= limits.max.as_secs() {
        Some(crate::words::lifetime_over(limits.max.as_secs()))
    } else if age(stored.active_at) >= limits.idle.as_secs() {
        Some(crate::words::idle_over(limits.idle.as_secs()))
    } else {
        None
    }
}

/// Whether dashboard session `id` still holds a sign-in within its lifetimes, read afresh from
/// the store: a long-lived answer (a live stream) cannot rely on its request's session, which
/// keeps what it read first. Rescue is not asked (the page's next request does that) and
/// nothing is written. `None`: the store could not be read, which is not a sign-out.
pub async fn still_held(
    store: &dyn tower_sessions::SessionStore,
    id: &tower_sessions::session::Id,
    services: &Services,
) -> Option<bool> {
    let record = match store.load(id).await {
        Ok(record) => record,
        Err(err) => {
            tracing::warn!("dashboard store unreadable for a live stream: {err}");
            return None;
        }
    };
    let stored = record
        .and_then(|r| r.data.get(LOGIN_KEY).cloned())
        .and_then(|value| serde_json::from_value::<StoredLogin>(value).ok());
    Some(stored.is_some_and(|stored| {
        lifetime_ended(&stored, services.lifetimes, chrono::Utc::now().timestamp()).is_none()
    }))
}

/// The single sign-on person's shared code: the kept one (`refused: None`), or one Rescue has
/// not refused (`Some(refused)`, renewed if need be). `None` when there is none to be had.
async fn sso_code(
    services: &Services,
    person: &str,
    refused: Option<Option<rescue::AuthCode>>,
) -> Option<rescue::AuthCode> {
    let sso = services.sso.as_ref()?;
    let found = match refused {
        None => sso.current_code(person).await,
        Some(refused) => sso.renew_code(person, refused.as_ref()).await.map(Some),
    };
    found
        .inspect_err(|err| tracing::warn!("single sign-on code not had: {err}"))
        .ok()
        .flatten()
}

fn same_code(credentials: &rescue::Credentials, code: &rescue::AuthCode) -> bool {
    matches!(credentials, rescue::Credentials::AuthCode(c) if c.expose() == code.expose())
}

/// Where to send the browser after signing out of a single sign-on: the provider's own
/// sign-out (with the ID token as hint), when it offers one.
pub async fn provider_logout(dashboard: &Session, services: &Services) -> Option<String> {
    let stored: StoredLogin = dashboard.get(LOGIN_KEY).await.ok().flatten()?;
    let id_token = services.seal.open(stored.id_token.as_deref()?)?;
    let sso = services.sso.as_ref()?;
    sso.logout_url(&id_token).await.ok().flatten()
}

/// The login this session holds, as stored: no lifetime is checked and Rescue is not
/// asked. Only for ending it (sign-out, a new sign-in in the same browser).
pub async fn held_login(dashboard: &Session, services: &Services) -> Option<RescueLogin> {
    let stored: StoredLogin = dashboard.get(LOGIN_KEY).await.ok().flatten()?;
    open_login(&stored, services)
}

/// Ends a Rescue login and drops what features keep for it (reports fetched with it).
/// Rescue being unreachable does not stop a sign-out: it is logged and the dashboard
/// session ends anyway. Authcodes cannot be logged out.
pub async fn log_out(services: &Services, credentials: &rescue::Credentials) {
    for keeper in &services.per_login {
        keeper.forget(credentials);
    }
    if matches!(credentials, rescue::Credentials::Cookie(_)) {
        if let Err(err) = services.rescue.logout(credentials).await {
            tracing::warn!("Rescue logout failed: {err}");
        }
    }
}

/// Ends the dashboard session, leaving the sign-in page `message`.
async fn end_with(dashboard: &Session, message: String) {
    if let Err(err) = forget(dashboard).await {
        tracing::warn!("an ended sign-in could not be cleared: {err}");
    }
    let flash = Flash {
        message,
        email: String::new(),
    };
    set_flash(dashboard, flash).await;
}

/// Whether Rescue still accepts a login: `None` when it could not be asked. The hierarchy
/// is the one read every login may make, admin or not; refusals that mean the login is
/// gone end it, anything else (an outage, an undocumented code) keeps it.
async fn still_accepted(services: &Services, credentials: &rescue::Credentials) -> Option<bool> {
    use rescue::GetHierarchyOutcome as H;
    let query = rescue::HierarchyQuery {
        node: None,
        filter_offline: true,
    };
    match services.rescue.get_hierarchy(credentials, query).await {
        Ok(H::Ok(_)) => Some(true),
        Ok(H::NotLoggedIn | H::InvalidSecretAuthCode | H::UserDeletedOrDisabled) => Some(false),
        Ok(other) => {
            tracing::warn!(
                code = other.code(),
                "re-check of a sign-in: unexpected answer"
            );
            None
        }
        Err(err) => {
            tracing::warn!("re-check of a sign-in: Rescue not reached: {err}");
            None
        }
    }
}

/// Logs why a stored login did not open: once per process, since a mismatched key would
/// otherwise log every request of every browser; the admin is asked to sign in again.
fn unopened(reason: &str) {
    static LOGGED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if !LOGGED.swap(true, std::sync::atomic::Ordering::Relaxed) {
        tracing::warn!(
            "a stored Rescue login did not open ({reason}); its browser must sign in again"
        );
    } else {
        tracing::debug!("a stored Rescue login did not open ({reason})");
    }
}

/// The credentials of a stored login, if its secret still opens with this server's key.
fn open_login(stored: &StoredLogin, services: &Services) -> Option<RescueLogin> {
    let Some(secret) = services.seal.open(&stored.sealed) else {
        unopened(
            "it was sealed with another key or altered: every instance sharing the \
             dashboard store needs the same SESSION_KEY",
        );
        return None;
    };
    let credentials = match stored.kind {
        LoginKind::Cookie => {
            rescue::LoginCookie::from_header_value(&secret).map(rescue::Credentials::Cookie)
        }
        LoginKind::AuthCode | LoginKind::Sso => {
            rescue::AuthCode::new(&secret).map(rescue::Credentials::AuthCode)
        }
    };
    let Some(credentials) = credentials else {
        unopened("its secret is not a Rescue login this server can use");
        return None;
    };
    Some(RescueLogin {
        email: stored.email.clone(),
        credentials,
    })
}

/// Forgets an expired Rescue login and leaves the sign-in page the notice why.
pub async fn forget_expired(dashboard: &Session) -> Result<(), Error> {
    forget(dashboard).await?;
    set_flash(dashboard, expired_flash()).await;
    Ok(())
}

/// The sign-in page's notice for a login that expired.
pub fn expired_flash() -> Flash {
    Flash {
        message: crate::words::login_expired(),
        email: String::new(),
    }
}

/// Ends the dashboard session entirely: the record is deleted and the browser's cookie
/// removed, so a request that still holds the old id finds nothing to save into, and
/// nothing is stored for the signed-out browser.
pub async fn forget(dashboard: &Session) -> Result<(), Error> {
    dashboard.flush().await.map_err(store_error)
}

/// Keeps a notice for the sessions page (the result of a form post without JavaScript).
pub async fn set_notice(dashboard: &Session, notice: Notice) -> Result<(), Error> {
    dashboard
        .insert(NOTICE_KEY, notice)
        .await
        .map_err(store_error)
}

/// Takes the pending notice, if any. Read first: removing a notice that is not there
/// would mark the session changed, and cost a store write on every page view.
pub async fn take_notice(dashboard: &Session) -> Option<Notice> {
    dashboard.get::<Notice>(NOTICE_KEY).await.ok().flatten()?;
    dashboard.remove(NOTICE_KEY).await.ok().flatten()
}

/// Whether this dashboard session holds a usable Rescue login (for routes outside Leptos,
/// such as the CSV exports).
pub async fn signed_in(dashboard: &Session, services: &Services) -> bool {
    current_login(dashboard, services).await.is_some()
}

fn store_error(err: tower_sessions::session::Error) -> Error {
    tracing::error!("dashboard store: {err}");
    Error::Internal(crate::words::session_not_saved())
}
