//! The report in a few numbers: sessions per status, resolved and unresolved, and the median
//! waiting and total time per technician, with the report's columns found by name.

use serde::{Deserialize, Serialize};

use crate::words::Precision;

/// Sessions and times of one technician in the report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TechnicianTimes {
    /// Technician name ("(queue)" for sessions nobody picked up).
    pub name: String,
    /// Sessions in the report.
    pub sessions: u64,
    /// Median waiting time, `H:MM:SS`.
    pub median_waiting: String,
    /// Median total time, `H:MM:SS`.
    pub median_total: String,
}

/// The report in a few numbers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportSummary {
    /// Sessions per status, most first.
    pub by_status: Vec<(String, u64)>,
    /// Sessions marked resolved.
    pub resolved: u64,
    /// Sessions marked unresolved.
    pub unresolved: u64,
    /// Per technician, most sessions first.
    pub by_technician: Vec<TechnicianTimes>,
}

/// Seconds of an `H:MM:SS` (or `MM:SS`, or plain seconds) duration.
pub fn seconds(text: &str) -> Option<u64> {
    text.trim().split(':').try_fold(0u64, |acc, part| {
        Some(acc * 60 + part.trim().parse::<u64>().ok()?)
    })
}

/// Seconds as `H:MM:SS`.
fn clock(seconds: u64) -> String {
    crate::words::duration(seconds, Precision::Clock)
}

fn median(values: &mut [u64]) -> Option<u64> {
    values.sort_unstable();
    match values.len() {
        0 => None,
        n if n % 2 == 1 => Some(values[n / 2]),
        n => Some((values[n / 2 - 1] + values[n / 2]) / 2),
    }
}

/// The summary of a report's rows, its columns found by name.
pub fn summarise(columns: &[String], rows: &[Vec<String>]) -> ReportSummary {
    let col = |name: &str| columns.iter().position(|c| c.eq_ignore_ascii_case(name));
    let cell = |row: &[String], at: Option<usize>| -> String {
        at.and_then(|i| row.get(i)).cloned().unwrap_or_default()
    };
    let (status, resolved, tech, waiting, total) = (
        col("Status"),
        col("Resolved Unresolved"),
        col("Technician Name"),
        col("Waiting Time"),
        col("Total Time"),
    );
    let mut summary = ReportSummary::default();
    let mut techs: Vec<(String, Vec<u64>, Vec<u64>)> = Vec::new();
    for row in rows {
        let s = cell(row, status);
        match summary.by_status.iter_mut().find(|(k, _)| *k == s) {
            Some((_, n)) => *n += 1,
            None => summary.by_status.push((s, 1)),
        }
        match cell(row, resolved).trim().to_ascii_lowercase().as_str() {
            "resolved" => summary.resolved += 1,
            "unresolved" => summary.unresolved += 1,
            _ => {}
        }
        let mut name = cell(row, tech).trim().to_owned();
        if name.is_empty() {
            name = crate::say!("queue");
        }
        let at = match techs.iter().position(|(n, _, _)| *n == name) {
            Some(at) => at,
            None => {
                techs.push((name, Vec::new(), Vec::new()));
                techs.len() - 1
            }
        };
        if let Some(w) = seconds(&cell(row, waiting)) {
            techs[at].1.push(w);
        }
        if let Some(t) = seconds(&cell(row, total)) {
            techs[at].2.push(t);
        }
    }
    summary
        .by_status
        .sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    summary.by_technician = techs
        .into_iter()
        .map(|(name, mut w, mut t)| TechnicianTimes {
            sessions: w.len().max(t.len()) as u64,
            median_waiting: median(&mut w).map(clock).unwrap_or_else(|| "—".into()),
            median_total: median(&mut t).map(clock).unwrap_or_else(|| "—".into()),
            name,
        })
        .collect();
    summary
        .by_technician
        .sort_by(|a, b| b.sessions.cmp(&a.sessions).then(a.name.cmp(&b.name)));
    summary
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| (*x).to_owned()).collect()
    }

    #[test]
    fn durations_parse_and_print() {
        assert_eq!(seconds("1:02:05"), Some(3725));
        assert_eq!(seconds("4:27"), Some(267));
        assert_eq!(seconds("45"), Some(45));
        assert_eq!(seconds(""), None);
        assert_eq!(seconds("x:10"), None);
    }

    #[test]
    fn the_summary_counts_statuses_resolutions_and_medians_by_name() {
        let columns = s(&[
            "Total Time",
            "Technician Name",
            "Status",
            "Waiting Time",
            "Resolved Unresolved",
        ]);
        let rows = vec![
            s(&[
                "0:10:00",
                "Tina",
                "Closed by technician",
                "0:01:00",
                "Resolved",
            ]),
            s(&[
                "0:20:00",
                "Tina",
                "Closed by customer",
                "0:03:00",
                "Unresolved",
            ]),
            s(&[
                "0:30:00",
                "Tina",
                "Closed by technician",
                "0:02:00",
                "Resolved",
            ]),
            s(&["0:05:00", "", "Waiting", "0:05:00", ""]),
        ];
        let summary = summarise(&columns, &rows);
        assert_eq!(
            summary.by_status,
            [
                ("Closed by technician".to_owned(), 2),
                ("Closed by customer".to_owned(), 1),
                ("Waiting".to_owned(), 1)
            ]
        );
        assert_eq!((summary.resolved, summary.unresolved), (2, 1));
        assert_eq!(summary.by_technician[0].name, "Tina");
        assert_eq!(summary.by_technician[0].sessions, 3);
        assert_eq!(summary.by_technician[0].median_waiting, "0:02:00");
        assert_eq!(summary.by_technician[0].median_total, "0:20:00");
        assert_eq!(summary.by_technician[1].name, "(queue)");
    }
}
