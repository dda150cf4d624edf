//! The server's state as the features see it, built in one place: the shared services, and
//! each feature's own guards and caches. `server` builds one [`Backend`] and provides it to
//! every request; tests build theirs the same way.

use std::sync::Arc;

use axum::extract::FromRef;

use crate::audit::AuditTrail;
use crate::core::services::{CredentialSeal, Services, DEFAULT_REFRESH_SECS};

/// Everything the server functions and the export routes need.
#[derive(Clone, Debug)]
pub struct Backend {
    /// The Rescue client, the sealing of stored logins, the audit log.
    pub services: Services,
    /// Who may sign in, how often, from where.
    pub sign_in: Arc<crate::sign_in::rules::SignInRules>,
    /// Session list reads running right now, shared by concurrent refreshes of one view.
    pub lists: Arc<crate::sessions::Lists>,
    /// Session actions whose Rescue call is running right now.
    pub in_flight: Arc<crate::actions::InFlight>,
    /// Report requests, one lane per Rescue login, and the reports they fetched.
    pub reports: Arc<crate::reports::desk::ReportDesk>,
    /// Bulk actions running or just finished, and each browser's lane of calls.
    pub bulk_runs: Arc<crate::bulk::run::Runs>,
    /// What each confirmation's first submission left, for a repeat to be answered with.
    pub receipts: Arc<crate::receipts::Receipts>,
    /// Single sign-on, when configured (also in `services`, as what a signed-in browser needs).
    pub sso: Option<Arc<crate::sign_in::sso::Sso>>,
    /// The live streams of open sessions lists, and the watchers reading their lists.
    pub live: Arc<crate::sessions::stream::Hub>,
}

impl Backend {
    /// A backend with fresh guards (nothing in flight, no failed sign-ins yet).
    pub fn new(
        rescue: rescue::Client,
        seal: Arc<dyn CredentialSeal>,
        audit: Arc<dyn AuditTrail>,
    ) -> Self {
        let reports: Arc<crate::reports::desk::ReportDesk> = Arc::default();
        let live: Arc<crate::sessions::stream::Hub> = Arc::default();
        Backend {
            services: Services {
                rescue,
                seal,
                audit,
                refresh_secs: DEFAULT_REFRESH_SECS,
                wait_alert_secs: crate::core::services::DEFAULT_WAIT_ALERT_SECS,
                per_login: vec![reports.clone(), live.clone()],
                lifetimes: Default::default(),
                fleet: None,
                cookie_secure: false,
                sessions: None,
                sso: None,
                news: Arc::default(),
            },
            sign_in: Arc::default(),
            lists: Arc::default(),
            in_flight: Arc::default(),
            reports,
            bulk_runs: Arc::default(),
            receipts: Arc::default(),
            sso: None,
            live,
        }
    }

    /// The same backend, signing in by `rules` (until then nobody may sign in).
    pub fn with_sign_in_rules(mut self, rules: crate::sign_in::rules::SignInRules) -> Self {
        self.sign_in = Arc::new(rules);
        self
    }

    /// The same backend, with these sign-in lifetimes.
    pub fn with_lifetimes(mut self, lifetimes: crate::core::services::Lifetimes) -> Self {
        self.services.lifetimes = lifetimes;
        self
    }

    /// The same backend, sharing its guards with the other instances through `fleet`.
    pub fn with_fleet(mut self, fleet: Arc<dyn crate::fleet::Fleet>) -> Self {
        self.services.news = Arc::new(crate::news::Newsroom::shared(fleet.clone()));
        self.live.share_with(fleet.clone());
        self.services.fleet = Some(fleet);
        self
    }

    /// The same backend, its cookies `Secure` (and `__Host-` named) or not.
    pub fn with_cookie_secure(mut self, secure: bool) -> Self {
        self.services.cookie_secure = secure;
        self
    }

    /// The same backend, reaching the dashboard session store outside requests through `store`.
    pub fn with_session_store(mut self, store: Arc<dyn tower_sessions::SessionStore>) -> Self {
        self.services.sessions = Some(store);
        self
    }

    /// The same backend, signing in through the identity provider too.
    pub fn with_sso(mut self, sso: Arc<crate::sign_in::sso::Sso>) -> Self {
        self.services.sso = Some(sso.clone());
        self.sso = Some(sso);
        self
    }

    /// The same backend, reloading open sessions pages every `secs` seconds.
    pub fn with_refresh_secs(mut self, secs: u32) -> Self {
        self.services.refresh_secs = secs;
        self
    }

    /// The same backend, alerting waiting sessions past `secs` seconds (0: never).
    pub fn with_wait_alert_secs(mut self, secs: u32) -> Self {
        self.services.wait_alert_secs = secs;
        self
    }

    /// Provides every piece as Leptos context for the request being rendered.
    pub fn provide(&self) {
        use leptos::prelude::provide_context;
        provide_context(self.services.clone());
        provide_context(self.sign_in.clone());
        provide_context(self.lists.clone());
        provide_context(self.in_flight.clone());
        provide_context(self.reports.clone());
        provide_context(self.bulk_runs.clone());
        provide_context(self.receipts.clone());
        provide_context(self.live.clone());
    }

    /// Starts what runs beside the requests: with several instances, hearing the others'
    /// news and shared list reads; on every instance, a read of each open list soon after an
    /// action on one of its sessions. Once, from within the runtime, before serving.
    pub async fn start(&self) -> Result<(), String> {
        if let Some(fleet) = &self.services.fleet {
            let news = self.services.news.clone();
            fleet
                .subscribe(crate::news::CHANNEL, Box::new(move |m| news.heard(&m)))
                .await?;
            let (hub, seal) = (self.live.clone(), self.services.seal.clone());
            fleet
                .subscribe(
                    crate::sessions::stream::relay::CHANNEL,
                    Box::new(move |m| crate::sessions::stream::relay::heard(&hub, &seal, &m)),
                )
                .await?;
        }
        let (hub, mut news) = (self.live.clone(), self.services.news.listen());
        tokio::spawn(async move {
            loop {
                match news.recv().await {
                    Ok(piece) if !piece.outcome.uncertain() => {
                        crate::sessions::stream::after_action(&hub, piece.session);
                    }
                    Ok(_) | Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {}
                    Err(tokio::sync::broadcast::error::RecvError::Closed) => return,
                }
            }
        });
        Ok(())
    }

    /// The routes outside Leptos (the CSV exports), on this state.
    pub fn routes(&self) -> axum::Router {
        axum::Router::new()
            .merge(crate::history::csv::routes())
            .merge(crate::reports::csv::routes())
            .merge(crate::outcomes::csv::routes())
            .merge(crate::bulk::run::routes())
            .merge(crate::sign_in::sso::routes())
            .merge(crate::layout::theme::route::routes())
            .merge(crate::layout::language::route::routes())
            .merge(crate::sessions::stream::route::routes())
            .with_state(self.clone())
    }
}

impl FromRef<Backend> for Services {
    fn from_ref(backend: &Backend) -> Self {
        backend.services.clone()
    }
}

impl FromRef<Backend> for Arc<crate::sessions::stream::Hub> {
    fn from_ref(backend: &Backend) -> Self {
        backend.live.clone()
    }
}

impl FromRef<Backend> for Arc<crate::sign_in::rules::SignInRules> {
    fn from_ref(backend: &Backend) -> Self {
        backend.sign_in.clone()
    }
}

impl FromRef<Backend> for Option<Arc<crate::sign_in::sso::Sso>> {
    fn from_ref(backend: &Backend) -> Self {
        backend.sso.clone()
    }
}

impl FromRef<Backend> for Arc<crate::actions::InFlight> {
    fn from_ref(backend: &Backend) -> Self {
        backend.in_flight.clone()
    }
}

impl FromRef<Backend> for Arc<crate::bulk::run::Runs> {
    fn from_ref(backend: &Backend) -> Self {
        backend.bulk_runs.clone()
    }
}

impl FromRef<Backend> for Arc<crate::receipts::Receipts> {
    fn from_ref(backend: &Backend) -> Self {
        backend.receipts.clone()
    }
}

impl FromRef<Backend> for Arc<crate::reports::desk::ReportDesk> {
    fn from_ref(backend: &Backend) -> Self {
        backend.reports.clone()
    }
}
