//! `/readyz`: whether what a request needs answers — the session store, the audit log, and
//! Rescue within its timeout. Each check is bounded, so a stalled dependency makes the probe
//! say so instead of hanging it.

use std::fmt;
use std::time::Duration;

use super::Operator;
use crate::sessions::store::Store;

/// How long Rescue's answer to a probe is reused: readiness probes come every few seconds
/// from every monitor, and Rescue is a shared service that need not hear of each.
pub const RESCUE_KEPT: Duration = Duration::from_secs(10);

/// The longest a database check may take: a healthy one answers in milliseconds, and a probe
/// must answer before its own timeout (commonly 1–10 s).
const DATABASE_BOUND: Duration = Duration::from_secs(2);

/// One dependency's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum State {
    Ready,
    /// Why not, in a few words fit for a probe's log (never a URL or a credential).
    Down(&'static str),
}

/// The three checks' answers.
#[derive(Debug)]
pub struct Report {
    session_store: State,
    audit_log: State,
    rescue: State,
}

impl Report {
    /// Whether every dependency answered.
    pub fn ready(&self) -> bool {
        [&self.session_store, &self.audit_log, &self.rescue]
            .iter()
            .all(|s| **s == State::Ready)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (name, state) in [
            ("session store", &self.session_store),
            ("audit log", &self.audit_log),
            ("rescue", &self.rescue),
        ] {
            match state {
                State::Ready => writeln!(f, "{name}: ok")?,
                State::Down(why) => writeln!(f, "{name}: {why}")?,
            }
        }
        Ok(())
    }
}

/// Runs the checks at once; the SQLite session store lives in the audit log's database, so
/// the audit log's answer is its answer too.
pub async fn run(operator: &Operator) -> Report {
    let (audit_log, redis, rescue) = tokio::join!(
        bounded("audit log", "database error", operator.audit.ping()),
        redis(operator),
        shared_rescue(operator),
    );
    let session_store = match &operator.sessions {
        Store::Memory(_) => State::Ready,
        Store::Sqlite(_) => audit_log.clone(),
        Store::Redis(..) => redis,
    };
    Report {
        session_store,
        audit_log,
        rescue,
    }
}

/// `check`'s answer within [`DATABASE_BOUND`]: a failure is logged as `what` and reported as
/// `failed`.
async fn bounded<E: fmt::Display>(
    what: &str,
    failed: &'static str,
    check: impl std::future::Future<Output = Result<(), E>>,
) -> State {
    match tokio::time::timeout(DATABASE_BOUND, check).await {
        Ok(Ok(())) => State::Ready,
        Ok(Err(err)) => {
            tracing::warn!("readiness: {what}: {err}");
            State::Down(failed)
        }
        Err(_) => State::Down("no answer within 2 s"),
    }
}

/// A Redis session store's `PING` (ready when the store is not Redis).
async fn redis(operator: &Operator) -> State {
    use tower_sessions_redis_store::fred::interfaces::ClientLike;
    let Store::Redis(_, pool) = &operator.sessions else {
        return State::Ready;
    };
    let ping = async { pool.next().ping::<String>(None).await.map(|_| ()) };
    bounded("Redis", "Redis error", ping).await
}

/// [`rescue`]'s answer of the last [`RESCUE_KEPT`], else a probe (joined to the one already
/// running if there is one).
async fn shared_rescue(operator: &Operator) -> State {
    let kept = |at: &std::time::Instant| at.elapsed() < RESCUE_KEPT;
    let last = operator.last_rescue.lock().ok().and_then(|l| l.clone());
    if let Some((_, state)) = last.filter(|(at, _)| kept(at)) {
        return state;
    }
    let client = operator.rescue.clone();
    let state = operator
        .probes
        .run((), move || Box::pin(async move { rescue(&client).await }))
        .await;
    if let Ok(mut last) = operator.last_rescue.lock() {
        *last = Some((std::time::Instant::now(), state.clone()));
    }
    state
}

/// Any reply Rescue frames (a call without a login answers `NOTLOGGEDIN`) shows it reachable.
async fn rescue(client: &rescue::Client) -> State {
    match client.probe().await {
        Ok(()) => State::Ready,
        Err(rescue::Error::Timeout) => State::Down("no answer within its timeout"),
        // Refused, or a kept-alive connection that broke: either way nothing answers now.
        Err(rescue::Error::Connect(_) | rescue::Error::Transport(_)) => State::Down("unreachable"),
        Err(err) => {
            tracing::warn!("readiness: Rescue: {err}");
            State::Down("answered, but not as the Rescue API does")
        }
    }
}
