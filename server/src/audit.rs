//! The audit log: each session action an administrator attempted, with its outcome. Kept in
//! the same SQLite database as the dashboard sessions, so a restart loses no record.

use std::str::FromStr;

use chrono::{DateTime, Utc};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};

/// Why the audit log could not be opened, written or read.
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    /// `DATABASE_URL` is not a SQLite URL this build can open.
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
pub use app::backend::AuditRecord as AuditEntry;

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
            return Err(AuditError::Url(url.to_owned()));
        }
        let options = SqliteConnectOptions::from_str(url)
            .map_err(|_| AuditError::Url(url.to_owned()))?
            .create_if_missing(true)
            // WAL: readers (history pages) never block the writer (cancel clicks).
            .journal_mode(SqliteJournalMode::Wal);
        if let Some(dir) = options.get_filename().parent() {
            if !dir.as_os_str().is_empty() {
                std::fs::create_dir_all(dir).map_err(|e| AuditError::Database(e.into()))?;
            }
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
        .bind(&entry.action)
        .bind(i64::from(entry.session_id))
        .bind(&entry.technician)
        .bind(&entry.outcome)
        .bind(i64::try_from(entry.latency_ms).unwrap_or(i64::MAX))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The newest entries first.
    pub async fn recent(&self, limit: u32) -> Result<Vec<AuditEntry>, AuditError> {
        let rows: Vec<(String, String, String, i64, String, String, i64)> = sqlx::query_as(
            "SELECT at, admin_email, action, session_id, technician, outcome, latency_ms
             FROM audit_log ORDER BY id DESC LIMIT ?",
        )
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(
                |(at, admin_email, action, session_id, technician, outcome, latency_ms)| {
                    AuditEntry {
                        // Only this module writes the column, always as RFC 3339.
                        at: DateTime::parse_from_rfc3339(&at)
                            .map(|t| t.with_timezone(&Utc))
                            .unwrap_or_default(),
                        admin_email,
                        action,
                        session_id: u32::try_from(session_id).unwrap_or_default(),
                        technician,
                        outcome,
                        latency_ms: u64::try_from(latency_ms).unwrap_or_default(),
                    }
                },
            )
            .collect())
    }
}

impl app::backend::AuditTrail for AuditLog {
    fn record(&self, record: AuditEntry) -> app::backend::AuditFuture<'_> {
        Box::pin(async move {
            AuditLog::record(self, &record)
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
            action: "cancelAction".into(),
            session_id: 1_073_200_000 + n,
            technician: "Tina Tech".into(),
            outcome: if n.is_multiple_of(2) {
                "OK"
            } else {
                "ACTIONFAILED"
            }
            .into(),
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
    async fn non_sqlite_url_is_refused() {
        assert!(matches!(
            AuditLog::open("mysql://localhost/x").await,
            Err(AuditError::Url(_))
        ));
    }
}
