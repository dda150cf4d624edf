//! The words of the waiting-time alerts (`WAIT_ALERT_SECS`).

use super::{duration, Precision};
use crate::say;

/// The mark of a customer waiting too long: "waiting 7 min".
pub fn waiting_mark(age: &str) -> String {
    say!("waiting-mark", age = age)
}

/// The line above the sessions table: "3 customers waiting longer than 5 min".
pub fn wait_alerts(count: usize, alert_secs: u32) -> String {
    // Whole minutes as minutes; an odd limit (90 s) to the second.
    let precision = if alert_secs.is_multiple_of(60) {
        Precision::Minutes
    } else {
        Precision::Seconds
    };
    let limit = duration(u64::from(alert_secs), precision);
    say!("wait-alerts", count = count, limit = limit.as_str())
}

/// The sessions page's title: "(3) Sessions — Helpdesk", the count only when some wait too
/// long (it shows on the browser's tab while the admin looks at another).
pub fn sessions_title(alerts: usize, node_name: &str) -> String {
    say!("sessions-title", alerts = alerts, node = node_name)
}
