//! Two concurrency rules of the dashboard, each cleaned up on `Drop`: concurrent identical
//! reads share one Rescue call ([`Coalesce`]), and a double submit of an action is one Rescue
//! call ([`InFlight`]).

use std::collections::HashMap;
use std::future::Future;
use std::hash::Hash;
use std::sync::{Arc, Mutex};

use futures_util::future::{BoxFuture, FutureExt, Shared};

/// Makes concurrent identical reads one Rescue call: a refresh storm (several tabs, a held
/// F5, a timer firing while a click reloads) waits for the read already running instead of
/// multiplying calls. Only reads go through here; a finished read is never reused, so every
/// new refresh sees Rescue as it is now.
pub struct Coalesce<K, V: Clone> {
    running: Mutex<HashMap<K, Shared<BoxFuture<'static, V>>>>,
}

impl<K, V: Clone> Default for Coalesce<K, V> {
    fn default() -> Self {
        Coalesce {
            running: Mutex::new(HashMap::new()),
        }
    }
}

impl<K, V: Clone> std::fmt::Debug for Coalesce<K, V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Coalesce").finish_non_exhaustive()
    }
}

impl<K, V> Coalesce<K, V>
where
    K: Hash + Eq + Clone,
    V: Clone + Send + Sync + 'static,
{
    /// The result of the read `key` already running, or of `start()` if none is.
    pub async fn run(&self, key: K, start: impl FnOnce() -> BoxFuture<'static, V>) -> V {
        let read = self
            .lock()
            .entry(key.clone())
            .or_insert_with(|| start().shared())
            .clone();
        // Forgotten when this request ends, answered or dropped mid-read (its browser went
        // away): a read nobody waits for must not stay in the map with its credentials.
        let _forget = Forget {
            coalesce: self,
            key,
            read: read.clone(),
        };
        read.await
    }

    /// How many reads are running (for tests and metrics).
    pub fn running(&self) -> usize {
        self.lock().len()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<K, Shared<BoxFuture<'static, V>>>> {
        self.running.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Removes a read from the map when the request that awaited it ends.
struct Forget<'a, K, V>
where
    K: Hash + Eq + Clone,
    V: Clone + Send + Sync + 'static,
{
    coalesce: &'a Coalesce<K, V>,
    key: K,
    read: Shared<BoxFuture<'static, V>>,
}

impl<K, V> Drop for Forget<'_, K, V>
where
    K: Hash + Eq + Clone,
    V: Clone + Send + Sync + 'static,
{
    fn drop(&mut self) {
        let mut running = self.coalesce.lock();
        // Only this read's entry: a newer read of the same key may have started meanwhile.
        if running.get(&self.key).is_some_and(|r| r.ptr_eq(&self.read)) {
            running.remove(&self.key);
        }
    }
}

type Cells<K, V> = Mutex<HashMap<K, Arc<tokio::sync::OnceCell<V>>>>;

/// Makes a double submit one Rescue call. Session actions are not idempotent (a second
/// `cancelAction` would answer `ACTIONFAILED`, or cancel something newer), so a request that
/// arrives while the same action from the same browser is running waits for that call's result
/// instead of making its own.
pub struct InFlight<K, V> {
    running: Cells<K, V>,
}

impl<K, V> Default for InFlight<K, V> {
    fn default() -> Self {
        InFlight {
            running: Mutex::new(HashMap::new()),
        }
    }
}

impl<K, V> std::fmt::Debug for InFlight<K, V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InFlight").finish_non_exhaustive()
    }
}

impl<K: Hash + Eq + Clone, V: Clone> InFlight<K, V> {
    /// Runs `call` unless the same action is already running, in which case its result is
    /// shared. The second element is `true` for the request that made the call. `interrupted`
    /// is the answer of a waiting request whose first request was dropped mid-call (its
    /// browser went away), so the result is not known.
    pub async fn run_once<F>(&self, key: K, call: F, interrupted: impl FnOnce() -> V) -> (V, bool)
    where
        F: Future<Output = V>,
    {
        let (cell, first) = {
            let mut running = self.running.lock().unwrap_or_else(|e| e.into_inner());
            match running.get(&key) {
                Some(cell) => (cell.clone(), false),
                None => {
                    let cell = Arc::new(tokio::sync::OnceCell::new());
                    running.insert(key.clone(), cell.clone());
                    (cell, true)
                }
            }
        };
        if !first {
            // `get_or_init` lets only one initializer run: this waits for the first request's.
            let value = cell.get_or_init(|| async { interrupted() }).await;
            return (value.clone(), false);
        }
        // Removed even if this request is dropped mid-call, so a later click can try again.
        let _cleanup = Cleanup {
            running: &self.running,
            key,
        };
        let value = cell.get_or_init(|| call).await.clone();
        (value, true)
    }
}

struct Cleanup<'a, K: Hash + Eq, V> {
    running: &'a Cells<K, V>,
    key: K,
}

impl<K: Hash + Eq, V> Drop for Cleanup<'_, K, V> {
    fn drop(&mut self) {
        self.running
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&self.key);
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[tokio::test]
    async fn a_read_whose_browser_went_away_leaves_nothing_behind() {
        let reads: Coalesce<u32, u32> = Coalesce::default();
        // A read that never answers, abandoned after a moment (the browser closed the tab).
        let abandoned = tokio::time::timeout(
            Duration::from_millis(20),
            reads.run(1, || Box::pin(std::future::pending())),
        )
        .await;
        assert!(abandoned.is_err());
        assert_eq!(reads.running(), 0, "no entry left behind");
        // Answered reads leave nothing either.
        assert_eq!(reads.run(2, || Box::pin(async { 7 })).await, 7);
        assert_eq!(reads.running(), 0);
    }

    #[tokio::test]
    async fn concurrent_reads_share_one_call() {
        let reads: Coalesce<u32, u32> = Coalesce::default();
        let calls = std::sync::atomic::AtomicU32::new(0);
        let start = || {
            calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            Box::pin(async {
                tokio::time::sleep(Duration::from_millis(20)).await;
                5_u32
            }) as BoxFuture<'static, u32>
        };
        let (a, b) = tokio::join!(reads.run(1, start), reads.run(1, start));
        assert_eq!((a, b), (5, 5));
        assert_eq!(calls.load(std::sync::atomic::Ordering::SeqCst), 1);
        assert_eq!(reads.running(), 0);
    }

    #[tokio::test]
    async fn a_dropped_first_press_leaves_nothing_behind() {
        let presses: InFlight<u32, u32> = InFlight::default();
        let dropped = tokio::time::timeout(
            Duration::from_millis(20),
            presses.run_once(1, std::future::pending(), || 0),
        )
        .await;
        assert!(dropped.is_err());
        assert!(presses.running.lock().unwrap().is_empty());
    }
}
