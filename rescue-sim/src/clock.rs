//! The simulator's clock. Real time by default; tests freeze it and move it by hand so that
//! "20 idle minutes" or "3 minutes of logins" take no wall-clock time.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDateTime, Utc};

/// Simulated time, as milliseconds since the Unix epoch.
pub type Millis = i64;

/// A clock that can run with real time (optionally faster) or stand still until advanced.
#[derive(Debug)]
pub struct Clock {
    inner: Mutex<Inner>,
}

#[derive(Debug)]
struct Inner {
    /// Simulated time at `anchor`.
    at_anchor: Millis,
    anchor: Instant,
    /// Simulated milliseconds per real millisecond; 0 = frozen.
    speed: f64,
}

impl Clock {
    /// A clock following real time from now, `speed` times faster (1.0 = real time).
    pub fn running(speed: f64) -> Self {
        Self::starting_at(Utc::now().timestamp_millis(), speed.max(0.0))
    }

    /// A frozen clock at `start`; only [`Clock::advance`] moves it.
    pub fn frozen(start: DateTime<Utc>) -> Self {
        Self::starting_at(start.timestamp_millis(), 0.0)
    }

    fn starting_at(at_anchor: Millis, speed: f64) -> Self {
        Clock {
            inner: Mutex::new(Inner {
                at_anchor,
                anchor: Instant::now(),
                speed,
            }),
        }
    }

    /// The current simulated time.
    pub fn now(&self) -> Millis {
        let inner = self.lock();
        inner.at_anchor + (inner.anchor.elapsed().as_millis() as f64 * inner.speed) as Millis
    }

    /// Moves simulated time forward.
    pub fn advance(&self, by: Duration) {
        let mut inner = self.lock();
        inner.at_anchor += by.as_millis() as Millis;
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // A poisoned clock still holds a valid time: keep using it.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Calendar time of a simulated instant.
pub fn to_naive(ms: Millis) -> NaiveDateTime {
    DateTime::from_timestamp_millis(ms)
        .unwrap_or_default()
        .naive_utc()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frozen_clock_moves_only_when_advanced() {
        let clock = Clock::frozen(DateTime::from_timestamp(1_700_000_000, 0).unwrap());
        let t0 = clock.now();
        std::thread::sleep(Duration::from_millis(5));
        assert_eq!(clock.now(), t0);
        clock.advance(Duration::from_secs(60));
        assert_eq!(clock.now(), t0 + 60_000);
    }
}
