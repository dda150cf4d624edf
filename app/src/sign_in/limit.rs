//! Slows down password guessing: each client network and each e-mail may try to sign in only a
//! few times within a window without success, then must wait.
//!
//! An attempt is counted *before* Rescue is asked, in the same step that checks the limit, so
//! parallel guesses cannot all pass the check while the first ones are still waiting for
//! Rescue. A sign-in that succeeds takes back only its own attempt: a guesser sharing the
//! address keeps every failure it made. IPv6 clients are counted per /64, the smallest block a
//! subscriber usually gets, so rotating through one's own addresses does not help.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Attempts without success allowed per client network within [`WINDOW`].
pub const MAX_FAILURES: usize = 10;
/// Attempts without success allowed per e-mail within [`WINDOW`], from any network: guessing
/// one admin's password from many addresses is slowed down too.
pub const MAX_FAILURES_PER_EMAIL: usize = 10;
/// How far back attempts count.
pub const WINDOW: Duration = Duration::from_secs(10 * 60);
/// Keys tracked at most; beyond that the oldest records are dropped, so a flood of spoofed
/// addresses or invented e-mails cannot grow memory without bound.
const MAX_KEYS: usize = 100_000;

/// What an attempt is counted against.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    /// A client network: an IPv4 address, or an IPv6 /64.
    Network(IpAddr),
    /// A lower-cased e-mail.
    Email(String),
}

/// The network an address is counted in: IPv6 by its /64 (IPv4-mapped addresses as IPv4).
pub fn network_of(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let bits = u128::from(v6) & !((1u128 << 64) - 1);
                IpAddr::V6(bits.into())
            }
        },
    }
}

/// One counted attempt; its id lets a success take back exactly this one.
#[derive(Debug, Clone, Copy)]
struct Mark {
    id: u64,
    at: Instant,
}

#[derive(Debug, Default)]
struct Records {
    next_id: u64,
    marks: HashMap<Key, VecDeque<Mark>>,
}

/// Recent sign-in attempts without success, per client network and per e-mail.
#[derive(Debug, Default)]
pub struct FailedSignIns {
    records: Mutex<Records>,
}

/// An attempt counted before Rescue is asked. Unless told otherwise it stays counted, so a
/// guess whose browser went away mid-call still counts.
#[derive(Debug)]
#[must_use = "an attempt stays counted as a failure unless it is resolved"]
pub struct Attempt<'a> {
    limits: &'a FailedSignIns,
    keys: Vec<Key>,
    id: u64,
}

impl Attempt<'_> {
    /// The sign-in succeeded, or failed for a reason that is not a guess (Rescue down, its
    /// own limit): this attempt no longer counts. Others' attempts are untouched.
    pub fn take_back(self) {
        let mut records = self.limits.lock();
        for key in &self.keys {
            if let Some(marks) = records.marks.get_mut(key) {
                marks.retain(|m| m.id != self.id);
                if marks.is_empty() {
                    records.marks.remove(key);
                }
            }
        }
    }

    /// The attempt was a wrong guess (or refused by the list of allowed admins): it stays
    /// counted. Spelled out for the reader; dropping the attempt does the same.
    pub fn failed(self) {}
}

impl FailedSignIns {
    /// Counts an attempt from `address` for `email` (if one was given), or `Err(wait)` when
    /// either has failed too often and must wait that long (nothing is counted then).
    pub fn begin(&self, address: IpAddr, email: Option<&str>) -> Result<Attempt<'_>, Duration> {
        self.begin_at(address, email, Instant::now())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Records> {
        self.records.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn begin_at(
        &self,
        address: IpAddr,
        email: Option<&str>,
        now: Instant,
    ) -> Result<Attempt<'_>, Duration> {
        let mut keys = vec![(Key::Network(network_of(address)), MAX_FAILURES)];
        if let Some(email) = email
            .map(|e| e.trim().to_lowercase())
            .filter(|e| !e.is_empty())
        {
            keys.push((Key::Email(email), MAX_FAILURES_PER_EMAIL));
        }
        let mut records = self.lock();
        let mut wait = Duration::ZERO;
        for (key, most) in &keys {
            if let Some(marks) = records.marks.get_mut(key) {
                prune(marks, now);
                if marks.len() >= *most {
                    // Free again once the oldest counted attempt leaves the window.
                    let oldest = marks.front().map_or(now, |m| m.at);
                    wait = wait.max(WINDOW.saturating_sub(now.saturating_duration_since(oldest)));
                }
            }
        }
        if !wait.is_zero() {
            return Err(wait);
        }
        if records.marks.len() + keys.len() > MAX_KEYS {
            records.marks.retain(|_, marks| {
                prune(marks, now);
                !marks.is_empty()
            });
            if records.marks.len() + keys.len() > MAX_KEYS {
                records.marks.clear();
            }
        }
        records.next_id += 1;
        let id = records.next_id;
        for (key, most) in &keys {
            let marks = records.marks.entry(key.clone()).or_default();
            marks.push_back(Mark { id, at: now });
            // Only the newest few decide anything.
            while marks.len() > *most {
                marks.pop_front();
            }
        }
        Ok(Attempt {
            limits: self,
            keys: keys.into_iter().map(|(key, _)| key).collect(),
            id,
        })
    }
}

/// An attempt counted in this instance's memory or, with several instances, in their shared
/// store. Resolved like [`Attempt`].
#[derive(Debug)]
#[must_use = "an attempt stays counted as a failure unless it is resolved"]
pub enum Counted<'a> {
    /// Counted here.
    Local(Attempt<'a>),
    /// Counted in the shared store under these keys.
    Shared {
        /// The shared store.
        fleet: std::sync::Arc<dyn crate::fleet::Fleet>,
        /// Where it was counted.
        keys: Vec<String>,
        /// Which attempt it is.
        id: String,
    },
}

impl Counted<'_> {
    /// See [`Attempt::take_back`]. A shared attempt is taken back in the background: the
    /// sign-in does not wait on it.
    pub fn take_back(self) {
        match self {
            Counted::Local(attempt) => attempt.take_back(),
            Counted::Shared { fleet, keys, id } => {
                tokio::spawn(async move {
                    if let Err(err) = fleet.uncount(&keys, &id).await {
                        tracing::warn!("shared sign-in limits: attempt not taken back: {err}");
                    }
                });
            }
        }
    }

    /// See [`Attempt::failed`].
    pub fn failed(self) {}
}

/// Why an attempt was not counted.
#[derive(Debug)]
pub enum NotCounted {
    /// Too many failures: wait this long.
    Wait(Duration),
    /// The shared store could not be reached (why, for the log).
    Unavailable(String),
}

impl FailedSignIns {
    /// [`FailedSignIns::begin`], across every instance when `fleet` is given: a guesser
    /// spreading attempts over the instances behind a load balancer meets the same limits.
    pub async fn count(
        &self,
        fleet: Option<&std::sync::Arc<dyn crate::fleet::Fleet>>,
        address: IpAddr,
        email: Option<&str>,
    ) -> Result<Counted<'_>, NotCounted> {
        let Some(fleet) = fleet else {
            return self
                .begin(address, email)
                .map(Counted::Local)
                .map_err(NotCounted::Wait);
        };
        use crate::fleet::hashed;
        let network = network_of(address).to_string();
        let mut limits = vec![(
            hashed("sign-in-network", &[network.as_bytes()]),
            MAX_FAILURES,
        )];
        if let Some(email) = email
            .map(|e| e.trim().to_lowercase())
            .filter(|e| !e.is_empty())
        {
            limits.push((
                hashed("sign-in-email", &[email.as_bytes()]),
                MAX_FAILURES_PER_EMAIL,
            ));
        }
        let id = crate::fleet::token();
        match fleet.count(&limits, &id, WINDOW).await {
            Ok(None) => Ok(Counted::Shared {
                fleet: fleet.clone(),
                keys: limits.into_iter().map(|(key, _)| key).collect(),
                id,
            }),
            Ok(Some(wait)) => Err(NotCounted::Wait(wait)),
            Err(err) => Err(NotCounted::Unavailable(err)),
        }
    }
}

fn prune(marks: &mut VecDeque<Mark>, now: Instant) {
    while marks
        .front()
        .is_some_and(|m| now.saturating_duration_since(m.at) >= WINDOW)
    {
        marks.pop_front();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn a_network_is_blocked_after_too_many_failures_then_freed() {
        let limits = FailedSignIns::default();
        let start = Instant::now();
        for n in 0..MAX_FAILURES {
            let at = start + Duration::from_secs(n as u64);
            let email = format!("guess{n}@example.com");
            limits
                .begin_at(ip("192.0.2.7"), Some(&email), at)
                .expect("not yet blocked")
                .failed();
        }
        let later = start + Duration::from_secs(60);
        let wait = limits
            .begin_at(ip("192.0.2.7"), None, later)
            .expect_err("blocked");
        assert_eq!(wait, WINDOW - Duration::from_secs(60));
        assert!(
            limits.begin_at(ip("192.0.2.8"), None, later).is_ok(),
            "others are not affected"
        );
        assert!(
            limits
                .begin_at(ip("192.0.2.7"), None, start + WINDOW)
                .is_ok(),
            "the oldest expired"
        );
    }

    #[test]
    fn attempts_are_counted_before_the_answer_so_parallel_guesses_stop_at_the_limit() {
        let limits = FailedSignIns::default();
        let now = Instant::now();
        // Thirty guesses started at once, none answered yet.
        let started: Vec<_> = (0..30)
            .filter_map(|_| {
                limits
                    .begin_at(ip("192.0.2.7"), Some("a@example.com"), now)
                    .ok()
            })
            .collect();
        assert_eq!(started.len(), MAX_FAILURES);
    }

    #[test]
    fn a_success_takes_back_only_its_own_attempt() {
        let limits = FailedSignIns::default();
        let now = Instant::now();
        let here = ip("2001:db8::1");
        for _ in 0..MAX_FAILURES - 1 {
            limits
                .begin_at(here, Some("eve@example.com"), now)
                .unwrap()
                .failed();
        }
        limits
            .begin_at(here, Some("ann@example.com"), now)
            .unwrap()
            .take_back();
        // The guesser's nine failures still count: one more and the network is blocked.
        limits
            .begin_at(here, Some("eve@example.com"), now)
            .unwrap()
            .failed();
        assert!(limits.begin_at(here, None, now).is_err());
    }

    #[test]
    fn ipv6_counts_per_64_and_one_email_across_networks() {
        let limits = FailedSignIns::default();
        let now = Instant::now();
        for n in 0..MAX_FAILURES {
            let address = ip(&format!("2001:db8:1:2::{:x}", n + 1));
            limits.begin_at(address, None, now).unwrap().failed();
        }
        assert!(
            limits
                .begin_at(ip("2001:db8:1:2:ffff::9"), None, now)
                .is_err(),
            "same /64"
        );
        assert!(
            limits.begin_at(ip("2001:db8:1:3::1"), None, now).is_ok(),
            "next /64"
        );

        for n in 0..MAX_FAILURES_PER_EMAIL {
            let address = ip(&format!("198.51.100.{}", n + 1));
            limits
                .begin_at(address, Some("Ann@Example.com"), now)
                .unwrap()
                .failed();
        }
        let wait = limits.begin_at(ip("203.0.113.9"), Some("ann@example.com "), now);
        assert!(wait.is_err(), "that e-mail is blocked from anywhere");
        assert!(limits
            .begin_at(ip("203.0.113.9"), Some("bob@example.com"), now)
            .is_ok());
    }

    #[test]
    fn mapped_ipv4_is_ipv4() {
        assert_eq!(network_of(ip("::ffff:192.0.2.7")), ip("192.0.2.7"));
        assert_eq!(network_of(ip("2001:db8::1:2:3:4")), ip("2001:db8::"));
    }
}
