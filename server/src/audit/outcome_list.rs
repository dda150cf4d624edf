//! The sessions Rescue posted, as `/outcomes` and its export read them: keyset pages of
//! sessions with their posts' latest values, and the numbers behind the summary and charts.

use std::collections::HashMap;

use sqlx::{QueryBuilder, Row};

use app::audit::{OutcomeFilter, OutcomeRow, SessionFacts};

use super::db::{contains, on_db};
use super::posts::of_sessions;
use super::{AuditError, AuditLog};

/// Narrows a query (which already has a `WHERE`) to the posts `filter` admits.
fn push_outcome_filter<'a, D>(query: &mut QueryBuilder<'a, D>, filter: &OutcomeFilter, like: &str)
where
    D: sqlx::Database,
    String: sqlx::Encode<'a, D> + sqlx::Type<D>,
    i64: sqlx::Encode<'a, D> + sqlx::Type<D>,
{
    if let Some(from) = filter.from_ms() {
        query.push(" AND received_ms >= ").push_bind(from);
    }
    if let Some(to) = filter.to_ms() {
        query.push(" AND received_ms < ").push_bind(to);
    }
    for (column, text) in [
        (" AND technician", &filter.technician),
        (" AND search", &filter.text),
    ] {
        if let Some(text) = text {
            query
                .push(column)
                .push(like)
                .push_bind(contains(text))
                .push(" ESCAPE '\\'");
        }
    }
}

/// Seconds from a nullable column; a negative value (never written) reads as none.
fn seconds(value: Option<i64>) -> Option<u64> {
    value.and_then(|s| u64::try_from(s).ok())
}

impl AuditLog {
    /// Up to `limit` sessions with posts matching `filter`, the most recently posted first,
    /// all posted before post `before` when given (the keyset of the list's pages and of the
    /// export's batches).
    pub async fn outcome_rows(
        &self,
        filter: &OutcomeFilter,
        before: Option<i64>,
        limit: u32,
    ) -> Result<Vec<OutcomeRow>, AuditError> {
        let like = self.db.like();
        let heads = on_db!(&self.db, pool, D => {
            let mut query = QueryBuilder::<D>::new(
                "SELECT session_id, MAX(id) AS last_id, MIN(received_ms) AS first_ms, \
                 MAX(received_ms) AS last_ms, COUNT(*) AS posts FROM outcome_posts WHERE 1 = 1",
            );
            push_outcome_filter(&mut query, filter, like);
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
                .map(|row| -> Result<OutcomeRow, sqlx::Error> {
                    Ok(OutcomeRow {
                        session: row.try_get("session_id")?,
                        last_id: row.try_get("last_id")?,
                        first_ms: row.try_get("first_ms")?,
                        last_ms: row.try_get("last_ms")?,
                        posts: u64::try_from(row.try_get::<i64, _>("posts")?).unwrap_or(0),
                        latest: Vec::new(),
                    })
                })
                .collect::<Result<Vec<_>, _>>()?
        });
        if heads.is_empty() {
            return Ok(heads);
        }
        let sessions: Vec<i64> = heads.iter().map(|h| h.session).collect();
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
        // Each field's latest non-empty value, in the order the fields first came.
        let mut latest: HashMap<i64, Vec<(String, String)>> = HashMap::new();
        for (session, fields) in rows {
            let fields: Vec<(String, String)> = serde_json::from_str(&fields).unwrap_or_default();
            let known = latest.entry(session).or_default();
            for (name, value) in fields {
                if name == "chatlog" || value.trim().is_empty() {
                    continue;
                }
                match known.iter_mut().find(|(n, _)| *n == name) {
                    Some(slot) => slot.1 = value,
                    None => known.push((name, value)),
                }
            }
        }
        Ok(heads
            .into_iter()
            .map(|mut head| {
                head.latest = latest.remove(&head.session).unwrap_or_default();
                head
            })
            .collect())
    }

    /// Every session with posts matching `filter`: when it was first posted, its technician
    /// and its times (each the largest its posts give: the end post's, as times only grow).
    pub async fn outcome_facts(
        &self,
        filter: &OutcomeFilter,
    ) -> Result<Vec<SessionFacts>, AuditError> {
        let like = self.db.like();
        let facts = on_db!(&self.db, pool, D => {
            let mut query = QueryBuilder::<D>::new(
                "SELECT MIN(received_ms) AS first_ms, MAX(technician) AS technician, \
                 MAX(waiting_s) AS waiting_s, MAX(pickup_s) AS pickup_s, MAX(work_s) AS work_s \
                 FROM outcome_posts WHERE 1 = 1",
            );
            push_outcome_filter(&mut query, filter, like);
            query.push(" GROUP BY session_id");
            query
                .build()
                .fetch_all(pool)
                .await?
                .iter()
                .map(|row| -> Result<SessionFacts, sqlx::Error> {
                    Ok(SessionFacts {
                        first_ms: row.try_get("first_ms")?,
                        technician: row.try_get("technician")?,
                        waiting: seconds(row.try_get("waiting_s")?),
                        pickup: seconds(row.try_get("pickup_s")?),
                        work: seconds(row.try_get("work_s")?),
                    })
                })
                .collect::<Result<Vec<_>, _>>()?
        });
        Ok(facts)
    }
}
