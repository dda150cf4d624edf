//! Rescue's Post-to-URL posts in the audit database: each kept before the receiver answers,
//! the same post once, every post of a session in arrival order, and deleted after their
//! retention or on request.

use sqlx::{QueryBuilder, Row};

use super::db::{now_ms, on_db};
use super::{AuditError, AuditLog};

/// One post as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredPost {
    /// Its row.
    pub id: i64,
    /// Rescue's session ID.
    pub session_id: i64,
    /// When it arrived (milliseconds since 1970).
    pub received_ms: i64,
    /// `form` or `xml`.
    pub format: String,
    /// Every field as sent, names lower-cased, in their order.
    pub fields: Vec<(String, String)>,
}

impl AuditLog {
    /// Keeps a post of `session` (`format`, its `fields` as sent, identified by `hash`),
    /// durably: the insert is committed when this returns. `false`: the same post was kept
    /// before (a retry), and nothing was written.
    pub async fn keep_post(
        &self,
        session: i64,
        format: &str,
        hash: &str,
        fields: &[(String, String)],
    ) -> Result<bool, AuditError> {
        let fields = serde_json::to_string(fields).unwrap_or_else(|_| "[]".into());
        let added = on_db!(&self.db, pool, D => {
            let mut query = QueryBuilder::<D>::new(
                "INSERT INTO outcome_posts (session_id, received_ms, post_hash, format, fields) ",
            );
            query.push_values([()], |mut row, ()| {
                row.push_bind(session)
                    .push_bind(now_ms())
                    .push_bind(hash.to_owned())
                    .push_bind(format.to_owned())
                    .push_bind(fields.clone());
            });
            query.push(" ON CONFLICT (post_hash) DO NOTHING");
            query.build().execute(pool).await?.rows_affected()
        });
        Ok(added == 1)
    }

    /// Every post kept for `session`, oldest first.
    pub async fn posts_of(&self, session: i64) -> Result<Vec<StoredPost>, AuditError> {
        let rows = on_db!(&self.db, pool, D => {
            QueryBuilder::<D>::new(
                "SELECT id, session_id, received_ms, format, fields FROM outcome_posts \
                 WHERE session_id = ",
            )
            .push_bind(session)
            .push(" ORDER BY id")
            .build()
            .fetch_all(pool)
            .await?
            .iter()
            .map(|row| -> Result<StoredPost, sqlx::Error> {
                let fields: String = row.try_get("fields")?;
                Ok(StoredPost {
                    id: row.try_get("id")?,
                    session_id: row.try_get("session_id")?,
                    received_ms: row.try_get("received_ms")?,
                    format: row.try_get("format")?,
                    fields: serde_json::from_str(&fields).unwrap_or_default(),
                })
            })
            .collect::<Result<Vec<_>, _>>()?
        });
        Ok(rows)
    }

    /// Deletes the posts received before `before_ms` (their retention is over): how many.
    pub async fn forget_posts_before(&self, before_ms: i64) -> Result<u64, AuditError> {
        let deleted = on_db!(&self.db, pool, D => {
            QueryBuilder::<D>::new("DELETE FROM outcome_posts WHERE received_ms < ")
                .push_bind(before_ms)
                .build()
                .execute(pool)
                .await?
                .rows_affected()
        });
        Ok(deleted)
    }
}
