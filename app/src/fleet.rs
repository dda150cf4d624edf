//! What the instances of one installation share when several serve behind a load balancer:
//! locks with an owner and an expiry, short-lived values, and counted attempts. Implemented
//! by the server over Redis; a single instance has none and keeps its guards in memory.
//!
//! Every lock expires on its own, so an instance killed while holding one never blocks the
//! others for longer than the lock's lifetime. Names are hashes or fixed words, never a
//! secret: a session id or a Rescue login never reaches the shared store as a key.

use std::time::Duration;

/// A pending shared-store operation; its error is a description for the server log.
pub type FleetFuture<'a, T> =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<T, String>> + Send + 'a>>;

/// The outcome of asking for a lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lock {
    /// Taken: release it with this token.
    Taken(String),
    /// Another holder has it: its token (to wait for what that holder leaves behind).
    Held(String),
}

/// The operations the shared guards are built from.
pub trait Fleet: Send + Sync + std::fmt::Debug {
    /// Takes lock `name` for at most `ttl`, or names its holder, in one step.
    fn lock(&self, name: &str, ttl: Duration) -> FleetFuture<'_, Lock>;
    /// Releases lock `name` if `token` still holds it (never another holder's).
    fn unlock(&self, name: &str, token: &str) -> FleetFuture<'_, ()>;
    /// The token holding lock `name`, if any.
    fn holder(&self, name: &str) -> FleetFuture<'_, Option<String>>;
    /// Keeps `value` under `name` for `ttl`.
    fn put(&self, name: &str, value: &str, ttl: Duration) -> FleetFuture<'_, ()>;
    /// The value under `name`, if it has not expired.
    fn get(&self, name: &str) -> FleetFuture<'_, Option<String>>;
    /// Counts attempt `id` under every key of `limits` (key, most allowed) within `window`, in
    /// one step: `Some(wait)` (and nothing counted) when a key holds its most already.
    fn count(
        &self,
        limits: &[(String, usize)],
        id: &str,
        window: Duration,
    ) -> FleetFuture<'_, Option<Duration>>;
    /// Takes attempt `id` back from every key.
    fn uncount(&self, keys: &[String], id: &str) -> FleetFuture<'_, ()>;
    /// Sends `message` to every instance listening on `channel` now (none listening is fine;
    /// nothing is kept for later).
    fn publish(&self, channel: &str, message: &str) -> FleetFuture<'_, ()>;
    /// Hands every message published on `channel` from now on, by any instance (this one
    /// too), to `deliver`, for as long as the process runs; listening resumes by itself after
    /// the store was out of reach (what was published meanwhile is missed).
    fn subscribe(&self, channel: &str, deliver: Deliver) -> FleetFuture<'_, ()>;
}

/// What receives the messages of a subscribed channel.
pub type Deliver = Box<dyn Fn(String) + Send + Sync>;

/// How long the result of a shared call is kept for the presses waiting on it.
const RESULT_KEPT: Duration = Duration::from_secs(60);
/// How often a waiting press looks for the result.
const POLL: Duration = Duration::from_millis(100);

/// How long a press holds the lock at most, and how long another press waits for its result.
#[derive(Debug, Clone, Copy)]
pub struct Bounds {
    /// The lock's expiry: past it, the holder's instance is taken for dead.
    pub hold: Duration,
    /// How long a waiting press waits before answering `interrupted()` (shorter than its own
    /// request may last, so it answers rather than times out).
    pub wait: Duration,
}

/// Runs `call` once across every instance for the presses named `name` that overlap: the
/// first takes the lock and makes the call; the others wait for the result it leaves (or
/// `interrupted()` if its instance died without one). `Err`: the shared store cannot be
/// reached, and nothing was run (one call per press cannot be promised without it).
pub async fn run_once<V, F>(
    fleet: &dyn Fleet,
    name: &str,
    bounds: Bounds,
    call: F,
    interrupted: impl FnOnce() -> V,
) -> Result<V, String>
where
    V: serde::Serialize + serde::de::DeserializeOwned,
    F: std::future::Future<Output = V>,
{
    let lock = format!("{name}:lock");
    match fleet.lock(&lock, bounds.hold).await? {
        Lock::Taken(token) => {
            let value = call.await;
            // Left before the lock goes, so a waiter that sees the lock gone finds it.
            match serde_json::to_string(&value) {
                Ok(json) => {
                    if let Err(err) = fleet
                        .put(&format!("{name}:result:{token}"), &json, RESULT_KEPT)
                        .await
                    {
                        tracing::warn!("shared store: result not kept for waiting presses: {err}");
                    }
                }
                Err(err) => tracing::error!("shared result not serialisable: {err}"),
            }
            if let Err(err) = fleet.unlock(&lock, &token).await {
                // It expires on its own.
                tracing::warn!("shared store: lock not released: {err}");
            }
            Ok(value)
        }
        Lock::Held(token) => {
            let result = format!("{name}:result:{token}");
            let deadline = tokio::time::Instant::now() + bounds.wait;
            loop {
                if let Some(value) = read(fleet, &result).await {
                    return Ok(value);
                }
                let still = fleet.holder(&lock).await.ok().flatten();
                if still.as_deref() != Some(token.as_str())
                    || tokio::time::Instant::now() >= deadline
                {
                    // The holder is done or gone: one last look for what it left.
                    return Ok(read(fleet, &result).await.unwrap_or_else(interrupted));
                }
                tokio::time::sleep(POLL).await;
            }
        }
    }
}

async fn read<V: serde::de::DeserializeOwned>(fleet: &dyn Fleet, name: &str) -> Option<V> {
    let json = fleet.get(name).await.ok().flatten()?;
    serde_json::from_str(&json).ok()
}

/// A name for the shared store made from `parts`: a keyed-free SHA-256, hex, so a secret
/// among the parts (a session id, a Rescue login) cannot be read back from the name.
pub fn hashed(kind: &str, parts: &[&[u8]]) -> String {
    use sha2::Digest;
    let mut hash = sha2::Sha256::new();
    for part in parts {
        // Length-prefixed: ("ab", "c") and ("a", "bc") are different names.
        hash.update((part.len() as u64).to_be_bytes());
        hash.update(part);
    }
    let digest = hash.finalize();
    let mut name = String::with_capacity(kind.len() + 1 + 64);
    name.push_str(kind);
    name.push(':');
    for byte in digest {
        name.push_str(&format!("{byte:02x}"));
    }
    name
}

/// A random token or id: 128 bits, hex.
pub fn token() -> String {
    let bytes: [u8; 16] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_hide_their_parts_and_keep_them_apart() {
        let a = hashed("press", &[b"ab", b"c"]);
        let b = hashed("press", &[b"a", b"bc"]);
        assert_ne!(a, b);
        assert!(a.starts_with("press:") && a.len() == 6 + 64, "{a}");
        assert!(!a.contains("ab"));
        assert_ne!(token(), token());
    }
}
