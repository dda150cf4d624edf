//! The words of the actions other admins take on listed sessions (see `crate::news`).

use crate::news::News;
use crate::say;
use crate::shared::outcome::Outcome;

/// A live stream asked for without a sign-in (or after it ended).
pub fn stream_signed_out() -> String {
    say!("stream-signed-out")
}

/// A live stream asked for without naming its list.
pub fn stream_no_list() -> String {
    say!("stream-no-list")
}

/// The list's age while the live stream brings changes: "Updated 20 s ago · live".
pub fn live_updates(age: &str) -> String {
    say!("live-updates", age = age)
}

/// A row's mark of an action: "Cancel action by lead@example.com — done 14:03:27 UTC".
pub fn news_mark(news: &News) -> String {
    let how = match &news.outcome {
        Outcome::Attempted => "requested",
        Outcome::Unknown => "unknown",
        done if done.accepted() => "done",
        // The code itself is in the history: the mark stays short (and the browser's bundle
        // without the codes' writer).
        Outcome::Answered(_) => "refused",
        Outcome::Failed(_) => "no-answer",
    };
    say!(
        "news-mark",
        action = news.action.slug(),
        by = news.by.as_str(),
        how = how,
        at = time_of_day(news.at).as_str()
    )
}

/// "14:03:27 UTC" of a time in seconds since 1970 (the browser has no calendar library: a
/// time of day is all a mark needs).
pub fn time_of_day(at: i64) -> String {
    let secs = at.rem_euclid(86_400);
    let time = format!(
        "{:02}:{:02}:{:02}",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    );
    say!("utc-time", time = time.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::action::SessionAction;

    #[test]
    fn a_mark_says_who_did_what_and_how_it_ended() {
        let mut news = News {
            session: 7,
            action: SessionAction::Cancel,
            by: "lead@demo.example".into(),
            outcome: Outcome::Attempted,
            at: 1_700_000_607,
        };
        assert_eq!(
            news_mark(&news),
            "Cancel action by lead@demo.example — requested 22:23:27 UTC"
        );
        news.outcome = Outcome::Answered(rescue::ActionOutcome::Ok);
        assert!(news_mark(&news).ends_with("— done 22:23:27 UTC"));
        news.outcome = Outcome::Answered(rescue::ActionOutcome::named("INVALID_SECRETAUTHCODE"));
        assert!(news_mark(&news).contains("— refused by Rescue 22:23:27 UTC"));
        assert_eq!(time_of_day(-1), "23:59:59 UTC");
    }
}
