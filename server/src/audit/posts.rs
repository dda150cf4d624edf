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
        let at = super::indexed::Indexed::of(fields);
        let fields = serde_json::to_string(fields).unwrap_or_else(|_| "[]".into());
        let added = on_db!(&self.db, pool, D => {
            let mut query = QueryBuilder::<D>::new(
                "INSERT INTO outcome_posts \
                 (session_id, received_ms, post_hash, format, fields, technician, search, \
                 waiting_s, pickup_s, work_s, indexed) ",
            );
            query.push_values([()], |mut row, ()| {
                row.push_bind(session)
                    .push_bind(now_ms())
                    .push_bind(hash.to_owned())
                    .push_bind(format.to_owned())
                    .push_bind(fields.clone())
                    .push_bind(at.technician.clone())
                    .push_bind(at.search.clone())
                    .push_bind(at.waiting_s)
                    .push_bind(at.pickup_s)
                    .push_bind(at.work_s)
                    .push_bind(1_i32);
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

    /// What is kept of `session`: its posts (oldest first) and any deletion of them.
    pub async fn session_record(
        &self,
        session: i64,
    ) -> Result<app::audit::SessionRecord, AuditError> {
        let posts = self
            .posts_of(session)
            .await?
            .into_iter()
            .map(|p| app::audit::ReceivedPost {
                at: app::audit::utc_rfc3339(p.received_ms),
                format: p.format,
                fields: p.fields,
            })
            .collect();
        let deletions = on_db!(&self.db, pool, D => {
            QueryBuilder::<D>::new(
                "SELECT admin_email, at_ms, posts FROM outcome_deletions WHERE session_id = ",
            )
            .push_bind(session)
            .push(" ORDER BY id")
            .build()
            .fetch_all(pool)
            .await?
            .iter()
            .map(|row| -> Result<app::audit::Deletion, sqlx::Error> {
                Ok(app::audit::Deletion {
                    admin: row.try_get("admin_email")?,
                    at: app::audit::utc_rfc3339(row.try_get("at_ms")?),
                    posts: u64::try_from(row.try_get::<i64, _>("posts")?).unwrap_or(0),
                })
            })
            .collect::<Result<Vec<_>, _>>()?
        });
        Ok(app::audit::SessionRecord { posts, deletions })
    }

    /// Deletes `session`'s posts and records that `admin` did, in one transaction: how many
    /// posts went.
    pub async fn forget_session(&self, session: i64, admin: &str) -> Result<u64, AuditError> {
        let deleted = on_db!(&self.db, pool, D => {
            let mut tx = pool.begin().await?;
            let deleted = QueryBuilder::<D>::new("DELETE FROM outcome_posts WHERE session_id = ")
                .push_bind(session)
                .build()
                .execute(&mut *tx)
                .await?
                .rows_affected();
            let mut insert = QueryBuilder::<D>::new(
                "INSERT INTO outcome_deletions (session_id, admin_email, at_ms, posts) ",
            );
            insert.push_values([()], |mut row, ()| {
                row.push_bind(session)
                    .push_bind(admin.to_owned())
                    .push_bind(now_ms())
                    .push_bind(i64::try_from(deleted).unwrap_or(i64::MAX));
            });
            insert.build().execute(&mut *tx).await?;
            tx.commit().await?;
            deleted
        });
        Ok(deleted)
    }

    /// Which of `sessions` have posts kept.
    pub async fn sessions_on_record(&self, sessions: &[i64]) -> Result<Vec<i64>, AuditError> {
        // In slices: a long sessions list must not pass a database's limit of bound values.
        const SLICE: usize = 500;
        let mut found = Vec::new();
        for slice in sessions.chunks(SLICE) {
            let mut some = on_db!(&self.db, pool, D => {
                let mut query =
                    QueryBuilder::<D>::new("SELECT DISTINCT session_id FROM outcome_posts");
                of_sessions(&mut query, slice);
                query
                    .build()
                    .fetch_all(pool)
                    .await?
                    .iter()
                    .map(|row| row.try_get::<i64, _>("session_id"))
                    .collect::<Result<Vec<_>, _>>()?
            });
            found.append(&mut some);
        }
        Ok(found)
    }
}

/// Narrows a query (without a `WHERE` yet) to the posts of `sessions`.
pub(super) fn of_sessions<'a, D>(query: &mut QueryBuilder<'a, D>, sessions: &[i64])
where
    D: sqlx::Database,
    i64: sqlx::Encode<'a, D> + sqlx::Type<D>,
{
    query.push(" WHERE session_id IN (");
    let mut list = query.separated(", ");
    for session in sessions {
        list.push_bind(*session);
    }
    query.push(")");
}
