//! Every Rescue answer, failure, duration and count as words an administrator can act on. The
//! one place where codes become sentences: features pass typed values in and show the text.

use crate::shared::action::SessionAction;
use crate::shared::address::AddressError;
use crate::shared::outcome::{Failure, Outcome};
#[cfg(feature = "ssr")]
use rescue::{Error, GetSessionsOutcome};

mod bulk;
mod confirm;
mod news;
mod outcomes;
mod sign_in;
mod waits;

pub use bulk::*;
pub use confirm::*;
pub use news::*;
pub use outcomes::*;
pub use sign_in::*;
pub use waits::*;

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
        (Precision::Spoken, s) => match s.max(1) {
            1 => "1 second".into(),
            s if s < 60 => format!("{s} seconds"),
            s if s <= 60 => "1 minute".into(),
            s => format!("{} minutes", s.div_ceil(60)),
        },
        (_, s) if s < 60 => format!("{s} s"),
        (Precision::Minutes, s) if s < 3600 => format!("{} min", s / 60),
        (_, s) if s < 3600 => format!("{} min {} s", s / 60, s % 60),
        (_, s) => format!("{} h {} min", s / 3600, s % 3600 / 60),
    }
}

/// A stored UTC time (RFC 3339) as a lead reads it: `2026-11-28 09:31:02 UTC`.
pub fn utc_time(rfc3339: &str) -> String {
    let t = rfc3339.replace('T', " ");
    let t = t.split('.').next().unwrap_or(&t).trim_end_matches('Z');
    format!("{t} UTC")
}

/// "7 rows." or "3 of 7 rows match.".
pub fn row_count(shown: usize, total: usize, narrowed: bool) -> String {
    if narrowed {
        format!("{shown} of {total} rows match.")
    } else {
        format!("{total} rows.")
    }
}

/// How many records a history page shows.
pub fn history_count(count: usize) -> String {
    match count {
        0 => "No recorded actions match.".to_owned(),
        1 => "1 action, newest first.".to_owned(),
        n => format!("{n} actions on this page, newest first."),
    }
}

/// How long Rescue took.
pub fn latency(ms: u64) -> String {
    format!("{ms} ms")
}

/// The group a chart sums its tail into.
pub fn others(count: usize) -> String {
    format!("Others ({count})")
}

/// A chart in one sentence, for its description: `per_outcome` are the codes and their counts,
/// `groups` the bars, `noun` what one bar is.
pub fn chart_summary(
    per_outcome: &[(String, u64)],
    groups: usize,
    what: &str,
    noun: &str,
) -> String {
    let total: u64 = per_outcome.iter().map(|(_, n)| n).sum();
    let parts: Vec<String> = per_outcome
        .iter()
        .map(|(code, n)| format!("{code} {n}"))
        .collect();
    let plural = if groups == 1 { "" } else { "s" };
    format!(
        "{total} actions {what}, {groups} {noun}{plural}: {}.",
        parts.join(", ")
    )
}

/// Rows Rescue sent that could not be read.
pub fn malformed_rows(count: usize) -> String {
    format!("{count} row(s) from Rescue could not be read and are not shown.")
}

/// The button that opens an action's confirmation.
pub fn label(action: SessionAction) -> &'static str {
    match action {
        SessionAction::Cancel => "Cancel action",
        SessionAction::Hold => "Hold",
        SessionAction::Close => "Close",
        SessionAction::Transfer => "Transfer",
        SessionAction::Start => "Start",
    }
}

/// The confirmation's question.
pub fn question(action: SessionAction) -> &'static str {
    match action {
        SessionAction::Cancel => "Cancel the action on this session?",
        SessionAction::Hold => "Put this session on hold?",
        SessionAction::Close => "Close this session?",
        SessionAction::Transfer => "Transfer this session?",
        SessionAction::Start => "Start this session?",
    }
}

/// What Confirm will do, in one sentence.
pub fn explanation(action: SessionAction) -> &'static str {
    match action {
        SessionAction::Cancel => "Rescue will drop the action you requested on this session (hold, close, transfer or start) before the technician's console carries it out.",
        SessionAction::Hold => "The technician's console will put the session on hold. Until it does, Cancel action takes the request back.",
        SessionAction::Close => "The technician's console will end the session for the customer. Until it does, Cancel action takes the request back.",
        SessionAction::Transfer => "The session moves to the technician or channel you pick, with your comment. Until the console carries it out, Cancel action takes it back.",
        SessionAction::Start => "The technician you pick will pick up this waiting session. Until their console does, Cancel action takes the request back.",
    }
}

/// The Confirm button's text while the call runs.
pub fn busy(action: SessionAction) -> &'static str {
    match action {
        SessionAction::Cancel => "Cancelling…",
        SessionAction::Hold => "Holding…",
        SessionAction::Close => "Closing…",
        SessionAction::Transfer => "Transferring…",
        SessionAction::Start => "Starting…",
    }
}

/// The pending marker's text: "Cancel requested at 14:03:27 UTC, pending".
pub fn pending(action: SessionAction, requested_text: &str, uncertain: bool) -> String {
    let requested = match action {
        SessionAction::Cancel => "Cancel requested",
        SessionAction::Hold => "Hold requested",
        SessionAction::Close => "Close requested",
        SessionAction::Transfer => "Transfer requested",
        SessionAction::Start => "Start requested",
    };
    if uncertain {
        // The server stopped during the call (or it is still running): it may or may not be.
        return format!(
            "{requested} at {requested_text}, outcome unknown: check the session in Rescue"
        );
    }
    format!("{requested} at {requested_text}, pending")
}

/// What a history row adds to an outcome nobody knows yet, or ever will.
pub fn outcome_note(outcome: &Outcome) -> Option<&'static str> {
    match outcome {
        Outcome::Attempted => Some("Sent to Rescue; its answer has not arrived yet."),
        Outcome::Unknown => Some(
            "Outcome unknown: the server stopped during the call. Check the session in Rescue.",
        ),
        _ => None,
    }
}

/// An action refused because the instances' shared store is out of reach.
pub const SHARED_STORE_UNAVAILABLE: &str = "The dashboard's shared store cannot be reached right now, so nothing was sent to Rescue. Try again in a moment, or tell your administrator.";

/// A report not fetched because the instances' shared store is out of reach.
pub const SHARED_STORE_UNAVAILABLE_READ: &str = "The dashboard's shared store cannot be reached right now, so no report was asked of Rescue. Try again in a moment, or tell your administrator.";

/// A page or action refused because the session store cannot be read.
pub const SESSION_STORE_DOWN: &str = "The dashboard cannot read its sign-ins right now (its session store is out of reach), so nothing was changed. Try again in a moment, or tell your administrator.";

/// A sign-in refused because the instances' shared store is out of reach.
pub const SHARED_STORE_UNAVAILABLE_SIGN_IN: &str = "The dashboard's shared store cannot be reached right now, so nobody can sign in. Try again in a moment, or tell your administrator.";

/// An action refused because its audit record could not be written first.
pub const AUDIT_UNAVAILABLE: &str = "The audit log cannot be written right now, so nothing was sent to Rescue: every action is recorded before it is made. Try again in a moment, or tell your administrator.";

/// "Updated 20 s ago · refreshes every 15 s", as the sessions page's clock goes.
pub fn updated(
    elapsed: u64,
    running: bool,
    unanswered: bool,
    refresh_secs: u32,
    paused: bool,
) -> String {
    let age = match elapsed {
        _ if running => "Refreshing…".to_owned(),
        secs if unanswered => format!(
            "Could not refresh: the dashboard did not answer. Showing the list of {} ago",
            duration(secs, Precision::Seconds)
        ),
        0..=4 => "Updated just now".to_owned(),
        secs => format!("Updated {} ago", duration(secs, Precision::Seconds)),
    };
    match (refresh_secs, paused) {
        (0, _) => age,
        (_, true) => format!("{age} · auto-refresh paused while you confirm"),
        (secs, false) => format!("{age} · refreshes every {secs} s"),
    }
}

/// What a session action's answer means for the admin who asked. `technician` names the row's
/// technician ("the technician" when the session waits in a queue). A code the method does not
/// document gets the "does not know" sentence even when another method knows it.
pub fn action(action: SessionAction, outcome: &Outcome, session: u32, technician: &str) -> String {
    use SessionAction::*;
    let tech = if technician.is_empty() {
        "the technician"
    } else {
        technician
    };
    // The slug doubles as the noun: "the hold on session …".
    let noun = action.slug();
    match (outcome, action) {
        (Outcome::Failed(failure), _) => action_failure(action, *failure, session),
        (Outcome::Attempted, _) => format!("The {noun} on session {session} was sent to Rescue, whose answer has not arrived yet. Check the session's status in a moment before trying again."),
        (Outcome::Unknown, _) => format!("Outcome unknown: the dashboard's server stopped during the {noun} on session {session}, so nobody knows whether Rescue carried it out. Check the session in Rescue before trying again."),
        (Outcome::Answered(rescue::ActionOutcome::Ok), Cancel) => format!("Cancelled: the action you requested on session {session} will not be carried out, and the session is back as it was."),
        (Outcome::Answered(rescue::ActionOutcome::Ok), Hold) => format!("Hold requested: {tech}'s console will put session {session} on hold shortly. Until then, Cancel action takes it back."),
        (Outcome::Answered(rescue::ActionOutcome::Ok), Close) => format!("Close requested: {tech}'s console will end session {session} shortly. Until then, Cancel action takes it back."),
        (Outcome::Answered(rescue::ActionOutcome::Ok), Transfer) => format!("Transfer requested: session {session} will move with your comment once the console carries it out. Until then, Cancel action takes it back."),
        (Outcome::Answered(rescue::ActionOutcome::Ok), Start) => format!("Start requested: the technician you picked will pick up session {session} shortly. Until then, Cancel action takes it back."),
        (Outcome::Answered(rescue::ActionOutcome::Error), _) => format!("Rescue reported an error and did not confirm the {noun} on session {session}. Check the session's status before trying again."),
        (Outcome::Answered(rescue::ActionOutcome::NotLoggedInAsAdmin), Cancel) => "Your Rescue account is not an administrator, so it cannot cancel actions. Ask a Rescue administrator to do it, or sign in with an administrator account.".into(),
        (Outcome::Answered(rescue::ActionOutcome::NotLoggedInAsAdmin), _) => format!("Your Rescue account is not an administrator, so Rescue refused the {noun}. Ask a Rescue administrator to do it, or sign in with an administrator account."),
        (Outcome::Answered(rescue::ActionOutcome::ActionFailed), Cancel) => format!("Rescue could not cancel on session {session}: {tech} is offline or their Technician Console is not running, or no action of yours is pending there."),
        (Outcome::Answered(rescue::ActionOutcome::ActionFailed), Hold) => format!("Rescue could not put session {session} on hold: it may already be on hold or have another action pending, or {tech}'s Technician Console is not running."),
        (Outcome::Answered(rescue::ActionOutcome::ActionFailed), Close) => format!("Rescue could not close session {session}: {tech} is offline or their Technician Console is not running, or another action is pending on it."),
        (Outcome::Answered(rescue::ActionOutcome::ActionFailed), Transfer) => format!("Rescue could not transfer session {session}: {tech} is offline or their Technician Console is not running, or another action is pending on it."),
        (Outcome::Answered(rescue::ActionOutcome::ActionFailed), Start) => format!("Rescue could not start session {session}: the technician you picked is offline or their Technician Console is not running, or the session is no longer waiting."),
        (Outcome::Answered(rescue::ActionOutcome::InvalidSession), _) => format!("Rescue does not know session {session}: it may have ended and been removed. Refresh the list."),
        (Outcome::Answered(rescue::ActionOutcome::InvalidNode), Transfer) => "Rescue refused the transfer target: that technician or channel does not exist in your account (or is of the other kind). Pick another.".into(),
        (Outcome::Answered(rescue::ActionOutcome::InvalidNode), _) => "Rescue does not know the technician you picked, so the session was not started. Pick another.".into(),
        (Outcome::Answered(rescue::ActionOutcome::InvalidSecretAuthCode), _) => "Rescue no longer accepts your API token or authcode (a newer one may have replaced it). Sign out and sign in again.".into(),
        (Outcome::Answered(rescue::ActionOutcome::UserDeletedOrDisabled), _) => format!("Your Rescue user has been deleted or disabled, so Rescue refused the {noun}. Ask your Rescue administrator."),
        (Outcome::Answered(rescue::ActionOutcome::Undocumented(code)), _) => format!("Rescue answered {code}, a reason this dashboard does not know. The {noun} on session {session} may not have been made: check its status."),
    }
}

/// A session action that got no usable answer. Unlike a failed read, the action may have
/// happened, so the admin is told to look before trying again.
fn action_failure(action: SessionAction, failure: Failure, session: u32) -> String {
    let noun = action.slug();
    let nothing = match action {
        SessionAction::Cancel => "nothing was cancelled",
        _ => "nothing was sent",
    };
    match failure {
        Failure::Timeout => format!("Rescue did not answer in time. The {noun} on session {session} may or may not have happened: check the session before trying again."),
        Failure::Unreachable => format!("Rescue cannot be reached from this server right now, so {nothing}. Try again later."),
        Failure::RateLimited => format!("Rescue is asking for fewer requests right now (HTTP 429), so {nothing}. Wait a minute, then try again."),
        Failure::Redirected(status) => format!("Rescue answered with a redirect (HTTP {status}), which this dashboard never follows, so {nothing}. Tell your administrator: the Rescue address it is set up with may be wrong."),
        Failure::HttpStatus(status) => format!("Rescue is having trouble (HTTP {status}). The {noun} on session {session} was probably not made: check the session, then try again."),
        Failure::ConnectionBroken => format!("The connection to Rescue broke during the {noun}. It may or may not have happened on session {session}: check before trying again."),
        Failure::TooLarge => format!("Rescue's reply was too large to read, so the dashboard does not know whether the {noun} on session {session} happened: check the session."),
        _ => format!("Rescue's answer could not be understood. The {noun} on session {session} may or may not have happened: check the session."),
    }
}

/// An earlier press of the same button whose request went away mid-call.
pub const INTERRUPTED: &str = "An earlier click on this button was interrupted; Rescue may or may not have received it. Check the session's status before trying again.";

/// Why Rescue could not be asked at all (a read: nothing was changed).
#[cfg(feature = "ssr")]
pub fn transport(err: &Error) -> String {
    match err {
        Error::Timeout => "Rescue did not answer in time. Nothing was changed; try again in a moment.".into(),
        Error::Connect(_) => "Rescue cannot be reached from this server right now. Try again later.".into(),
        Error::RateLimited => "Rescue is asking for fewer requests right now. Wait a minute, then try again.".into(),
        Error::Redirected(status) => format!("Rescue answered with a redirect (HTTP {status}), which this dashboard never follows, so nothing was sent on. Tell your administrator: the Rescue address it is set up with may be wrong."),
        Error::HttpStatus(status) if *status >= 500 => format!("Rescue is having trouble (HTTP {status}). Try again later."),
        Error::NoSessionCookie => "Rescue accepted the sign-in but did not start a session. Try again.".into(),
        Error::ReplyTooLarge(_) => "Rescue's reply was too large to read, so nothing is shown. Narrow what you asked for (a technician or group instead of everyone), or tell your administrator.".into(),
        _ => "Rescue's answer could not be understood. Try again; if it keeps happening, tell your administrator.".into(),
    }
}

/// The sentence for a session list Rescue refused.
#[cfg(feature = "ssr")]
pub fn list_refused(outcome: &GetSessionsOutcome) -> String {
    match outcome {
        GetSessionsOutcome::Ok(_) => String::new(),
        GetSessionsOutcome::InvalidNode => {
            "Rescue does not know this technician, group or channel.".into()
        }
        GetSessionsOutcome::UserDeletedOrDisabled => {
            "Your Rescue user has been deleted or disabled.".into()
        }
        GetSessionsOutcome::InvalidSecretAuthCode => {
            "Rescue no longer accepts your API token or authcode.".into()
        }
        GetSessionsOutcome::NotLoggedIn => "Your Rescue sign-in has expired.".into(),
        GetSessionsOutcome::Error => {
            "Rescue reported an error while listing sessions. Try again.".into()
        }
        GetSessionsOutcome::Undocumented(code) => {
            format!("Rescue refused the list with a reason this dashboard does not know ({code}).")
        }
    }
}

/// What is wrong with an address.
pub fn address(error: &AddressError) -> String {
    match error {
        AddressError::BadId { field, why } => {
            format!("The {field} in the address is not valid: {why}.")
        }
        AddressError::BadNoderef => "noderef must be NODE or CHANNEL.".into(),
        AddressError::BadDay { name, value } => {
            format!("{name} must be a date like 2026-11-28, not \u{201c}{value}\u{201d}.")
        }
        AddressError::Backwards { from, to } => {
            format!("The date range is backwards: {from} is after {to}.")
        }
    }
}

/// One report a minute per Rescue login: when the next can be fetched.
pub fn report_wait(secs: u64, copy_fetched_at: Option<&str>) -> String {
    match copy_fetched_at {
        Some(at) => format!("Rescue allows one report a minute per sign-in; this is the copy fetched at {at}. A fresh one can be fetched in {secs} s."),
        None => format!("Rescue allows one report a minute per sign-in. This report can be fetched in {secs} s."),
    }
}

/// Rescue refused one of a report's settings.
#[cfg(feature = "ssr")]
pub fn report_settings_refused(outcome: &rescue::SetReportOutcome) -> String {
    use rescue::SetReportOutcome as S;
    match outcome {
        S::InvalidFormat => "Rescue could not read the report's dates (INVALIDFORMAT). Pick the days again from the calendar.".into(),
        S::InvalidDateRange => "Rescue refused the report's date range (INVALIDDATERANGE): the first day must not be after the last. Pick the days again.".into(),
        S::UserDeletedOrDisabled => "Rescue refused the report settings: your Rescue user has been deleted or disabled (USER_DELETED_OR_DISABLED).".into(),
        other => format!("Rescue refused the report settings ({}). Try again in a moment.", other.code()),
    }
}

/// Rescue could not make a report.
#[cfg(feature = "ssr")]
pub fn report_refused(outcome: &rescue::GetReportOutcome) -> String {
    format!(
        "Rescue could not make the report ({}). Try again in a minute.",
        outcome.code()
    )
}

/// Rescue refuses reports to an API-token sign-in.
pub const REPORTS_NEED_PASSWORD: &str = "Rescue does not make reports for an API token or authcode on this account. Sign out and sign in with your e-mail and password to see reports.";

/// The node of a report is not Rescue's.
pub const REPORT_UNKNOWN_NODE: &str = "Rescue does not know this node; pick another from the list.";
/// The hierarchy for a transfer's or start's targets did not come.
pub const NO_TARGETS: &str = "Rescue did not list its technicians and channels, so there is nothing to pick. Try again in a moment.";
/// The Rescue login expired while the admin was away.
pub const LOGIN_EXPIRED: &str =
    "Your Rescue sign-in expired after 20 idle minutes. Sign in again to continue where you were.";
/// The session store failed.
pub const SESSION_NOT_SAVED: &str = "the dashboard session could not be saved; try again";
/// A form whose fields the server function could not read.
pub const FORM_INVALID: &str =
    "The form sent is incomplete or not valid. Reload the page and try again.";
/// The history's page link was edited.
pub const PAGE_LINK_INVALID: &str = "The page link is not valid; start from the newest.";
/// The audit log could not be read for the history.
pub const HISTORY_UNREADABLE: &str =
    "The history could not be read right now. Try again in a moment.";
/// The Rescue account lists nothing to show.
pub const NOTHING_TO_LIST: &str = "Your Rescue account has no technicians or channels to list.";
/// The reports page before a report is asked for.
pub const REPORT_FORM_HINT: &str = "Choose the whole account, a technician, group or channel and the days, then Show report. Rescue makes one report a minute per sign-in.";
/// An export of a report not fetched yet.
pub const REPORT_NOT_FETCHED: &str =
    "This report has not been fetched yet: open it on the reports page first.";
/// Something inside the dashboard failed (the cause is in the server log).
pub const INTERNAL: &str = "The dashboard could not handle this request. Try again in a moment.";

#[cfg(test)]
mod tests {
    use super::*;

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
