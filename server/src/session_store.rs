//! Where dashboard sessions live: SQLite by default (a restart logs nobody out), or memory.
//! Picked by `SESSION_STORE`.

use std::str::FromStr;

use axum::Router;
use tower_sessions::cookie::time::Duration;
use tower_sessions::cookie::SameSite;
use tower_sessions::session_store::ExpiredDeletion;
use tower_sessions::{Expiry, MemoryStore, SessionManagerLayer};
use tower_sessions_sqlx_store::SqliteStore;

/// Name of the dashboard's one cookie: an opaque session ID, nothing else.
pub const COOKIE_NAME: &str = "rc_session";

/// A dashboard session ends after this long without a request that changed it.
const IDLE_LIMIT: Duration = Duration::hours(12);

/// The `SESSION_STORE` setting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreKind {
    /// In the SQLite database of `DATABASE_URL`.
    Sqlite,
    /// In memory: lost on restart, for development and tests.
    Memory,
}

impl FromStr for StoreKind {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        match text.trim() {
            "sqlite" => Ok(StoreKind::Sqlite),
            "memory" => Ok(StoreKind::Memory),
            other if other.starts_with("redis://") => Err(
                "the Redis session store is not available in this version; use sqlite or memory"
                    .into(),
            ),
            other => Err(format!(
                "unknown session store `{other}`: use sqlite or memory"
            )),
        }
    }
}

/// A ready session store.
#[derive(Debug, Clone)]
pub enum Store {
    /// SQLite-backed.
    Sqlite(SqliteStore),
    /// In memory.
    Memory(MemoryStore),
}

impl Store {
    /// Builds the store; the SQLite one shares the audit log's database and creates its table.
    pub async fn open(kind: &StoreKind, pool: &sqlx::SqlitePool) -> Result<Self, sqlx::Error> {
        match kind {
            StoreKind::Memory => Ok(Store::Memory(MemoryStore::default())),
            StoreKind::Sqlite => {
                let store = SqliteStore::new(pool.clone());
                store.migrate().await?;
                // Expired sessions are deleted hourly; the task ends with the runtime.
                tokio::spawn(
                    store
                        .clone()
                        .continuously_delete_expired(tokio::time::Duration::from_secs(3600)),
                );
                Ok(Store::Sqlite(store))
            }
        }
    }

    /// Puts the session layer around `router`, with the cookie settings of the security model.
    pub fn apply(&self, router: Router, secure: bool) -> Router {
        match self {
            Store::Sqlite(store) => {
                router.layer(configure(SessionManagerLayer::new(store.clone()), secure))
            }
            Store::Memory(store) => {
                router.layer(configure(SessionManagerLayer::new(store.clone()), secure))
            }
        }
    }
}

/// `HttpOnly` (no script can read it), `SameSite=Strict` (never sent on cross-site requests),
/// `Secure` unless serving plain http on loopback.
fn configure<S: tower_sessions::SessionStore>(
    layer: SessionManagerLayer<S>,
    secure: bool,
) -> SessionManagerLayer<S> {
    layer
        .with_name(COOKIE_NAME)
        .with_http_only(true)
        .with_same_site(SameSite::Strict)
        .with_secure(secure)
        .with_expiry(Expiry::OnInactivity(IDLE_LIMIT))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_kinds() {
        assert_eq!("sqlite".parse::<StoreKind>(), Ok(StoreKind::Sqlite));
        assert_eq!("memory".parse::<StoreKind>(), Ok(StoreKind::Memory));
        assert!("redis://127.0.0.1:6379"
            .parse::<StoreKind>()
            .unwrap_err()
            .contains("Redis"));
        assert!("mongo".parse::<StoreKind>().is_err());
    }
}
