//! Which rows carry an action this admin requested from the dashboard that Rescue has not
//! carried out yet. Rescue's session list does not say (getSession has no pending column), so
//! it is worked out from the audit log and the session's status: the last accepted request
//! on a session, not taken back by a Cancel action, whose effect the status does not show yet.

use crate::audit::Requested;
use crate::shared::action::SessionAction;
use crate::shared::row::{Badge, PendingMark, Row};

/// How far back requests are read: Rescue's consoles carry actions out within seconds or
/// minutes, and a request older than this is no longer worth a marker.
pub const LOOKBACK_HOURS: i64 = 6;

/// Marks the rows whose session still awaits a request of this admin. `requested` is oldest
/// first; `now` is when the list was read.
pub fn mark(rows: &mut [Row], requested: &[Requested], now: chrono::DateTime<chrono::Utc>) {
    use std::collections::HashMap;

    // Per session: the last request that may still be waiting, and whether Rescue's answer to
    // it (or to a later Cancel action) is unknown.
    let mut last: HashMap<u32, (SessionAction, i64, bool)> = HashMap::new();
    for r in requested {
        let uncertain = r.outcome.uncertain();
        if !r.outcome.accepted() && !uncertain {
            continue;
        }
        match r.action {
            SessionAction::Cancel if uncertain => {
                // A Cancel action nobody heard back from may or may not have taken it back.
                if let Some(earlier) = last.get_mut(&r.session_id) {
                    earlier.2 = true;
                }
            }
            SessionAction::Cancel => {
                last.remove(&r.session_id);
            }
            action => {
                last.insert(r.session_id, (action, r.at.timestamp(), uncertain));
            }
        }
    }
    let now = now.timestamp();
    for row in rows.iter_mut() {
        row.pending = last
            .get(&row.id)
            .filter(|(action, at, _)| still_pending(row, *action, *at, now))
            .map(|&(action, requested_at, uncertain)| PendingMark {
                action,
                requested_at,
                requested_text: chrono::DateTime::from_timestamp(requested_at, 0)
                    .map(|t| t.format("%H:%M:%S UTC").to_string())
                    .unwrap_or_default(),
                uncertain,
            });
    }
}

/// Whether `row` does not show the effect of `action` requested at `at` yet.
fn still_pending(row: &Row, action: SessionAction, at: i64, now: i64) -> bool {
    let not_done = match action {
        SessionAction::Hold => !matches!(row.badge, Badge::OnHold | Badge::Finished),
        SessionAction::Close | SessionAction::Transfer => row.badge != Badge::Finished,
        SessionAction::Start => row.badge == Badge::Waiting,
        SessionAction::Cancel => false,
    };
    // Rescue shows a requested transfer as "Transferring" until the console carries it out.
    if action == SessionAction::Transfer && row.transferring {
        return true;
    }
    // A status change after the request means it was carried out (or overtaken); the second
    // of slack covers the list's whole-second waiting times.
    let changed_at = now - i64::try_from(row.waiting_secs.unwrap_or(0)).unwrap_or(i64::MAX);
    not_done && changed_at <= at + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::outcome::Outcome;
    use chrono::{TimeZone, Utc};

    fn row(id: u32, badge: Badge, status: &str, waiting_secs: u64) -> Row {
        Row {
            id,
            status: status.into(),
            badge,
            technician_id: 7,
            technician: "Tess".into(),
            channel: String::new(),
            start_time: String::new(),
            started_at: 0,
            waiting_secs: Some(waiting_secs),
            changed_at: 0,
            customer: String::new(),
            custom_text: String::new(),
            language: String::new(),
            transfer: String::new(),
            lead: true,
            pending: None,
            recorded: false,
            transferring: status == "Transferring",
        }
    }

    fn asked(secs: i64, method: &str, session: u32, outcome: &str) -> Requested {
        Requested {
            at: Utc.timestamp_opt(secs, 0).unwrap(),
            action: SessionAction::from_method(method).unwrap(),
            session_id: session,
            outcome: Outcome::from_code(outcome),
        }
    }

    #[test]
    fn an_accepted_request_is_pending_until_the_status_shows_it() {
        let now = Utc.timestamp_opt(1_000, 0).unwrap();
        // Session 1 in the same state since before the request; session 2 on hold since.
        let mut rows = vec![
            row(1, Badge::Live, "Active", 300),
            row(2, Badge::OnHold, "On Hold", 10),
            row(3, Badge::Live, "Active", 300),
            row(4, Badge::Live, "Active", 300),
            row(5, Badge::Live, "Transferring", 300),
        ];
        let log = [
            asked(900, "holdSession", 1, "OK"),
            asked(900, "holdSession", 2, "OK"),
            asked(900, "holdSession", 3, "OK"),
            asked(950, "cancelAction", 3, "OK"),
            asked(900, "closeSession", 4, "ACTIONFAILED"),
            asked(900, "transferSession", 5, "OK"),
        ];
        mark(&mut rows, &log, now);
        let marks: Vec<_> = rows
            .iter()
            .map(|r| r.pending.as_ref().map(|p| p.action))
            .collect();
        assert_eq!(
            marks,
            [
                Some(SessionAction::Hold),
                None,
                None,
                None,
                Some(SessionAction::Transfer)
            ]
        );
        assert_eq!(rows[0].pending.as_ref().unwrap().requested_at, 900);
    }

    #[test]
    fn a_failed_cancel_keeps_the_earlier_request_and_a_status_change_ends_it() {
        let now = Utc.timestamp_opt(1_000, 0).unwrap();
        let mut rows = vec![
            row(1, Badge::Waiting, "Waiting", 200),
            row(2, Badge::Waiting, "Waiting", 20),
        ];
        let log = [
            asked(900, "startSession", 1, "OK"),
            asked(910, "cancelAction", 1, "ACTIONFAILED"),
            asked(900, "startSession", 2, "OK"),
        ];
        mark(&mut rows, &log, now);
        assert_eq!(
            rows[0].pending.as_ref().map(|p| p.action),
            Some(SessionAction::Start)
        );
        // Session 2 changed status after the request (80 s later): carried out or overtaken.
        assert_eq!(rows[1].pending, None);
    }

    #[test]
    fn a_request_whose_outcome_is_unknown_is_marked_as_such() {
        let now = Utc.timestamp_opt(1_000, 0).unwrap();
        let mut rows = vec![
            row(1, Badge::Live, "Active", 300),
            row(2, Badge::Live, "Active", 300),
            row(3, Badge::Live, "Active", 300),
        ];
        let log = [
            // The server stopped during this hold's call.
            asked(900, "holdSession", 1, "OUTCOME_UNKNOWN"),
            // An accepted close, then a Cancel action whose answer never came.
            asked(900, "closeSession", 2, "OK"),
            asked(950, "cancelAction", 2, "OUTCOME_UNKNOWN"),
            // A call still running.
            asked(990, "holdSession", 3, "ATTEMPTED"),
        ];
        mark(&mut rows, &log, now);
        let marks: Vec<_> = rows
            .iter()
            .map(|r| r.pending.as_ref().map(|p| (p.action, p.uncertain)))
            .collect();
        assert_eq!(
            marks,
            [
                Some((SessionAction::Hold, true)),
                Some((SessionAction::Close, true)),
                Some((SessionAction::Hold, true)),
            ]
        );
        let text = crate::words::pending(SessionAction::Hold, "14:03:27 UTC", true);
        assert!(text.contains("outcome unknown"), "{text}");
        assert!(text.contains("check the session in Rescue"), "{text}");
    }
}
