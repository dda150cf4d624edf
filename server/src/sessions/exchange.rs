//! Compare-and-set for every session store: a record is replaced only if it is still stored as
//! it was read. The stores of tower-sessions write by upsert, so two requests of one browser
//! that each read the record and wrote it back would lose whichever change came first; with
//! [`Exchange::swap`], [`crate::sessions::guard::Guarded`] notices and merges instead.
//!
//! A record is compared as its stored bytes (MessagePack, the encoding the tower-sessions stores
//! use, so the stores keep reading what is written here): SQLite by an `UPDATE … WHERE data =`
//! of the bytes read, Redis by a Lua script, memory under its lock.

use std::collections::HashMap;
use std::sync::Arc;

use async_trait::async_trait;
use tower_sessions::cookie::time::OffsetDateTime;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Error, Result};
use tower_sessions::SessionStore;
use tower_sessions_redis_store::fred::prelude::{KeysInterface, LuaInterface, Pool, Value};
use tower_sessions_redis_store::RedisStore;
use tower_sessions_sqlx_store::SqliteStore;

/// A session store whose records can be replaced only if they are unchanged.
#[async_trait]
pub trait Exchange: SessionStore + Clone {
    /// The record stored under `id` as stored, if it exists and has not expired.
    async fn read(&self, id: &Id) -> Result<Option<Vec<u8>>>;
    /// Replaces record `new.id` with `new` if it is still stored as `old`: `false` when it
    /// changed or went away meanwhile (nothing is written then).
    async fn swap(&self, old: &[u8], new: &Record) -> Result<bool>;
}

/// A record as the stores keep it.
pub fn encode(record: &Record) -> Result<Vec<u8>> {
    rmp_serde::to_vec(record).map_err(|e| Error::Encode(e.to_string()))
}

/// A record from its stored bytes.
pub fn decode(bytes: &[u8]) -> Result<Record> {
    rmp_serde::from_slice(bytes).map_err(|e| Error::Decode(e.to_string()))
}

/// The SQLite store of tower-sessions, with its own pool for the compare-and-set.
#[derive(Debug, Clone)]
pub struct SqliteExchange {
    store: SqliteStore,
    pool: sqlx::SqlitePool,
}

/// The table `SqliteStore` keeps its records in.
const SQLITE_TABLE: &str = "tower_sessions";

impl SqliteExchange {
    /// The store over `pool` (its table created if missing).
    pub async fn new(pool: sqlx::SqlitePool) -> std::result::Result<Self, sqlx::Error> {
        let store = SqliteStore::new(pool.clone());
        store.migrate().await?;
        Ok(SqliteExchange { store, pool })
    }

    /// The tower-sessions store underneath (for its expired-record sweep).
    pub fn store(&self) -> &SqliteStore {
        &self.store
    }

    /// How many records the table holds, expired or not.
    pub async fn record_count(&self) -> Result<u64> {
        let query = format!("SELECT COUNT(*) FROM {SQLITE_TABLE}");
        let (count,): (i64,) = sqlx::query_as(&query)
            .fetch_one(&self.pool)
            .await
            .map_err(backend)?;
        Ok(u64::try_from(count).unwrap_or(0))
    }
}

fn backend(err: impl std::fmt::Display) -> Error {
    Error::Backend(err.to_string())
}

#[async_trait]
impl SessionStore for SqliteExchange {
    async fn create(&self, record: &mut Record) -> Result<()> {
        self.store.create(record).await
    }
    async fn save(&self, record: &Record) -> Result<()> {
        self.store.save(record).await
    }
    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        self.store.load(id).await
    }
    async fn delete(&self, id: &Id) -> Result<()> {
        self.store.delete(id).await
    }
}

#[async_trait]
impl Exchange for SqliteExchange {
    async fn read(&self, id: &Id) -> Result<Option<Vec<u8>>> {
        let query = format!("SELECT data FROM {SQLITE_TABLE} WHERE id = ? AND expiry_date > ?");
        let row: Option<(Vec<u8>,)> = sqlx::query_as(&query)
            .bind(id.to_string())
            .bind(OffsetDateTime::now_utc())
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)?;
        Ok(row.map(|(data,)| data))
    }

    async fn swap(&self, old: &[u8], new: &Record) -> Result<bool> {
        let query = format!(
            "UPDATE {SQLITE_TABLE} SET data = ?, expiry_date = ? WHERE id = ? AND data = ?"
        );
        let done = sqlx::query(&query)
            .bind(encode(new)?)
            .bind(new.expiry_date)
            .bind(new.id.to_string())
            .bind(old)
            .execute(&self.pool)
            .await
            .map_err(backend)?;
        Ok(done.rows_affected() == 1)
    }
}

/// Replaces the record if it is still what was read, keeping Redis's expiry in step.
const SWAP: &str = r"
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'EXAT', ARGV[3])
  return 1
end
return 0
";

/// The Redis store of tower-sessions, with its pool for the compare-and-set.
#[derive(Debug, Clone)]
pub struct RedisExchange {
    store: RedisStore<Pool>,
    pool: Pool,
}

impl RedisExchange {
    /// The store over `pool`.
    pub fn new(pool: Pool) -> Self {
        RedisExchange {
            store: RedisStore::new(pool.clone()),
            pool,
        }
    }
}

#[async_trait]
impl SessionStore for RedisExchange {
    async fn create(&self, record: &mut Record) -> Result<()> {
        self.store.create(record).await
    }
    async fn save(&self, record: &Record) -> Result<()> {
        self.store.save(record).await
    }
    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        self.store.load(id).await
    }
    async fn delete(&self, id: &Id) -> Result<()> {
        self.store.delete(id).await
    }
}

#[async_trait]
impl Exchange for RedisExchange {
    async fn read(&self, id: &Id) -> Result<Option<Vec<u8>>> {
        self.pool
            .get::<Option<Vec<u8>>, _>(id.to_string())
            .await
            .map_err(backend)
    }

    async fn swap(&self, old: &[u8], new: &Record) -> Result<bool> {
        let args: Vec<Value> = vec![
            Value::from(old),
            Value::from(encode(new)?.as_slice()),
            Value::from(new.expiry_date.unix_timestamp()),
        ];
        let done: i64 = self
            .pool
            .eval(SWAP, vec![new.id.to_string()], args)
            .await
            .map_err(backend)?;
        Ok(done == 1)
    }
}

/// Sessions in this process's memory (development and tests): lost on restart.
#[derive(Debug, Clone, Default)]
pub struct MemoryExchange {
    records: Arc<tokio::sync::Mutex<HashMap<Id, Vec<u8>>>>,
}

impl MemoryExchange {
    /// How many records it holds, expired or not.
    pub async fn record_count(&self) -> u64 {
        self.records.lock().await.len() as u64
    }

    /// The record `id`'s bytes if it has not expired (an expired one is dropped).
    fn live(records: &mut HashMap<Id, Vec<u8>>, id: &Id) -> Result<Option<Vec<u8>>> {
        let Some(bytes) = records.get(id) else {
            return Ok(None);
        };
        if decode(bytes)?.expiry_date > OffsetDateTime::now_utc() {
            return Ok(Some(bytes.clone()));
        }
        records.remove(id);
        Ok(None)
    }
}

#[async_trait]
impl SessionStore for MemoryExchange {
    async fn create(&self, record: &mut Record) -> Result<()> {
        let mut records = self.records.lock().await;
        while records.contains_key(&record.id) {
            record.id = Id::default();
        }
        records.insert(record.id, encode(record)?);
        Ok(())
    }
    async fn save(&self, record: &Record) -> Result<()> {
        self.records.lock().await.insert(record.id, encode(record)?);
        Ok(())
    }
    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let bytes = Self::live(&mut *self.records.lock().await, id)?;
        bytes.as_deref().map(decode).transpose()
    }
    async fn delete(&self, id: &Id) -> Result<()> {
        self.records.lock().await.remove(id);
        Ok(())
    }
}

#[async_trait]
impl Exchange for MemoryExchange {
    async fn read(&self, id: &Id) -> Result<Option<Vec<u8>>> {
        Self::live(&mut *self.records.lock().await, id)
    }

    async fn swap(&self, old: &[u8], new: &Record) -> Result<bool> {
        let mut records = self.records.lock().await;
        if records.get(&new.id).map(Vec::as_slice) != Some(old) {
            return Ok(false);
        }
        records.insert(new.id, encode(new)?);
        Ok(true)
    }
}
