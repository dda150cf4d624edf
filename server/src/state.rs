//! The one place an instance's state is built: the audit log, the session store, the sealing
//! key and the features' guards. `serve` builds it from the configuration; every test harness
//! builds it the same way, so tests run the server as it runs.

use std::path::PathBuf;
use std::sync::Arc;

use leptos::config::LeptosOptions;

use crate::audit::AuditLog;
use crate::session_store::{Store, StoreKind};
use crate::{sealing, AppState, Error};

/// What an instance's state is made from.
#[derive(Debug)]
pub struct Settings {
    /// The site (wasm, JS, CSS, assets).
    pub leptos: LeptosOptions,
    /// The Rescue client (the configured API or the demo simulator).
    pub rescue: rescue::Client,
    /// What the sign-in page shows.
    pub sign_in: app::SignInInfo,
    /// The audit log's database (`sqlite://…`).
    pub database_url: String,
    /// Where finished audit records are delivered, if anywhere.
    pub audit_webhook: Option<crate::audit::webhook::Webhook>,
    /// Where dashboard sessions live.
    pub session_store: StoreKind,
    /// The sealing key given in the configuration, if any (base64).
    pub session_key: Option<String>,
    /// Where a generated key is kept when none is given.
    pub key_file: PathBuf,
    /// Seconds between automatic reloads of an open sessions page.
    pub refresh_secs: u32,
    /// Seconds a session may wait before the sessions page alerts it (0: never).
    pub wait_alert_secs: u32,
    /// Whether the dashboard cookie is `Secure`.
    pub cookie_secure: bool,
    /// Who may sign in, how often, from where.
    pub sign_in_rules: app::sign_in::rules::SignInRules,
    /// How long a sign-in lasts and how often Rescue is asked about it.
    pub lifetimes: app::services::Lifetimes,
}

/// A built instance: the router's state, and its audit log (tests read it).
#[derive(Debug, Clone)]
pub struct Built {
    /// The router's state.
    pub state: AppState,
    /// The audit log the state writes to.
    pub audit: AuditLog,
}

/// Opens the audit log and the session store, loads (or creates) the key, and assembles the
/// state every request shares.
pub async fn build(settings: Settings) -> Result<Built, Error> {
    let audit = AuditLog::open_delivering(&settings.database_url, settings.audit_webhook).await?;
    let key = match &settings.session_key {
        Some(text) => sealing::SealKey::from_base64(text)?,
        None => sealing::SealKey::load_or_create(&settings.key_file)?,
    };
    let installation = key.derive("shared guards");
    let sessions = Store::open(
        &settings.session_store,
        audit.sqlite(),
        (key.derive("session ids"), installation),
        &settings.lifetimes,
    )
    .await
    .map_err(|e| Error::SessionStore(e.to_string()))?;
    let mut backend =
        app::backend::Backend::new(settings.rescue, Arc::new(key), Arc::new(audit.clone()))
            .with_refresh_secs(settings.refresh_secs)
            .with_wait_alert_secs(settings.wait_alert_secs)
            .with_sign_in_rules(settings.sign_in_rules)
            .with_lifetimes(settings.lifetimes)
            .with_cookie_secure(settings.cookie_secure)
            .with_session_store(sessions.shared());
    // Instances sharing a session store share their guards too: one Rescue call per press,
    // one report lane per login, one count of failed sign-ins.
    if let Some(fleet) = sessions.fleet(installation) {
        backend = backend.with_fleet(Arc::new(fleet));
    }
    Ok(Built {
        state: AppState {
            leptos: settings.leptos,
            backend,
            sign_in: settings.sign_in,
            sessions,
            cookie_secure: settings.cookie_secure,
        },
        audit,
    })
}
