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
            .running
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(key.clone())
            .or_insert_with(|| start().shared())
            .clone();
        let value = read.clone().await;
        let mut running = self.running.lock().unwrap_or_else(|e| e.into_inner());
        // Only this read's entry: a newer read of the same key may have started meanwhile.
        if running.get(&key).is_some_and(|r| r.ptr_eq(&read)) {
            running.remove(&key);
        }
        value
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
