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
    let first = Harness::builder()
        .store(server::sessions::store::StoreKind::Redis(redis_url()))
        .timeout(timeout)
        .build()
        .await;
    let second = first.sibling(tempfile::tempdir().unwrap()).await;
    Pair {
        first,
        second,
        database,
    }
}
