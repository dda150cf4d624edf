//! The operator's endpoints, on a listener of their own (`METRICS_ADDR`, off by default):
//! `/healthz` (the process answers), `/readyz` (what a request needs is reachable) and
//! `/metrics` (Prometheus text).
//!
//! Why a separate listener: these endpoints answer without a sign-in and name the dashboard's
//! routes, its upstream and its load. Bound to loopback or an internal network, only the
//! monitoring sees them; on the dashboard's own address any browser would.

mod checks;
pub mod requests;

use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use http::{header, StatusCode};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

use app::once::Coalesce;

use crate::audit::AuditLog;
use crate::sessions::store::Store;

/// Latency buckets in seconds: Rescue answers in tens of milliseconds to its timeout (10 s by
/// default); pages and audit writes in milliseconds.
const BUCKETS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// How often histogram samples are folded into their buckets when nobody scrapes: without it,
/// an instance nobody scrapes would keep every sample.
const UPKEEP: Duration = Duration::from_secs(5);

/// What the operator's endpoints look at.
#[derive(Clone)]
pub struct Operator {
    /// Renders the metrics.
    pub metrics: PrometheusHandle,
    /// The audit log (and with SQLite, the session store's database).
    pub audit: AuditLog,
    /// The session store.
    pub sessions: Store,
    /// The Rescue client, with its timeout.
    pub rescue: rescue::Client,
    /// Probes of Rescue running now, shared by concurrent `/readyz` requests: a burst of
    /// probes (several monitors, a restarted orchestrator) makes one Rescue call, not one each.
    probes: Arc<Coalesce<(), checks::State>>,
    /// Rescue's last answer and when it came: probes within [`checks::RESCUE_KEPT`] reuse it,
    /// so a monitor polling every second asks Rescue once per ten.
    last_rescue: Arc<std::sync::Mutex<Option<(std::time::Instant, checks::State)>>>,
    /// The `Host` names the endpoints answer (`host:port`, lower-case).
    hosts: Arc<Vec<String>>,
    /// The live streams of open sessions lists, counted at scrape time.
    live: Option<Arc<app::sessions::stream::Hub>>,
}

impl Operator {
    /// The endpoints' view of these parts, answering requests for the `Host` names `hosts`.
    pub fn new(
        metrics: PrometheusHandle,
        audit: AuditLog,
        sessions: Store,
        rescue: rescue::Client,
        hosts: Vec<String>,
    ) -> Self {
        Operator {
            metrics,
            audit,
            sessions,
            rescue,
            probes: Arc::default(),
            last_rescue: Arc::default(),
            hosts: Arc::new(hosts.into_iter().map(|h| h.to_ascii_lowercase()).collect()),
            live: None,
        }
    }

    /// The same operator, counting the live streams of `hub` too.
    pub fn with_live(mut self, hub: Arc<app::sessions::stream::Hub>) -> Self {
        self.live = Some(hub);
        self
    }
}

/// The `Host` names the endpoints on `addr` answer unless `METRICS_HOSTS` says otherwise: the
/// address itself, and `localhost` with its port when it is a loopback address. An address
/// of every interface (0.0.0.0) answers these loopback names only: the names it is reached by
/// from elsewhere must be listed.
pub fn default_hosts(addr: SocketAddr) -> Vec<String> {
    let port = addr.port();
    let mut hosts = vec![addr.to_string()];
    if addr.ip().is_loopback() || addr.ip().is_unspecified() {
        hosts.extend([
            format!("localhost:{port}"),
            format!("127.0.0.1:{port}"),
            format!("[::1]:{port}"),
        ]);
    }
    hosts.sort();
    hosts.dedup();
    hosts
}

/// The process's metrics recorder, installed on first use; later calls (tests building many
/// servers in one process) share it.
pub fn recorder() -> PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let builder = PrometheusBuilder::new()
                .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), BUCKETS)
                .unwrap_or_else(|_| PrometheusBuilder::new());
            let recorder = builder.build_recorder();
            let handle = recorder.handle();
            if metrics::set_global_recorder(recorder).is_err() {
                tracing::warn!(
                    "another metrics recorder was installed first; /metrics stays empty"
                );
            }
            describe();
            let upkeep = handle.clone();
            tokio::spawn(async move {
                let mut tick = tokio::time::interval(UPKEEP);
                loop {
                    tick.tick().await;
                    upkeep.run_upkeep();
                }
            });
            handle
        })
        .clone()
}

/// The `# HELP` line of each metric (the README's "Operator endpoints" says the same).
fn describe() {
    use metrics::{describe_counter, describe_gauge, describe_histogram, Unit};
    describe_counter!(
        "http_requests_total",
        "Answers of the dashboard, by route pattern and HTTP status"
    );
    describe_histogram!(
        "http_request_duration_seconds",
        Unit::Seconds,
        "Time to answer a request, by route pattern (a streamed CSV: until its headers)"
    );
    describe_counter!(
        "rescue_calls_total",
        "Rescue API calls, by method and outcome (a documented result code, OTHER_CODE, or why there was none)"
    );
    describe_histogram!(
        "rescue_call_duration_seconds",
        Unit::Seconds,
        "Time of a Rescue API call, its reply read and parsed, by method"
    );
    describe_histogram!(
        "audit_write_duration_seconds",
        Unit::Seconds,
        "Time of an audit log write: begin (ahead of the call), finish (its answer), record"
    );
    describe_gauge!(
        "signed_in_sessions",
        "Dashboard sessions holding a sign-in that has not expired (with Redis: the installation's; read at scrape time)"
    );
    describe_gauge!(
        "audit_pending_records",
        "Audit records written ahead whose answer is not written yet (read at scrape time)"
    );
    describe_gauge!(
        "audit_webhook_undelivered",
        "Finished audit records AUDIT_WEBHOOK_URL has not accepted yet (read at scrape time)"
    );
    describe_gauge!(
        "audit_webhook_dead",
        "Finished audit records AUDIT_WEBHOOK_URL was given up on after a day of failed deliveries (read at scrape time; `server retry-webhook` or a restart sends them again)"
    );
    describe_gauge!(
        "live_streams",
        "Open live streams of sessions lists on this instance, by tab (shown, or hidden when it opened)"
    );
    describe_counter!(
        "live_list_reads_total",
        "Rescue list reads made by this instance's live-list watchers (one per login and list and interval, however many tabs)"
    );
    describe_counter!(
        "audit_webhook_deliveries_total",
        "POSTs of audit records to AUDIT_WEBHOOK_URL, by result (delivered: a 2xx answer; failed)"
    );
}

/// The operator's router.
pub fn router(operator: Operator) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(render))
        .layer(axum::middleware::from_fn_with_state(
            operator.clone(),
            known_hosts_only,
        ))
        .with_state(operator)
}

/// Answers only requests for the configured `Host` names: a web page elsewhere that makes a
/// browser on the internal network resolve its own name to this address (DNS rebinding)
/// cannot read the endpoints. Anything else is 421.
async fn known_hosts_only(
    State(operator): State<Operator>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_ascii_lowercase);
    if host.is_some_and(|host| operator.hosts.contains(&host)) {
        return next.run(request).await;
    }
    text(
        StatusCode::MISDIRECTED_REQUEST,
        PLAIN,
        "unknown host: list it in METRICS_HOSTS\n".into(),
    )
}

/// Binds `addr` (failing the start if it cannot) and serves [`router`] there until the
/// process stops.
pub async fn start(addr: SocketAddr, operator: Operator) -> Result<(), crate::Error> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| crate::Error::Serve { addr, source })?;
    tracing::info!("operator endpoints on http://{addr} (/healthz, /readyz, /metrics)");
    tokio::spawn(async move {
        if let Err(err) = axum::serve(listener, router(operator)).await {
            tracing::error!("operator endpoints on {addr} stopped: {err}");
        }
    });
    Ok(())
}

/// Plain text of `kind` that no cache keeps.
fn text(status: StatusCode, kind: &'static str, body: String) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}

const PLAIN: &str = "text/plain; charset=utf-8";

/// Prometheus' text exposition format, version 0.0.4.
const PROMETHEUS: &str = "text/plain; version=0.0.4; charset=utf-8";

/// Liveness: the process answers. Also served on the dashboard's own listener (it tells
/// nothing but that), so a load balancer or a first try needs no `METRICS_ADDR`.
pub async fn healthz() -> Response {
    text(StatusCode::OK, PLAIN, "ok\n".into())
}

/// 200 when the session store, the audit log and Rescue all answer; 503 naming what did not.
async fn readyz(State(operator): State<Operator>) -> Response {
    let report = checks::run(&operator).await;
    let status = if report.ready() {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    text(status, PLAIN, report.to_string())
}

/// The metrics, with the gauges read at scrape time first.
async fn render(State(operator): State<Operator>) -> Response {
    match operator.sessions.signed_in_count().await {
        Ok(count) => metrics::gauge!("signed_in_sessions").set(count as f64),
        Err(err) => tracing::warn!("session store unreadable for /metrics: {err}"),
    }
    match operator.audit.attempted_count().await {
        Ok(pending) => metrics::gauge!("audit_pending_records").set(pending as f64),
        Err(err) => tracing::warn!("audit log unreadable for /metrics: {err}"),
    }
    match operator.audit.undelivered_count().await {
        Ok(waiting) => metrics::gauge!("audit_webhook_undelivered").set(waiting as f64),
        Err(err) => tracing::warn!("audit outbox unreadable for /metrics: {err}"),
    }
    match operator.audit.dead_count().await {
        Ok(dead) => metrics::gauge!("audit_webhook_dead").set(dead as f64),
        Err(err) => tracing::warn!("audit outbox unreadable for /metrics: {err}"),
    }
    if let Some(hub) = &operator.live {
        use std::sync::atomic::Ordering::Relaxed;
        let (open, hidden) = (hub.open.load(Relaxed), hub.hidden.load(Relaxed));
        metrics::gauge!("live_streams", "tab" => "shown").set(open.saturating_sub(hidden) as f64);
        metrics::gauge!("live_streams", "tab" => "hidden").set(hidden as f64);
        metrics::counter!("live_list_reads_total").absolute(hub.reads.load(Relaxed));
    }
    text(StatusCode::OK, PROMETHEUS, operator.metrics.render())
}
