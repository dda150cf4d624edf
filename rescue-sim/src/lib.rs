//! A stand-in for the LogMeIn Rescue API, speaking its wire protocol from the server side, for
//! the dashboard's demo mode and for every test that crosses the network.
//!
//! Written apart from the `rescue` client on purpose: two independent readings of the API
//! reference cannot share one misunderstanding of the wire format.
//!
//! # What it answers
//!
//! `login`, `logout`, `requestAuthCode`, `requestAuthCodeSSO`, `getAccount` (`getAccount_v2`),
//! `getSession`, `getSession_v2`, `getSession_v3`,
//! `getHierarchy_v2`, `isAnyTechAvailableOnChannel`, `startSession`, `holdSession`,
//! `transferSession`, `closeSession` and `cancelAction`, at `/API/<method>.aspx` in any casing,
//! by GET or POST, in Rescue's text shapes, with HTTP 200 for business errors.
//!
//! # Rules
//!
//! - Login cookies (`ASP.NET_SessionId`) expire after 20 idle minutes; more than 10 logins for
//!   one account in 3 minutes answer `LIMITREACHED`; a new authcode replaces the previous one.
//! - `requestAuthCodeSSO` gives a user an authcode by their SSO ID (every demo user's is their
//!   e-mail) with the company's SSO password and numeric ID (`seed::DEMO_SSO_PASSWORD`,
//!   `seed::DEMO_COMPANY_ID`); it replaces that user's code however it was requested. A company
//!   ID that is not all digits answers `INVALIDPARAM_COMPANY`; anything else wrong `INVALID`.
//! - A user without a password (`seed::DEMO_SSO_ONLY`) signs in by single sign-on only:
//!   `login` and `requestAuthCode` answer `INVALID` whatever password is sent, as Rescue gives
//!   no separate answer for an SSO-only account.
//! - `getAccount` names the caller (SOAP `getAccount_v2`'s fields; the HTTP page's
//!   `KEY: value` text is this simulator's choice, as Rescue documents only the SOAP form).
//! - Admin actions become *pending* and are carried out by the simulated technician console
//!   after a delay; `cancelAction` drops the caller's pending action and restores the status.
//!   A technician whose console is offline makes actions answer `ACTIONFAILED`.
//!
//! # Choices where Rescue's behaviour is undocumented
//!
//! - `cancelAction` with nothing pending from *this* admin answers `ACTIONFAILED`.
//! - A second action while one is pending answers `ACTIONFAILED` (it does not replace it).
//! - `holdSession` needs an `Active` session, `startSession` a `Waiting` one; closed sessions
//!   cannot be transferred or closed: otherwise `ACTIONFAILED`.
//! - `transferSession` on an unknown session answers `INVALIDPARAM_SESSION`, like its siblings.
//! - When a request carries both a cookie and an authcode, the authcode decides.
//! - A disabled user's login attempts answer `INVALID`; their open logins and authcodes answer
//!   `USER_DELETED_OR_DISABLED`.
//! - `isAnyTechAvailableOnChannel` with an unknown channel answers `INVALIDPARAM_CHANNEL`.
//! - `ERROR` is reached only through fault injection (`code:ERROR`).
//!
//! # Demo account
//!
//! See [`seed`]: every user's password is [`seed::DEMO_PASSWORD`]; the demo administrator is
//! [`seed::DEMO_ADMIN`].

#![warn(missing_docs)]

pub mod account;
mod call;
pub mod clock;
pub mod faults;
mod format;
pub mod http;
mod life;
pub mod model;
pub mod post_to_url;
mod poster;
pub mod report;
pub mod seed;
mod soap;

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use account::Account;
use clock::{Clock, Millis};
use faults::FaultRule;

/// Requests kept in the log; older ones are dropped so a load test cannot exhaust memory.
const LOG_CAPACITY: usize = 10_000;

/// How to build a simulator.
#[derive(Debug, Clone)]
pub struct Config {
    /// Seed of every random choice: the same seed gives the same account and answers.
    pub seed: u64,
    /// Seed the demo account (otherwise only its hierarchy, without sessions).
    pub demo_sessions: bool,
    /// Let sessions arrive, get picked up and end on their own.
    pub living: bool,
    /// Simulated seconds per real second; 0 freezes the clock (tests advance it by hand).
    pub time_scale: f64,
    /// How long the technician console takes to carry out an admin action.
    pub action_delay: Duration,
    /// Serve the control API under `/_sim/`.
    pub control_api: bool,
    /// Faults active from the start.
    pub faults: Vec<FaultRule>,
    /// Extra active sessions spread over the technicians, for views of a thousand rows.
    pub crowd: u32,
    /// Report calls refuse authcodes (`INVALID_SECRETAUTHCODE`) while cookie logins of the same
    /// user work, as a live account was seen to do (rescue-api.md §5.2).
    pub reports_refuse_authcodes: bool,
}

impl Default for Config {
    /// The living demo account, real time, actions carried out after a minute, no control API.
    fn default() -> Self {
        Config {
            seed: 42,
            demo_sessions: true,
            living: true,
            time_scale: 1.0,
            action_delay: Duration::from_secs(60),
            control_api: false,
            faults: Vec::new(),
            crowd: 0,
            reports_refuse_authcodes: false,
        }
    }
}

impl Config {
    /// A quiet account for tests: frozen clock, no life, control API on.
    pub fn for_tests() -> Self {
        Config {
            living: false,
            time_scale: 0.0,
            control_api: true,
            ..Config::default()
        }
    }
}

/// How a call reached the simulator, kept in the request log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, Default)]
pub enum Protocol {
    /// `/API/<method>.aspx`, GET or POST.
    #[default]
    Http,
    /// `API.asmx`, SOAP 1.1.
    Soap11,
    /// `API.asmx`, SOAP 1.2.
    Soap12,
    /// `API.asmx/<operation>`, the form-post variant of an .asmx service.
    AsmxPost,
}

/// One logged request. Passwords are masked; cookies and authcodes are kept, since tests check
/// that each browser's own credentials were sent.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RequestRecord {
    /// Simulated time of arrival (ms since the epoch).
    pub at: Millis,
    /// `GET` or `POST`.
    pub http_method: String,
    /// HTTP pages, SOAP 1.1, SOAP 1.2 or the .asmx form post.
    #[serde(default)]
    pub protocol: Protocol,
    /// API method from the URL, as sent.
    pub method: String,
    /// Query and form parameters, `pwd` masked.
    pub params: Vec<(String, String)>,
    /// The `ASP.NET_SessionId` cookie, if sent.
    pub cookie: Option<String>,
    /// The `authcode` parameter, if sent.
    pub authcode: Option<String>,
}

impl RequestRecord {
    fn new(at: Millis, call: &call::Call<'_>, cookie: Option<&str>) -> Self {
        let params = &call.params;
        RequestRecord {
            at,
            http_method: call.http_method.to_owned(),
            protocol: call.protocol,
            method: call.method.to_owned(),
            params: params
                .0
                .iter()
                .map(|(k, v)| {
                    let value = if k.eq_ignore_ascii_case("pwd") {
                        "***".to_owned()
                    } else {
                        v.clone()
                    };
                    (k.clone(), value)
                })
                .collect(),
            cookie: cookie.map(str::to_owned),
            authcode: params.get("authcode").map(str::to_owned),
        }
    }

    /// A parameter's value.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// State shared by the HTTP handlers and the [`Simulator`] handle.
#[derive(Debug)]
pub struct Shared {
    account: Mutex<Account>,
    clock: Clock,
    faults: Mutex<Vec<FaultRule>>,
    log: Mutex<VecDeque<RequestRecord>>,
    control_api: bool,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // State stays consistent between statements, so a panic elsewhere leaves it usable.
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

impl Shared {
    fn lock_account(&self) -> MutexGuard<'_, Account> {
        lock(&self.account)
    }
    fn lock_faults(&self) -> MutexGuard<'_, Vec<FaultRule>> {
        lock(&self.faults)
    }
    fn record(&self, record: RequestRecord) {
        let mut log = lock(&self.log);
        if log.len() == LOG_CAPACITY {
            log.pop_front();
        }
        log.push_back(record);
    }
    fn requests(&self) -> Vec<RequestRecord> {
        lock(&self.log).iter().cloned().collect()
    }
    fn clear_requests(&self) {
        lock(&self.log).clear();
    }
}

/// A simulator: its state, and a handle to steer it from tests.
#[derive(Debug, Clone)]
pub struct Simulator {
    shared: Arc<Shared>,
}

impl Simulator {
    /// Builds the simulated account described by `config`.
    pub fn new(config: Config) -> Self {
        let clock = if config.time_scale > 0.0 {
            Clock::running(config.time_scale)
        } else {
            // A fixed, plausible start keeps frozen runs reproducible.
            Clock::frozen(chrono::DateTime::from_timestamp(1_718_800_000, 0).unwrap_or_default())
        };
        let mut account = Account::empty(config.seed);
        account.action_delay_ms = config.action_delay.as_millis() as Millis;
        if config.demo_sessions {
            seed::demo(&mut account, clock.now());
        } else {
            seed::hierarchy(&mut account);
        }
        seed::crowd(&mut account, config.crowd, clock.now());
        account.living = config.living;
        account.reports_refuse_authcodes = config.reports_refuse_authcodes;
        life::tick(&mut account, clock.now());
        Simulator {
            shared: Arc::new(Shared {
                account: Mutex::new(account),
                clock,
                faults: Mutex::new(config.faults),
                log: Mutex::new(VecDeque::new()),
                control_api: config.control_api,
            }),
        }
    }

    /// The axum router serving the API (and the control API when enabled).
    pub fn router(&self) -> axum::Router {
        http::router(self.shared.clone())
    }

    /// Serves on `addr` (port 0 picks a free one) in a background task.
    pub async fn spawn(&self, addr: SocketAddr) -> std::io::Result<Running> {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let router = self.router();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(async move {
            let shutdown = async {
                let _ = stopped.await;
            };
            if let Err(err) = axum::serve(listener, router)
                .with_graceful_shutdown(shutdown)
                .await
            {
                tracing::error!("simulator stopped: {err}");
            }
        });
        Ok(Running {
            addr,
            stop: Some(stop),
        })
    }

    /// Posts each session's data to `target` when it starts and when it ends, as Rescue's Post
    /// to URL does, from a task that also moves the clock every second (needs a tokio
    /// runtime; stops when the simulator is dropped).
    pub fn post_sessions_to(&self, target: post_to_url::PostTarget) {
        poster::start(self.shared.clone(), target);
    }

    /// Adds a fault rule.
    pub fn inject(&self, rule: FaultRule) {
        self.shared.lock_faults().push(rule);
    }

    /// Removes every fault rule.
    pub fn clear_faults(&self) {
        self.shared.lock_faults().clear();
    }

    /// The request log, oldest first.
    pub fn requests(&self) -> Vec<RequestRecord> {
        self.shared.requests()
    }

    /// Empties the request log.
    pub fn clear_requests(&self) {
        self.shared.clear_requests();
    }

    /// Moves simulated time forward (and lets due actions happen).
    pub fn advance(&self, by: Duration) {
        self.shared.clock.advance(by);
        let now = self.shared.clock.now();
        life::tick(&mut self.shared.lock_account(), now);
    }

    /// Runs `f` on the account (inspect sessions, change presence, disable users…).
    pub fn with_account<T>(&self, f: impl FnOnce(&mut Account) -> T) -> T {
        f(&mut self.shared.lock_account())
    }

    /// The simulated time now.
    pub fn now(&self) -> Millis {
        self.shared.clock.now()
    }
}

/// A simulator serving on a port.
#[derive(Debug)]
pub struct Running {
    /// Where it listens.
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Running {
    /// The API base URL clients should use (`http://127.0.0.1:PORT/API/`).
    pub fn api_url(&self) -> String {
        format!("http://{}/API/", self.addr)
    }
}

impl Drop for Running {
    /// Stops listening and closes idle connections, as a host going away does: clients then
    /// see refused connections, not a server that silently keeps answering on old ones.
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}
