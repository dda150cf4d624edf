//! Rescue's own limit on one account's logins (10 in 3 minutes, `LIMITREACHED`), remembered
//! per e-mail until it is over, so the dashboard stops asking Rescue meanwhile: each login call
//! would be refused and count again. It adds no lock-out Rescue does not impose already.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::sign_in::limit::{normal, MAX_KEYS};

/// How long Rescue refuses an account's logins once it answered `LIMITREACHED`: its limit is
/// counted over 3 minutes.
pub const RESCUE_LIMIT: Duration = Duration::from_secs(180);

/// The e-mails Rescue answered `LIMITREACHED` for, each until [`RESCUE_LIMIT`] has passed: no
/// login call is made for them meanwhile (Rescue would refuse it, and each call would extend
/// its count). Kept in memory, and in the shared store when instances share one.
#[derive(Debug, Default)]
pub struct RescueLimits {
    until: Mutex<HashMap<String, Instant>>,
}

impl RescueLimits {
    /// How long Rescue still refuses `email`'s logins, if it does. `Err`: the shared store
    /// could not be asked (why, for the log).
    pub async fn wait(
        &self,
        fleet: Option<&std::sync::Arc<dyn crate::fleet::Fleet>>,
        email: &str,
    ) -> Result<Option<Duration>, String> {
        let Some(email) = normal(Some(email)) else {
            return Ok(None);
        };
        if let Some(fleet) = fleet {
            let kept = fleet.get(&rescue_limit_name(&email)).await?;
            let now = chrono::Utc::now().timestamp_millis();
            return Ok(kept
                .and_then(|until| until.parse::<i64>().ok())
                .and_then(|until| u64::try_from(until - now).ok())
                .filter(|left| *left > 0)
                .map(Duration::from_millis));
        }
        let now = Instant::now();
        let until = self.lock().get(&email).copied();
        Ok(until.and_then(|until| until.checked_duration_since(now)))
    }

    /// Rescue just answered `LIMITREACHED` for `email`.
    pub async fn reached(
        &self,
        fleet: Option<&std::sync::Arc<dyn crate::fleet::Fleet>>,
        email: &str,
    ) -> Result<(), String> {
        let Some(email) = normal(Some(email)) else {
            return Ok(());
        };
        if let Some(fleet) = fleet {
            let until = chrono::Utc::now().timestamp_millis()
                + i64::try_from(RESCUE_LIMIT.as_millis()).unwrap_or(i64::MAX);
            let name = rescue_limit_name(&email);
            return fleet.put(&name, &until.to_string(), RESCUE_LIMIT).await;
        }
        let now = Instant::now();
        let mut until = self.lock();
        if until.len() >= MAX_KEYS {
            until.retain(|_, at| *at > now);
            if until.len() >= MAX_KEYS {
                until.clear();
            }
        }
        until.insert(email, now + RESCUE_LIMIT);
        Ok(())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Instant>> {
        self.until.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The shared store's name for Rescue's limit on `email` (hashed: no e-mail in the store's keys).
fn rescue_limit_name(email: &str) -> String {
    crate::fleet::hashed("rescue-limit", &[email.as_bytes()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn rescues_limit_is_remembered_per_email_until_it_is_over() {
        let limits = RescueLimits::default();
        assert_eq!(limits.wait(None, "ann@example.com").await, Ok(None));
        limits.reached(None, "Ann@Example.com").await.unwrap();
        let wait = limits.wait(None, " ann@example.com").await.unwrap();
        assert!(wait.is_some_and(|w| w <= RESCUE_LIMIT && w > RESCUE_LIMIT / 2));
        assert_eq!(limits.wait(None, "bob@example.com").await, Ok(None));
        assert_eq!(limits.wait(None, "").await, Ok(None));
    }
}
