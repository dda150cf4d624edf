//! The audit log: each session action an administrator attempted, with its outcome. SQLite by
//! default (beside the dashboard sessions, so a restart loses no record); PostgreSQL when
//! several instances share one history.
//!
//! Records are written ahead: `ATTEMPTED` before the Rescue call, the answer after. A record
//! whose instance stopped mid-call is found by [`sweep`] and becomes `OUTCOME_UNKNOWN`.

mod db;
mod health;
mod indexed;
mod outbox;
mod outcome_list;
mod posts;
mod sweep;
mod trail;
pub mod webhook;

use std::str::FromStr;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use sqlx::postgres::PgPoolOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};
use sqlx::QueryBuilder;

use db::{on_db, push_filter, Db};
use outbox::written;

/// Why the audit log could not be opened, written or read.
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    /// `DATABASE_URL` is not a database URL this build can open (named with its password masked).
    #[error("DATABASE_URL `{0}` is neither a sqlite:// nor a postgres:// URL")]
    Url(String),
    /// The database failed.
    #[error("audit log database: {0}")]
    Database(#[from] sqlx::Error),
    /// The schema could not be brought up to date.
    #[error("audit log schema: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// `AUDIT_WEBHOOK_URL` cannot be delivered to.
    #[error("{0}")]
    Webhook(String),
}

/// One attempted action (defined by the app, whose server functions write it).
pub use app::audit::AuditRecord as AuditEntry;
use app::audit::{Choices, Entry, Filter, Requested, Summary, Tally};
use app::shared::action::SessionAction;
use app::shared::outcome::{Outcome, ATTEMPTED, OUTCOME_UNKNOWN};

/// Counts a successful write of `kind` (`begin`: written ahead, `finish`: the answer,
/// `record`: whole) for the operator's `audit_write_duration_seconds`.
fn timed(kind: &'static str, started: std::time::Instant) {
    metrics::histogram!("audit_write_duration_seconds", "write" => kind).record(started.elapsed());
}

/// The audit log database.
#[derive(Debug, Clone)]
pub struct AuditLog {
    db: Db,
    /// This instance's name in `owner` columns: random, new at every start.
    owner: Arc<str>,
    /// Set when `AUDIT_WEBHOOK_URL` is: finished records are queued in the outbox, and this
    /// wakes the sender.
    outbox: Option<Arc<tokio::sync::Notify>>,
}

impl AuditLog {
    /// Opens (creating if needed) the database at a `sqlite://path` or `postgres://` URL,
    /// brings its schema up to date, and starts this instance's heartbeat and sweeper.
    /// A SQLite file's directory is created too.
    pub async fn open(url: &str) -> Result<Self, AuditError> {
        Self::open_delivering(url, None).await
    }

    /// [`AuditLog::open`], every finished record also delivered to `hook` when given: queued
    /// from the start, so the records the start-up sweep finishes (a killed instance's) are
    /// delivered too.
    pub async fn open_delivering(
        url: &str,
        hook: Option<webhook::Webhook>,
    ) -> Result<Self, AuditError> {
        let mut log = Self::open_for_maintenance(url).await?;
        let sender = match hook {
            Some(hook) => Some(log.queue_for(hook)?),
            None => None,
        };
        sweep::start(&log).await?;
        if let Some(sender) = sender {
            sender.start(&log).await?;
        }
        Ok(log)
    }

    /// Opens the database and brings its schema up to date, and nothing more: no heartbeat,
    /// no sweeper, no sender. For one-off commands run beside a serving instance, which must
    /// not take that instance's running calls for a dead one's.
    pub async fn open_for_maintenance(url: &str) -> Result<Self, AuditError> {
        let db = if url.starts_with("sqlite:") {
            Db::Sqlite(open_sqlite(url).await?)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Db::Postgres(open_postgres(url).await?)
        } else {
            // sqlx would read any other text as a file name; refuse it instead of creating one.
            return Err(AuditError::Url(crate::redact::url(url)));
        };
        let log = AuditLog {
            db,
            owner: app::fleet::token().into(),
            outbox: None,
        };
        let indexed = log.index_old_posts().await?;
        if indexed > 0 {
            tracing::info!(
                posts = indexed,
                "older Post-to-URL posts indexed for /outcomes"
            );
        }
        Ok(log)
    }

    /// Whether the database was closed (the server is stopping).
    pub fn is_closed(&self) -> bool {
        self.db.is_closed()
    }

    /// The SQLite pool, shared with the SQLite session store; `None` on PostgreSQL.
    pub fn sqlite(&self) -> Option<&SqlitePool> {
        match &self.db {
            Db::Sqlite(pool) => Some(pool),
            Db::Postgres(_) => None,
        }
    }

    /// Whether the log is shared by several instances (PostgreSQL).
    pub fn is_shared(&self) -> bool {
        matches!(self.db, Db::Postgres(_))
    }

    /// Closes the database (a stopping server; tests restarting one). Its sweeper stops too.
    pub async fn close(&self) {
        self.db.close().await;
    }

    /// Writes one finished entry as it is (imports, tests).
    pub async fn record(&self, entry: &AuditEntry) -> Result<(), AuditError> {
        let started = std::time::Instant::now();
        self.insert(entry, &entry.outcome.code(), None).await?;
        timed("record", started);
        Ok(())
    }

    /// Writes `entry` as `ATTEMPTED`, owned by this instance, before its Rescue call: the id
    /// [`AuditLog::finish`] completes.
    pub async fn begin(&self, entry: &AuditEntry) -> Result<i64, AuditError> {
        let started = std::time::Instant::now();
        let id = self.insert(entry, ATTEMPTED, Some(&self.owner)).await?;
        timed("begin", started);
        Ok(id)
    }

    /// Writes the answer into record `id`. Also over `OUTCOME_UNKNOWN`: a sweeper that gave
    /// up on this instance too early (its database was out of reach) is corrected.
    pub async fn finish(
        &self,
        id: i64,
        outcome: &Outcome,
        latency_ms: u64,
    ) -> Result<(), AuditError> {
        let latency = i64::try_from(latency_ms).unwrap_or(i64::MAX);
        let started = std::time::Instant::now();
        on_db!(&self.db, pool, D => {
            let mut query = QueryBuilder::<D>::new("UPDATE audit_log SET outcome = ");
            query
                .push_bind(outcome.code())
                .push(", latency_ms = ")
                .push_bind(latency)
                .push(", owner = NULL, revision = revision + 1 WHERE id = ")
                .push_bind(id)
                .push(" AND outcome IN (")
                .push_bind(ATTEMPTED)
                .push(", ")
                .push_bind(OUTCOME_UNKNOWN)
                .push(")");
            written!(self, pool, D, query);
        });
        timed("finish", started);
        Ok(())
    }

    async fn insert(
        &self,
        entry: &AuditEntry,
        outcome: &str,
        owner: Option<&str>,
    ) -> Result<i64, AuditError> {
        let at = entry
            .at
            .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        let latency = i64::try_from(entry.latency_ms).unwrap_or(i64::MAX);
        let rows = on_db!(&self.db, pool, D => {
            let mut query = QueryBuilder::<D>::new(
                "INSERT INTO audit_log \
                 (at, admin_email, action, session_id, technician, status, channel, outcome, \
                 latency_ms, owner, revision) ",
            );
            query.push_values([()], |mut row, ()| {
                row.push_bind(at.clone())
                    .push_bind(entry.admin_email.clone())
                    .push_bind(entry.action.method())
                    .push_bind(i64::from(entry.session_id))
                    .push_bind(entry.technician.clone())
                    .push_bind(entry.status.clone())
                    .push_bind(entry.channel.clone())
                    .push_bind(outcome.to_owned())
                    .push_bind(latency)
                    .push_bind(owner.map(str::to_owned))
                    // Written ahead: no outcome yet; written whole: its first.
                    .push_bind(i64::from(outcome != ATTEMPTED));
            });
            written!(self, pool, D, query)
        });
        // An INSERT … RETURNING gives its row back or fails.
        let id = rows.first().map(|row| row.id).unwrap_or_default();
        Ok(id)
    }

    /// The newest entries first.
    pub async fn recent(&self, limit: u32) -> Result<Vec<AuditEntry>, AuditError> {
        let page = self.page(&Filter::default(), None, limit).await?;
        Ok(page.into_iter().filter_map(record_of).collect())
    }

    /// Up to `limit` entries matching `filter`, newest first, all older than entry `before`.
    /// Keyset paging on the row ID: a page stays the same while new records arrive, and a
    /// deep page costs no more than the first.
    pub async fn page(
        &self,
        filter: &Filter,
        before: Option<i64>,
        limit: u32,
    ) -> Result<Vec<Entry>, AuditError> {
        let like = self.db.like();
        let rows: Vec<Row> = on_db!(&self.db, pool, D => {
            let mut query = QueryBuilder::<D>::new(
                format!("SELECT {ROW_COLUMNS} FROM audit_log WHERE 1 = 1"),
            );
            if let Some(before) = before {
                query.push(" AND id < ").push_bind(before);
            }
            push_filter(&mut query, filter, like);
            query
                .push(" ORDER BY id DESC LIMIT ")
                .push_bind(i64::from(limit));
            query.build_query_as().fetch_all(pool).await?
        });
        Ok(rows.into_iter().map(entry_of).collect())
    }

    /// Counts of the records matching `filter` per outcome: by day, by admin, by technician.
    pub async fn summary(&self, filter: &Filter) -> Result<Summary, AuditError> {
        let like = self.db.like();
        let mut summary = Summary::default();
        for (key, into) in [
            ("substr(at, 1, 10)", &mut summary.by_day),
            ("admin_email", &mut summary.by_admin),
            ("technician", &mut summary.by_technician),
        ] {
            let rows: Vec<(String, String, i64)> = on_db!(&self.db, pool, D => {
                let mut query = QueryBuilder::<D>::new(format!(
                    "SELECT {key} AS k, outcome, COUNT(*) FROM audit_log WHERE 1 = 1"
                ));
                push_filter(&mut query, filter, like);
                query.push(" GROUP BY k, outcome ORDER BY k, outcome");
                query.build_query_as().fetch_all(pool).await?
            });
            *into = rows
                .into_iter()
                .map(|(key, outcome, count)| Tally {
                    key,
                    outcome: Outcome::from_code(&outcome),
                    count: u64::try_from(count).unwrap_or_default(),
                })
                .collect();
        }
        Ok(summary)
    }

    /// What `admin` asked since `since`, oldest first: the pending markers of the sessions
    /// page are worked out from it.
    pub async fn requests_of(
        &self,
        admin: &str,
        since: DateTime<Utc>,
    ) -> Result<Vec<Requested>, AuditError> {
        let since = since.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        let rows: Vec<(String, String, i64, String)> = on_db!(&self.db, pool, D => {
            let mut query = QueryBuilder::<D>::new(
                "SELECT at, action, session_id, outcome FROM audit_log WHERE admin_email = ",
            );
            query
                .push_bind(admin.to_owned())
                .push(" AND at >= ")
                .push_bind(since.clone())
                .push(" ORDER BY id");
            query.build_query_as().fetch_all(pool).await?
        });
        Ok(rows
            .into_iter()
            .filter_map(|(at, action, session_id, outcome)| {
                Some(Requested {
                    at: DateTime::parse_from_rfc3339(&at).ok()?.with_timezone(&Utc),
                    action: SessionAction::from_method(&action)?,
                    session_id: u32::try_from(session_id).ok()?,
                    outcome: Outcome::from_code(&outcome),
                })
            })
            .collect())
    }

    /// The actions and outcome codes the log holds.
    pub async fn choices(&self) -> Result<Choices, AuditError> {
        let (actions, outcomes): (Vec<(String,)>, Vec<(String,)>) = on_db!(&self.db, pool, D => {
            let actions = QueryBuilder::<D>::new("SELECT DISTINCT action FROM audit_log ORDER BY action")
                .build_query_as()
                .fetch_all(pool)
                .await?;
            let outcomes = QueryBuilder::<D>::new("SELECT DISTINCT outcome FROM audit_log ORDER BY outcome")
                .build_query_as()
                .fetch_all(pool)
                .await?;
            (actions, outcomes)
        });
        Ok(Choices {
            actions: actions.into_iter().map(|(a,)| a).collect(),
            outcomes: outcomes
                .into_iter()
                .map(|(o,)| Outcome::from_code(&o))
                .collect(),
            delivers: self.outbox.is_some(),
        })
    }

    /// Marks now the records whose instance is gone as of unknown outcome (the sweeper does
    /// this every few seconds): how many.
    pub async fn sweep(&self) -> Result<u64, AuditError> {
        sweep::once(self, false).await
    }
}

async fn open_sqlite(url: &str) -> Result<SqlitePool, AuditError> {
    let options = SqliteConnectOptions::from_str(url)
        .map_err(|_| AuditError::Url(crate::redact::url(url)))?
        .create_if_missing(true)
        // WAL: readers (history pages) never block the writer (cancel clicks).
        .journal_mode(SqliteJournalMode::Wal);
    // In-memory databases have no file to protect.
    if !url.contains(":memory:") && !url.contains("mode=memory") {
        crate::private::protect_database(options.get_filename())
            .map_err(|e| AuditError::Database(e.into()))?;
    }
    let pool = SqlitePoolOptions::new()
        .max_connections(4)
        .connect_with(options)
        .await?;
    sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
    Ok(pool)
}

async fn open_postgres(url: &str) -> Result<sqlx::PgPool, AuditError> {
    let pool = PgPoolOptions::new()
        .max_connections(16)
        // An unreachable database fails a request in seconds, not after the page's timeout.
        .acquire_timeout(std::time::Duration::from_secs(5))
        .connect(url)
        .await?;
    sqlx::migrate!("./migrations/postgres").run(&pool).await?;
    Ok(pool)
}

/// A row of `audit_log` as selected by [`AuditLog::page`]: [`ROW_COLUMNS`].
#[derive(Debug, Clone, sqlx::FromRow)]
struct Row {
    id: i64,
    at: String,
    admin_email: String,
    action: String,
    session_id: i64,
    technician: String,
    status: String,
    channel: String,
    outcome: String,
    latency_ms: i64,
    /// How often its outcome was written (the webhook's version of the record).
    revision: i64,
}

/// The columns of a [`Row`].
const ROW_COLUMNS: &str = "id, at, admin_email, action, session_id, technician, status, \
     channel, outcome, latency_ms, revision";

fn entry_of(row: Row) -> Entry {
    Entry {
        id: row.id,
        at: row.at,
        admin: row.admin_email,
        action: row.action,
        session: u32::try_from(row.session_id).unwrap_or_default(),
        technician: row.technician,
        status: row.status,
        channel: row.channel,
        outcome: Outcome::from_code(&row.outcome),
        latency_ms: u64::try_from(row.latency_ms).unwrap_or_default(),
    }
}

fn record_of(entry: Entry) -> Option<AuditEntry> {
    Some(AuditEntry {
        // Only this module writes the column, always as RFC 3339.
        at: DateTime::parse_from_rfc3339(&entry.at)
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default(),
        admin_email: entry.admin,
        action: SessionAction::from_method(&entry.action)?,
        session_id: entry.session,
        technician: entry.technician,
        status: entry.status,
        channel: entry.channel,
        outcome: entry.outcome,
        latency_ms: entry.latency_ms,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(n: u32) -> AuditEntry {
        AuditEntry {
            at: DateTime::from_timestamp(1_718_800_000 + i64::from(n), 123_000_000).unwrap(),
            admin_email: "admin@demo.example".into(),
            action: SessionAction::Cancel,
            session_id: 1_073_200_000 + n,
            technician: "Tina Tech".into(),
            status: "Active".into(),
            channel: String::new(),
            outcome: if n.is_multiple_of(2) {
                Outcome::Answered(rescue::ActionOutcome::Ok)
            } else {
                Outcome::Answered(rescue::ActionOutcome::ActionFailed)
            },
            latency_ms: 42 + u64::from(n),
        }
    }

    #[tokio::test]
    async fn entries_survive_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/nested/console.db", dir.path().display());
        let log = AuditLog::open(&url).await.unwrap();
        for n in 0..3 {
            log.record(&entry(n)).await.unwrap();
        }
        log.close().await;

        let reopened = AuditLog::open(&url).await.unwrap();
        let entries = reopened.recent(10).await.unwrap();
        assert_eq!(entries, vec![entry(2), entry(1), entry(0)]);
        assert_eq!(reopened.recent(1).await.unwrap(), vec![entry(2)]);
    }

    #[tokio::test]
    async fn a_refused_url_is_named_without_its_password() {
        let err = AuditLog::open("mysql://console:s3cret@db.example/console")
            .await
            .expect_err("refused");
        assert!(!err.to_string().contains("s3cret"), "{err}");
        assert!(err.to_string().contains("console:****@db.example"), "{err}");
    }

    #[tokio::test]
    async fn other_urls_are_refused() {
        assert!(matches!(
            AuditLog::open("mysql://localhost/x").await,
            Err(AuditError::Url(_))
        ));
    }
}
