//! `/readyz`: whether what a request needs answers — the session store, the audit log, and
//! Rescue within its timeout. Each check is bounded, so a stalled dependency makes the probe
//! say so instead of hanging it.

use std::fmt;
use std::time::Duration;

use super::Operator;
use crate::session_store::Store;

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

/// Runs the checks at once.
pub async fn run(operator: &Operator) -> Report {
    let (session_store, audit_log, rescue) = tokio::join!(
        session_store(operator),
        audit_log(operator),
        shared_rescue(operator),
    );
    Report {
        session_store,
        audit_log,
        rescue,
    }
}

async fn audit_log(operator: &Operator) -> State {
    match tokio::time::timeout(DATABASE_BOUND, operator.audit.ping()).await {
        Ok(Ok(())) => State::Ready,
        Ok(Err(err)) => {
            tracing::warn!("readiness: audit log: {err}");
            State::Down("database error")
        }
        Err(_) => State::Down("no answer within 2 s"),
    }
}

async fn session_store(operator: &Operator) -> State {
    match &operator.sessions {
        Store::Memory(_) => State::Ready,
        // The SQLite session store lives in the audit log's database.
        Store::Sqlite(_) => audit_log(operator).await,
        Store::Redis(_, pool) => {
            use tower_sessions_redis_store::fred::interfaces::ClientLike;
            match tokio::time::timeout(DATABASE_BOUND, pool.next().ping::<String>(None)).await {
                Ok(Ok(_)) => State::Ready,
                Ok(Err(err)) => {
                    tracing::warn!("readiness: Redis: {err}");
                    State::Down("Redis error")
                }
                Err(_) => State::Down("no answer within 2 s"),
            }
        }
    }
}

/// [`rescue`], joined to the probe already running if there is one.
async fn shared_rescue(operator: &Operator) -> State {
    let client = operator.rescue.clone();
    operator
        .probes
        .run((), move || Box::pin(async move { rescue(&client).await }))
        .await
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
