//! The audit log: each session action an administrator attempted, with its outcome. Kept in
//! the same SQLite database as the dashboard sessions, so a restart loses no record.

use std::str::FromStr;

use chrono::{DateTime, Utc};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};

/// Why the audit log could not be opened, written or read.
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    /// `DATABASE_URL` is not a SQLite URL this build can open (named with its password masked).
    #[error("DATABASE_URL `{0}` is not a sqlite:// URL")]
    Url(String),
    /// The database failed.
    #[error("audit log database: {0}")]
    Database(#[from] sqlx::Error),
    /// The schema could not be brought up to date.
    #[error("audit log schema: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// One attempted action (defined by the app, whose server functions write it).
pub use app::audit::AuditRecord as AuditEntry;
use app::audit::{Choices, Entry, Filter, Requested, Summary, Tally};
use app::shared::action::SessionAction;
use app::shared::outcome::Outcome;

/// The audit log database.
#[derive(Debug, Clone)]
pub struct AuditLog {
    pool: SqlitePool,
}

impl AuditLog {
    /// Opens (creating if needed) the database at a `sqlite://path` URL and brings its schema
    /// up to date. The file's directory is created too.
    pub async fn open(url: &str) -> Result<Self, AuditError> {
        // sqlx would read any other text as a file name; refuse it instead of creating a file.
        if !url.starts_with("sqlite:") {
            return Err(AuditError::Url(crate::redact::url(url)));
        }
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
        sqlx::migrate!("./migrations").run(&pool).await?;
        Ok(AuditLog { pool })
    }

    /// The connection pool, shared with the SQLite session store.
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// Writes one entry.
    pub async fn record(&self, entry: &AuditEntry) -> Result<(), AuditError> {
        sqlx::query(
            "INSERT INTO audit_log (at, admin_email, action, session_id, technician, outcome, latency_ms)
             VALUES (?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(entry.at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
        .bind(&entry.admin_email)
        .bind(entry.action.method())
        .bind(i64::from(entry.session_id))
        .bind(&entry.technician)
        .bind(entry.outcome.code())
        .bind(i64::try_from(entry.latency_ms).unwrap_or(i64::MAX))
        .execute(&self.pool)
        .await?;
        Ok(())
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
        let mut query = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
            "SELECT id, at, admin_email, action, session_id, technician, outcome, latency_ms
             FROM audit_log WHERE 1 = 1",
        );
        if let Some(before) = before {
            query.push(" AND id < ").push_bind(before);
        }
        push_filter(&mut query, filter);
        query
            .push(" ORDER BY id DESC LIMIT ")
            .push_bind(i64::from(limit));
        let rows: Vec<Row> = query.build_query_as().fetch_all(&self.pool).await?;
        Ok(rows.into_iter().map(entry_of).collect())
    }

    /// Counts of the records matching `filter` per outcome: by day, by admin, by technician.
    pub async fn summary(&self, filter: &Filter) -> Result<Summary, AuditError> {
        let mut summary = Summary::default();
        for (key, into) in [
            ("substr(at, 1, 10)", &mut summary.by_day),
            ("admin_email", &mut summary.by_admin),
            ("technician", &mut summary.by_technician),
        ] {
            let mut query = sqlx::QueryBuilder::<sqlx::Sqlite>::new(format!(
                "SELECT {key} AS k, outcome, COUNT(*) FROM audit_log WHERE 1 = 1"
            ));
            push_filter(&mut query, filter);
            query.push(" GROUP BY k, outcome ORDER BY k, outcome");
            let rows: Vec<(String, String, i64)> =
                query.build_query_as().fetch_all(&self.pool).await?;
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
        let rows: Vec<(String, String, i64, String)> = sqlx::query_as(
            "SELECT at, action, session_id, outcome FROM audit_log
             WHERE admin_email = ? AND at >= ? ORDER BY id",
        )
        .bind(admin)
        .bind(since.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
        .fetch_all(&self.pool)
        .await?;
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
        let actions: Vec<(String,)> =
            sqlx::query_as("SELECT DISTINCT action FROM audit_log ORDER BY action")
                .fetch_all(&self.pool)
                .await?;
        let outcomes: Vec<(String,)> =
            sqlx::query_as("SELECT DISTINCT outcome FROM audit_log ORDER BY outcome")
                .fetch_all(&self.pool)
                .await?;
        Ok(Choices {
            actions: actions.into_iter().map(|(a,)| a).collect(),
            outcomes: outcomes
                .into_iter()
                .map(|(o,)| Outcome::from_code(&o))
                .collect(),
        })
    }
}

/// Narrows a query (which already has a `WHERE`) to the records `filter` admits.
fn push_filter(query: &mut sqlx::QueryBuilder<'_, sqlx::Sqlite>, filter: &Filter) {
    if let Some(from) = filter.from_instant() {
        query.push(" AND at >= ").push_bind(from);
    }
    if let Some(to) = filter.to_instant() {
        query.push(" AND at <= ").push_bind(to);
    }
    if let Some(admin) = &filter.admin {
        query
            .push(" AND admin_email LIKE ")
            .push_bind(contains(admin))
            .push(" ESCAPE '\\'");
    }
    if let Some(action) = &filter.action {
        query.push(" AND action = ").push_bind(action.clone());
    }
    if let Some(outcome) = &filter.outcome {
        query.push(" AND outcome = ").push_bind(outcome.code());
    }
    if let Some(session) = filter.session {
        query
            .push(" AND session_id = ")
            .push_bind(i64::from(session));
    }
    if let Some(technician) = &filter.technician {
        query
            .push(" AND technician LIKE ")
            .push_bind(contains(technician))
            .push(" ESCAPE '\\'");
    }
}

/// A row of `audit_log` as selected by [`AuditLog::page`].
type Row = (i64, String, String, String, i64, String, String, i64);

fn entry_of((id, at, admin, action, session_id, technician, outcome, latency_ms): Row) -> Entry {
    Entry {
        id,
        at,
        admin,
        action,
        session: u32::try_from(session_id).unwrap_or_default(),
        technician,
        outcome: Outcome::from_code(&outcome),
        latency_ms: u64::try_from(latency_ms).unwrap_or_default(),
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
        outcome: entry.outcome,
        latency_ms: entry.latency_ms,
    })
}

/// A LIKE pattern matching `text` anywhere, with LIKE's own wildcards taken literally.
/// (SQLite's LIKE already ignores ASCII case.)
fn contains(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

impl app::audit::AuditTrail for AuditLog {
    fn record(&self, record: AuditEntry) -> app::audit::AuditFuture<'_> {
        Box::pin(async move {
            AuditLog::record(self, &record)
                .await
                .map_err(|e| e.to_string())
        })
    }

    fn page<'a>(
        &'a self,
        filter: &'a Filter,
        before: Option<i64>,
        limit: u32,
    ) -> app::audit::AuditFuture<'a, Vec<Entry>> {
        Box::pin(async move {
            AuditLog::page(self, filter, before, limit)
                .await
                .map_err(|e| e.to_string())
        })
    }

    fn summary<'a>(&'a self, filter: &'a Filter) -> app::audit::AuditFuture<'a, Summary> {
        Box::pin(async move {
            AuditLog::summary(self, filter)
                .await
                .map_err(|e| e.to_string())
        })
    }

    fn choices(&self) -> app::audit::AuditFuture<'_, Choices> {
        Box::pin(async move { AuditLog::choices(self).await.map_err(|e| e.to_string()) })
    }

    fn requests_of<'a>(
        &'a self,
        admin: &'a str,
        since: DateTime<Utc>,
    ) -> app::audit::AuditFuture<'a, Vec<Requested>> {
        Box::pin(async move {
            AuditLog::requests_of(self, admin, since)
                .await
                .map_err(|e| e.to_string())
        })
    }
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
            outcome: if n.is_multiple_of(2) {
                Outcome::Ok
            } else {
                Outcome::ActionFailed
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
        log.pool().close().await;

        let reopened = AuditLog::open(&url).await.unwrap();
        let entries = reopened.recent(10).await.unwrap();
        assert_eq!(entries, vec![entry(2), entry(1), entry(0)]);
        assert_eq!(reopened.recent(1).await.unwrap(), vec![entry(2)]);
    }

    #[tokio::test]
    async fn a_refused_url_is_named_without_its_password() {
        let err = AuditLog::open("postgres://console:s3cret@db.example/console")
            .await
            .expect_err("refused");
        assert!(!err.to_string().contains("s3cret"), "{err}");
        assert!(err.to_string().contains("console:****@db.example"), "{err}");
    }

    #[tokio::test]
    async fn non_sqlite_url_is_refused() {
        assert!(matches!(
            AuditLog::open("mysql://localhost/x").await,
            Err(AuditError::Url(_))
        ));
    }
}
