//! History of actions: the audit log as a support lead reads it, newest first, filtered by
//! what is in the address (so a view can be bookmarked and shared) and paged by keyset (so a
//! page stays the same while new records arrive).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Records on one page of `/history`.
pub const PAGE_SIZE: u32 = 50;

/// The filters as they came in the address, before they are checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawFilter {
    /// First day, `YYYY-MM-DD` (UTC).
    pub from: Option<String>,
    /// Last day, `YYYY-MM-DD` (UTC), included.
    pub to: Option<String>,
    /// Part of the admin's e-mail.
    pub admin: Option<String>,
    /// Rescue method, exactly (`cancelAction`).
    pub action: Option<String>,
    /// Outcome code, exactly (`OK`, `ACTIONFAILED`, `TIMEOUT`, …).
    pub outcome: Option<String>,
    /// Session ID, exactly.
    pub session: Option<String>,
    /// Part of the technician's name.
    pub technician: Option<String>,
}

/// Checked filters: every field is either absent or usable as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filter {
    /// First day (UTC), `YYYY-MM-DD`.
    pub from: Option<String>,
    /// Last day (UTC), `YYYY-MM-DD`, included.
    pub to: Option<String>,
    /// Part of the admin's e-mail, matched without regard to case.
    pub admin: Option<String>,
    /// Rescue method.
    pub action: Option<String>,
    /// Outcome code.
    pub outcome: Option<String>,
    /// Session ID.
    pub session: Option<u32>,
    /// Part of the technician's name, matched without regard to case.
    pub technician: Option<String>,
}

/// Longest text accepted in a text filter; longer is a mistake, not a search.
#[cfg(feature = "ssr")]
const MAX_TEXT: usize = 200;

#[cfg(feature = "ssr")]
impl RawFilter {
    /// Checks every field; the error says which one is wrong and how, in words.
    pub fn check(&self) -> Result<Filter, String> {
        let from = day(self.from.as_deref(), "From")?;
        let to = day(self.to.as_deref(), "To")?;
        if let (Some(from), Some(to)) = (&from, &to) {
            // ISO dates compare as text.
            if from > to {
                return Err(format!(
                    "The date range is backwards: {from} is after {to}."
                ));
            }
        }
        let session = match text(self.session.as_deref(), "Session")? {
            None => None,
            Some(s) => Some(s.parse::<u32>().map_err(|_| {
                format!("Session must be a session ID (digits only), not \u{201c}{s}\u{201d}.")
            })?),
        };
        Ok(Filter {
            from,
            to,
            admin: text(self.admin.as_deref(), "Admin")?,
            action: text(self.action.as_deref(), "Action")?,
            outcome: text(self.outcome.as_deref(), "Outcome")?.map(|o| o.to_uppercase()),
            session,
            technician: text(self.technician.as_deref(), "Technician")?,
        })
    }
}

/// An optional text filter: blank means "any".
#[cfg(feature = "ssr")]
fn text(value: Option<&str>, name: &str) -> Result<Option<String>, String> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) if v.chars().count() > MAX_TEXT || v.chars().any(char::is_control) => Err(format!(
            "{name} is too long or holds control characters (at most {MAX_TEXT} letters)."
        )),
        Some(v) => Ok(Some(v.to_owned())),
    }
}

/// An optional day, `YYYY-MM-DD`, checked against the calendar; given back as `YYYY-MM-DD`.
#[cfg(feature = "ssr")]
fn day(value: Option<&str>, name: &str) -> Result<Option<String>, String> {
    let Some(v) = text(value, name)? else {
        return Ok(None);
    };
    chrono::NaiveDate::parse_from_str(&v, "%Y-%m-%d")
        .map(|d| Some(d.format("%Y-%m-%d").to_string()))
        .map_err(|_| format!("{name} must be a date like 2026-11-28, not \u{201c}{v}\u{201d}."))
}

#[cfg(feature = "ssr")]
impl Filter {
    /// The filter as an address query (`from=…&admin=…`), blank fields left out.
    pub fn query(&self) -> String {
        let session = self.session.map(|s| s.to_string());
        let pairs = [
            ("from", self.from.as_deref()),
            ("to", self.to.as_deref()),
            ("admin", self.admin.as_deref()),
            ("action", self.action.as_deref()),
            ("outcome", self.outcome.as_deref()),
            ("session", session.as_deref()),
            ("technician", self.technician.as_deref()),
        ];
        pairs
            .into_iter()
            .filter_map(|(k, v)| {
                let v: String = url::form_urlencoded::byte_serialize(v?.as_bytes()).collect();
                Some(format!("{k}={v}"))
            })
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The first instant the filter admits, as stored (RFC 3339, UTC, milliseconds).
    pub fn from_instant(&self) -> Option<String> {
        self.from.as_ref().map(|d| format!("{d}T00:00:00.000Z"))
    }

    /// The last instant the filter admits: the end of the `to` day. `at` is stored as
    /// RFC 3339 text with milliseconds, which sorts as time does.
    pub fn to_instant(&self) -> Option<String> {
        self.to.as_ref().map(|d| format!("{d}T23:59:59.999Z"))
    }
}

/// One attempted action, as the history shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Position in the log: newer records have larger IDs (the keyset of the pages).
    pub id: i64,
    /// When, RFC 3339 in UTC.
    pub at: String,
    /// The admin's Rescue e-mail.
    pub admin: String,
    /// Rescue method.
    pub action: String,
    /// Session ID.
    pub session: u32,
    /// Technician of the row acted on.
    pub technician: String,
    /// Rescue's result code or the transport failure.
    pub outcome: String,
    /// How long Rescue took.
    pub latency_ms: u64,
}

impl Entry {
    /// The time as a lead reads it: `2026-11-28 09:31:02 UTC`.
    pub fn when(&self) -> String {
        let t = self.at.replace('T', " ");
        let t = t.split('.').next().unwrap_or(&t).trim_end_matches('Z');
        format!("{t} UTC")
    }
}

/// What the filter drop-downs offer: the values the log holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choices {
    /// Actions recorded.
    pub actions: Vec<String>,
    /// Outcome codes recorded.
    pub outcomes: Vec<String>,
}

/// How many records of one key (a day, an admin, a technician) had one outcome.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    /// The day (`YYYY-MM-DD`), admin or technician.
    pub key: String,
    /// Outcome code.
    pub outcome: String,
    /// Records.
    pub count: u64,
}

/// The filtered records counted for the charts (all of them, not just one page).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Per UTC day and outcome.
    pub by_day: Vec<Tally>,
    /// Per admin and outcome.
    pub by_admin: Vec<Tally>,
    /// Per technician and outcome.
    pub by_technician: Vec<Tally>,
}

/// One page of history.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryView {
    /// The signed-in admin.
    pub email: String,
    /// The filter as an address query, for the page and export links.
    pub query: String,
    /// The raw filter, echoed back when it was refused, so nothing typed is lost.
    pub raw: RawFilter,
    /// Newest first.
    pub entries: Vec<Entry>,
    /// The `before` of the next (older) page, if there is one.
    pub older: Option<i64>,
    /// Whether this is a later page (offer "Newest").
    pub paged: bool,
    /// Drop-down values.
    pub choices: Choices,
    /// Counts of the whole filtered set, for the charts.
    pub summary: Summary,
    /// Why nothing could be listed (bad filter, database failure).
    pub problem: Option<String>,
    /// No usable login: the browser is being sent to sign in.
    pub sign_in_needed: bool,
}

/// Loads a page of history: filters and `before` (the keyset) as they came in the address.
#[server]
pub async fn load_history(
    /// Filters from the address. Defaulted: with every filter blank the client sends no
    /// `filter` field at all.
    #[server(default)]
    filter: RawFilter,
    /// Show records older than this ID (the next-page link's value).
    before: Option<String>,
) -> Result<HistoryView, ServerFnError> {
    use crate::auth::server::{backend, require_login, session};

    let checked = filter.check();
    let here = match &checked {
        Ok(f) if !f.query().is_empty() => format!("/history?{}", f.query()),
        _ => "/history".to_owned(),
    };
    let backend = backend()?;
    let store = session().await?;
    let Some(login) = require_login(&store, &backend, &here).await else {
        return Ok(HistoryView {
            sign_in_needed: true,
            ..Default::default()
        });
    };
    let mut view = HistoryView {
        email: login.email,
        raw: filter,
        ..Default::default()
    };
    let before = match before.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(b) => match b.parse::<i64>() {
            Ok(b) if b > 0 => Some(b),
            _ => {
                crate::sessions::set_bad_request();
                view.problem = Some("The page link is not valid; start from the newest.".into());
                return Ok(view);
            }
        },
    };
    view.paged = before.is_some();
    // Only the server needs the checked filter; the form echoes `raw`, what was typed.
    let filter = match checked {
        Ok(f) => {
            view.query = f.query();
            f
        }
        Err(message) => {
            crate::sessions::set_bad_request();
            view.problem = Some(message);
            return Ok(view);
        }
    };
    match backend.audit.choices().await {
        Ok(choices) => view.choices = choices,
        Err(err) => tracing::error!("history choices: {err}"),
    }
    match backend.audit.summary(&filter).await {
        Ok(summary) => view.summary = summary,
        Err(err) => tracing::error!("history summary: {err}"),
    }
    // One more than a page tells whether an older page exists.
    match backend.audit.page(&filter, before, PAGE_SIZE + 1).await {
        Ok(mut entries) => {
            if entries.len() > PAGE_SIZE as usize {
                entries.truncate(PAGE_SIZE as usize);
                view.older = entries.last().map(|e| e.id);
            }
            view.entries = entries;
        }
        Err(err) => {
            tracing::error!("history page: {err}");
            view.problem =
                Some("The history could not be read right now. Try again in a moment.".into());
        }
    }
    Ok(view)
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    fn raw(pairs: &[(&str, &str)]) -> RawFilter {
        let mut r = RawFilter::default();
        for (k, v) in pairs {
            let v = Some((*v).to_owned());
            match *k {
                "from" => r.from = v,
                "to" => r.to = v,
                "admin" => r.admin = v,
                "action" => r.action = v,
                "outcome" => r.outcome = v,
                "session" => r.session = v,
                "technician" => r.technician = v,
                _ => unreachable!(),
            }
        }
        r
    }

    #[test]
    fn blank_fields_mean_any() {
        let f = raw(&[("admin", "  "), ("session", "")]).check().unwrap();
        assert_eq!(f, Filter::default());
        assert_eq!(f.query(), "");
    }

    #[test]
    fn good_filters_round_trip_through_the_address() {
        let f = raw(&[
            ("from", "2024-02-29"),
            ("to", "2024-03-01"),
            ("admin", "lead@example.com"),
            ("outcome", "actionfailed"),
            ("session", " 1073200001 "),
            ("technician", "Tina & Tom"),
        ])
        .check()
        .unwrap();
        assert_eq!(f.outcome.as_deref(), Some("ACTIONFAILED"));
        assert_eq!(f.session, Some(1_073_200_001));
        assert_eq!(
            f.query(),
            "from=2024-02-29&to=2024-03-01&admin=lead%40example.com&outcome=ACTIONFAILED&session=1073200001&technician=Tina+%26+Tom"
        );
        assert_eq!(f.from_instant().unwrap(), "2024-02-29T00:00:00.000Z");
        assert_eq!(f.to_instant().unwrap(), "2024-03-01T23:59:59.999Z");
    }

    #[test]
    fn bad_filters_say_what_is_wrong() {
        for (pairs, says) in [
            (vec![("from", "2023-02-29")], "From must be a date"),
            (vec![("to", "28.11.2026")], "To must be a date"),
            (vec![("from", "2026-13-01")], "From must be a date"),
            (
                vec![("from", "2026-11-28"), ("to", "2026-11-01")],
                "backwards",
            ),
            (vec![("session", "12ab")], "Session must be a session ID"),
            (vec![("session", "99999999999")], "Session must be"),
            (vec![("admin", "a\u{0}b")], "Admin is too long"),
        ] {
            let err = raw(&pairs).check().unwrap_err();
            assert!(err.contains(says), "{pairs:?}: {err}");
        }
    }

    #[test]
    fn times_read_in_utc() {
        let e = Entry {
            id: 1,
            at: "2026-11-28T09:31:02.123Z".into(),
            admin: String::new(),
            action: String::new(),
            session: 1,
            technician: String::new(),
            outcome: String::new(),
            latency_ms: 0,
        };
        assert_eq!(e.when(), "2026-11-28 09:31:02 UTC");
    }
}
