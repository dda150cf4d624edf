//! What the operator's endpoints ask of the audit log: whether it answers, and how many
//! records are written ahead and still wait for Rescue's answer.

use sqlx::QueryBuilder;

use super::db::on_db;
use super::{AuditError, AuditLog};
use app::shared::outcome::ATTEMPTED;

impl AuditLog {
    /// Whether the database answers a query.
    pub async fn ping(&self) -> Result<(), AuditError> {
        on_db!(&self.db, pool, D => {
            sqlx::query("SELECT 1").execute(pool).await?;
        });
        Ok(())
    }

    /// Records written ahead (`ATTEMPTED`) whose answer has not been written yet, by any
    /// instance: calls running now, or, if the count stays up, instances that stopped mid-call
    /// and that the sweeper has not marked yet.
    pub async fn attempted_count(&self) -> Result<u64, AuditError> {
        let count = on_db!(&self.db, pool, D => {
            let mut query =
                QueryBuilder::<D>::new("SELECT COUNT(*) FROM audit_log WHERE outcome = ");
            query.push_bind(ATTEMPTED);
            let (count,): (i64,) = query.build_query_as().fetch_one(pool).await?;
            count
        });
        Ok(u64::try_from(count).unwrap_or(0))
    }
}
