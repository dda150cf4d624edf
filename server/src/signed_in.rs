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
use sha2::{Digest, Sha256};
use sqlx::SqlitePool;

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

    /// The index in Redis for the installation whose records are hashed with `id_key`
    /// (two installations sharing one Redis count apart).
    pub fn redis(pool: Pool, id_key: &[u8; 32]) -> Self {
        let digest = Sha256::new_with_prefix(b"signed-in")
            .chain_update(id_key)
            .finalize();
        let tag: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
        SignedIn::Redis(pool, format!("rescue-console:{tag}:signed-in"))
    }

    /// Notes record `id` as signed in until `expiry`, or not signed in.
    pub async fn note(&self, id: i128, expiry: Option<i64>) -> Result<(), String> {
        let now = now();
        match (self, expiry) {
            (SignedIn::Memory(map), expiry) => {
                let mut map = map.lock().map_err(|_| "index poisoned".to_owned())?;
                map.retain(|_, until| *until > now);
                match expiry {
                    Some(until) => map.insert(id, until),
                    None => map.remove(&id),
                };
            }
            (SignedIn::Sqlite(pool), Some(until)) => {
                // Records the store expires itself (its hourly sweep) never pass through the
                // wrapper: their entries go here, so the table holds only live sign-ins.
                sqlx::query("DELETE FROM signed_in WHERE expiry <= ?")
                    .bind(now)
                    .execute(pool)
                    .await
                    .map_err(|e| e.to_string())?;
                sqlx::query("INSERT INTO signed_in (id, expiry) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET expiry = excluded.expiry")
                    .bind(id.to_string())
                    .bind(until)
                    .execute(pool)
                    .await
                    .map_err(|e| e.to_string())?;
            }
            (SignedIn::Sqlite(pool), None) => {
                sqlx::query("DELETE FROM signed_in WHERE id = ? OR expiry <= ?")
                    .bind(id.to_string())
                    .bind(now)
                    .execute(pool)
                    .await
                    .map_err(|e| e.to_string())?;
            }
            (SignedIn::Redis(pool, key), expiry) => {
                let member = id.to_string();
                let _: i64 = pool
                    .zremrangebyscore(key.as_str(), f64::NEG_INFINITY, now as f64)
                    .await
                    .map_err(|e| e.to_string())?;
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
                        .await
                    }
                    None => pool.zrem(key.as_str(), member).await,
                }
                .map_err(|e| e.to_string())?;
            }
        }
        Ok(())
    }

    /// How many records hold a sign-in that has not expired.
    pub async fn count(&self) -> Result<u64, String> {
        let now = now();
        let count = match self {
            SignedIn::Memory(map) => {
                let map = map.lock().map_err(|_| "index poisoned".to_owned())?;
                map.values().filter(|until| **until > now).count() as u64
            }
            SignedIn::Sqlite(pool) => {
                let (count,): (i64,) =
                    sqlx::query_as("SELECT COUNT(*) FROM signed_in WHERE expiry > ?")
                        .bind(now)
                        .fetch_one(pool)
                        .await
                        .map_err(|e| e.to_string())?;
                u64::try_from(count).unwrap_or(0)
            }
            SignedIn::Redis(pool, key) => {
                // Scores are whole seconds: strictly later than now.
                let count: i64 = pool
                    .zcount(key.as_str(), (now + 1) as f64, f64::INFINITY)
                    .await
                    .map_err(|e| e.to_string())?;
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
