//! Two dashboard instances behind one imagined load balancer: the same simulator, the same
//! Redis sessions and key, one PostgreSQL audit log. Browsers send each request to either.

use std::time::Duration;

use super::*;

pub use super::processes::redis_url;

/// Two instances and their shared audit database (dropped with it).
pub struct Pair {
    pub first: Harness,
    pub second: Harness,
    pub database: postgres::TestDatabase,
}

/// Builds the two instances, Rescue calls timing out after `timeout`.
pub async fn pair(timeout: Duration) -> Pair {
    let database = postgres::database().await;
    let store = server::session_store::StoreKind::Redis(redis_url());
    let first = harness_in(tempfile::tempdir().unwrap(), store.clone(), timeout).await;
    let second_dir = tempfile::tempdir().unwrap();
    // The key every instance is given (SESSION_KEY), here as the first one's key file.
    std::fs::copy(
        first.dir.path().join("session.key"),
        second_dir.path().join("session.key"),
    )
    .unwrap();
    let instance = server_in(
        &first.api_url,
        second_dir.path(),
        &store,
        timeout,
        demo_accounts(),
    )
    .await;
    let second = Harness::from_parts(
        instance,
        first.sim.clone(),
        first.api_url.clone(),
        std::sync::Mutex::new(None),
        second_dir,
    );
    Pair {
        first,
        second,
        database,
    }
}
