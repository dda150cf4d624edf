//! Delivery of the audit log to a SIEM (`AUDIT_WEBHOOK_URL`): each finished record is POSTed
//! as one JSON object, at least once, from the outbox in the audit database. The sender runs
//! beside the requests, so a slow or dead receiver never delays an action; only a 2xx answer
//! marks a record delivered (a redirect is not followed: it is a failure, retried later). A
//! failing receiver is backed off as a whole, oldest record first, and a record it has not
//! taken for a day is given up (`dead`) until an operator retries it or the server restarts.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;

use super::db::{ms, now_ms};
use super::{AuditError, AuditLog};

/// How often the outbox is looked at without a wake-up: rows queued by other instances
/// sharing the database, rows a killed sender held.
const POLL: Duration = Duration::from_secs(2);
/// How long delivered rows are kept before they are deleted.
const KEEP_DELIVERED: Duration = Duration::from_secs(24 * 3600);

/// Where and how the audit log is delivered.
#[derive(Clone)]
pub struct Webhook {
    url: url::Url,
    timeout: Duration,
    first_retry: Duration,
    last_retry: Duration,
}

/// Shows the receiver without its path, query or credentials: a webhook address often carries
/// its token there.
impl std::fmt::Debug for Webhook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Webhook")
            .field("receiver", &self.receiver())
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl Webhook {
    /// The webhook at `text` (an https:// URL, or http:// on this machine), each POST given
    /// up after `timeout`. Retries wait 1 s after the first failure, doubling to 5 minutes.
    pub fn parse(text: &str, timeout: Duration) -> Result<Self, AuditError> {
        let url = url::Url::parse(text.trim())
            .map_err(|e| AuditError::Webhook(format!("AUDIT_WEBHOOK_URL is not a URL: {e}")))?;
        if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
            return Err(AuditError::Webhook(format!(
                "AUDIT_WEBHOOK_URL must be an https:// address, not `{}:`",
                url.scheme()
            )));
        }
        // Audit records name admins: across a network they travel encrypted, as the rule of
        // RESCUE_API_URL has it.
        if url.scheme() == "http" && !is_loopback(&url) {
            return Err(AuditError::Webhook(
                "AUDIT_WEBHOOK_URL must be https:// (plain http:// only to this machine): \
                 audit records name admins"
                    .into(),
            ));
        }
        Ok(Webhook {
            url,
            timeout,
            first_retry: Duration::from_secs(1),
            last_retry: Duration::from_secs(300),
        })
    }

    /// The same webhook retried after `first`, doubling up to `last` (tests shorten these).
    pub fn with_retries(mut self, first: Duration, last: Duration) -> Self {
        self.first_retry = first;
        self.last_retry = last.max(first);
        self
    }

    /// `scheme://host:port`, all the logs say of the receiver.
    fn receiver(&self) -> String {
        let port = self.url.port().map(|p| format!(":{p}")).unwrap_or_default();
        format!(
            "{}://{}{port}",
            self.url.scheme(),
            self.url.host_str().unwrap_or_default()
        )
    }

    /// How long to wait after the `attempts`-th failure in a row: doubling, capped, with up to
    /// a quarter more at random so instances that failed together do not retry together.
    fn backoff(&self, attempts: i64) -> Duration {
        let doublings = u32::try_from(attempts.saturating_sub(1).clamp(0, 20)).unwrap_or(20);
        let wait = self
            .first_retry
            .saturating_mul(2u32.saturating_pow(doublings))
            .min(self.last_retry);
        wait.mul_f64(1.0 + rand::random::<f64>() / 4.0)
    }
}

/// A sender made, not started yet.
pub(super) struct Sender {
    hook: Webhook,
    client: reqwest::Client,
    wake: Arc<Notify>,
}

impl Sender {
    /// Starts sending for `log` until it is closed; the records given up on before are tried
    /// again first (a restart is the operator's other way to retry them).
    pub(super) async fn start(self, log: &AuditLog) -> Result<(), AuditError> {
        let revived = log.retry_dead_deliveries().await?;
        if revived > 0 {
            tracing::info!(
                records = revived,
                "audit records the webhook had given up on are sent again"
            );
        }
        tokio::spawn(send_until_closed(
            log.clone(),
            self.hook,
            self.client,
            self.wake,
        ));
        Ok(())
    }
}

impl AuditLog {
    /// From now on queues every finished record in the outbox; the sender returned delivers
    /// them once started.
    pub(super) fn queue_for(&mut self, hook: Webhook) -> Result<Sender, AuditError> {
        let client = reqwest::Client::builder()
            .timeout(hook.timeout)
            .connect_timeout(hook.timeout)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("rescue-console/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| AuditError::Webhook(format!("audit webhook client: {e}")))?;
        let wake = Arc::new(Notify::new());
        self.outbox = Some(wake.clone());
        Ok(Sender { hook, client, wake })
    }
}

fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// The sender: a round whenever a record is queued here, a row falls due, or [`POLL`] passes.
async fn send_until_closed(
    log: AuditLog,
    hook: Webhook,
    client: reqwest::Client,
    wake: Arc<Notify>,
) {
    let mut failing = false;
    let mut pruned_at = None::<tokio::time::Instant>;
    while !log.db.is_closed() {
        match round(&log, &hook, &client).await {
            Ok(Round::Clear) if failing => {
                failing = false;
                tracing::info!(receiver = %hook.receiver(), "audit webhook delivering again");
            }
            Ok(Round::Failed(why)) if !failing => {
                failing = true;
                tracing::warn!(receiver = %hook.receiver(), "audit webhook failed ({why}); records wait in the outbox and are retried");
            }
            Ok(_) => {}
            Err(_) if log.db.is_closed() => break,
            Err(err) => tracing::error!("audit webhook outbox unreadable: {err}"),
        }
        if pruned_at.is_none_or(|at| at.elapsed() > Duration::from_secs(60)) {
            pruned_at = Some(tokio::time::Instant::now());
            if let Err(err) = log.prune_delivered(now_ms() - ms(KEEP_DELIVERED)).await {
                tracing::warn!("audit webhook outbox not pruned: {err}");
            }
        }
        let wait = match log.next_due().await {
            Ok(Some(due)) => Duration::from_millis(u64::try_from(due - now_ms()).unwrap_or(0)),
            _ => POLL,
        };
        if !wait.is_zero() {
            tokio::select! {
                () = wake.notified() => {}
                () = tokio::time::sleep(wait.min(POLL)) => {}
            }
        }
    }
}

/// How a round went.
enum Round {
    /// Every claimed row was delivered (or there was none).
    Clear,
    /// A row failed, for this reason.
    Failed(String),
}

/// Sends the due rows one by one, oldest first, until none is due or one fails.
async fn round(
    log: &AuditLog,
    hook: &Webhook,
    client: &reqwest::Client,
) -> Result<Round, AuditError> {
    // One row at a time, held for one attempt: a sender killed mid-POST leaves its row to be
    // sent again a timeout later, by whichever instance is there.
    let hold = hook.timeout + Duration::from_secs(5);
    while let Some(row) = log.claim(hold).await? {
        let key = super::outbox::delivery_key(row.record_id, row.version);
        match post(hook, client, &key, &row.body).await {
            Ok(()) => {
                metrics::counter!("audit_webhook_deliveries_total", "result" => "delivered")
                    .increment(1);
                log.delivered(row.id).await?;
            }
            Err(why) => {
                metrics::counter!("audit_webhook_deliveries_total", "result" => "failed")
                    .increment(1);
                let dead = log
                    .failed(row.id, &why, |failures| hook.backoff(failures))
                    .await?;
                if dead > 0 {
                    tracing::error!(
                        receiver = %hook.receiver(),
                        records = dead,
                        "audit webhook: records undelivered for a day are given up (dead); \
                         `server retry-webhook` or a restart sends them again"
                    );
                }
                return Ok(Round::Failed(why));
            }
        }
    }
    Ok(Round::Clear)
}

/// One POST; `Err` says why it does not count as delivered (never the URL: it may hold a token).
async fn post(
    hook: &Webhook,
    client: &reqwest::Client,
    key: &str,
    body: &str,
) -> Result<(), String> {
    let answer = client
        .post(hook.url.clone())
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        // The same key on every attempt of a version: a receiver can drop what it has already.
        .header("Idempotency-Key", key)
        .body(body.to_owned())
        .send()
        .await
        .map_err(|err| {
            if err.is_timeout() {
                "no answer within the timeout".to_owned()
            } else if err.is_connect() {
                "could not connect".to_owned()
            } else {
                "the request failed".to_owned()
            }
        })?;
    let status = answer.status();
    if status.is_success() {
        Ok(())
    } else {
        Err(format!("answered HTTP {}", status.as_u16()))
    }
}
