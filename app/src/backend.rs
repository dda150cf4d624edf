//! What server functions need from the server they run in, provided as Leptos context by the
//! `server` crate: the Rescue client, the sealing of stored credentials, the audit log, and the
//! guards that keep one click to one Rescue call and slow down password guessing.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use futures_util::future::{BoxFuture, FutureExt, Shared};

use crate::rate_limit::FailedSignIns;

/// Encrypts credentials before they enter the session store, and decrypts them after.
/// Implemented by the server with its configured key.
pub trait CredentialSeal: Send + Sync + std::fmt::Debug {
    /// Encrypts a secret for storage.
    fn seal(&self, secret: &str) -> String;
    /// Decrypts a stored secret; `None` if it was sealed with another key or altered.
    fn open(&self, sealed: &str) -> Option<String>;
}

/// One attempted session action, as the audit log keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRecord {
    /// When it was attempted (UTC).
    pub at: DateTime<Utc>,
    /// The administrator's Rescue e-mail.
    pub admin_email: String,
    /// The Rescue method (`cancelAction`, …).
    pub action: String,
    /// The session acted on.
    pub session_id: u32,
    /// The technician of the row the admin acted from.
    pub technician: String,
    /// Rescue's result code, or a transport failure such as `TIMEOUT` (see `rescue::Error::code`).
    pub outcome: String,
    /// How long Rescue took to answer (or to fail).
    pub latency_ms: u64,
}

/// A pending audit log operation; its error is a description for the server log.
pub type AuditFuture<'a, T = ()> = Pin<Box<dyn Future<Output = Result<T, String>> + Send + 'a>>;

/// Where attempted actions are recorded and read back. Implemented by the server's SQLite
/// audit log.
pub trait AuditTrail: Send + Sync + std::fmt::Debug {
    /// Writes one record.
    fn record(&self, record: AuditRecord) -> AuditFuture<'_>;
    /// Up to `limit` records matching `filter`, newest first, all older than the record
    /// `before` when given (the keyset of history pages).
    fn page<'a>(
        &'a self,
        filter: &'a crate::history::Filter,
        before: Option<i64>,
        limit: u32,
    ) -> AuditFuture<'a, Vec<crate::history::Entry>>;
    /// Counts per outcome of the records matching `filter`, for the history charts.
    fn summary<'a>(
        &'a self,
        filter: &'a crate::history::Filter,
    ) -> AuditFuture<'a, crate::history::Summary>;
    /// The actions and outcome codes the log holds, for the history filters.
    fn choices(&self) -> AuditFuture<'_, crate::history::Choices>;
    /// What `admin` asked since `since`, oldest first (for the pending-action markers).
    fn requests_of<'a>(
        &'a self,
        admin: &'a str,
        since: DateTime<Utc>,
    ) -> AuditFuture<'a, Vec<crate::pending::Requested>>;
}

/// The server-side services of a request.
#[derive(Clone, Debug)]
pub struct Backend {
    /// The shared Rescue client (no cookie store: credentials go with each call).
    pub rescue: rescue::Client,
    /// Seals what the session store keeps of a Rescue login.
    pub seal: Arc<dyn CredentialSeal>,
    /// Records every attempted session action.
    pub audit: Arc<dyn AuditTrail>,
    /// Session actions whose Rescue call is running right now.
    pub in_flight: Arc<InFlight>,
    /// Failed sign-ins per client address.
    pub failed_sign_ins: Arc<FailedSignIns>,
    /// Report requests, one lane per Rescue login, and the reports they fetched.
    pub reports: Arc<crate::report_desk::ReportDesk>,
    /// Session list reads running right now, shared by concurrent refreshes of one view.
    pub lists: Arc<Coalesce<ListKey, Arc<crate::sessions::Fetched>>>,
    /// Seconds between automatic reloads of an open sessions page (0: only on request).
    pub refresh_secs: u32,
}

impl Backend {
    /// A backend with fresh guards (nothing in flight, no failed sign-ins yet).
    pub fn new(
        rescue: rescue::Client,
        seal: Arc<dyn CredentialSeal>,
        audit: Arc<dyn AuditTrail>,
    ) -> Self {
        Backend {
            rescue,
            seal,
            audit,
            in_flight: Arc::default(),
            failed_sign_ins: Arc::default(),
            reports: Arc::default(),
            lists: Arc::default(),
            refresh_secs: DEFAULT_REFRESH_SECS,
        }
    }

    /// The same backend, reloading open sessions pages every `secs` seconds.
    pub fn with_refresh_secs(self, secs: u32) -> Self {
        Backend {
            refresh_secs: secs,
            ..self
        }
    }
}

/// The sessions page reloads its list this often unless configured otherwise (`REFRESH_SECS`).
pub const DEFAULT_REFRESH_SECS: u32 = 15;

/// What identifies one list read: which browser (dashboard session) reads which node.
pub type ListKey = (String, u32, &'static str);

/// Makes concurrent identical reads one Rescue call: a refresh storm (several tabs, a held
/// F5, a timer firing while a click reloads) waits for the read already running instead of
/// multiplying calls. Only reads go through here; a finished read is never reused, so every
/// new refresh sees Rescue as it is now.
pub struct Coalesce<K, V: Clone> {
    running: Mutex<HashMap<K, Shared<BoxFuture<'static, V>>>>,
}

impl<K, V: Clone> Default for Coalesce<K, V> {
    fn default() -> Self {
        Coalesce {
            running: Mutex::new(HashMap::new()),
        }
    }
}

impl<K, V: Clone> std::fmt::Debug for Coalesce<K, V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Coalesce").finish_non_exhaustive()
    }
}

impl<K, V> Coalesce<K, V>
where
    K: std::hash::Hash + Eq + Clone,
    V: Clone + Send + Sync + 'static,
{
    /// The result of the read `key` already running, or of `start()` if none is.
    pub async fn run(&self, key: K, start: impl FnOnce() -> BoxFuture<'static, V>) -> V {
        let read = self
            .running
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(key.clone())
            .or_insert_with(|| start().shared())
            .clone();
        let value = read.clone().await;
        let mut running = self.running.lock().unwrap_or_else(|e| e.into_inner());
        // Only this read's entry: a newer read of the same key may have started meanwhile.
        if running.get(&key).is_some_and(|r| r.ptr_eq(&read)) {
            running.remove(&key);
        }
        value
    }
}

/// What identifies one requested action: which browser (dashboard session) asked, on which
/// Rescue session, to do what.
pub type ActionKey = (String, u32, &'static str);

/// Makes a double submit one Rescue call. Session actions are not idempotent (a second
/// `cancelAction` would answer `ACTIONFAILED`, or cancel something newer), so a request that
/// arrives while the same action from the same browser is running waits for that call's result
/// instead of making its own.
#[derive(Debug, Default)]
pub struct InFlight {
    running: Mutex<HashMap<ActionKey, Arc<tokio::sync::OnceCell<crate::actions::ActionReport>>>>,
}

impl InFlight {
    /// Runs `call` unless the same action is already running, in which case its result is
    /// shared. The second element is `true` for the request that made the call.
    pub async fn run_once<F>(&self, key: ActionKey, call: F) -> (crate::actions::ActionReport, bool)
    where
        F: Future<Output = crate::actions::ActionReport>,
    {
        let (cell, first) = {
            let mut running = self.running.lock().unwrap_or_else(|e| e.into_inner());
            match running.get(&key) {
                Some(cell) => (cell.clone(), false),
                None => {
                    let cell = Arc::new(tokio::sync::OnceCell::new());
                    running.insert(key.clone(), cell.clone());
                    (cell, true)
                }
            }
        };
        if !first {
            // `get_or_init` lets only one initializer run: this waits for the first request's.
            let report = cell.get_or_init(|| async { interrupted_report() }).await;
            return (report.clone(), false);
        }
        // Removed even if this request is dropped mid-call, so a later click can try again.
        let _cleanup = Cleanup {
            running: &self.running,
            key,
        };
        let report = cell.get_or_init(|| call).await.clone();
        (report, true)
    }
}

/// Only reached if the first request was dropped (its browser went away) mid-call.
fn interrupted_report() -> crate::actions::ActionReport {
    crate::actions::ActionReport {
        session: 0,
        code: "INTERRUPTED".into(),
        ok: false,
        message: "An earlier click on this button was interrupted; Rescue may or may not have received it. Check the session's status before trying again.".into(),
    }
}

struct Cleanup<'a> {
    running:
        &'a Mutex<HashMap<ActionKey, Arc<tokio::sync::OnceCell<crate::actions::ActionReport>>>>,
    key: ActionKey,
}

impl Drop for Cleanup<'_> {
    fn drop(&mut self) {
        self.running
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&self.key);
    }
}
