//! The outbox of the audit webhook: one row per finished audit record, written in the same
//! transaction as the record's outcome, holding the JSON the record is sent as. Senders claim
//! due rows by pushing their due time past their own deadline, so a sender killed mid-delivery
//! leaves its rows to be sent again (at least once), and instances sharing a PostgreSQL log
//! do not send the same row at the same time.

use std::time::Duration;

use sqlx::QueryBuilder;

use super::db::{ms, now_ms, on_db};
use super::{AuditError, AuditLog, Row};
use app::shared::outcome::ATTEMPTED;

/// The JSON object a finished record is delivered as: the CSV export's columns, under names a
/// SIEM can map, the time in RFC 3339 UTC. Nothing secret is in a record (no password, cookie
/// or authcode is ever written to the log), so nothing needs leaving out.
pub(super) fn body(row: &Row) -> String {
    let (id, at, admin, action, session_id, technician, outcome, latency_ms) = row;
    serde_json::json!({
        "id": id,
        "time": at,
        "admin": admin,
        "action": action,
        "session_id": session_id,
        "technician": technician,
        "outcome": outcome,
        "latency_ms": latency_ms,
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
    let finished: Vec<&Row> = rows.iter().filter(|row| row.6 != ATTEMPTED).collect();
    if finished.is_empty() {
        return None;
    }
    let now = now_ms();
    let mut query = QueryBuilder::<D>::new("INSERT INTO audit_outbox (record_id, body, due_ms) ");
    query.push_values(finished, |mut values, row| {
        values.push_bind(row.0).push_bind(body(row)).push_bind(now);
    });
    Some(query)
}

/// A claimed outbox row.
#[derive(Debug)]
pub(super) struct Due {
    /// The outbox row's ID (the delivery's idempotency key).
    pub id: i64,
    /// The JSON to send.
    pub body: String,
    /// Failed attempts so far.
    pub attempts: i64,
}

impl AuditLog {
    /// Up to `limit` due rows, oldest first, made this sender's until `hold` from now.
    pub(super) async fn claim(&self, limit: u32, hold: Duration) -> Result<Vec<Due>, AuditError> {
        let now = now_ms();
        let mut rows: Vec<(i64, String, i64)> = on_db!(&self.db, pool, D => {
            let mut query = QueryBuilder::<D>::new("UPDATE audit_outbox SET due_ms = ");
            query
                .push_bind(now.saturating_add(ms(hold)))
                // Checked again on the row itself: of two instances that picked the same row,
                // the second finds it no longer due and leaves it.
                .push(" WHERE delivered_ms IS NULL AND due_ms <= ")
                .push_bind(now)
                .push(" AND id IN (SELECT id FROM audit_outbox WHERE delivered_ms IS NULL AND due_ms <= ")
                .push_bind(now)
                .push(" ORDER BY id LIMIT ")
                .push_bind(i64::from(limit))
                .push(") RETURNING id, body, attempts");
            query.build_query_as().fetch_all(pool).await?
        });
        rows.sort_unstable_by_key(|row| row.0);
        Ok(rows
            .into_iter()
            .map(|(id, body, attempts)| Due { id, body, attempts })
            .collect())
    }

    /// Marks row `id` delivered (its receiver answered 2xx).
    pub(super) async fn delivered(&self, id: i64) -> Result<(), AuditError> {
        on_db!(&self.db, pool, D => {
            let mut query = QueryBuilder::<D>::new("UPDATE audit_outbox SET delivered_ms = ");
            query
                .push_bind(now_ms())
                .push(", last_error = NULL WHERE id = ")
                .push_bind(id);
            query.build().execute(pool).await?;
        });
        Ok(())
    }

    /// Row `id` failed (`why`): one more attempt counted, due again at `due_ms`.
    pub(super) async fn failed(&self, id: i64, due_ms: i64, why: &str) -> Result<(), AuditError> {
        on_db!(&self.db, pool, D => {
            let mut query = QueryBuilder::<D>::new("UPDATE audit_outbox SET attempts = attempts + 1, due_ms = ");
            query
                .push_bind(due_ms)
                .push(", last_error = ")
                .push_bind(why.to_owned())
                .push(" WHERE id = ")
                .push_bind(id);
            query.build().execute(pool).await?;
        });
        Ok(())
    }

    /// When the next undelivered row is due (milliseconds since 1970), if any is waiting.
    pub(super) async fn next_due(&self) -> Result<Option<i64>, AuditError> {
        let next = on_db!(&self.db, pool, D => {
            let (next,): (Option<i64>,) = QueryBuilder::<D>::new(
                "SELECT MIN(due_ms) FROM audit_outbox WHERE delivered_ms IS NULL",
            )
            .build_query_as()
            .fetch_one(pool)
            .await?;
            next
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

    /// Audit records the webhook has not yet accepted (0 without `AUDIT_WEBHOOK_URL`).
    pub async fn undelivered_count(&self) -> Result<u64, AuditError> {
        let count = on_db!(&self.db, pool, D => {
            let (count,): (i64,) = QueryBuilder::<D>::new(
                "SELECT COUNT(*) FROM audit_outbox WHERE delivered_ms IS NULL",
            )
            .build_query_as()
            .fetch_one(pool)
            .await?;
            count
        });
        Ok(u64::try_from(count).unwrap_or(0))
    }
}
