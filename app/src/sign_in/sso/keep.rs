//! Where single sign-on keeps what outlives one request: the pending sign-ins (state, nonce,
//! PKCE verifier) and each person's Rescue authcode. With several instances it is the shared
//! store every instance reads (Redis); a single instance keeps them in its own memory.
//!
//! Values are sealed with the server's key before they are kept (a verifier or an authcode is
//! a secret), and names are hashes ([`crate::fleet::hashed`]), so the store never holds either
//! in the clear.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::Mutex;

use crate::core::services::CredentialSeal;
use crate::fleet::{Fleet, Lock};

/// At most this many values are kept in memory: pending sign-ins are made by anyone who opens
/// the sign-in button, so a script must not grow the map without bound. The oldest go first.
const MEMORY_MAX: usize = 20_000;

/// How long a waiter polls for another request's lock.
const POLL: Duration = Duration::from_millis(100);

/// A value and when it stops counting.
type Entry = (Instant, String);

/// Short-lived sealed values, in the shared store or in memory.
#[derive(Debug, Clone)]
pub struct Keep {
    fleet: Option<Arc<dyn Fleet>>,
    seal: Arc<dyn CredentialSeal>,
    memory: Arc<Mutex<HashMap<String, Entry>>>,
    locks: Arc<Mutex<HashMap<String, Instant>>>,
}

impl Keep {
    /// Keeps in `fleet` when there is one, else in this process; sealed with `seal`.
    pub fn new(fleet: Option<Arc<dyn Fleet>>, seal: Arc<dyn CredentialSeal>) -> Self {
        Keep {
            fleet,
            seal,
            memory: Arc::default(),
            locks: Arc::default(),
        }
    }

    /// Keeps `value` under `name` for `ttl`, replacing what was there.
    pub async fn put(&self, name: &str, value: &str, ttl: Duration) -> Result<(), String> {
        let sealed = self.seal.seal(value);
        if let Some(fleet) = &self.fleet {
            return fleet.put(name, &sealed, ttl).await;
        }
        let mut memory = self.memory.lock().await;
        let now = Instant::now();
        memory.retain(|_, (until, _)| *until > now);
        if memory.len() >= MEMORY_MAX {
            // Full of live values: the one closest to expiring makes room.
            if let Some(oldest) = memory
                .iter()
                .min_by_key(|(_, (until, _))| *until)
                .map(|(k, _)| k.clone())
            {
                memory.remove(&oldest);
            }
        }
        memory.insert(name.to_owned(), (now + ttl, sealed));
        Ok(())
    }

    /// The value under `name`, if it is there, unexpired and opens with this server's key.
    pub async fn get(&self, name: &str) -> Result<Option<String>, String> {
        let sealed = match &self.fleet {
            Some(fleet) => fleet.get(name).await?,
            None => {
                let memory = self.memory.lock().await;
                memory
                    .get(name)
                    .filter(|(until, _)| *until > Instant::now())
                    .map(|(_, sealed)| sealed.clone())
            }
        };
        Ok(sealed.and_then(|s| self.seal.open(&s)))
    }

    /// Takes the value under `name` once: whichever request (on whichever instance) comes
    /// first gets it, any later one `None`, even when both arrive at the same moment.
    pub async fn take(&self, name: &str, ttl: Duration) -> Result<Option<String>, String> {
        match &self.fleet {
            Some(fleet) => {
                // The store cannot delete, but a lock that never gets released is a claim
                // only the first caller wins; it expires with the value.
                match fleet.lock(&format!("{name}:taken"), ttl).await? {
                    Lock::Taken(_) => {}
                    Lock::Held(_) => return Ok(None),
                }
                let sealed = fleet.get(name).await?;
                Ok(sealed.and_then(|s| self.seal.open(&s)))
            }
            None => {
                let taken = self.memory.lock().await.remove(name);
                Ok(taken
                    .filter(|(until, _)| *until > Instant::now())
                    .and_then(|(_, sealed)| self.seal.open(&sealed)))
            }
        }
    }

    /// Runs `work` while holding lock `name` (at most `hold`): one at a time for that name,
    /// on every instance. A caller that finds it held waits up to `hold` for it to go.
    /// `Err`: the shared store could not be reached, or the lock never came free.
    pub async fn exclusively<T, F>(&self, name: &str, hold: Duration, work: F) -> Result<T, String>
    where
        F: std::future::Future<Output = T>,
    {
        let deadline = Instant::now() + hold;
        let token = loop {
            if let Some(token) = self.try_lock(name, hold).await? {
                break token;
            }
            if Instant::now() >= deadline {
                return Err(format!("lock {name} still held after {hold:?}"));
            }
            tokio::time::sleep(POLL).await;
        };
        let value = work.await;
        self.unlock(name, &token).await;
        Ok(value)
    }

    async fn try_lock(&self, name: &str, hold: Duration) -> Result<Option<String>, String> {
        if let Some(fleet) = &self.fleet {
            return Ok(match fleet.lock(name, hold).await? {
                Lock::Taken(token) => Some(token),
                Lock::Held(_) => None,
            });
        }
        let mut locks = self.locks.lock().await;
        let now = Instant::now();
        locks.retain(|_, until| *until > now);
        if locks.contains_key(name) {
            return Ok(None);
        }
        locks.insert(name.to_owned(), now + hold);
        Ok(Some(String::new()))
    }

    async fn unlock(&self, name: &str, token: &str) {
        match &self.fleet {
            Some(fleet) => {
                if let Err(err) = fleet.unlock(name, token).await {
                    // It expires on its own.
                    tracing::warn!("shared store: single sign-on lock not released: {err}");
                }
            }
            None => {
                self.locks.lock().await.remove(name);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keep() -> Keep {
        Keep::new(None, Arc::new(crate::core::services::PlainSeal))
    }

    #[tokio::test]
    async fn a_value_is_taken_once_and_expires() {
        let keep = keep();
        let ttl = Duration::from_secs(60);
        keep.put("a", "one", ttl).await.expect("kept");
        assert_eq!(keep.get("a").await.expect("read").as_deref(), Some("one"));
        assert_eq!(
            keep.take("a", ttl).await.expect("taken").as_deref(),
            Some("one")
        );
        assert_eq!(keep.take("a", ttl).await.expect("taken"), None);
        keep.put("b", "two", Duration::ZERO).await.expect("kept");
        assert_eq!(keep.get("b").await.expect("read"), None);
    }

    #[tokio::test]
    async fn memory_stays_bounded() {
        let keep = keep();
        for i in 0..(MEMORY_MAX + 10) {
            keep.put(&i.to_string(), "v", Duration::from_secs(60))
                .await
                .expect("kept");
        }
        assert_eq!(keep.memory.lock().await.len(), MEMORY_MAX);
        assert!(keep
            .get(&(MEMORY_MAX + 9).to_string())
            .await
            .expect("read")
            .is_some());
    }

    #[tokio::test]
    async fn one_holder_at_a_time() {
        let keep = keep();
        let hold = Duration::from_secs(5);
        let running = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let most = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let work = |keep: Keep| {
            let (running, most) = (running.clone(), most.clone());
            async move {
                keep.exclusively("person", hold, async {
                    let now = running.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
                    most.fetch_max(now, std::sync::atomic::Ordering::SeqCst);
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    running.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
                })
                .await
            }
        };
        let (a, b) = tokio::join!(work(keep.clone()), work(keep.clone()));
        assert!(a.is_ok() && b.is_ok());
        assert_eq!(most.load(std::sync::atomic::Ordering::SeqCst), 1);
    }
}
