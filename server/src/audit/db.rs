//! The audit log's two databases behind one set of queries: SQLite (the default, one instance)
//! and PostgreSQL (several instances share it). Every query is built with sqlx's
//! `QueryBuilder`, which writes each database's own placeholders, so the SQL text is the same.

use sqlx::{PgPool, QueryBuilder, SqlitePool};

use app::audit::{Delivery, Filter};

/// An open audit database.
#[derive(Debug, Clone)]
pub(super) enum Db {
    /// `sqlite://…`
    Sqlite(SqlitePool),
    /// `postgres://…`
    Postgres(PgPool),
}

/// Runs `$body` with `$pool` bound to the database's pool and `$Db` naming its sqlx type, once
/// per kind: the queries are written once and checked by the compiler for both.
macro_rules! on_db {
    ($db:expr, $pool:ident, $Db:ident => $body:expr) => {
        match $db {
            crate::audit::db::Db::Sqlite($pool) => {
                #[allow(dead_code)]
                type $Db = sqlx::Sqlite;
                $body
            }
            crate::audit::db::Db::Postgres($pool) => {
                #[allow(dead_code)]
                type $Db = sqlx::Postgres;
                $body
            }
        }
    };
}
pub(super) use on_db;

impl Db {
    /// The case-insensitive LIKE of this database (SQLite's LIKE already ignores ASCII case).
    pub(super) fn like(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => " LIKE ",
            Db::Postgres(_) => " ILIKE ",
        }
    }

    /// Closes every connection (a stopping server, or a test restarting one).
    pub(super) async fn close(&self) {
        on_db!(self, pool, _D => pool.close().await)
    }

    /// Whether the pool was closed.
    pub(super) fn is_closed(&self) -> bool {
        on_db!(self, pool, _D => pool.is_closed())
    }
}

/// Milliseconds since 1970: how the heartbeats and the outbox store times (one integer
/// column compares alike in both databases).
pub(super) fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// `duration` in milliseconds.
pub(super) fn ms(duration: std::time::Duration) -> i64 {
    i64::try_from(duration.as_millis()).unwrap_or(i64::MAX)
}

/// Narrows a query (which already has a `WHERE`) to the records `filter` admits.
pub(super) fn push_filter<'a, D>(query: &mut QueryBuilder<'a, D>, filter: &Filter, like: &str)
where
    D: sqlx::Database,
    String: sqlx::Encode<'a, D> + sqlx::Type<D>,
    i64: sqlx::Encode<'a, D> + sqlx::Type<D>,
{
    if let Some(from) = filter.from_instant() {
        query.push(" AND at >= ").push_bind(from);
    }
    if let Some(to) = filter.to_instant() {
        query.push(" AND at <= ").push_bind(to);
    }
    if let Some(admin) = &filter.admin {
        query
            .push(" AND admin_email")
            .push(like)
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
    if let Some(delivery) = filter.delivery {
        query
            .push(" AND id IN (SELECT record_id FROM audit_outbox WHERE delivered_ms IS NULL AND ");
        query.push(match delivery {
            Delivery::Waiting => "dead_ms IS NULL)",
            Delivery::Dead => "dead_ms IS NOT NULL)",
        });
    }
    if let Some(technician) = &filter.technician {
        query
            .push(" AND technician")
            .push(like)
            .push_bind(contains(technician))
            .push(" ESCAPE '\\'");
    }
}

/// A LIKE pattern matching `text` anywhere, with LIKE's own wildcards taken literally.
pub(super) fn contains(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}
