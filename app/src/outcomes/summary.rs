//! The `/outcomes` summary: per technician (sessions, median waiting and pickup, median and
//! total work time) and the counts the charts draw (sessions per day, waiting times, sessions
//! per technician), all over every session the filter admits, not only the page shown.

use serde::{Deserialize, Serialize};

/// Most technicians the summary names; the rest are summed as one row.
pub const MOST_TECHNICIANS: usize = 50;

/// Most bars over time; past that, days are summed into months.
#[cfg(feature = "ssr")]
const MOST_DAYS: usize = 62;

/// The waiting-time buckets: each holds times below its bound (seconds), the last the rest.
pub const WAITING_BOUNDS: [u64; 6] = [30, 60, 120, 300, 600, 1800];

/// One technician's sessions (or everyone's, or the tail's).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TechnicianLine {
    /// The technician's name as Rescue posted it (or ID); empty for none.
    pub technician: String,
    /// How many technicians this line sums (1 for a technician's own line).
    pub technicians: usize,
    /// Sessions.
    pub sessions: u64,
    /// Median seconds waited (sessions with a waiting time).
    pub median_waiting: Option<u64>,
    /// Median seconds to pickup.
    pub median_pickup: Option<u64>,
    /// Median seconds worked.
    pub median_work: Option<u64>,
    /// Seconds worked in all.
    pub total_work: u64,
}

/// Everything the summary and charts show.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeSummary {
    /// All sessions together.
    pub all: TechnicianLine,
    /// Per technician, the busiest first; past [`MOST_TECHNICIANS`] the rest in one line.
    pub technicians: Vec<TechnicianLine>,
    /// Sessions per UTC day (`YYYY-MM-DD`) or month (`YYYY-MM`), every one in the range,
    /// oldest first.
    pub per_day: Vec<(String, u64)>,
    /// Sessions per waiting-time bucket (see [`WAITING_BOUNDS`]).
    pub waiting: Vec<u64>,
    /// Sessions Rescue gave no waiting time for.
    pub waiting_unknown: u64,
}

/// The middle value (the mean of the two middle ones, rounded, for an even count).
pub fn median(values: &mut [u64]) -> Option<u64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let mid = values.len() / 2;
    Some(if values.len() % 2 == 1 {
        values[mid]
    } else {
        let (a, b) = (values[mid - 1], values[mid]);
        a / 2 + b / 2 + (a % 2 + b % 2).div_ceil(2)
    })
}

#[cfg(feature = "ssr")]
mod build {
    use std::collections::{BTreeMap, HashMap};

    use super::*;
    use crate::audit::SessionFacts;
    use chrono::{Datelike, NaiveDate};

    /// One group's times, gathered before their medians are taken.
    #[derive(Default)]
    struct Times {
        technicians: usize,
        sessions: u64,
        waiting: Vec<u64>,
        pickup: Vec<u64>,
        work: Vec<u64>,
    }

    impl Times {
        fn add(&mut self, facts: &SessionFacts) {
            self.sessions += 1;
            self.waiting.extend(facts.waiting);
            self.pickup.extend(facts.pickup);
            self.work.extend(facts.work);
        }

        fn merge(&mut self, other: Times) {
            self.technicians += other.technicians;
            self.sessions += other.sessions;
            self.waiting.extend(other.waiting);
            self.pickup.extend(other.pickup);
            self.work.extend(other.work);
        }

        fn line(mut self, technician: String) -> TechnicianLine {
            TechnicianLine {
                technician,
                technicians: self.technicians,
                sessions: self.sessions,
                median_waiting: median(&mut self.waiting),
                median_pickup: median(&mut self.pickup),
                median_work: median(&mut self.work),
                total_work: self.work.iter().sum(),
            }
        }
    }

    /// The day a time (milliseconds since 1970) falls on, in UTC.
    fn day_of(ms: i64) -> NaiveDate {
        chrono::DateTime::from_timestamp_millis(ms)
            .unwrap_or_default()
            .date_naive()
    }

    /// Sessions per day from `first` to `last`, every day present; per month past
    /// [`MOST_DAYS`].
    fn per_day(
        days: &BTreeMap<NaiveDate, u64>,
        first: NaiveDate,
        last: NaiveDate,
    ) -> Vec<(String, u64)> {
        let span = (last - first).num_days().max(0) as usize + 1;
        let monthly = span > MOST_DAYS;
        let label = |d: NaiveDate| {
            if monthly {
                format!("{:04}-{:02}", d.year(), d.month())
            } else {
                d.format("%Y-%m-%d").to_string()
            }
        };
        let mut out: Vec<(String, u64)> = Vec::new();
        for day in first.iter_days().take_while(|d| *d <= last) {
            let count = days.get(&day).copied().unwrap_or(0);
            let label = label(day);
            match out.last_mut() {
                Some((l, n)) if *l == label => *n += count,
                _ => out.push((label, count)),
            }
        }
        out
    }

    impl OutcomeSummary {
        /// The summary of `facts`; days run from `from` (else the first session's) to `to`
        /// (else the last session's), so a quiet day shows as a zero, not as a gap.
        pub fn of(facts: &[SessionFacts], from: Option<NaiveDate>, to: Option<NaiveDate>) -> Self {
            let mut all = Times {
                technicians: 0,
                ..Default::default()
            };
            let mut by_technician: HashMap<&str, Times> = HashMap::new();
            let mut days: BTreeMap<NaiveDate, u64> = BTreeMap::new();
            let mut waiting = vec![0; WAITING_BOUNDS.len() + 1];
            let mut waiting_unknown = 0;
            for f in facts {
                all.add(f);
                by_technician
                    .entry(f.technician.as_str())
                    .or_insert_with(|| Times {
                        technicians: 1,
                        ..Default::default()
                    })
                    .add(f);
                *days.entry(day_of(f.first_ms)).or_default() += 1;
                match f.waiting {
                    Some(s) => {
                        let bucket = WAITING_BOUNDS.iter().take_while(|b| s >= **b).count();
                        waiting[bucket] += 1;
                    }
                    None => waiting_unknown += 1,
                }
            }
            all.technicians = by_technician.len();
            let mut technicians: Vec<(&str, Times)> = by_technician.into_iter().collect();
            technicians.sort_by(|(a, x), (b, y)| y.sessions.cmp(&x.sessions).then(a.cmp(b)));
            // Past the limit, the last line sums the quietest technicians.
            let named = if technicians.len() > MOST_TECHNICIANS {
                MOST_TECHNICIANS - 1
            } else {
                technicians.len()
            };
            let tail = technicians.split_off(named);
            let mut lines: Vec<TechnicianLine> = technicians
                .into_iter()
                .map(|(name, times)| times.line(name.to_owned()))
                .collect();
            if !tail.is_empty() {
                let mut rest = Times::default();
                for (_, times) in tail {
                    rest.merge(times);
                }
                let label = crate::words::others(rest.technicians);
                lines.push(rest.line(label));
            }
            let per_day = match (
                from.or_else(|| days.keys().next().copied()),
                to.or_else(|| days.keys().next_back().copied()),
            ) {
                (Some(first), Some(last)) if first <= last => per_day(&days, first, last),
                _ => Vec::new(),
            };
            OutcomeSummary {
                all: all.line(String::new()),
                technicians: lines,
                per_day,
                waiting,
                waiting_unknown,
            }
        }
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::audit::SessionFacts;
    use chrono::NaiveDate;

    const DAY_MS: i64 = 86_400_000;

    fn facts(day: i64, technician: &str, waiting: Option<u64>, work: Option<u64>) -> SessionFacts {
        SessionFacts {
            // 2026-12-01 plus `day` days, at noon.
            first_ms: 1_796_126_400_000 + day * DAY_MS,
            technician: technician.into(),
            waiting,
            pickup: waiting,
            work,
        }
    }

    #[test]
    fn medians_take_the_middle() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [5]), Some(5));
        assert_eq!(median(&mut [9, 1, 5]), Some(5));
        assert_eq!(median(&mut [1, 2]), Some(2));
        assert_eq!(median(&mut [10, 20, 30, 40]), Some(25));
        assert_eq!(median(&mut [u64::MAX, u64::MAX]), Some(u64::MAX));
    }

    #[test]
    fn technicians_days_and_waiting_times_are_summed() {
        let all = [
            facts(0, "Tina", Some(10), Some(300)),
            facts(0, "Tina", Some(50), Some(600)),
            facts(2, "Tina", Some(90), None),
            facts(2, "Ben", None, Some(100)),
        ];
        let s = OutcomeSummary::of(&all, None, None);
        assert_eq!(s.all.sessions, 4);
        assert_eq!(s.all.technicians, 2);
        assert_eq!(s.all.median_waiting, Some(50));
        assert_eq!(s.all.total_work, 1000);
        let tina = &s.technicians[0];
        assert_eq!(
            (tina.technician.as_str(), tina.sessions, tina.median_work),
            ("Tina", 3, Some(450))
        );
        assert_eq!(s.technicians[1].median_waiting, None);
        // A quiet day is a zero, not a gap.
        let days: Vec<(&str, u64)> = s.per_day.iter().map(|(d, n)| (d.as_str(), *n)).collect();
        assert_eq!(
            days,
            [("2026-12-01", 2), ("2026-12-02", 0), ("2026-12-03", 2)]
        );
        assert_eq!(s.waiting, [1, 1, 1, 0, 0, 0, 0]);
        assert_eq!(s.waiting_unknown, 1);
        // The filter's days bound the chart even where no session fell.
        let from = NaiveDate::from_ymd_opt(2026, 11, 30);
        let s = OutcomeSummary::of(&all, from, None);
        assert_eq!(
            s.per_day.first().map(|(d, _)| d.as_str()),
            Some("2026-11-30")
        );
        assert_eq!(s.per_day.len(), 4);
    }

    #[test]
    fn long_ranges_are_counted_by_month_and_long_lists_summed() {
        let all: Vec<SessionFacts> = (0..120)
            .map(|i| facts(i, &format!("tech {:03}", i % 60), None, None))
            .collect();
        let s = OutcomeSummary::of(&all, None, None);
        assert!(s.per_day.iter().all(|(label, _)| label.len() == 7));
        assert_eq!(s.per_day.iter().map(|(_, n)| n).sum::<u64>(), 120);
        assert_eq!(s.technicians.len(), MOST_TECHNICIANS);
        let rest = s.technicians.last().unwrap();
        assert_eq!(rest.technicians, 11);
        assert_eq!(rest.sessions, 22);
        let sum: u64 = s.technicians.iter().map(|t| t.sessions).sum();
        assert_eq!(sum, 120, "nothing lost");
    }
}
