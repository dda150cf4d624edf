//! Which stored sessions hold a sign-in, for the operator's `signed_in_sessions` gauge.
//!
//! Why an index of its own: the stores cannot count sign-ins. The memory store has no count,
//! and SQLite and Redis keep each record as an opaque blob under a bare id, beside records
//! that only carry a message for the sign-in page. So the store wrapper (`session_guard`)
//! notes each record that holds a login here, with its expiry, as it writes it, and drops it
//! when the record goes: a map in memory, a table beside the SQLite store's, a sorted set
//! (scored by expiry) in the Redis every instance shares, so the count is the installation's.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use fred::prelude::{Pool, SortedSetsInterface};
use sqlx::SqlitePool;

/// Why the index could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// The SQLite table failed.
    #[error("signed-in table: {0}")]
    Sqlite(#[from] sqlx::Error),
    /// Redis failed.
    #[error("signed-in set in Redis: {0}")]
    Redis(#[from] fred::error::Error),
    /// A thread panicked while holding the map (the count is then unknown).
    #[error("signed-in map poisoned")]
    Poisoned,
}

/// Where the index lives.
#[derive(Debug, Clone)]
pub enum SignedIn {
    /// Stored id → expiry (seconds since 1970), for the memory store.
    Memory(Arc<Mutex<HashMap<i128, i64>>>),
    /// The `signed_in` table of the SQLite store's database.
    Sqlite(SqlitePool),
    /// A sorted set in Redis, named for the installation.
    Redis(Pool, String),
}

impl SignedIn {
    /// An empty index in memory.
    pub fn memory() -> Self {
        SignedIn::Memory(Arc::default())
    }

    /// The index in `pool`'s database, its table created if needed.
    pub async fn sqlite(pool: SqlitePool) -> Result<Self, sqlx::Error> {
        sqlx::query(
            "CREATE TABLE IF NOT EXISTS signed_in (id TEXT PRIMARY KEY NOT NULL, expiry INTEGER NOT NULL)",
        )
        .execute(&pool)
        .await?;
        Ok(SignedIn::Sqlite(pool))
    }

    /// The index in Redis, under the installation's key prefix (`fleet::key_prefix`), so
    /// two installations sharing one Redis count apart.
    pub fn redis(pool: Pool, prefix: &str) -> Self {
        SignedIn::Redis(pool, format!("{prefix}signed-in"))
    }

    /// Notes record `id` as signed in until `expiry`, or not signed in. Every backend first
    /// drops the entries that expired: records the store expires by itself (the SQLite
    /// store's hourly sweep, Redis' own expiry) never pass through the wrapper.
    pub async fn note(&self, id: i128, expiry: Option<i64>) -> Result<(), IndexError> {
        let now = now();
        match self {
            SignedIn::Memory(map) => {
                let mut map = map.lock().map_err(|_| IndexError::Poisoned)?;
                map.retain(|_, until| *until > now);
                match expiry {
                    Some(until) => map.insert(id, until),
                    None => map.remove(&id),
                };
            }
            SignedIn::Sqlite(pool) => {
                sqlx::query("DELETE FROM signed_in WHERE expiry <= ?")
                    .bind(now)
                    .execute(pool)
                    .await?;
                let query = match expiry {
                    Some(until) => sqlx::query(
                        "INSERT INTO signed_in (id, expiry) VALUES (?, ?) \
                         ON CONFLICT (id) DO UPDATE SET expiry = excluded.expiry",
                    )
                    .bind(id.to_string())
                    .bind(until),
                    None => sqlx::query("DELETE FROM signed_in WHERE id = ?").bind(id.to_string()),
                };
                query.execute(pool).await?;
            }
            SignedIn::Redis(pool, key) => {
                let member = id.to_string();
                let _: i64 = pool
                    .zremrangebyscore(key.as_str(), f64::NEG_INFINITY, now as f64)
                    .await?;
                let _: i64 = match expiry {
                    Some(until) => {
                        pool.zadd(
                            key.as_str(),
                            None,
                            None,
                            false,
                            false,
                            (until as f64, member),
                        )
                        .await?
                    }
                    None => pool.zrem(key.as_str(), member).await?,
                };
            }
        }
        Ok(())
    }

    /// How many records hold a sign-in that has not expired.
    pub async fn count(&self) -> Result<u64, IndexError> {
        let now = now();
        let count = match self {
            SignedIn::Memory(map) => {
                let map = map.lock().map_err(|_| IndexError::Poisoned)?;
                map.values().filter(|until| **until > now).count() as u64
            }
            SignedIn::Sqlite(pool) => {
                let (count,): (i64,) =
                    sqlx::query_as("SELECT COUNT(*) FROM signed_in WHERE expiry > ?")
                        .bind(now)
                        .fetch_one(pool)
                        .await?;
                u64::try_from(count).unwrap_or(0)
            }
            SignedIn::Redis(pool, key) => {
                // Scores are whole seconds: strictly later than now.
                let count: i64 = pool
                    .zcount(key.as_str(), (now + 1) as f64, f64::INFINITY)
                    .await?;
                u64::try_from(count).unwrap_or(0)
            }
        };
        Ok(count)
    }
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn an_expired_or_dropped_sign_in_is_not_counted() {
        let pool = SqlitePool::connect("sqlite::memory:").await.unwrap();
        for index in [SignedIn::memory(), SignedIn::sqlite(pool).await.unwrap()] {
            let now = now();
            index.note(1, Some(now + 3600)).await.unwrap();
            index.note(2, Some(now + 60)).await.unwrap();
            index.note(3, Some(now - 1)).await.unwrap();
            assert_eq!(index.count().await.unwrap(), 2, "{index:?}");
            // Written again: one record, its new expiry.
            index.note(2, Some(now - 5)).await.unwrap();
            assert_eq!(index.count().await.unwrap(), 1, "{index:?}");
            index.note(1, None).await.unwrap();
            assert_eq!(index.count().await.unwrap(), 0, "{index:?}");
            // Expired entries do not pile up.
            index.note(4, Some(now + 60)).await.unwrap();
            if let SignedIn::Sqlite(pool) = &index {
                let (rows,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM signed_in")
                    .fetch_one(pool)
                    .await
                    .unwrap();
                assert_eq!(rows, 1);
            }
            if let SignedIn::Memory(map) = &index {
                assert_eq!(map.lock().unwrap().len(), 1);
            }
        }
    }
}
