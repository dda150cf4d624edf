//! Where report requests queue: one lane per Rescue login. Rescue keeps report settings per
//! login (a second report set up halfway through the first would take over its settings) and
//! allows one report per 60 seconds, so each lane runs one request at a time, remembers when it
//! last fetched, and keeps what it fetched.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

use crate::error::Error;
use crate::fleet::Fleet;
use crate::reports::shared_lane::SharedLane;
use crate::reports::{ReportKey, ReportScope};

/// Reports kept per login; the oldest goes first.
const KEPT_PER_LOGIN: usize = 8;

/// A report as fetched.
#[derive(Debug, Clone)]
pub struct Cached {
    /// The report.
    pub report: rescue::Report,
    /// When it was fetched.
    pub fetched_at: DateTime<Utc>,
    /// Used for eviction.
    at: Instant,
}

/// What a request got.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// A report: fresh, or from the cache.
    Report(Arc<Cached>),
    /// Nothing cached, and Rescue would refuse a report now.
    Wait,
    /// The Rescue login has expired.
    Expired,
    /// Rescue refused or failed.
    Failed(Error),
}

/// The answer to one request.
#[derive(Debug, Clone)]
pub struct Answer {
    /// What there is to show.
    pub outcome: Outcome,
    /// Seconds until this login may fetch again.
    pub next_fetch_in: u64,
    /// Whether a fresh report was asked for but the 60-second rule kept the cached one.
    pub was_refused: bool,
}

#[derive(Debug, Default)]
struct Lane {
    last_fetch: Option<Instant>,
    cache: HashMap<ReportKey, Arc<Cached>>,
}

/// Lanes kept at most; past it, the longest unused go first, so a flood of sign-ins cannot
/// grow memory without bound.
const MOST_LANES: usize = 10_000;

/// A lane unused this long is dropped with its reports: the Rescue login behind it expires
/// after 20 idle minutes anyway.
const LANE_IDLE: Duration = Duration::from_secs(30 * 60);

/// One login's lane and when it was last used.
#[derive(Debug)]
struct Kept {
    lane: Arc<tokio::sync::Mutex<Lane>>,
    used: Instant,
}

/// The lanes of every login.
#[derive(Debug)]
pub struct ReportDesk {
    interval: Duration,
    most_lanes: usize,
    idle: Duration,
    lanes: Mutex<HashMap<u64, Kept>>,
}

impl Default for ReportDesk {
    fn default() -> Self {
        Self::new(Duration::from_secs(60))
    }
}

impl ReportDesk {
    /// A desk keeping `interval` between two fetches of one login (Rescue's rule: 60 s).
    pub fn new(interval: Duration) -> Self {
        Self::with_limits(interval, MOST_LANES, LANE_IDLE)
    }

    /// A desk keeping at most `most_lanes` lanes, each dropped after `idle` unused.
    pub fn with_limits(interval: Duration, most_lanes: usize, idle: Duration) -> Self {
        ReportDesk {
            interval,
            most_lanes: most_lanes.max(1),
            idle,
            lanes: Mutex::default(),
        }
    }

    /// Lanes kept now (for tests and metrics).
    pub fn lanes(&self) -> usize {
        self.lock().len()
    }

    /// Drops the lane of a login that signed out, with its reports.
    pub fn forget(&self, credentials: &rescue::Credentials) {
        self.lock().remove(&lane_key(credentials));
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<u64, Kept>> {
        self.lanes.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The lane of a login, keyed by a hash of its secret (never the secret itself).
    fn lane(&self, credentials: &rescue::Credentials) -> Arc<tokio::sync::Mutex<Lane>> {
        let now = Instant::now();
        let mut lanes = self.lock();
        self.prune(&mut lanes, now);
        let kept = lanes.entry(lane_key(credentials)).or_insert_with(|| Kept {
            lane: Arc::default(),
            used: now,
        });
        kept.used = now;
        kept.lane.clone()
    }

    /// Drops idle lanes, then the longest unused ones past the cap; a lane a request holds
    /// right now is never dropped.
    fn prune(&self, lanes: &mut HashMap<u64, Kept>, now: Instant) {
        let in_use = |kept: &Kept| Arc::strong_count(&kept.lane) > 1;
        lanes
            .retain(|_, kept| in_use(kept) || now.saturating_duration_since(kept.used) < self.idle);
        if lanes.len() < self.most_lanes {
            return;
        }
        let mut unused: Vec<(u64, Instant)> = lanes
            .iter()
            .filter(|(_, kept)| !in_use(kept))
            .map(|(key, kept)| (*key, kept.used))
            .collect();
        unused.sort_by_key(|(_, used)| *used);
        let excess = lanes.len() + 1 - self.most_lanes;
        for (key, _) in unused.into_iter().take(excess) {
            lanes.remove(&key);
        }
    }

    /// The cached report `key` of this login, if any (for the CSV export, which never asks
    /// Rescue).
    pub async fn cached(
        &self,
        credentials: &rescue::Credentials,
        key: &ReportKey,
    ) -> Option<Arc<Cached>> {
        self.lane(credentials).lock().await.cache.get(key).cloned()
    }

    /// The report `key` for this login: cached unless `refresh`, fetched when Rescue allows.
    /// With `fleet` (several instances), the lane and its 60-second rule are shared by all.
    pub async fn fetch(
        &self,
        fleet: Option<&dyn Fleet>,
        credentials: &rescue::Credentials,
        rescue: &rescue::Client,
        key: &ReportKey,
        refresh: bool,
    ) -> Answer {
        let lane = self.lane(credentials);
        // One request per login at a time: the setters and the report must not interleave.
        let mut lane = lane.lock().await;
        let Some(fleet) = fleet else {
            return self
                .fetch_in(&mut lane, None, credentials, rescue, key, refresh)
                .await;
        };
        // The same across instances: another instance's settings must not interleave either.
        let hold = rescue.timeout() * 5 + Duration::from_secs(10);
        let shared = match SharedLane::enter(fleet, credentials, hold).await {
            Ok(shared) => shared,
            Err(err) => {
                tracing::error!("shared report lane: {err}");
                return Answer {
                    outcome: Outcome::Failed(Error::Upstream(
                        crate::words::shared_store_unavailable_read(),
                    )),
                    next_fetch_in: 0,
                    was_refused: false,
                };
            }
        };
        let answer = self
            .fetch_in(&mut lane, Some(&shared), credentials, rescue, key, refresh)
            .await;
        shared.leave().await;
        answer
    }

    async fn fetch_in(
        &self,
        lane: &mut Lane,
        shared: Option<&SharedLane<'_>>,
        credentials: &rescue::Credentials,
        rescue: &rescue::Client,
        key: &ReportKey,
        refresh: bool,
    ) -> Answer {
        // Seconds until this login may fetch again, rounded up (a partial second still waits),
        // by this instance's clock and, shared, by the last fetch of any instance.
        let wait = |lane: &Lane, shared_last: Option<i64>| {
            let local = lane
                .last_fetch
                .map(|at| self.interval.saturating_sub(at.elapsed()))
                .unwrap_or_default();
            let elsewhere = shared_last
                .map(|at| {
                    let since = u64::try_from(Utc::now().timestamp_millis() - at).unwrap_or(0);
                    self.interval.saturating_sub(Duration::from_millis(since))
                })
                .unwrap_or_default();
            let remaining = local.max(elsewhere);
            remaining.as_secs() + u64::from(remaining.subsec_nanos() > 0)
        };
        let shared_last = shared.and_then(|s| s.last);
        let cached = lane.cache.get(key).cloned();
        let remaining = wait(lane, shared_last);
        if let Some(cached) = &cached {
            if !refresh || remaining > 0 {
                return Answer {
                    outcome: Outcome::Report(cached.clone()),
                    next_fetch_in: remaining,
                    was_refused: refresh,
                };
            }
        }
        if remaining > 0 {
            return Answer {
                outcome: Outcome::Wait,
                next_fetch_in: remaining,
                was_refused: false,
            };
        }
        let mut fetched = false;
        let outcome = match run(rescue, credentials, key).await {
            Ok(Some(report)) => {
                fetched = true;
                lane.last_fetch = Some(Instant::now());
                let fresh = Arc::new(Cached {
                    report,
                    fetched_at: Utc::now(),
                    at: Instant::now(),
                });
                if lane.cache.len() >= KEPT_PER_LOGIN {
                    if let Some(oldest) =
                        lane.cache.iter().min_by_key(|(_, c)| c.at).map(|(k, _)| *k)
                    {
                        lane.cache.remove(&oldest);
                    }
                }
                lane.cache.insert(*key, fresh.clone());
                Outcome::Report(fresh)
            }
            Ok(None) => Outcome::Expired,
            Err(Refusal::TooSoon) => {
                // Rescue counted a report this desk did not see (another tab or server).
                fetched = true;
                lane.last_fetch = Some(Instant::now());
                Outcome::Wait
            }
            Err(Refusal::Other(message)) => Outcome::Failed(message),
        };
        if fetched {
            if let Some(shared) = shared {
                shared.fetched(self.interval).await;
            }
        }
        let remaining = wait(lane, None);
        Answer {
            outcome,
            next_fetch_in: remaining,
            was_refused: false,
        }
    }
}

/// A lane's key: a hash of the login's secret, never the secret itself.
fn lane_key(credentials: &rescue::Credentials) -> u64 {
    let mut hasher = DefaultHasher::new();
    match credentials {
        rescue::Credentials::Cookie(c) => ("cookie", c.expose_header_value()).hash(&mut hasher),
        rescue::Credentials::AuthCode(c) => ("authcode", c.expose()).hash(&mut hasher),
    }
    hasher.finish()
}

impl crate::core::services::PerLogin for ReportDesk {
    fn forget(&self, credentials: &rescue::Credentials) {
        ReportDesk::forget(self, credentials);
    }
}

enum Refusal {
    TooSoon,
    Other(Error),
}

/// The four calls of one report. `Ok(None)`: the login expired.
async fn run(
    rescue: &rescue::Client,
    credentials: &rescue::Credentials,
    key: &ReportKey,
) -> Result<Option<rescue::Report>, Refusal> {
    use rescue::{GetReportOutcome, SetReportOutcome};
    let transport = |e: rescue::Error| Refusal::Other(Error::Upstream(crate::words::transport(&e)));
    // A live account refused authcodes for reports while the same user's password login
    // worked (rescue-api.md §5.2): a token sign-in is told to sign in with a password.
    let token = matches!(credentials, rescue::Credentials::AuthCode(_));
    let for_passwords = || Refusal::Other(Error::Refused(crate::words::reports_need_password()));
    let setting = |outcome: SetReportOutcome| match outcome {
        SetReportOutcome::Ok => Ok(true),
        SetReportOutcome::NotLoggedIn => Ok(false),
        SetReportOutcome::InvalidSecretAuthCode if token => Err(for_passwords()),
        other => Err(Refusal::Other(Error::Upstream(
            crate::words::report_settings_refused(&other),
        ))),
    };
    let (begin, end) = (
        key.from.0.and_time(chrono::NaiveTime::MIN),
        key.to
            .0
            .and_hms_opt(23, 59, 59)
            .unwrap_or_else(|| key.to.0.and_time(chrono::NaiveTime::MIN)),
    );
    if !setting(
        rescue
            .set_report_area(credentials, rescue::ReportArea::Session)
            .await
            .map_err(transport)?,
    )? || !setting(
        rescue
            .set_report_dates(credentials, begin, end)
            .await
            .map_err(transport)?,
    )? || !setting(
        rescue
            .set_report_timezone_utc(credentials)
            .await
            .map_err(transport)?,
    )? || !setting(
        rescue
            .set_report_output_xml(credentials)
            .await
            .map_err(transport)?,
    )? {
        return Ok(None);
    }
    let asked = match key.node {
        ReportScope::Account => rescue.get_account_report(credentials).await,
        ReportScope::Node(node) => {
            let (node, node_ref) = node
                .to_rescue()
                .ok_or_else(|| Refusal::Other(Error::BadInput(crate::say!("no-node"))))?;
            rescue.get_report(credentials, node, node_ref).await
        }
    };
    match asked.map_err(transport)? {
        GetReportOutcome::Ok(report) => Ok(Some(report)),
        GetReportOutcome::NotLoggedIn => Ok(None),
        GetReportOutcome::InvalidSecretAuthCode if token => Err(for_passwords()),
        GetReportOutcome::InvalidNode => Err(Refusal::Other(Error::Upstream(
            crate::words::report_unknown_node(),
        ))),
        // Rescue's code for the 60-second rule is undocumented; any code naming frequency is
        // taken as that rule.
        GetReportOutcome::Undocumented(code) if code.contains("FREQ") || code.contains("LIMIT") => {
            Err(Refusal::TooSoon)
        }
        other => Err(Refusal::Other(Error::Upstream(
            crate::words::report_refused(&other),
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::address::{Day, NodeAddress};

    fn login(code: &str) -> rescue::Credentials {
        rescue::Credentials::AuthCode(rescue::AuthCode::new(code).expect("a valid authcode"))
    }

    fn key() -> ReportKey {
        ReportKey {
            node: crate::reports::ReportScope::Node(NodeAddress::default()),
            from: Day::today(),
            to: Day::today(),
        }
    }

    #[tokio::test]
    async fn signing_out_drops_the_lane_and_its_reports() {
        let desk = ReportDesk::default();
        assert!(desk.cached(&login("alpha"), &key()).await.is_none());
        assert!(desk.cached(&login("beta"), &key()).await.is_none());
        assert_eq!(desk.lanes(), 2);
        desk.forget(&login("alpha"));
        assert_eq!(desk.lanes(), 1);
    }

    #[tokio::test]
    async fn lanes_are_capped_and_idle_ones_dropped() {
        let capped = ReportDesk::with_limits(Duration::from_secs(60), 3, Duration::from_secs(3600));
        for n in 0..50 {
            capped.cached(&login(&format!("login{n}")), &key()).await;
        }
        assert!(capped.lanes() <= 3, "{} lanes", capped.lanes());
        let idle = ReportDesk::with_limits(Duration::from_secs(60), 100, Duration::ZERO);
        for n in 0..50 {
            idle.cached(&login(&format!("login{n}")), &key()).await;
        }
        assert_eq!(idle.lanes(), 1, "only the lane just used");
    }
}
