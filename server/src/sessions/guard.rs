//! A wrapper around every session store that keeps two promises the stores alone do not.
//!
//! - **A stolen store yields no working cookie.** Records are kept under a keyed hash of the
//!   session id (HMAC-SHA-256 with a key derived from the server's key), never the id itself:
//!   the browser's cookie holds the id, the store only its hash, and the hash cannot be turned
//!   back into a cookie without the key.
//! - **A deleted session stays deleted.** A request that loaded a session before its sign-out
//!   and saves it after would otherwise write it back (stores save by upsert). `save` only
//!   replaces a record that still exists, in one compare-and-set step ([`Exchange::swap`]);
//!   only `create` makes one.
//! - **No newer change is lost.** Two requests of one browser each read the record and write
//!   it whole at their end; the second would undo the first. `load` hands out the record with
//!   a copy of what was read (under [`BASE_KEY`]); `save` replaces the stored record only if
//!   it is still that, and otherwise writes just the keys this request changed onto what is
//!   stored now.
//! - **Nothing outlives a sign-in in the store.** The dashboard cookie is a session cookie,
//!   for which tower-sessions would keep a record two weeks; each write here keeps it at most
//!   the longest a sign-in can last from that write on.

use std::collections::HashMap;

use async_trait::async_trait;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Error, Result};
use tower_sessions::SessionStore;

use crate::sessions::exchange::{decode, Exchange};
use crate::sessions::signed_in::SignedIn;

/// Where a loaded record carries what it was when read, so its save can tell what this request
/// changed. Never stored: `save` and `create` take it out.
pub const BASE_KEY: &str = "\u{1}read";

/// A save is tried this often when other writes keep slipping in between its read and its
/// swap (each retry reads again; two in a row are already rare).
const SWAP_ATTEMPTS: usize = 16;
/// `inner`, reached through hashed ids and without revivals.
#[derive(Clone)]
pub struct Guarded<S> {
    inner: S,
    key: [u8; 32],
    keep: tower_sessions::cookie::time::Duration,
    /// The records holding a sign-in, for the operator's gauge, and how long after a write a
    /// sign-in lasts without another (the idle limit).
    signed_in: SignedIn,
    idle: tower_sessions::cookie::time::Duration,
}

impl<S: std::fmt::Debug> std::fmt::Debug for Guarded<S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Guarded")
            .field("inner", &self.inner)
            .field("key", &"[REDACTED]")
            .field("keep", &self.keep)
            .finish()
    }
}

/// `mine`'s changes from `base` (the keys it set or changed, and those it removed), written
/// onto `current`: a key this request did not touch keeps whatever is stored now.
fn merged(
    mut current: HashMap<String, serde_json::Value>,
    base: &serde_json::Map<String, serde_json::Value>,
    mine: &HashMap<String, serde_json::Value>,
) -> HashMap<String, serde_json::Value> {
    for (key, value) in mine {
        if base.get(key) != Some(value) {
            current.insert(key.clone(), value.clone());
        }
    }
    for key in base.keys() {
        if !mine.contains_key(key) {
            current.remove(key);
        }
    }
    current
}

/// A new id is tried this many times when its hash is taken (never seen: 2^-128 each).
const CREATE_ATTEMPTS: usize = 8;

impl<S> Guarded<S> {
    /// `inner` with record ids hashed under `key`, each record kept at most `keep` after it
    /// was last written.
    pub fn new(inner: S, key: [u8; 32], keep: std::time::Duration) -> Self {
        let keep = tower_sessions::cookie::time::Duration::try_from(keep)
            .unwrap_or(tower_sessions::cookie::time::Duration::DAY);
        Guarded {
            inner,
            key,
            keep,
            signed_in: SignedIn::memory(),
            idle: keep,
        }
    }

    /// The same, noting its signed-in records in `signed_in` (see [`Guarded::signed_in`]),
    /// each held until `idle` after its last write.
    pub fn noting(mut self, signed_in: SignedIn, idle: std::time::Duration) -> Self {
        self.signed_in = signed_in;
        self.idle = tower_sessions::cookie::time::Duration::try_from(idle).unwrap_or(self.keep);
        self
    }

    /// The index of the records that hold a sign-in.
    pub fn signed_in(&self) -> &SignedIn {
        &self.signed_in
    }

    /// The store underneath.
    pub fn inner(&self) -> &S {
        &self.inner
    }

    /// Notes whether `stored` (as written) holds a sign-in.
    async fn note(&self, stored: &Record) {
        let until = stored
            .data
            .contains_key(app::core::login::LOGIN_KEY)
            .then(|| {
                let idle_end = tower_sessions::cookie::time::OffsetDateTime::now_utc() + self.idle;
                stored.expiry_date.min(idle_end).unix_timestamp()
            });
        self.index(stored.id, until).await;
    }

    /// Notes stored record `id` as signed in `until`, or not. A failure is logged, never the
    /// request's: the gauge must not cost anyone a sign-in.
    async fn index(&self, id: Id, until: Option<i64>) {
        if let Err(err) = self.signed_in.note(id.0, until).await {
            tracing::warn!("{err}: not updated");
        }
    }

    /// The id a record is stored under: the first 128 bits of HMAC-SHA-256(key, id).
    fn stored_id(&self, id: &Id) -> Id {
        // A 32-byte key is always a valid HMAC key; the fallback is never taken.
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&self.key) else {
            return Id(0);
        };
        mac.update(&id.0.to_le_bytes());
        let digest = mac.finalize().into_bytes();
        let mut first = [0u8; 16];
        first.copy_from_slice(&digest[..16]);
        Id(i128::from_le_bytes(first))
    }

    /// `record` as it is stored: under its hashed id, kept at most `keep`, and without the
    /// copy of what was read (returned apart, when there is one).
    fn stored(
        &self,
        record: &Record,
    ) -> (Record, Option<serde_json::Map<String, serde_json::Value>>) {
        let latest = tower_sessions::cookie::time::OffsetDateTime::now_utc() + self.keep;
        let mut data = record.data.clone();
        let base = match data.remove(BASE_KEY) {
            Some(serde_json::Value::Object(base)) => Some(base),
            _ => None,
        };
        let stored = Record {
            id: self.stored_id(&record.id),
            data,
            expiry_date: record.expiry_date.min(latest),
        };
        (stored, base)
    }
}

#[async_trait]
impl<S: Exchange> SessionStore for Guarded<S> {
    async fn create(&self, record: &mut Record) -> Result<()> {
        for _ in 0..CREATE_ATTEMPTS {
            let (mut stored, _) = self.stored(record);
            let wanted = stored.id;
            self.inner.create(&mut stored).await?;
            if stored.id == wanted {
                self.note(&stored).await;
                // A later save of this same record compares with what was just written.
                let base = stored.data.into_iter().collect();
                record
                    .data
                    .insert(BASE_KEY.to_owned(), serde_json::Value::Object(base));
                return Ok(());
            }
            // The inner store found the hash taken and picked another id, which is not the
            // hash of anything: undo it and start over with a new id for the browser.
            self.inner.delete(&stored.id).await?;
            record.id = Id::default();
        }
        Err(Error::Backend("no free session id".into()))
    }

    async fn save(&self, record: &Record) -> Result<()> {
        let (mine, base) = self.stored(record);
        for _ in 0..SWAP_ATTEMPTS {
            let Some(bytes) = self.inner.read(&mine.id).await? else {
                // Signed out (or expired) while this request ran: not brought back.
                return Ok(());
            };
            let current = decode(&bytes)?;
            let data = match &base {
                // Someone wrote since this request read it: only this request's changes go.
                Some(base) if !same(&current.data, base) => merged(current.data, base, &mine.data),
                _ => mine.data.clone(),
            };
            let new = Record {
                data,
                ..mine.clone()
            };
            if self.inner.swap(&bytes, &new).await? {
                self.note(&new).await;
                return Ok(());
            }
        }
        Err(Error::Backend(
            "the session changed too often while it was being saved".into(),
        ))
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let Some(bytes) = self.inner.read(&self.stored_id(id)).await? else {
            return Ok(None);
        };
        let mut record = decode(&bytes)?;
        let base: serde_json::Map<String, serde_json::Value> = record
            .data
            .iter()
            .map(|(key, value)| (key.clone(), value.clone()))
            .collect();
        record
            .data
            .insert(BASE_KEY.to_owned(), serde_json::Value::Object(base));
        record.id = *id;
        Ok(Some(record))
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        let stored = self.stored_id(id);
        self.inner.delete(&stored).await?;
        self.index(stored, None).await;
        Ok(())
    }
}

/// Whether `current` holds exactly `base`.
fn same(
    current: &HashMap<String, serde_json::Value>,
    base: &serde_json::Map<String, serde_json::Value>,
) -> bool {
    current.len() == base.len() && base.iter().all(|(k, v)| current.get(k) == Some(v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sessions::exchange::MemoryExchange as MemoryStore;

    const HOUR: std::time::Duration = std::time::Duration::from_secs(3600);

    fn record(id: i128) -> Record {
        Record {
            id: Id(id),
            data: Default::default(),
            expiry_date: tower_sessions::cookie::time::OffsetDateTime::now_utc()
                + tower_sessions::cookie::time::Duration::weeks(2),
        }
    }

    #[tokio::test]
    async fn records_are_kept_under_a_keyed_hash_of_their_id() {
        let inner = MemoryStore::default();
        let store = Guarded::new(inner.clone(), [7; 32], HOUR);
        let mut fresh = record(42);
        store.create(&mut fresh).await.unwrap();
        assert!(store.load(&fresh.id).await.unwrap().is_some());
        assert!(
            inner.load(&fresh.id).await.unwrap().is_none(),
            "the raw id opens nothing"
        );
        let other_key = Guarded::new(inner.clone(), [8; 32], HOUR);
        assert!(other_key.load(&fresh.id).await.unwrap().is_none());
        let kept = store.load(&fresh.id).await.unwrap().unwrap();
        assert_eq!(kept.id, fresh.id);
        let latest = tower_sessions::cookie::time::OffsetDateTime::now_utc()
            + tower_sessions::cookie::time::Duration::hours(1);
        assert!(
            kept.expiry_date <= latest,
            "kept at most an hour, not two weeks"
        );
    }

    #[tokio::test]
    async fn a_save_after_a_delete_does_not_bring_the_session_back() {
        let store = Guarded::new(MemoryStore::default(), [7; 32], HOUR);
        let mut fresh = record(42);
        store.create(&mut fresh).await.unwrap();
        store.save(&fresh).await.unwrap();
        assert!(store.load(&fresh.id).await.unwrap().is_some());
        store.delete(&fresh.id).await.unwrap();
        store.save(&fresh).await.unwrap();
        assert!(store.load(&fresh.id).await.unwrap().is_none());
    }

    /// Two requests of one browser, each reading the record before the other wrote.
    #[tokio::test]
    async fn interleaved_writes_keep_both_changes_and_a_sign_out_stays_final() {
        let store = Guarded::new(MemoryStore::default(), [7; 32], HOUR);
        let mut fresh = record(42);
        fresh.data.insert("login".into(), serde_json::json!("ann"));
        fresh.data.insert("notice".into(), serde_json::json!("old"));
        store.create(&mut fresh).await.unwrap();

        let mut first = store.load(&fresh.id).await.unwrap().unwrap();
        let mut second = store.load(&fresh.id).await.unwrap().unwrap();
        first.data.insert("active".into(), serde_json::json!(1));
        first.data.remove("notice");
        store.save(&first).await.unwrap();
        // The second request changed only the run; its stale `notice` and missing `active`
        // are not written back.
        second.data.insert("run".into(), serde_json::json!("r1"));
        store.save(&second).await.unwrap();

        let kept = store.load(&fresh.id).await.unwrap().unwrap().data;
        assert_eq!(kept.get("login"), Some(&serde_json::json!("ann")));
        assert_eq!(kept.get("active"), Some(&serde_json::json!(1)));
        assert_eq!(kept.get("run"), Some(&serde_json::json!("r1")));
        assert_eq!(
            kept.get("notice"),
            None,
            "the first request's removal holds"
        );

        // A request that read before a sign-out does not bring the session back.
        let mut late = store.load(&fresh.id).await.unwrap().unwrap();
        store.delete(&fresh.id).await.unwrap();
        late.data.insert("run".into(), serde_json::json!("r2"));
        store.save(&late).await.unwrap();
        assert!(store.load(&fresh.id).await.unwrap().is_none());
    }

    #[tokio::test]
    async fn many_concurrent_writers_each_keep_their_own_key() {
        let store = Guarded::new(MemoryStore::default(), [7; 32], HOUR);
        let mut fresh = record(7);
        store.create(&mut fresh).await.unwrap();
        let writers = (0..12).map(|n| {
            let store = store.clone();
            let id = fresh.id;
            tokio::spawn(async move {
                let mut mine = store.load(&id).await.unwrap().unwrap();
                tokio::task::yield_now().await;
                mine.data.insert(format!("k{n}"), serde_json::json!(n));
                store.save(&mine).await.unwrap();
            })
        });
        for writer in futures_util::future::join_all(writers).await {
            writer.unwrap();
        }
        let kept = store.load(&fresh.id).await.unwrap().unwrap().data;
        for n in 0..12 {
            assert_eq!(
                kept.get(&format!("k{n}")),
                Some(&serde_json::json!(n)),
                "{kept:?}"
            );
        }
        let raw = store.inner.read(&store.stored_id(&fresh.id)).await.unwrap();
        let stored = decode(&raw.unwrap()).unwrap();
        assert_eq!(
            stored.data.len(),
            12,
            "nothing but the writers' keys is stored"
        );
    }
}
