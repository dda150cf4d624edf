//! A login's report lane across instances: with several instances behind one address, the
//! settings calls of two reports of one Rescue login must not interleave and Rescue's
//! one-report-a-minute rule holds for all of them, so the lane is a lock in the shared store
//! (with an expiry, so a killed instance frees it) beside the time of the last fetch.

use std::time::Duration;

use chrono::Utc;

use crate::fleet::Fleet;

/// A login's lane as every instance sees it: a lock (with an expiry, so a killed instance
/// frees it) and the time of the last fetch by any of them.
pub struct SharedLane<'a> {
    fleet: &'a dyn Fleet,
    name: String,
    token: String,
    /// The last fetch by any instance (milliseconds since 1970).
    pub last: Option<i64>,
}

impl<'a> SharedLane<'a> {
    /// Waits for the lane (at most `hold`, the longest another instance may hold it).
    pub async fn enter(
        fleet: &'a dyn Fleet,
        credentials: &rescue::Credentials,
        hold: Duration,
    ) -> Result<SharedLane<'a>, String> {
        let name = match credentials {
            rescue::Credentials::Cookie(c) => crate::fleet::hashed(
                "report-lane",
                &[b"cookie", c.expose_header_value().as_bytes()],
            ),
            rescue::Credentials::AuthCode(c) => {
                crate::fleet::hashed("report-lane", &[b"authcode", c.expose().as_bytes()])
            }
        };
        let deadline = tokio::time::Instant::now() + hold;
        let token = loop {
            match fleet.lock(&format!("{name}:lock"), hold).await? {
                crate::fleet::Lock::Taken(token) => break token,
                crate::fleet::Lock::Held(_) if tokio::time::Instant::now() < deadline => {
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                crate::fleet::Lock::Held(_) => {
                    return Err("another instance held the lane too long".into())
                }
            }
        };
        let last = fleet
            .get(&format!("{name}:last"))
            .await?
            .and_then(|text| text.parse().ok());
        Ok(SharedLane {
            fleet,
            name,
            token,
            last,
        })
    }

    /// Tells the other instances this login just fetched (or was refused as too soon).
    pub async fn fetched(&self, interval: Duration) {
        let now = Utc::now().timestamp_millis().to_string();
        if let Err(err) = self
            .fleet
            .put(&format!("{}:last", self.name), &now, interval)
            .await
        {
            tracing::warn!("shared report lane: last fetch not kept: {err}");
        }
    }

    /// Frees the lane (it expires on its own should this fail).
    pub async fn leave(self) {
        let lock = format!("{}:lock", self.name);
        if let Err(err) = self.fleet.unlock(&lock, &self.token).await {
            tracing::warn!("shared report lane not freed: {err}");
        }
    }
}
