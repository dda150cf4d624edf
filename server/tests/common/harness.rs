//! The test server: the real router as `serve` builds it from its configuration, against a
//! simulator on a loopback port, made by one builder.

use std::time::Duration;

use leptos::config::LeptosOptions;

use super::postgres;

pub struct Harness {
    pub router: axum::Router,
    pub sim: rescue_sim::Simulator,
    /// The simulator's API base URL.
    pub api_url: String,
    pub running: std::sync::Mutex<Option<rescue_sim::Running>>,
    pub audit: server::audit::AuditLog,
    /// The server's guards and caches, to check what a request left behind.
    pub backend: app::backend::Backend,
    /// Its session store (the operator's endpoints look into it).
    pub sessions: server::sessions::store::Store,
    /// Every response body and Set-Cookie seen, for checks that no secret reaches a browser.
    pub responses: std::sync::Mutex<Vec<String>>,
    /// Whether to keep them (off by default: benchmarks make many large ones).
    pub keep_responses: std::sync::atomic::AtomicBool,
    /// How its server was built, for a restart or a second instance.
    pub setup: Setup,
    /// Keeps the audit database alive for the test.
    pub dir: tempfile::TempDir,
}

/// How a test's server is built: its configuration as an operator would write it (plus what
/// tests shorten), and where the site's files are.
#[derive(Clone)]
pub struct Setup {
    /// The settings, as flags (`--database-url …`); the simulator's URL is added at build.
    pub flags: Vec<String>,
    /// What tests shorten past the settings' ranges.
    pub tuning: server::Tuning,
    /// Where the site is served from.
    pub site_root: String,
}

/// Who may sign in on a test server unless a test says otherwise: the demo accounts.
pub fn demo_accounts() -> String {
    rescue_sim::seed::DEMO_ACCOUNTS.join(",")
}

/// Builds a test server: the real router against a simulator of its own on a loopback port,
/// its database and key in a temporary directory. Every default is a setting's as a test wants
/// it: the demo accounts admitted, sessions in memory, Rescue calls bounded to 2 s.
pub struct Builder {
    dir: tempfile::TempDir,
    store: server::sessions::store::StoreKind,
    timeout: Duration,
    allowed: String,
    wait_alert_secs: Option<u32>,
    webhook: Option<String>,
    tuning: server::Tuning,
    site_root: String,
    database: Option<String>,
    extra: Vec<String>,
}

impl Harness {
    /// A builder with the test defaults.
    pub fn builder() -> Builder {
        Builder {
            dir: tempfile::tempdir().unwrap(),
            store: server::sessions::store::StoreKind::Memory,
            timeout: Duration::from_secs(2),
            allowed: demo_accounts(),
            wait_alert_secs: None,
            webhook: None,
            tuning: server::Tuning::default(),
            site_root: "target/site".into(),
            database: postgres::DATABASE.with(|d| d.borrow().clone()),
            extra: Vec::new(),
        }
    }
}

impl Builder {
    /// The database, key and SQLite sessions in `dir` (building again on it is a restart).
    pub fn dir(mut self, dir: tempfile::TempDir) -> Self {
        self.dir = dir;
        self
    }
    /// Sessions in `store`.
    pub fn store(mut self, store: server::sessions::store::StoreKind) -> Self {
        self.store = store;
        self
    }
    /// Rescue calls given up after `timeout`.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }
    /// `ALLOWED_ADMINS=allowed`.
    pub fn allowing(mut self, allowed: &str) -> Self {
        self.allowed = allowed.to_owned();
        self
    }
    /// Sign-ins lasting `lifetimes`.
    pub fn lasting(mut self, lifetimes: app::core::services::Lifetimes) -> Self {
        self.tuning.lifetimes = Some(lifetimes);
        self
    }
    /// `WAIT_ALERT_SECS=secs`.
    pub fn alerting(mut self, secs: u32) -> Self {
        self.wait_alert_secs = Some(secs);
        self
    }
    /// `AUDIT_WEBHOOK_URL=url`, each delivery given up after 1 s and retried after 100 ms,
    /// doubling to 400 ms.
    pub fn delivering(mut self, url: &str) -> Self {
        self.webhook = Some(url.to_owned());
        self.tuning.webhook_retries =
            Some((Duration::from_millis(100), Duration::from_millis(400)));
        self
    }
    /// `flag` set to `value` (any other setting, as an operator writes it).
    pub fn setting(mut self, flag: &str, value: &str) -> Self {
        self.extra.extend([flag.to_owned(), value.to_owned()]);
        self
    }
    /// The site's files served from `root`.
    pub fn serving(mut self, root: &std::path::Path) -> Self {
        self.site_root = root.display().to_string();
        self
    }

    /// The server and its simulator.
    pub async fn build(self) -> Harness {
        let sim = rescue_sim::Simulator::new(rescue_sim::Config::for_tests());
        let running = sim.spawn("127.0.0.1:0".parse().unwrap()).await.unwrap();
        let api_url = running.api_url();
        let database = self
            .database
            .clone()
            .unwrap_or_else(|| format!("sqlite://{}/console.db", self.dir.path().display()));
        let store = match (&self.store, self.database.is_some()) {
            // The SQLite session store needs a SQLite audit log: sessions in memory instead.
            (server::sessions::store::StoreKind::Sqlite, true) => "memory".to_owned(),
            (server::sessions::store::StoreKind::Sqlite, false) => "sqlite".to_owned(),
            (server::sessions::store::StoreKind::Memory, _) => "memory".to_owned(),
            (server::sessions::store::StoreKind::Redis(url), _) => url.clone(),
        };
        // The key every instance of one installation is given, kept in the test's directory.
        let key_file = self.dir.path().join("session.key");
        server::sessions::sealing::SealKey::load_or_create(&key_file).unwrap();
        let mut flags: Vec<String> = [
            ("--database-url", database),
            ("--session-store", store),
            ("--session-key-file", key_file.display().to_string()),
            ("--allowed-admins", self.allowed.clone()),
            ("--rescue-timeout-ms", self.timeout.as_millis().to_string()),
            ("--cookie-secure", "false".to_owned()),
        ]
        .into_iter()
        .flat_map(|(flag, value)| [flag.to_owned(), value])
        .collect();
        flags.extend(self.extra.iter().cloned());
        if let Some(secs) = self.wait_alert_secs {
            flags.extend(["--wait-alert-secs".to_owned(), secs.to_string()]);
        }
        if let Some(url) = &self.webhook {
            flags.extend([
                "--audit-webhook-url".to_owned(),
                url.clone(),
                "--audit-webhook-timeout-secs".to_owned(),
                "1".to_owned(),
            ]);
        }
        let setup = Setup {
            flags,
            tuning: self.tuning,
            site_root: self.site_root,
        };
        let instance = setup.instance(&api_url).await;
        Harness::from_parts(
            instance,
            sim,
            api_url,
            std::sync::Mutex::new(Some(running)),
            self.dir,
            setup,
        )
    }
}

/// A test server with every default (see [`Builder`]).
pub async fn harness() -> Harness {
    Harness::builder().build().await
}

/// One dashboard server: its router and what tests look into.
pub struct Instance {
    pub router: axum::Router,
    pub audit: server::audit::AuditLog,
    pub backend: app::backend::Backend,
    pub sessions: server::sessions::store::Store,
}

impl Setup {
    /// The configuration as the server parses it, Rescue at `api_url`.
    pub fn config(&self, api_url: &str) -> server::Config {
        use clap::Parser;
        let mut args = vec![
            "server".to_owned(),
            "--rescue-api-url".to_owned(),
            api_url.to_owned(),
        ];
        args.extend(self.flags.iter().cloned());
        let mut config = server::Config::try_parse_from(args).expect("the test's settings");
        config.tuning = self.tuning.clone();
        config
    }

    /// The dashboard as `serve` builds it, against Rescue at `api_url`: building it again
    /// with the same setup is a restart.
    pub async fn instance(&self, api_url: &str) -> Instance {
        let config = self.config(api_url);
        let upstream = server::Upstream::from_config(&config).await.unwrap();
        let leptos = LeptosOptions::builder()
            .output_name("rescue-console")
            .site_root(self.site_root.clone())
            .build();
        let built = server::state::build(&config, &upstream, leptos)
            .await
            .unwrap();
        let backend = built.state.backend.clone();
        let sessions = built.state.sessions.clone();
        Instance {
            router: server::router(built.state),
            audit: built.audit,
            backend,
            sessions,
        }
    }

    /// The same setup with `flag` set to `value`.
    pub fn with(&self, flag: &str, value: &str) -> Setup {
        let mut setup = self.clone();
        match setup.flags.iter().position(|f| f == flag) {
            Some(at) => setup.flags[at + 1] = value.to_owned(),
            None => setup.flags.extend([flag.to_owned(), value.to_owned()]),
        }
        setup
    }
}

impl Harness {
    /// A harness around another server instance of the same simulator (a restart, or a
    /// second instance behind a load balancer).
    pub fn from_parts(
        instance: Instance,
        sim: rescue_sim::Simulator,
        api_url: String,
        running: std::sync::Mutex<Option<rescue_sim::Running>>,
        dir: tempfile::TempDir,
        setup: Setup,
    ) -> Self {
        let Instance {
            router,
            audit,
            backend,
            sessions,
        } = instance;
        Harness {
            router,
            backend,
            sessions,
            sim,
            api_url,
            running,
            responses: Default::default(),
            keep_responses: Default::default(),
            audit,
            setup,
            dir,
        }
    }

    /// Another instance of this installation behind the same load balancer: the same key,
    /// session store, audit database (unless it is this one's SQLite file: then its own, in
    /// `dir`) and simulator.
    pub async fn sibling(&self, dir: tempfile::TempDir) -> Harness {
        let database = self.setup.config(&self.api_url).database_url;
        let setup = if database.starts_with("sqlite") {
            let own = format!("sqlite://{}/console.db", dir.path().display());
            self.setup.with("--database-url", &own)
        } else {
            self.setup.clone()
        };
        let instance = setup.instance(&self.api_url).await;
        Harness::from_parts(
            instance,
            self.sim.clone(),
            self.api_url.clone(),
            std::sync::Mutex::new(None),
            dir,
            setup,
        )
    }

    /// Stops the simulator: Rescue is unreachable from now on.
    pub fn stop_rescue(&self) {
        drop(self.running.lock().unwrap().take());
    }
}

/// A Rescue client for the harness's simulator and an authcode of the demo admin (for
/// benchmarks that sign in many browsers, or call Rescue directly).
pub async fn demo_authcode(h: &Harness) -> (rescue::Client, rescue::AuthCode) {
    let client = rescue::Client::new(&h.api_url, Duration::from_secs(5)).expect("client");
    let password = rescue::SecretString::from(rescue_sim::seed::DEMO_PASSWORD.to_owned());
    let rescue::RequestAuthCodeOutcome::Ok(code) = client
        .request_auth_code(rescue_sim::seed::DEMO_ADMIN, &password)
        .await
        .expect("authcode")
    else {
        panic!("the demo admin gets an authcode");
    };
    (client, code)
}
