//! Several instances, one read: the watchers of one list on every instance take turns through
//! a lease in the shared store. The holder reads Rescue and leaves the read there, sealed (it
//! holds customers' names), and tells the others on the shared channel; they take it from
//! the store instead of asking Rescue. A holder that dies leaves a lease that expires within
//! one interval, and the next watcher takes over.

use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::core::services::CredentialSeal;
use crate::fleet::{Fleet, Lock};
use crate::sessions::stream::hub::{Hub, Snapshot, WatchKey};

/// The shared channel a new read is announced on: the list's hashed name and the read's id.
pub const CHANNEL: &str = "live-lists";

/// An announcement on [`CHANNEL`].
#[derive(Serialize, Deserialize)]
struct Announced {
    list: String,
    read: String,
}

/// Whose turn it is to read `key` now, by the lease named `lease` (the regular reads', or the
/// read after an action's). `Ok(true)`: this instance's (the lease is taken for a little
/// less than `every`, so the next turn is free again at the next interval).
/// `Err`: the shared store is out of reach; the caller reads for itself.
pub async fn my_turn(
    fleet: &dyn Fleet,
    key: &WatchKey,
    lease: &str,
    every: Duration,
) -> Result<bool, String> {
    let hold = every
        .saturating_sub(Duration::from_millis(250))
        .max(Duration::from_millis(500));
    Ok(matches!(
        fleet.lock(&key.shared_name(lease), hold).await?,
        Lock::Taken(_)
    ))
}

/// Leaves `snapshot` of `key` for the other instances, and tells them. A read they miss
/// costs them only the freshness of one interval.
pub async fn share(
    fleet: &dyn Fleet,
    seal: &dyn CredentialSeal,
    key: &WatchKey,
    snapshot: &Snapshot,
    every: Duration,
) {
    let name = key.shared_name("live-list");
    let sealed = match serde_json::to_string(snapshot) {
        Ok(json) => seal.seal(&json),
        Err(err) => {
            tracing::error!("live list not serialisable: {err}");
            return;
        }
    };
    let kept = every.saturating_mul(3).max(Duration::from_secs(30));
    let announced = serde_json::to_string(&Announced {
        list: name.clone(),
        read: snapshot.id.clone(),
    });
    let shared = async {
        fleet.put(&name, &sealed, kept).await?;
        fleet
            .publish(CHANNEL, &announced.map_err(|e| e.to_string())?)
            .await
    };
    if let Err(err) = shared.await {
        tracing::warn!("shared store: live list not shared: {err}");
    }
}

/// What another instance announced on [`CHANNEL`]: the watchers of that list here take the
/// read from the shared store (unless they hold it already).
pub fn heard(hub: &Arc<Hub>, seal: &Arc<dyn CredentialSeal>, message: &str) {
    let Ok(announced) = serde_json::from_str::<Announced>(message) else {
        tracing::warn!("shared store: unreadable live-list announcement dropped");
        return;
    };
    let Some(fleet) = hub.fleet() else {
        return;
    };
    let Some(watcher) = hub.watcher_named(&announced.list) else {
        return;
    };
    let held = watcher
        .latest
        .borrow()
        .as_ref()
        .is_some_and(|s| s.id == announced.read);
    if held {
        return;
    }
    let seal = seal.clone();
    tokio::spawn(async move {
        let sealed = match fleet.get(&announced.list).await {
            Ok(Some(sealed)) => sealed,
            Ok(None) => return,
            Err(err) => {
                tracing::warn!("shared store: live list not fetched: {err}");
                return;
            }
        };
        let snapshot = seal
            .open(&sealed)
            .and_then(|json| serde_json::from_str::<Snapshot>(&json).ok());
        match snapshot {
            Some(snapshot) => watcher.publish(snapshot),
            None => tracing::warn!("shared store: a live list that does not open was dropped"),
        }
    });
}
