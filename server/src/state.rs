//! The one place an instance's state is built, from the configuration alone: where Rescue
//! calls go, the audit log, the session store, the sealing key and the features' guards.
//! `serve` builds it; every test harness builds it the same way, so tests run the server as it
//! runs.

use std::sync::Arc;

use leptos::config::LeptosOptions;

use crate::audit::AuditLog;
use crate::sessions::sealing;
use crate::sessions::store::Store;
use crate::{Config, Error};

/// Shared state of the router.
#[derive(Clone, Debug)]
pub struct AppState {
    /// Where the site (wasm, JS, CSS, assets) is served from.
    pub leptos: LeptosOptions,
    /// The features' services, guards and caches, for server functions and routes.
    pub backend: app::backend::Backend,
    /// What the sign-in page shows (demo credentials in demo mode).
    pub sign_in: app::SignInInfo,
    /// Where dashboard sessions live.
    pub sessions: Store,
    /// Whether the dashboard cookie is `Secure`.
    pub cookie_secure: bool,
    /// Rescue's Post to URL receiver, when `POST_TO_URL_TOKEN` is set.
    pub receiver: Option<Arc<crate::outcomes::Receiver>>,
}

/// Where Rescue calls go: the configured API, or an in-process simulator in demo mode.
pub struct Upstream {
    /// The client to use.
    pub client: rescue::Client,
    /// The sign-in page's facts.
    pub sign_in: app::SignInInfo,
    /// Keeps the demo simulator serving for as long as the server runs.
    _simulator: Option<rescue_sim::Running>,
    /// The demo simulator itself (demo mode only), to post its sessions to the receiver.
    pub simulator: Option<rescue_sim::Simulator>,
}

impl Upstream {
    /// Connects to `RESCUE_API_URL`, or starts the demo simulator on a free loopback port.
    pub async fn from_config(config: &Config) -> Result<Self, Error> {
        if let Some(url) = &config.rescue_api_url {
            crate::check_rescue_url(url).map_err(Error::InsecureRescueUrl)?;
            let client = rescue::Client::new(url, config.rescue_timeout())?
                .with_max_reply_bytes(config.rescue_max_reply_bytes());
            tracing::info!(rescue = %client.base_url(), "using the Rescue API");
            return Ok(Upstream {
                client,
                sign_in: app::SignInInfo::default(),
                _simulator: None,
                simulator: None,
            });
        }
        let simulator = rescue_sim::Simulator::new(rescue_sim::Config::default());
        let running = simulator
            .spawn(std::net::SocketAddr::from(([127, 0, 0, 1], 0)))
            .await
            .map_err(|source| Error::Simulator(source.to_string()))?;
        let client = rescue::Client::new(&running.api_url(), config.rescue_timeout())?
            .with_max_reply_bytes(config.rescue_max_reply_bytes());
        tracing::warn!(
            simulator = %running.api_url(),
            "RESCUE_API_URL is not set: demo mode with the built-in Rescue simulator"
        );
        Ok(Upstream {
            client,
            sign_in: app::SignInInfo {
                demo: Some(app::DemoAccount {
                    email: rescue_sim::seed::DEMO_ADMIN.to_owned(),
                    password: rescue_sim::seed::DEMO_PASSWORD.to_owned(),
                }),
                ..app::SignInInfo::default()
            },
            _simulator: Some(running),
            simulator: Some(simulator),
        })
    }
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
/// state every request shares, from `config` with Rescue reached through `upstream`. Every
/// setting is checked here before anything starts: a misconfigured list of admins or key must
/// not leave a half-up server.
pub async fn build(
    config: &Config,
    upstream: &Upstream,
    leptos: LeptosOptions,
) -> Result<Built, Error> {
    let rules = config.sign_in_rules().map_err(Error::SignInSetting)?;
    let sso = config
        .sso
        .settings(config.rescue_api_url.is_none(), config.rescue_timeout())
        .map_err(Error::SignInSetting)?;
    let session_key = config.session_key().map_err(Error::SessionKeyFile)?;
    let post_token = config
        .post_to_url
        .token()
        .map_err(Error::PostToUrlSetting)?;
    let lifetimes = config
        .tuning
        .lifetimes
        .unwrap_or_else(|| config.lifetimes());
    let mut webhook = config.audit_webhook()?;
    if let (Some(hook), Some((first, last))) = (webhook.take(), config.tuning.webhook_retries) {
        webhook = Some(hook.with_retries(first, last));
    }
    let audit = AuditLog::open_delivering(&config.database_url, webhook).await?;
    let key = match &session_key {
        Some(text) => sealing::SealKey::from_base64(text)?,
        None => sealing::SealKey::load_or_create(&config.key_file())?,
    };
    let installation = key.derive("shared guards");
    let sessions = Store::open(
        &config.session_store,
        audit.sqlite(),
        (key.derive("session ids"), installation),
        &lifetimes,
    )
    .await
    .map_err(|e| Error::SessionStore(e.to_string()))?;
    let cookie_secure = config.cookie_secure();
    let mut backend = app::backend::Backend::new(
        upstream.client.clone(),
        Arc::new(key),
        Arc::new(audit.clone()),
    )
    .with_refresh_secs(config.refresh_secs)
    .with_wait_alert_secs(config.wait_alert_secs)
    .with_sign_in_rules(rules)
    .with_lifetimes(lifetimes)
    .with_cookie_secure(cookie_secure)
    .with_session_store(sessions.shared());
    // Instances sharing a session store share their guards too: one Rescue call per press,
    // one report lane per login, one count of failed sign-ins.
    let fleet: Option<Arc<dyn app::fleet::Fleet>> = sessions
        .fleet(installation)
        .map(|fleet| Arc::new(fleet) as Arc<dyn app::fleet::Fleet>);
    if let Some(fleet) = &fleet {
        backend = backend.with_fleet(fleet.clone());
    }
    if let Some(settings) = sso {
        // The pending sign-ins and each person's code live where the sessions do, so every
        // instance finishes a sign-in another began and shares the person's code.
        let keep = app::sign_in::sso::Keep::new(fleet, backend.services.seal.clone());
        let sso =
            app::sign_in::sso::Sso::new(settings, upstream.client.clone(), keep, lifetimes.max)
                .map_err(Error::SignInSetting)?;
        backend = backend.with_sso(Arc::new(sso));
    }
    // Hearing the other instances' news and list reads, and reading lists after actions.
    backend.start().await.map_err(Error::SessionStore)?;
    // Received posts past their retention go, whether or not the receiver is on now.
    crate::outcomes::keep_for(audit.clone(), config.post_to_url.keep()).await;
    let receiver = post_token.map(|token| {
        Arc::new(crate::outcomes::Receiver::new(
            audit.clone(),
            &token,
            config.post_to_url.max_bytes(),
        ))
    });
    Ok(Built {
        state: AppState {
            leptos,
            backend,
            sign_in: upstream.sign_in.clone(),
            sessions,
            cookie_secure,
            receiver,
        },
        audit,
    })
}
