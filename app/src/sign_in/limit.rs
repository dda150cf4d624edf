//! Slows down password guessing without lending anyone a lock-out.
//!
//! Two limits, both tied to where the attempts come from: each client network may try only a
//! few times within a window without success, and each e-mail from one network fewer still.
//! Nothing is kept per e-mail alone: a guesser hammering one admin's e-mail from his own
//! address must never refuse that admin's right password from hers. Guessing spread over many
//! addresses meets Rescue's own limit per account (10 logins in 3 minutes, `LIMITREACHED`),
//! which the dashboard remembers per e-mail until it is over (`RescueLimits`) so it stops
//! asking Rescue meanwhile; that adds no lock-out Rescue does not impose already.
//!
//! An attempt is counted *before* Rescue is asked, in the same step that checks the limit, so
//! parallel guesses cannot all pass the check while the first ones are still waiting for
//! Rescue. Every attempt that reached Rescue stays counted unless it succeeded: Rescue's own
//! trouble (its limit, a timeout, a 5xx) must not switch the limits off. A sign-in that
//! succeeds takes back only its own attempt: a guesser sharing the address keeps every failure
//! it made. IPv6 clients are counted per /64, the smallest block a subscriber usually gets, so
//! rotating through one's own addresses does not help.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Attempts without success allowed per client network within [`WINDOW`].
pub const MAX_FAILURES: usize = 10;
/// Attempts without success allowed per e-mail from one client network within [`WINDOW`]: a
/// guesser aiming at one admin stops sooner than one spraying many e-mails, while the same
/// e-mail from any other network is not refused.
pub const MAX_FAILURES_PER_EMAIL: usize = 5;

/// How far back attempts count.
pub const WINDOW: Duration = Duration::from_secs(10 * 60);
/// Keys tracked at most; beyond that the oldest records are dropped, so a flood of spoofed
/// addresses or invented e-mails cannot grow memory without bound.
pub(crate) const MAX_KEYS: usize = 100_000;

/// What an attempt is counted against.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    /// A client network: an IPv4 address, or an IPv6 /64.
    Network(IpAddr),
    /// A lower-cased e-mail from a client network.
    Email(IpAddr, String),
}

/// An e-mail as the limits compare it: trimmed and lower-cased, `None` when empty.
pub(crate) fn normal(email: Option<&str>) -> Option<String> {
    email
        .map(|e| e.trim().to_lowercase())
        .filter(|e| !e.is_empty())
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
    /// The sign-in succeeded, or never reached Rescue (no connection could be made): this
    /// attempt no longer counts. Others' attempts are untouched.
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

    /// The attempt reached Rescue and did not sign anyone in (a wrong guess, a refusal by the
    /// list of allowed admins, Rescue's own limit or trouble): it stays counted. Spelled out
    /// for the reader; dropping the attempt does the same.
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
        let network = network_of(address);
        let mut keys = vec![(Key::Network(network), MAX_FAILURES)];
        if let Some(email) = normal(email) {
            keys.push((Key::Email(network, email), MAX_FAILURES_PER_EMAIL));
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
        if let Some(email) = normal(email) {
            limits.push((
                hashed("sign-in-email", &[network.as_bytes(), email.as_bytes()]),
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
        // Thirty guesses at one e-mail started at once, none answered yet.
        let started: Vec<_> = (0..30)
            .filter_map(|_| {
                limits
                    .begin_at(ip("192.0.2.7"), Some("a@example.com"), now)
                    .ok()
            })
            .collect();
        assert_eq!(started.len(), MAX_FAILURES_PER_EMAIL);
        // Thirty at as many e-mails: the network's own limit.
        let sprayed: Vec<_> = (0..30)
            .filter_map(|n| {
                let email = format!("u{n}@example.com");
                limits.begin_at(ip("192.0.2.8"), Some(&email), now).ok()
            })
            .collect();
        assert_eq!(sprayed.len(), MAX_FAILURES);
    }

    #[test]
    fn a_success_takes_back_only_its_own_attempt() {
        let limits = FailedSignIns::default();
        let now = Instant::now();
        let here = ip("2001:db8::1");
        for n in 0..MAX_FAILURES - 1 {
            let email = format!("eve{n}@example.com");
            limits.begin_at(here, Some(&email), now).unwrap().failed();
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
    fn ipv6_counts_per_64() {
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
    }

    #[test]
    fn guessing_one_email_never_refuses_it_from_another_network() {
        let limits = FailedSignIns::default();
        let now = Instant::now();
        let guesser = ip("198.51.100.7");
        for _ in 0..MAX_FAILURES_PER_EMAIL {
            limits
                .begin_at(guesser, Some("Ann@Example.com"), now)
                .unwrap()
                .failed();
        }
        assert!(
            limits
                .begin_at(guesser, Some("ann@example.com "), now)
                .is_err(),
            "that e-mail is slowed down from the guesser's network"
        );
        assert!(
            limits
                .begin_at(guesser, Some("bob@example.com"), now)
                .is_ok(),
            "another e-mail from there is not, until the network's own limit"
        );
        assert!(
            limits
                .begin_at(ip("203.0.113.9"), Some("ann@example.com"), now)
                .is_ok(),
            "the admin herself, from her own network, is never refused"
        );
        // Spread over many networks, the e-mail is never refused by the dashboard.
        for n in 0..50 {
            let address = ip(&format!("192.0.2.{}", n + 1));
            limits
                .begin_at(address, Some("ann@example.com"), now)
                .unwrap()
                .failed();
        }
        assert!(limits
            .begin_at(ip("203.0.113.10"), Some("ann@example.com"), now)
            .is_ok());
    }

    #[test]
    fn mapped_ipv4_is_ipv4() {
        assert_eq!(network_of(ip("::ffff:192.0.2.7")), ip("192.0.2.7"));
        assert_eq!(network_of(ip("2001:db8::1:2:3:4")), ip("2001:db8::"));
    }
}
