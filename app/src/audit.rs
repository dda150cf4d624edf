//! The audit log as the dashboard sees it: what one record holds, how the history asks for
//! records, and the trait the server's database implements. Outcomes are typed here, at the
//! edge: the database column and the CSV are the only places that hold them as text.

use serde::{Deserialize, Serialize};

use crate::shared::outcome::Outcome;
#[cfg(feature = "ssr")]
use crate::shared::{action::SessionAction, address::Day};

/// One attempted session action, as the audit log keeps it.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRecord {
    /// When it was attempted (UTC).
    pub at: chrono::DateTime<chrono::Utc>,
    /// The administrator's Rescue e-mail.
    pub admin_email: String,
    /// The action.
    pub action: SessionAction,
    /// The session acted on.
    pub session_id: u32,
    /// The technician of the row acted on, as Rescue listed it for the action.
    pub technician: String,
    /// The session's status as Rescue listed it for the action.
    pub status: String,
    /// The channel the session came in through, as Rescue listed it (empty: none).
    pub channel: String,
    /// Rescue's answer, or why there was none.
    pub outcome: Outcome,
    /// How long Rescue took to answer (or to fail).
    pub latency_ms: u64,
}

/// What the audit records of the row an action is made on: Rescue's list as read for the
/// action, never the form.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowFacts {
    /// The row's technician (empty: waiting in a queue).
    pub technician: String,
    /// The session's status.
    pub status: String,
    /// The channel (empty: none).
    pub channel: String,
}

#[cfg(feature = "ssr")]
impl RowFacts {
    /// The facts of a row as Rescue listed it.
    pub fn of(row: &crate::shared::row::Row) -> Self {
        RowFacts {
            technician: row.technician.clone(),
            status: row.status.clone(),
            channel: row.channel.clone(),
        }
    }
}

/// One request of the admin, as the audit log keeps it (for the pending-action markers).
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requested {
    /// When it was made.
    pub at: chrono::DateTime<chrono::Utc>,
    /// What was asked.
    pub action: SessionAction,
    /// The session.
    pub session_id: u32,
    /// Rescue's answer.
    pub outcome: Outcome,
}

/// Checked history filters: every field is either absent or usable as it is.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// First day (UTC).
    pub from: Option<Day>,
    /// Last day (UTC), included.
    pub to: Option<Day>,
    /// Part of the admin's e-mail, matched without regard to case.
    pub admin: Option<String>,
    /// Rescue method, exactly.
    pub action: Option<String>,
    /// Outcome.
    pub outcome: Option<Outcome>,
    /// Session ID.
    pub session: Option<u32>,
    /// Part of the technician's name, matched without regard to case.
    pub technician: Option<String>,
    /// Where delivery to `AUDIT_WEBHOOK_URL` stands.
    pub delivery: Option<Delivery>,
}

/// Where a record's delivery to `AUDIT_WEBHOOK_URL` stands, as the history filters it.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// Not accepted yet; still tried.
    Waiting,
    /// Given up on after a day of failed deliveries (until an operator retries it).
    Dead,
}

#[cfg(feature = "ssr")]
impl Delivery {
    /// The filter's value in the address.
    pub fn as_str(self) -> &'static str {
        match self {
            Delivery::Waiting => "waiting",
            Delivery::Dead => "dead",
        }
    }

    /// The value of the address, if it is one.
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim().to_ascii_lowercase().as_str() {
            "waiting" => Some(Delivery::Waiting),
            "dead" => Some(Delivery::Dead),
            _ => None,
        }
    }
}

#[cfg(feature = "ssr")]
impl Filter {
    /// The first instant the filter admits, as stored (RFC 3339, UTC, milliseconds).
    pub fn from_instant(&self) -> Option<String> {
        self.from.map(|d| format!("{d}T00:00:00.000Z"))
    }

    /// The last instant the filter admits: the end of the `to` day. `at` is stored as
    /// RFC 3339 text with milliseconds, which sorts as time does.
    pub fn to_instant(&self) -> Option<String> {
        self.to.map(|d| format!("{d}T23:59:59.999Z"))
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
    /// The session's status when the action was asked for.
    pub status: String,
    /// The channel of the session (empty: none).
    pub channel: String,
    /// Rescue's answer, or why there was none.
    pub outcome: Outcome,
    /// How long Rescue took.
    pub latency_ms: u64,
}

impl Entry {
    /// The time as a lead reads it: `2026-11-28 09:31:02 UTC`.
    pub fn when(&self) -> String {
        crate::words::utc_time(&self.at)
    }
}

/// What the filter drop-downs offer: the values the log holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choices {
    /// Actions recorded.
    pub actions: Vec<String>,
    /// Outcomes recorded.
    pub outcomes: Vec<Outcome>,
    /// Whether the log is delivered to a webhook (the delivery filter means something).
    #[serde(default)]
    pub delivers: bool,
}

/// How many records of one key (a day, an admin, a technician) had one outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    /// The day (`YYYY-MM-DD`), admin or technician.
    pub key: String,
    /// The outcome.
    pub outcome: Outcome,
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

/// One Post-to-URL post Rescue sent for a session, as kept.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceivedPost {
    /// When it arrived, RFC 3339 in UTC.
    pub at: String,
    /// `form` or `xml`.
    pub format: String,
    /// Every field as sent (names lower-cased), in their order.
    pub fields: Vec<(String, String)>,
}

impl ReceivedPost {
    /// A field's value, by its lower-case name (empty values count as absent).
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, v)| n == name && !v.trim().is_empty())
            .map(|(_, v)| v.as_str())
    }
}

/// A session record deleted on an admin's request (a data-subject request).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deletion {
    /// When, RFC 3339 in UTC.
    pub at: String,
    /// Who deleted it.
    pub admin: String,
    /// How many posts went.
    pub posts: u64,
}

/// What is kept of one session: Rescue's posts, oldest first, and any deletion of them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRecord {
    /// Every post kept, in arrival order.
    pub posts: Vec<ReceivedPost>,
    /// Deletions of the session's record, oldest first.
    pub deletions: Vec<Deletion>,
}

/// One session on the `/outcomes` list: what its posts say, latest value first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeLine {
    /// Rescue's session ID.
    pub session: i64,
    /// Its newest post's ID (the keyset of the list's pages).
    pub last_id: i64,
    /// When its newest post arrived, RFC 3339 in UTC.
    pub last_at: String,
    /// How many posts it has.
    pub posts: u64,
    /// The technician's name (or ID).
    pub technician: String,
    /// The customer's Name field.
    pub customer: String,
    /// Seconds it waited, as Rescue posted.
    pub waiting: Option<u64>,
    /// Seconds to pickup, as Rescue posted.
    pub pickup: Option<u64>,
    /// Seconds worked on it, as Rescue posted.
    pub work: Option<u64>,
}

/// One session of `/outcomes` or its export as the database gives it: its posts' latest
/// values, and when the first and the last arrived.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutcomeRow {
    /// Rescue's session ID.
    pub session: i64,
    /// Its newest post's ID (the keyset of pages and of the export's batches).
    pub last_id: i64,
    /// When its first post arrived (milliseconds since 1970).
    pub first_ms: i64,
    /// When its newest post arrived.
    pub last_ms: i64,
    /// How many posts it has.
    pub posts: u64,
    /// Each field's latest non-empty value over the posts (names lower-cased), the chat left
    /// out: a post's `ChatLog` is only the chat since the previous one.
    pub latest: Vec<(String, String)>,
}

#[cfg(feature = "ssr")]
impl OutcomeRow {
    /// A field's latest value.
    pub fn field(&self, name: &str) -> Option<&str> {
        self.latest
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// A field's latest value as whole seconds.
    pub fn seconds(&self, name: &str) -> Option<u64> {
        self.field(name).and_then(|v| v.trim().parse().ok())
    }

    /// The session as the list shows it.
    pub fn line(&self) -> OutcomeLine {
        let text = |name: &str| self.field(name).unwrap_or_default().to_owned();
        OutcomeLine {
            session: self.session,
            last_id: self.last_id,
            last_at: utc_rfc3339(self.last_ms),
            posts: self.posts,
            technician: self
                .field("techname")
                .or_else(|| self.field("techid"))
                .unwrap_or_default()
                .to_owned(),
            customer: text("cfield0"),
            waiting: self.seconds("waitingtime"),
            pickup: self.seconds("pickuptime"),
            work: self.seconds("worktime"),
        }
    }
}

/// Milliseconds since 1970 as RFC 3339 in UTC, to the second.
#[cfg(feature = "ssr")]
pub fn utc_rfc3339(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// What the `/outcomes` summary and charts need of one session, read from the numbers kept
/// beside its posts (so 100,000 sessions are read without their fields).
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SessionFacts {
    /// When its first post arrived (milliseconds since 1970).
    pub first_ms: i64,
    /// The technician's name (or ID); empty when no post named one.
    pub technician: String,
    /// Seconds it waited.
    pub waiting: Option<u64>,
    /// Seconds to pickup.
    pub pickup: Option<u64>,
    /// Seconds worked.
    pub work: Option<u64>,
}

/// Checked filters of the `/outcomes` list: each absent or usable as it is.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutcomeFilter {
    /// First day (UTC).
    pub from: Option<crate::shared::address::Day>,
    /// Last day (UTC), included.
    pub to: Option<crate::shared::address::Day>,
    /// Part of the technician's name.
    pub technician: Option<String>,
    /// Part of what the posts say of the customer (lower-cased).
    pub text: Option<String>,
}

#[cfg(feature = "ssr")]
impl OutcomeFilter {
    /// The first millisecond (since 1970) the filter admits, if bounded.
    pub fn from_ms(&self) -> Option<i64> {
        self.from.map(|d| {
            d.0.and_hms_opt(0, 0, 0)
                .unwrap_or_default()
                .and_utc()
                .timestamp_millis()
        })
    }

    /// The first millisecond past the filter's last day, if bounded.
    pub fn to_ms(&self) -> Option<i64> {
        self.to.and_then(|d| {
            let next = d.0.checked_add_days(chrono::Days::new(1))?;
            Some(next.and_hms_opt(0, 0, 0)?.and_utc().timestamp_millis())
        })
    }
}

/// A pending audit log operation; its error is a description for the server log.
#[cfg(feature = "ssr")]
pub type AuditFuture<'a, T = ()> =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<T, String>> + Send + 'a>>;

/// Where attempted actions are recorded and read back. Implemented by the server's audit log.
#[cfg(feature = "ssr")]
pub trait AuditTrail: Send + Sync + std::fmt::Debug {
    /// Writes `record` before its Rescue call is made (its outcome [`Outcome::Attempted`]):
    /// the record's id, for [`AuditTrail::finish`].
    fn begin(&self, record: AuditRecord) -> AuditFuture<'_, i64>;
    /// Writes Rescue's answer (or why none came) and the call's latency into record `id`.
    fn finish(&self, id: i64, outcome: Outcome, latency_ms: u64) -> AuditFuture<'_>;
    /// Up to `limit` records matching `filter`, newest first, all older than the record
    /// `before` when given (the keyset of history pages).
    fn page<'a>(
        &'a self,
        filter: &'a Filter,
        before: Option<i64>,
        limit: u32,
    ) -> AuditFuture<'a, Vec<Entry>>;
    /// Counts per outcome of the records matching `filter`, for the history charts.
    fn summary<'a>(&'a self, filter: &'a Filter) -> AuditFuture<'a, Summary>;
    /// The actions and outcomes the log holds, for the history filters.
    fn choices(&self) -> AuditFuture<'_, Choices>;
    /// What `admin` asked since `since`, oldest first (for the pending-action markers).
    fn requests_of<'a>(
        &'a self,
        admin: &'a str,
        since: chrono::DateTime<chrono::Utc>,
    ) -> AuditFuture<'a, Vec<Requested>>;
    /// What Rescue's Post to URL sent for `session`, and any deletion of it.
    fn session_record(&self, session: i64) -> AuditFuture<'_, SessionRecord>;
    /// Deletes `session`'s posts on `admin`'s request, recording who and when: how many went.
    fn forget_session<'a>(&'a self, session: i64, admin: &'a str) -> AuditFuture<'a, u64>;
    /// Which of `sessions` have posts kept (for links to their records).
    fn sessions_on_record<'a>(&'a self, sessions: &'a [i64]) -> AuditFuture<'a, Vec<i64>>;
    /// Up to `limit` sessions with posts matching `filter`, the most recently posted first,
    /// all posted before post `before` when given.
    fn outcome_rows<'a>(
        &'a self,
        filter: &'a OutcomeFilter,
        before: Option<i64>,
        limit: u32,
    ) -> AuditFuture<'a, Vec<OutcomeRow>>;
    /// Every session with posts matching `filter`, for the summary and charts.
    fn outcome_facts<'a>(&'a self, filter: &'a OutcomeFilter)
        -> AuditFuture<'a, Vec<SessionFacts>>;
}
