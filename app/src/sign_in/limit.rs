//! Slows down password guessing: each client address may fail to sign in a few times within a
//! window, then it must wait. Only failures count, so an office behind one address is not
//! locked out by its colleagues signing in normally.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failed sign-ins allowed per address within [`WINDOW`].
pub const MAX_FAILURES: usize = 10;
/// How far back failures count.
pub const WINDOW: Duration = Duration::from_secs(10 * 60);
/// Addresses tracked at most; beyond that the oldest records are dropped, so a flood of
/// spoofed addresses cannot grow memory without bound.
const MAX_ADDRESSES: usize = 100_000;

/// Recent failed sign-ins per client address.
#[derive(Debug, Default)]
pub struct FailedSignIns {
    failures: Mutex<HashMap<IpAddr, VecDeque<Instant>>>,
}

impl FailedSignIns {
    /// `Some(wait)` if `address` has failed too often and must wait that long.
    pub fn blocked(&self, address: IpAddr) -> Option<Duration> {
        self.blocked_at(address, Instant::now())
    }

    /// Counts a failed sign-in from `address`.
    pub fn failed(&self, address: IpAddr) {
        self.failed_at(address, Instant::now());
    }

    /// Forgets `address`'s failures after it signed in.
    pub fn succeeded(&self, address: IpAddr) {
        self.lock().remove(&address);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<IpAddr, VecDeque<Instant>>> {
        self.failures.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn blocked_at(&self, address: IpAddr, now: Instant) -> Option<Duration> {
        let mut failures = self.lock();
        let times = failures.get_mut(&address)?;
        prune(times, now);
        if times.len() < MAX_FAILURES {
            return None;
        }
        // Free again once the oldest counted failure leaves the window.
        let oldest = *times.front()?;
        Some(WINDOW.saturating_sub(now.saturating_duration_since(oldest)))
    }

    fn failed_at(&self, address: IpAddr, now: Instant) {
        let mut failures = self.lock();
        if failures.len() >= MAX_ADDRESSES && !failures.contains_key(&address) {
            failures.retain(|_, times| {
                prune(times, now);
                !times.is_empty()
            });
            if failures.len() >= MAX_ADDRESSES {
                failures.clear();
            }
        }
        let times = failures.entry(address).or_default();
        prune(times, now);
        times.push_back(now);
        // Only the newest MAX_FAILURES decide anything.
        while times.len() > MAX_FAILURES {
            times.pop_front();
        }
    }
}

fn prune(times: &mut VecDeque<Instant>, now: Instant) {
    while times
        .front()
        .is_some_and(|t| now.saturating_duration_since(*t) >= WINDOW)
    {
        times.pop_front();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_blocked_after_too_many_failures_then_freed() {
        let limits = FailedSignIns::default();
        let here: IpAddr = "192.0.2.7".parse().unwrap();
        let other: IpAddr = "192.0.2.8".parse().unwrap();
        let start = Instant::now();
        for n in 0..MAX_FAILURES {
            assert_eq!(limits.blocked_at(here, start), None, "after {n}");
            limits.failed_at(here, start + Duration::from_secs(n as u64));
        }
        let later = start + Duration::from_secs(60);
        let wait = limits.blocked_at(here, later).expect("blocked");
        assert_eq!(wait, WINDOW - Duration::from_secs(60));
        assert_eq!(
            limits.blocked_at(other, later),
            None,
            "others are not affected"
        );
        assert_eq!(
            limits.blocked_at(here, start + WINDOW),
            None,
            "the oldest expired"
        );
    }

    #[test]
    fn success_clears_the_record() {
        let limits = FailedSignIns::default();
        let here: IpAddr = "2001:db8::1".parse().unwrap();
        let now = Instant::now();
        for _ in 0..MAX_FAILURES {
            limits.failed_at(here, now);
        }
        assert!(limits.blocked_at(here, now).is_some());
        limits.succeeded(here);
        assert_eq!(limits.blocked_at(here, now), None);
    }
}
