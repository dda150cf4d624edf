//! Where dashboard sessions live: SQLite by default (a restart logs nobody out), Redis when
//! several instances share them behind a load balancer, or memory. Picked by `SESSION_STORE`.

use std::str::FromStr;

use axum::Router;
use tower_sessions::cookie::SameSite;
use tower_sessions::session_store::ExpiredDeletion;
use tower_sessions::{Expiry, SessionManagerLayer};
use tower_sessions_redis_store::fred::interfaces::ClientLike;
use tower_sessions_redis_store::fred::prelude::{Config as RedisConfig, Pool as RedisPool};

use crate::sessions::exchange::{MemoryExchange, RedisExchange, SqliteExchange};

use crate::sessions::guard::Guarded;
use crate::sessions::signed_in::SignedIn;

/// Name of the dashboard's one cookie: an opaque session ID, nothing else.
pub const COOKIE_NAME: &str = "rc_session";

/// The same cookie when it is `Secure`: browsers then accept it only from a secure origin,
/// for the whole host (`Path=/`, no `Domain`), so a sibling sub-domain cannot plant one.
pub const SECURE_COOKIE_NAME: &str = "__Host-rc_session";

/// The `SESSION_STORE` setting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreKind {
    /// In the SQLite database of `DATABASE_URL`.
    Sqlite,
    /// In memory: lost on restart, for development and tests.
    Memory,
    /// In Redis at this `redis://` URL, shared by every instance.
    Redis(String),
}

impl StoreKind {
    /// Whether several instances may share this store (and so must share their key and guards).
    pub fn is_shared(&self) -> bool {
        matches!(self, StoreKind::Redis(_))
    }
}

impl FromStr for StoreKind {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        match text.trim() {
            "sqlite" => Ok(StoreKind::Sqlite),
            "memory" => Ok(StoreKind::Memory),
            url if url.starts_with("redis://") || url.starts_with("rediss://") => {
                // The parser's message can quote the URL: only the masked one is shown.
                RedisConfig::from_url(url).map_err(|_| {
                    format!("`{}` is not a usable Redis URL", crate::redact::url(url))
                })?;
                Ok(StoreKind::Redis(url.to_owned()))
            }
            other => Err(format!(
                "unknown session store `{other}`: use sqlite, memory or redis://host:port"
            )),
        }
    }
}

/// A ready session store, each kind behind the [`Guarded`] wrapper (hashed ids, no revivals).
#[derive(Debug, Clone)]
pub enum Store {
    /// SQLite-backed.
    Sqlite(Guarded<SqliteExchange>),
    /// In memory.
    Memory(Guarded<MemoryExchange>),
    /// In Redis; Redis expires records itself. The pool also carries the shared guards.
    Redis(Guarded<RedisExchange>, RedisPool),
}

/// Why the session store could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The SQLite table could not be created.
    #[error("session store database: {0}")]
    Sqlite(#[from] sqlx::Error),
    /// Redis could not be reached or configured.
    #[error("Redis session store: {0}")]
    Redis(String),
    /// `SESSION_STORE=sqlite` with an audit log that is not SQLite.
    #[error(
        "SESSION_STORE=sqlite keeps sessions in the SQLite database of DATABASE_URL, which is \
         PostgreSQL here: set SESSION_STORE=redis://host:port (several instances) or memory"
    )]
    NoSqlite,
}

impl Store {
    /// Builds the store; the SQLite one shares the audit log's database (`pool`, `None` when
    /// the audit log is not SQLite) and creates its table.
    /// Records are kept under ids hashed with `id_key`, each at most `lifetimes.max` after its
    /// last write (the longest a sign-in lasts); a sign-in counts as held until
    /// `lifetimes.idle` after its last write (see [`Store::signed_in_count`]). In Redis, the
    /// index of sign-ins is named for `installation`, as the shared guards are.
    pub async fn open(
        kind: &StoreKind,
        pool: Option<&sqlx::SqlitePool>,
        (id_key, installation): ([u8; 32], [u8; 32]),
        lifetimes: &app::core::services::Lifetimes,
    ) -> Result<Self, StoreError> {
        let (keep, idle) = (lifetimes.max, lifetimes.idle);
        match kind {
            StoreKind::Redis(url) => {
                let pool = connect_redis(url).await?;
                Ok(Store::Redis(
                    Guarded::new(RedisExchange::new(pool.clone()), id_key, keep).noting(
                        SignedIn::redis(
                            pool.clone(),
                            &crate::sessions::fleet::key_prefix(&installation),
                        ),
                        idle,
                    ),
                    pool,
                ))
            }
            StoreKind::Memory => Ok(Store::Memory(
                Guarded::new(MemoryExchange::default(), id_key, keep)
                    .noting(SignedIn::memory(), idle),
            )),
            StoreKind::Sqlite => {
                let store = SqliteExchange::new(pool.ok_or(StoreError::NoSqlite)?.clone()).await?;
                // Expired sessions are deleted hourly; the task ends with the runtime.
                tokio::spawn(
                    store
                        .store()
                        .clone()
                        .continuously_delete_expired(tokio::time::Duration::from_secs(3600)),
                );
                let signed_in = SignedIn::sqlite(pool.ok_or(StoreError::NoSqlite)?.clone()).await?;
                Ok(Store::Sqlite(
                    Guarded::new(store, id_key, keep).noting(signed_in, idle),
                ))
            }
        }
    }

    /// The guards the instances sharing this store share too (`None`: this instance is
    /// alone), named for their `installation`.
    pub fn fleet(&self, installation: [u8; 32]) -> Option<crate::sessions::fleet::RedisFleet> {
        match self {
            Store::Redis(_, pool) => Some(crate::sessions::fleet::RedisFleet::new(
                pool.clone(),
                installation,
            )),
            _ => None,
        }
    }

    /// How many stored sessions hold a sign-in written to within the idle limit and not
    /// expired (with Redis: across every instance sharing it). A browser that went away
    /// without signing out counts until its idle limit, when the dashboard would end it too.
    pub async fn signed_in_count(&self) -> Result<u64, crate::sessions::signed_in::IndexError> {
        match self {
            Store::Sqlite(store) => store.signed_in().count().await,
            Store::Memory(store) => store.signed_in().count().await,
            Store::Redis(store, _) => store.signed_in().count().await,
        }
    }

    /// How many records the store holds, expired or not (`None` for Redis, whose keys are
    /// not the dashboard's alone): for tests and the benchmark that signed-out visitors
    /// store nothing.
    pub async fn record_count(&self) -> Result<Option<u64>, tower_sessions::session_store::Error> {
        match self {
            Store::Sqlite(store) => store.inner().record_count().await.map(Some),
            Store::Memory(store) => Ok(Some(store.inner().record_count().await)),
            Store::Redis(..) => Ok(None),
        }
    }

    /// The store as a plain session store, for work that outlives its request (a bulk run
    /// writing its results into a browser's session when it ends).
    pub fn shared(&self) -> std::sync::Arc<dyn tower_sessions::SessionStore> {
        match self {
            Store::Sqlite(store) => std::sync::Arc::new(store.clone()),
            Store::Memory(store) => std::sync::Arc::new(store.clone()),
            Store::Redis(store, _) => std::sync::Arc::new(store.clone()),
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
            Store::Redis(store, _) => {
                router.layer(configure(SessionManagerLayer::new(store.clone()), secure))
            }
        }
    }
}

/// Connects a small pool to Redis, failing start-up clearly (instead of every request later)
/// when Redis is not there.
async fn connect_redis(url: &str) -> Result<RedisPool, StoreError> {
    let redis = |e: &dyn std::fmt::Display| StoreError::Redis(e.to_string());
    let config = RedisConfig::from_url(url).map_err(|_| {
        redis(&format!(
            "`{}` is not a usable Redis URL",
            crate::redact::url(url)
        ))
    })?;
    let pool = RedisPool::new(config, None, None, None, 4).map_err(|e| redis(&e))?;
    pool.connect();
    tokio::time::timeout(std::time::Duration::from_secs(5), pool.wait_for_connect())
        .await
        .map_err(|_| {
            redis(&format!(
                "no answer from {} within 5 s",
                crate::redact::url(url)
            ))
        })?
        .map_err(|e| redis(&e))?;
    Ok(pool)
}

/// `HttpOnly` (no script can read it), `SameSite=Strict` (never sent on cross-site requests),
/// `Secure` with the `__Host-` prefix unless turned off for plain http. A session cookie (no
/// `Expires` or `Max-Age`): closing the browser ends it, and the dashboard's lifetimes are
/// checked on the server, never left to the browser.
fn configure<S: tower_sessions::SessionStore>(
    layer: SessionManagerLayer<S>,
    secure: bool,
) -> SessionManagerLayer<S> {
    layer
        .with_name(if secure {
            SECURE_COOKIE_NAME
        } else {
            COOKIE_NAME
        })
        .with_path("/")
        .with_http_only(true)
        .with_same_site(SameSite::Strict)
        .with_secure(secure)
        .with_expiry(Expiry::OnSessionEnd)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_kinds() {
        assert_eq!("sqlite".parse::<StoreKind>(), Ok(StoreKind::Sqlite));
        assert_eq!("memory".parse::<StoreKind>(), Ok(StoreKind::Memory));
        assert_eq!(
            "redis://127.0.0.1:6379".parse::<StoreKind>(),
            Ok(StoreKind::Redis("redis://127.0.0.1:6379".into()))
        );
        assert!("mongo"
            .parse::<StoreKind>()
            .unwrap_err()
            .contains("redis://"));
    }

    #[test]
    fn passwords_stay_out_of_messages() {
        assert_eq!(
            crate::redact::url("redis://user:secret@cache.internal:6379/0"),
            "redis://user:****@cache.internal:6379/0"
        );
        // A Redis URL the parser refuses is named with its password masked.
        let err = "redis://user:secret@cache.internal:notaport/0"
            .parse::<StoreKind>()
            .unwrap_err();
        assert!(!err.contains("secret"), "{err}");
    }
}
