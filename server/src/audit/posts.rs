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
        technician: &str,
        search: &str,
    ) -> Result<bool, AuditError> {
        let fields = serde_json::to_string(fields).unwrap_or_else(|_| "[]".into());
        let added = on_db!(&self.db, pool, D => {
            let mut query = QueryBuilder::<D>::new(
                "INSERT INTO outcome_posts \
                 (session_id, received_ms, post_hash, format, fields, technician, search) ",
            );
            query.push_values([()], |mut row, ()| {
                row.push_bind(session)
                    .push_bind(now_ms())
                    .push_bind(hash.to_owned())
                    .push_bind(format.to_owned())
                    .push_bind(fields.clone())
                    .push_bind(technician.to_owned())
                    .push_bind(search.to_owned());
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
                at: rfc3339(p.received_ms),
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
                    at: rfc3339(row.try_get("at_ms")?),
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
        if sessions.is_empty() {
            return Ok(Vec::new());
        }
        let found = on_db!(&self.db, pool, D => {
            let mut query = QueryBuilder::<D>::new("SELECT DISTINCT session_id FROM outcome_posts");
            of_sessions(&mut query, sessions);
            query
                .build()
                .fetch_all(pool)
                .await?
                .iter()
                .map(|row| row.try_get::<i64, _>("session_id"))
                .collect::<Result<Vec<_>, _>>()?
        });
        Ok(found)
    }

    /// Up to `limit` sessions with posts matching `filter`, the most recently posted first,
    /// all posted before post `before` when given (the keyset of the list's pages).
    pub async fn outcome_sessions(
        &self,
        filter: &app::audit::OutcomeFilter,
        before: Option<i64>,
        limit: u32,
    ) -> Result<Vec<app::audit::OutcomeLine>, AuditError> {
        let like = self.db.like();
        let heads = on_db!(&self.db, pool, D => {
            let mut query = QueryBuilder::<D>::new(
                "SELECT session_id, MAX(id) AS last_id, MAX(received_ms) AS last_ms, \
                 COUNT(*) AS posts FROM outcome_posts WHERE 1 = 1",
            );
            if let Some(from) = filter.from_ms() {
                query.push(" AND received_ms >= ").push_bind(from);
            }
            if let Some(to) = filter.to_ms() {
                query.push(" AND received_ms < ").push_bind(to);
            }
            if let Some(technician) = &filter.technician {
                query
                    .push(" AND technician")
                    .push(like)
                    .push_bind(super::db::contains(technician))
                    .push(" ESCAPE '\\'");
            }
            if let Some(text) = &filter.text {
                query
                    .push(" AND search")
                    .push(like)
                    .push_bind(super::db::contains(text))
                    .push(" ESCAPE '\\'");
            }
            query.push(" GROUP BY session_id");
            if let Some(before) = before {
                query.push(" HAVING MAX(id) < ").push_bind(before);
            }
            query
                .push(" ORDER BY last_id DESC LIMIT ")
                .push_bind(i64::from(limit));
            query
                .build()
                .fetch_all(pool)
                .await?
                .iter()
                .map(|row| -> Result<(i64, i64, i64, i64), sqlx::Error> {
                    Ok((
                        row.try_get("session_id")?,
                        row.try_get("last_id")?,
                        row.try_get("last_ms")?,
                        row.try_get("posts")?,
                    ))
                })
                .collect::<Result<Vec<_>, _>>()?
        });
        let sessions: Vec<i64> = heads.iter().map(|h| h.0).collect();
        // What each line shows, from its posts: the latest non-empty value of each field.
        let mut latest: std::collections::HashMap<i64, Vec<(String, String)>> = Default::default();
        if !sessions.is_empty() {
            let rows = on_db!(&self.db, pool, D => {
                let mut query = QueryBuilder::<D>::new("SELECT session_id, fields FROM outcome_posts");
                of_sessions(&mut query, &sessions);
                query.push(" ORDER BY id");
                query
                    .build()
                    .fetch_all(pool)
                    .await?
                    .iter()
                    .map(|row| -> Result<(i64, String), sqlx::Error> {
                        Ok((row.try_get("session_id")?, row.try_get("fields")?))
                    })
                    .collect::<Result<Vec<_>, _>>()?
            });
            for (session, fields) in rows {
                let fields: Vec<(String, String)> =
                    serde_json::from_str(&fields).unwrap_or_default();
                let known = latest.entry(session).or_default();
                for (name, value) in fields.into_iter().filter(|(_, v)| !v.trim().is_empty()) {
                    known.retain(|(n, _)| *n != name);
                    known.push((name, value));
                }
            }
        }
        Ok(heads
            .into_iter()
            .map(|(session, last_id, last_ms, posts)| {
                let fields = latest.remove(&session).unwrap_or_default();
                let get = |name: &str| {
                    fields
                        .iter()
                        .find(|(n, _)| n == name)
                        .map(|(_, v)| v.clone())
                };
                let number = |name: &str| get(name).and_then(|v| v.trim().parse::<u64>().ok());
                app::audit::OutcomeLine {
                    session,
                    last_id,
                    last_at: rfc3339(last_ms),
                    posts: u64::try_from(posts).unwrap_or(0),
                    technician: get("techname")
                        .or_else(|| get("techid"))
                        .unwrap_or_default(),
                    customer: get("cfield0").unwrap_or_default(),
                    waiting: number("waitingtime"),
                    pickup: number("pickuptime"),
                }
            })
            .collect())
    }
}

/// Narrows a query (without a `WHERE` yet) to the posts of `sessions`.
fn of_sessions<'a, D>(query: &mut QueryBuilder<'a, D>, sessions: &[i64])
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

/// Milliseconds since 1970 as RFC 3339 in UTC.
fn rfc3339(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
