//! Finding the records whose instance stopped mid-call. Each instance beats (writes the time
//! into `audit_writers`) every [`BEAT`]; an `ATTEMPTED` record whose owner has not beaten for
//! [`STALE`] (killed, out of memory, powered off) becomes `OUTCOME_UNKNOWN`, as does one
//! attempted longer ago than any call can last ([`STUCK`]: its answer could not be written).

use std::time::Duration;

use sqlx::QueryBuilder;

use super::db::{ms, now_ms, on_db, Db};
use super::outbox::written;
use super::{AuditError, AuditLog};
use app::shared::outcome::{ATTEMPTED, OUTCOME_UNKNOWN};

/// How often an instance beats and sweeps.
pub const BEAT: Duration = Duration::from_secs(2);
/// An owner silent this long is taken for gone: three missed beats, so a slow database or a
/// busy instance is not mistaken for a dead one.
pub const STALE: Duration = Duration::from_secs(6);
/// Longer than any Rescue call lasts (`RESCUE_TIMEOUT_MS` is at most 10 minutes).
pub const STUCK: Duration = Duration::from_secs(15 * 60);
/// Rows of instances silent this long are deleted.
const FORGET_WRITERS: Duration = Duration::from_secs(24 * 3600);

/// Beats once, sweeps what an earlier process left, and starts the beat-and-sweep task.
pub(super) async fn start(log: &AuditLog) -> Result<(), AuditError> {
    beat(log).await?;
    let swept = once(log, true).await?;
    if swept > 0 {
        tracing::warn!(
            records = swept,
            "audit records left ATTEMPTED by a server that stopped mid-call are now OUTCOME_UNKNOWN"
        );
    }
    let log = log.clone();
    tokio::spawn(async move {
        let mut failing = false;
        loop {
            tokio::time::sleep(BEAT).await;
            if log.db.is_closed() {
                break;
            }
            let round = async {
                beat(&log).await?;
                once(&log, false).await
            };
            match round.await {
                Ok(swept) => {
                    if failing {
                        tracing::info!("audit log reachable again");
                    }
                    failing = false;
                    if swept > 0 {
                        tracing::warn!(
                            records = swept,
                            "audit records of a server that stopped mid-call are now OUTCOME_UNKNOWN"
                        );
                    }
                }
                // Logged when it starts failing, not every beat.
                Err(err) if !failing => {
                    failing = true;
                    tracing::error!("audit log heartbeat failed: {err}");
                }
                Err(_) => {}
            }
        }
    });
    Ok(())
}

/// Writes this instance's beat.
async fn beat(log: &AuditLog) -> Result<(), AuditError> {
    let now = now_ms();
    on_db!(&log.db, pool, D => {
        let mut query = QueryBuilder::<D>::new("INSERT INTO audit_writers (owner, beat_ms) ");
        query.push_values([()], |mut row, ()| {
            row.push_bind(log.owner.to_string()).push_bind(now);
        });
        query.push(" ON CONFLICT (owner) DO UPDATE SET beat_ms = excluded.beat_ms");
        query.build().execute(pool).await?;
        QueryBuilder::<D>::new("DELETE FROM audit_writers WHERE beat_ms < ")
            .push_bind(now - ms(FORGET_WRITERS))
            .build()
            .execute(pool)
            .await?;
    });
    Ok(())
}

/// Marks the records of gone instances `OUTCOME_UNKNOWN`: how many. `starting`: on SQLite, a
/// database of one instance, every record this process does not own is an earlier process's.
pub(super) async fn once(log: &AuditLog, starting: bool) -> Result<u64, AuditError> {
    let now = now_ms();
    let stuck_before = (chrono::Utc::now() - chrono::Duration::from_std(STUCK).unwrap_or_default())
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let earlier_process = starting && matches!(log.db, Db::Sqlite(_));
    let swept = on_db!(&log.db, pool, D => {
        let mut query = QueryBuilder::<D>::new("UPDATE audit_log SET outcome = ");
        query
            .push_bind(OUTCOME_UNKNOWN)
            .push(", owner = NULL, revision = revision + 1 WHERE outcome = ")
            .push_bind(ATTEMPTED)
            .push(" AND (at < ")
            .push_bind(stuck_before.clone())
            .push(" OR owner IS NULL");
        if earlier_process {
            query.push(" OR owner <> ").push_bind(log.owner.to_string());
        } else {
            query
                .push(" OR owner NOT IN (SELECT owner FROM audit_writers WHERE beat_ms >= ")
                .push_bind(now - ms(STALE))
                .push(")");
        }
        query.push(")");
        written!(log, pool, D, query).len()
    });
    Ok(u64::try_from(swept).unwrap_or(u64::MAX))
}
