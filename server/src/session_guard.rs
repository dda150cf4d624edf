//! A wrapper around every session store that keeps two promises the stores alone do not.
//!
//! - **A stolen store yields no working cookie.** Records are kept under a keyed hash of the
//!   session id (HMAC-SHA-256 with a key derived from the server's key), never the id itself:
//!   the browser's cookie holds the id, the store only its hash, and the hash cannot be turned
//!   back into a cookie without the key.
//! - **A deleted session stays deleted.** A request that loaded a session before its sign-out
//!   and saves it after would otherwise write it back (stores save by upsert). `save` only
//!   updates a record that still exists; only `create` makes one.
//! - **Nothing outlives a sign-in in the store.** The dashboard cookie is a session cookie,
//!   for which tower-sessions would keep a record two weeks; each write here keeps it at most
//!   the longest a sign-in can last from that write on.

use async_trait::async_trait;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Error, Result};
use tower_sessions::SessionStore;

use crate::signed_in::SignedIn;

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

    /// Notes whether `stored` (as written) holds a sign-in.
    async fn note(&self, stored: &Record) {
        let until = stored.data.contains_key(app::guard::LOGIN_KEY).then(|| {
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

    fn stored(&self, record: &Record) -> Record {
        let latest = tower_sessions::cookie::time::OffsetDateTime::now_utc() + self.keep;
        Record {
            id: self.stored_id(&record.id),
            expiry_date: record.expiry_date.min(latest),
            ..record.clone()
        }
    }
}

#[async_trait]
impl<S: SessionStore + Clone> SessionStore for Guarded<S> {
    async fn create(&self, record: &mut Record) -> Result<()> {
        for _ in 0..CREATE_ATTEMPTS {
            let mut stored = self.stored(record);
            let wanted = stored.id;
            self.inner.create(&mut stored).await?;
            if stored.id == wanted {
                self.note(&stored).await;
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
        let stored = self.stored(record);
        if self.inner.load(&stored.id).await?.is_none() {
            // Signed out (or expired) while this request ran: not brought back.
            return Ok(());
        }
        self.inner.save(&stored).await?;
        self.note(&stored).await;
        Ok(())
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let found = self.inner.load(&self.stored_id(id)).await?;
        Ok(found.map(|record| Record { id: *id, ..record }))
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        let stored = self.stored_id(id);
        self.inner.delete(&stored).await?;
        self.index(stored, None).await;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower_sessions::MemoryStore;

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
}
