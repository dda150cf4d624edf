//! The outbox of the audit webhook: one row per finished version of an audit record, written
//! in the same transaction as the record's outcome, holding the JSON the record is sent as.
//! Senders claim due rows by pushing their due time past their own deadline, so a sender
//! killed mid-delivery leaves its rows to be sent again (at least once), and instances sharing
//! a PostgreSQL log do not send the same row at the same time.
//!
//! A record's outcome can be written twice: the sweeper marks a call whose instance died
//! `OUTCOME_UNKNOWN`, and the answer may still arrive after. Each write is a version of the
//! record (`version` 1, then 2), delivered under its own idempotency key, the later naming the
//! one it supersedes. A receiver that is down is backed off once for all rows (the receiver
//! table), and a row undelivered for [`DEAD_AFTER`] while the receiver fails is given up
//! (`dead`) until an operator retries it or the server restarts.

use std::time::Duration;

use sqlx::QueryBuilder;

use super::db::{ms, now_ms, on_db};
use super::{AuditError, AuditLog, Row};
use app::shared::outcome::ATTEMPTED;

/// Inside [`on_db!`]: runs `$query` (an `INSERT` or `UPDATE` of `audit_log`) returning the
/// rows it wrote, and, when the log delivers to a webhook, queues each finished one in the
/// outbox in the same transaction: a crash between the two cannot lose a delivery. Evaluates
/// to the rows written; the caller wakes the sender.
macro_rules! written {
    ($log:expr, $pool:ident, $Db:ident, $query:ident) => {{
        let mut tx = $pool.begin().await?;
        $query.push(" RETURNING ").push(crate::audit::ROW_COLUMNS);
        let rows: Vec<crate::audit::Row> = $query.build_query_as().fetch_all(&mut *tx).await?;
        if $log.outbox.is_some() {
            if let Some(mut insert) = crate::audit::outbox::insert::<$Db>(&rows) {
                insert.build().execute(&mut *tx).await?;
            }
        }
        tx.commit().await?;
        if let Some(sender) = &$log.outbox {
            sender.notify_one();
        }
        rows
    }};
}
pub(super) use written;

/// How long a row may wait, the receiver failing, before it is given up.
pub const DEAD_AFTER: Duration = Duration::from_secs(24 * 3600);

/// The idempotency key of `version` of record `id`: the same on every attempt of that version.
pub fn delivery_key(id: i64, version: i64) -> String {
    format!("rescue-console-audit-{id}-v{version}")
}

/// The JSON object a finished record is delivered as: the CSV export's columns, under names a
/// SIEM can map, the time in RFC 3339 UTC, and which version of the record it is (a later
/// version supersedes the earlier: an answer that came after `OUTCOME_UNKNOWN`). Nothing
/// secret is in a record (no password, cookie or authcode is ever written to the log), so
/// nothing needs leaving out.
pub(super) fn body(row: &Row) -> String {
    let supersedes = (row.revision > 1).then(|| delivery_key(row.id, row.revision - 1));
    serde_json::json!({
        "id": row.id,
        "version": row.revision,
        "supersedes": supersedes,
        "time": row.at,
        "admin": row.admin_email,
        "action": row.action,
        "session_id": row.session_id,
        "technician": row.technician,
        "status": row.status,
        "channel": row.channel,
        "outcome": row.outcome,
        "latency_ms": row.latency_ms,
    })
    .to_string()
}

/// The `INSERT` of one outbox row per finished record of `rows`, due now; `None` when there
/// are none.
pub(super) fn insert<'a, D>(rows: &[Row]) -> Option<QueryBuilder<'a, D>>
where
    D: sqlx::Database,
    String: sqlx::Encode<'a, D> + sqlx::Type<D>,
    i64: sqlx::Encode<'a, D> + sqlx::Type<D>,
{
    // A record written ahead is delivered once its answer (or OUTCOME_UNKNOWN) is written.
    let finished: Vec<&Row> = rows.iter().filter(|row| row.outcome != ATTEMPTED).collect();
    if finished.is_empty() {
        return None;
    }
    let now = now_ms();
    let mut query = QueryBuilder::<D>::new(
        "INSERT INTO audit_outbox (record_id, version, body, due_ms, queued_ms) ",
    );
    query.push_values(finished, |mut values, row| {
        values
            .push_bind(row.id)
            .push_bind(row.revision)
            .push_bind(body(row))
            .push_bind(now)
            .push_bind(now);
    });
    Some(query)
}

/// A claimed outbox row.
#[derive(Debug, sqlx::FromRow)]
pub(super) struct Due {
    /// The outbox row's ID.
    pub id: i64,
    /// The audit record it delivers.
    pub record_id: i64,
    /// Which version of the record.
    pub version: i64,
    /// The JSON to send.
    pub body: String,
}

impl AuditLog {
    /// The oldest due row, made this sender's until `hold` from now; `None` when none is due
    /// or the receiver is backed off.
    pub(super) async fn claim(&self, hold: Duration) -> Result<Option<Due>, AuditError> {
        let now = now_ms();
        let rows: Vec<Due> = on_db!(&self.db, pool, D => {
            let mut query = QueryBuilder::<D>::new("UPDATE audit_outbox SET due_ms = ");
            query
                .push_bind(now.saturating_add(ms(hold)))
                // Checked again on the row itself: of two instances that picked the same row,
                // the second finds it no longer due and leaves it.
                .push(" WHERE delivered_ms IS NULL AND dead_ms IS NULL AND due_ms <= ")
                .push_bind(now)
                .push(" AND id IN (SELECT id FROM audit_outbox WHERE delivered_ms IS NULL \
                       AND dead_ms IS NULL AND due_ms <= ")
                .push_bind(now)
                .push(" ORDER BY id LIMIT 1)")
                .push(" AND (SELECT next_ms FROM audit_webhook_receiver WHERE id = 1) <= ")
                .push_bind(now)
                .push(" RETURNING id, record_id, version, body");
            query.build_query_as().fetch_all(pool).await?
        });
        Ok(rows.into_iter().next())
    }

    /// Marks row `id` delivered (its receiver answered 2xx), and the receiver well again.
    pub(super) async fn delivered(&self, id: i64) -> Result<(), AuditError> {
        on_db!(&self.db, pool, D => {
            let mut tx = pool.begin().await?;
            let mut query = QueryBuilder::<D>::new("UPDATE audit_outbox SET delivered_ms = ");
            query
                .push_bind(now_ms())
                .push(", last_error = NULL WHERE id = ")
                .push_bind(id);
            query.build().execute(&mut *tx).await?;
            QueryBuilder::<D>::new(
                "UPDATE audit_webhook_receiver SET failures = 0, next_ms = 0 WHERE id = 1",
            )
            .build()
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Row `id` failed (`why`): it is due again at once, but the receiver is backed off by
    /// `backoff(failures in a row)`; rows queued [`DEAD_AFTER`] ago or more are given up. How
    /// many were given up now.
    pub(super) async fn failed(
        &self,
        id: i64,
        why: &str,
        backoff: impl Fn(i64) -> Duration,
    ) -> Result<u64, AuditError> {
        let now = now_ms();
        let dead = on_db!(&self.db, pool, D => {
            let mut tx = pool.begin().await?;
            let mut query = QueryBuilder::<D>::new(
                "UPDATE audit_outbox SET attempts = attempts + 1, due_ms = ",
            );
            query
                .push_bind(now)
                .push(", last_error = ")
                .push_bind(why.to_owned())
                .push(" WHERE id = ")
                .push_bind(id);
            query.build().execute(&mut *tx).await?;
            let (failures,): (i64,) = QueryBuilder::<D>::new(
                "UPDATE audit_webhook_receiver SET failures = failures + 1 WHERE id = 1 \
                 RETURNING failures",
            )
            .build_query_as()
            .fetch_one(&mut *tx)
            .await?;
            let mut query =
                QueryBuilder::<D>::new("UPDATE audit_webhook_receiver SET next_ms = ");
            query
                .push_bind(now.saturating_add(ms(backoff(failures))))
                .push(" WHERE id = 1");
            query.build().execute(&mut *tx).await?;
            let mut query = QueryBuilder::<D>::new("UPDATE audit_outbox SET dead_ms = ");
            query
                .push_bind(now)
                .push(" WHERE delivered_ms IS NULL AND dead_ms IS NULL AND queued_ms <= ")
                .push_bind(now.saturating_sub(ms(DEAD_AFTER)));
            let dead = query.build().execute(&mut *tx).await?.rows_affected();
            tx.commit().await?;
            dead
        });
        Ok(dead)
    }

    /// When the sender should look again (milliseconds since 1970): the next due row, or the
    /// receiver's back-off if later; `None` when nothing waits.
    pub(super) async fn next_due(&self) -> Result<Option<i64>, AuditError> {
        let next = on_db!(&self.db, pool, D => {
            let (next, receiver): (Option<i64>, Option<i64>) = QueryBuilder::<D>::new(
                "SELECT (SELECT MIN(due_ms) FROM audit_outbox WHERE delivered_ms IS NULL \
                 AND dead_ms IS NULL), (SELECT next_ms FROM audit_webhook_receiver WHERE id = 1)",
            )
            .build_query_as()
            .fetch_one(pool)
            .await?;
            next.map(|due| due.max(receiver.unwrap_or(0)))
        });
        Ok(next)
    }

    /// Deletes the rows delivered before `before_ms`: the outbox keeps what is still to send
    /// and a day of what was sent, not a second copy of the log.
    pub(super) async fn prune_delivered(&self, before_ms: i64) -> Result<u64, AuditError> {
        let deleted = on_db!(&self.db, pool, D => {
            let mut query =
                QueryBuilder::<D>::new("DELETE FROM audit_outbox WHERE delivered_ms < ");
            query.push_bind(before_ms);
            query.build().execute(pool).await?.rows_affected()
        });
        Ok(deleted)
    }

    /// Sends the rows given up on again: each waits up to [`DEAD_AFTER`] anew, and the
    /// receiver's back-off starts over. Done at every start and by `server retry-webhook`.
    /// How many were given up.
    pub async fn retry_dead_deliveries(&self) -> Result<u64, AuditError> {
        let now = now_ms();
        let revived = on_db!(&self.db, pool, D => {
            let mut tx = pool.begin().await?;
            let mut query = QueryBuilder::<D>::new("UPDATE audit_outbox SET dead_ms = NULL, due_ms = ");
            query
                .push_bind(now)
                .push(", queued_ms = ")
                .push_bind(now)
                .push(" WHERE dead_ms IS NOT NULL AND delivered_ms IS NULL");
            let revived = query.build().execute(&mut *tx).await?.rows_affected();
            QueryBuilder::<D>::new(
                "UPDATE audit_webhook_receiver SET failures = 0, next_ms = 0 WHERE id = 1",
            )
            .build()
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            revived
        });
        Ok(revived)
    }

    /// Audit records the webhook has not yet accepted and still tries (0 without
    /// `AUDIT_WEBHOOK_URL`).
    pub async fn undelivered_count(&self) -> Result<u64, AuditError> {
        self.count_outbox("delivered_ms IS NULL AND dead_ms IS NULL")
            .await
    }

    /// Audit records the webhook gave up on (a day of failed deliveries).
    pub async fn dead_count(&self) -> Result<u64, AuditError> {
        self.count_outbox("delivered_ms IS NULL AND dead_ms IS NOT NULL")
            .await
    }

    async fn count_outbox(&self, condition: &'static str) -> Result<u64, AuditError> {
        let count = on_db!(&self.db, pool, D => {
            let mut query = QueryBuilder::<D>::new("SELECT COUNT(*) FROM audit_outbox WHERE ");
            query.push(condition);
            let (count,): (i64,) = query.build_query_as().fetch_one(pool).await?;
            count
        });
        Ok(u64::try_from(count).unwrap_or(0))
    }
}
