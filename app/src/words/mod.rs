//! Every Rescue answer, failure, duration and count as words an administrator can act on. The
//! one place where codes become sentences: features pass typed values in and show the text.

use crate::shared::action::SessionAction;
use crate::shared::address::AddressError;
use crate::shared::outcome::Outcome;
#[cfg(feature = "ssr")]
use rescue::{Error, GetSessionsOutcome};

mod active;
mod acts;
mod bulk;
mod catalogue;
#[cfg(all(test, feature = "ssr"))]
mod catalogue_tests;
#[cfg(feature = "ssr")]
pub mod compile;
mod confirm;
mod lang;
mod locale;
mod news;
mod outcomes;
mod sign_in;
mod waits;

pub use active::*;
pub use acts::*;
pub use bulk::*;
pub use catalogue::{Arg, Catalogue, Part};
pub use confirm::*;
pub use lang::*;
pub use locale::{number, plural};
pub use news::*;
pub use outcomes::*;
pub use sign_in::*;
pub use waits::*;

use crate::say;

/// How a duration is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// "45 s", "4 min 27 s", "1 h 11 min".
    Seconds,
    /// As the table shows a waiting time: "45 s", then whole minutes ("4 min"), then
    /// "1 h 11 min". Past the first minute it changes once a minute, so a thousand ticking
    /// rows cost the browser a few updates a second rather than a thousand.
    Minutes,
    /// For a sentence: "30 seconds", "1 minute", "4 minutes" (rounded up).
    Spoken,
    /// A report's `H:MM:SS`.
    Clock,
}

/// A duration of `seconds`, written with `precision`: the one duration formatter.
pub fn duration(seconds: u64, precision: Precision) -> String {
    match (precision, seconds) {
        (Precision::Clock, s) => format!("{}:{:02}:{:02}", s / 3600, s % 3600 / 60, s % 60),
        (Precision::Spoken, s) if s < 60 => say!("duration-seconds-spoken", s = s.max(1)),
        (Precision::Spoken, s) => say!("duration-minutes-spoken", m = s.div_ceil(60)),
        (_, s) if s < 60 => say!("duration-s", s = s),
        (Precision::Minutes, s) if s < 3600 => say!("duration-min", m = s / 60),
        (_, s) if s < 3600 => say!("duration-min-s", m = s / 60, s = s % 60),
        (_, s) => say!("duration-h-min", h = s / 3600, m = s % 3600 / 60),
    }
}

/// A stored UTC time (RFC 3339) as a lead reads it, the date in the language's order:
/// `2026-11-28 09:31:02 UTC` in English (ISO: unambiguous across the countries a team spans),
/// `28.11.2026 09:31:02 UTC` in German. Always UTC, as stored and exported.
pub fn utc_time(rfc3339: &str) -> String {
    let t = rfc3339.replace('T', " ");
    let t = t.split('.').next().unwrap_or(&t).trim_end_matches('Z');
    let (date, time) = t.split_once(' ').unwrap_or((t, ""));
    let mut parts = date.splitn(3, '-');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(year), Some(month), Some(day)) if !time.is_empty() => {
            let time = say!("utc-time", time = time);
            say!(
                "date-time",
                year = year,
                month = month,
                day = day,
                time = time.as_str()
            )
        }
        // Not a time this dashboard stored: shown as it is rather than guessed at.
        _ => say!("utc-time", time = t),
    }
}

/// "7 rows." or "3 of 7 rows match.".
pub fn row_count(shown: usize, total: usize, narrowed: bool) -> String {
    if narrowed {
        say!("row-count-narrowed", shown = shown, total = total)
    } else {
        say!("row-count", total = total)
    }
}

/// How many records a history page shows.
pub fn history_count(count: usize) -> String {
    say!("history-count", count = count)
}

/// How long Rescue took.
pub fn latency(ms: u64) -> String {
    say!("latency", ms = ms)
}

/// The group a chart sums its tail into.
pub fn others(count: usize) -> String {
    say!("chart-others", count = count)
}

/// A chart in one sentence, for its description: `per_outcome` are the codes and their counts,
/// `groups` the bars, `what` which actions, `noun` what one bar is (a catalogue key's `noun`
/// value: "admin", "technician", "day", "month").
pub fn chart_summary(
    per_outcome: &[(String, u64)],
    groups: usize,
    what: &str,
    noun: &str,
) -> String {
    let total: u64 = per_outcome.iter().map(|(_, n)| n).sum();
    let parts: Vec<String> = per_outcome
        .iter()
        .map(|(code, n)| format!("{code} {}", number(active_lang().tag(), *n)))
        .collect();
    say!(
        "chart-summary",
        total = total,
        what = what,
        groups = groups,
        noun = noun,
        parts = parts.join(", ").as_str()
    )
}

/// Rows Rescue sent that could not be read.
pub fn malformed_rows(count: usize) -> String {
    say!("malformed-rows", count = count)
}

/// The button that opens an action's confirmation.
pub fn label(action: SessionAction) -> String {
    say!("action-label", action = action.slug())
}

/// The confirmation's question.
pub fn question(action: SessionAction) -> String {
    say!("action-question", action = action.slug())
}

/// What Confirm will do, in one sentence.
pub fn explanation(action: SessionAction) -> String {
    say!("action-explanation", action = action.slug())
}

/// The Confirm button's text while the call runs.
pub fn busy(action: SessionAction) -> String {
    say!("action-busy", action = action.slug())
}

/// The pending marker's text: "Cancel requested at 14:03:27 UTC, pending".
pub fn pending(action: SessionAction, requested_text: &str, uncertain: bool) -> String {
    let at = requested_text;
    if uncertain {
        // The server stopped during the call (or it is still running): it may or may not be.
        return say!("pending-uncertain", action = action.slug(), at = at);
    }
    say!("pending", action = action.slug(), at = at)
}

/// What a history row adds to an outcome nobody knows yet, or ever will.
pub fn outcome_note(outcome: &Outcome) -> Option<String> {
    match outcome {
        Outcome::Attempted => Some(say!("outcome-note-attempted")),
        Outcome::Unknown => Some(say!("outcome-note-unknown")),
        _ => None,
    }
}

/// An action refused because the instances' shared store is out of reach.
pub fn shared_store_unavailable() -> String {
    say!("shared-store-unavailable")
}

/// A report not fetched because the instances' shared store is out of reach.
pub fn shared_store_unavailable_read() -> String {
    say!("shared-store-unavailable-read")
}

/// A page or action refused because the session store cannot be read.
pub fn session_store_down() -> String {
    say!("session-store-down")
}

/// A sign-in refused because the instances' shared store is out of reach.
pub fn shared_store_unavailable_sign_in() -> String {
    say!("shared-store-unavailable-sign-in")
}

/// An action refused because its audit record could not be written first.
pub fn audit_unavailable() -> String {
    say!("audit-unavailable")
}

/// "Updated 20 s ago · refreshes every 15 s", as the sessions page's clock goes.
pub fn updated(
    elapsed: u64,
    running: bool,
    unanswered: bool,
    refresh_secs: u32,
    paused: bool,
) -> String {
    let age = match elapsed {
        _ if running => say!("updated-refreshing"),
        secs if unanswered => say!(
            "updated-unanswered",
            age = duration(secs, Precision::Seconds).as_str()
        ),
        0..=4 => say!("updated-just-now"),
        secs => say!(
            "updated-ago",
            age = duration(secs, Precision::Seconds).as_str()
        ),
    };
    match (refresh_secs, paused) {
        (0, _) => age,
        (_, true) => say!("updated-paused", age = age.as_str()),
        (secs, false) => say!("updated-every", age = age.as_str(), secs = secs),
    }
}

/// An earlier press of the same button whose request went away mid-call.
pub fn interrupted() -> String {
    say!("interrupted")
}

/// Why Rescue could not be asked at all (a read: nothing was changed).
#[cfg(feature = "ssr")]
pub fn transport(err: &Error) -> String {
    match err {
        Error::Timeout => say!("transport-timeout"),
        Error::Connect(_) => say!("transport-unreachable"),
        Error::RateLimited => say!("transport-rate-limited"),
        Error::Redirected(status) => {
            say!("transport-redirected", status = status.to_string().as_str())
        }
        Error::HttpStatus(status) if *status >= 500 => {
            say!(
                "transport-http-status",
                status = status.to_string().as_str()
            )
        }
        Error::NoSessionCookie => say!("transport-no-session"),
        Error::ReplyTooLarge(_) => say!("transport-too-large"),
        _ => say!("transport-unreadable"),
    }
}

/// The sentence for a session list Rescue refused.
#[cfg(feature = "ssr")]
pub fn list_refused(outcome: &GetSessionsOutcome) -> String {
    match outcome {
        GetSessionsOutcome::Ok(_) => String::new(),
        GetSessionsOutcome::InvalidNode => say!("list-invalid-node"),
        GetSessionsOutcome::UserDeletedOrDisabled => say!("list-user-gone"),
        GetSessionsOutcome::InvalidSecretAuthCode => say!("list-invalid-authcode"),
        GetSessionsOutcome::NotLoggedIn => say!("list-not-logged-in"),
        GetSessionsOutcome::Error => say!("list-error"),
        GetSessionsOutcome::Undocumented(code) => say!("list-undocumented", code = code.as_str()),
    }
}

/// What is wrong with an address.
pub fn address(error: &AddressError) -> String {
    match error {
        AddressError::BadId { field, why } => {
            say!(
                "address-bad-id",
                field = *field,
                why = why.to_string().as_str()
            )
        }
        AddressError::BadNoderef => say!("address-bad-noderef"),
        AddressError::BadDay { name, value } => {
            say!(
                "address-bad-day",
                name = name.as_str(),
                value = value.as_str()
            )
        }
        AddressError::Backwards { from, to } => {
            say!("address-backwards", from = from.as_str(), to = to.as_str())
        }
    }
}

/// One report a minute per Rescue login: when the next can be fetched.
pub fn report_wait(secs: u64, copy_fetched_at: Option<&str>) -> String {
    match copy_fetched_at {
        Some(at) => say!("report-wait-copy", at = at, secs = secs),
        None => say!("report-wait", secs = secs),
    }
}

/// Rescue refused one of a report's settings.
#[cfg(feature = "ssr")]
pub fn report_settings_refused(outcome: &rescue::SetReportOutcome) -> String {
    use rescue::SetReportOutcome as S;
    match outcome {
        S::InvalidFormat => say!("report-invalid-format"),
        S::InvalidDateRange => say!("report-invalid-range"),
        S::UserDeletedOrDisabled => say!("report-user-gone"),
        other => say!("report-settings-refused", code = other.code()),
    }
}

/// Rescue could not make a report.
#[cfg(feature = "ssr")]
pub fn report_refused(outcome: &rescue::GetReportOutcome) -> String {
    say!("report-refused", code = outcome.code())
}

/// Rescue refuses reports to an API-token sign-in.
pub fn reports_need_password() -> String {
    say!("reports-need-password")
}

/// The node of a report is not Rescue's.
pub fn report_unknown_node() -> String {
    say!("report-unknown-node")
}

/// The hierarchy for a transfer's or start's targets did not come.
pub fn no_targets() -> String {
    say!("no-targets")
}

/// The Rescue login expired while the admin was away.
pub fn login_expired() -> String {
    say!("login-expired")
}

/// The session store failed.
pub fn session_not_saved() -> String {
    say!("session-not-saved")
}

/// A form whose fields the server function could not read.
pub fn form_invalid() -> String {
    say!("form-invalid")
}

/// The history's page link was edited.
pub fn page_link_invalid() -> String {
    say!("page-link-invalid")
}

/// The audit log could not be read for the history.
pub fn history_unreadable() -> String {
    say!("history-unreadable")
}

/// The Rescue account lists nothing to show.
pub fn nothing_to_list() -> String {
    say!("nothing-to-list")
}

/// The reports page before a report is asked for.
pub fn report_form_hint() -> String {
    say!("report-form-hint")
}

/// An export of a report not fetched yet.
pub fn report_not_fetched() -> String {
    say!("report-not-fetched")
}

/// Something inside the dashboard failed (the cause is in the server log).
pub fn internal() -> String {
    say!("internal")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::outcome::Failure;

    #[test]
    fn durations_read_like_words() {
        assert_eq!(duration(13, Precision::Seconds), "13 s");
        assert_eq!(duration(267, Precision::Seconds), "4 min 27 s");
        assert_eq!(duration(4267, Precision::Seconds), "1 h 11 min");
        assert_eq!(duration(59, Precision::Minutes), "59 s");
        assert_eq!(duration(267, Precision::Minutes), "4 min");
        assert_eq!(duration(4267, Precision::Minutes), "1 h 11 min");
        assert_eq!(duration(30, Precision::Spoken), "30 seconds");
        assert_eq!(duration(60, Precision::Spoken), "1 minute");
        assert_eq!(duration(61, Precision::Spoken), "2 minutes");
        assert_eq!(duration(0, Precision::Spoken), "1 second");
        assert_eq!(duration(3725, Precision::Clock), "1:02:05");
        assert_eq!(
            utc_time("2026-11-28T09:31:02.123Z"),
            "2026-11-28 09:31:02 UTC"
        );
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn report_setting_refusals_are_worded_from_rescues_typed_codes() {
        use rescue::SetReportOutcome as S;
        let format = report_settings_refused(&S::InvalidFormat);
        assert!(
            format.contains("could not read the report's dates"),
            "{format}"
        );
        let range = report_settings_refused(&S::InvalidDateRange);
        assert!(
            range.contains("first day must not be after the last"),
            "{range}"
        );
        let gone = report_settings_refused(&S::UserDeletedOrDisabled);
        assert!(gone.contains("deleted or disabled"), "{gone}");
        // A code Rescue does not document is named, never guessed at.
        let new = report_settings_refused(&S::Undocumented("NEWCODE".into()));
        assert!(new.contains("NEWCODE"), "{new}");
    }

    #[test]
    fn every_outcome_of_every_action_has_a_sentence() {
        for action in SessionAction::ALL {
            for outcome in [
                Outcome::Answered(rescue::ActionOutcome::Ok),
                Outcome::Answered(rescue::ActionOutcome::ActionFailed),
                Outcome::Answered(rescue::ActionOutcome::Undocumented("NEW_CODE".into())),
                Outcome::Failed(Failure::Timeout),
            ] {
                let text = super::action(action, &outcome, 7, "Tina");
                assert!(
                    !text.is_empty() && !text.contains("{"),
                    "{action:?} {outcome:?}"
                );
            }
        }
    }
}
