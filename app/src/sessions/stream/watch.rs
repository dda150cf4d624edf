//! A watcher's loop: it reads its list every `REFRESH_SECS` while a stream watches it (at
//! once when it starts, and again soon after an action on one of its sessions), and stops
//! a while after the last stream left. With several instances it reads only in its turn and
//! otherwise takes the turn-holder's read (see `relay`).

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use crate::core::services::Services;
use crate::sessions::load::ssr::rows_at;
use crate::sessions::stream::hub::{interval, login_tag, Hub, Snapshot, Trouble, Watcher};
use crate::sessions::stream::relay;

/// When a watcher with no interval (`REFRESH_SECS=0`) reads again unasked: never, in effect.
const NEVER: Duration = Duration::from_secs(365 * 24 * 3600);
/// With `REFRESH_SECS=0`, a page's read this recent is its stream's first list.
const SEED_UNASKED_SECS: i64 = 60;
/// How long a watcher nobody watches waits for a stream to come back before it stops.
const LINGER: Duration = Duration::from_secs(30);
/// After an action, the read that shows its effect waits this long: Rescue's list takes a
/// moment to show what it just did.
const AFTER_ACTION: Duration = Duration::from_millis(300);

/// Starts the loop of a new `watcher`.
pub fn start(hub: Arc<Hub>, watcher: Arc<Watcher>, services: Services) {
    tokio::spawn(async move {
        let every = interval(services.refresh_secs);
        let mut due = Instant::now();
        let mut asked = false;
        // The page this stream belongs to read the list a moment ago: start from that read.
        let now = chrono::Utc::now().timestamp();
        let fresh = every.map_or(SEED_UNASKED_SECS, |e| {
            i64::try_from(e.as_secs()).unwrap_or(0)
        });
        if let Some(seed) = hub.seeded(&watcher.key, now, fresh) {
            let age = u64::try_from(now - seed.read_at).unwrap_or(0);
            if let Some(every) = every {
                due = Instant::now() + every.saturating_sub(Duration::from_secs(age));
            } else {
                due = Instant::now() + NEVER;
            }
            watcher.publish_shared(seed);
        }
        let seeded = watcher.latest.borrow().is_some();
        if let (Some(fleet), Some(every), false) = (hub.fleet(), every, seeded) {
            // Another instance may have read this list a moment ago.
            if let Some(shared) = shared_read(fleet.as_ref(), &services, &watcher).await {
                let age = chrono::Utc::now()
                    .timestamp()
                    .saturating_sub(shared.read_at);
                let age = Duration::from_secs(u64::try_from(age).unwrap_or(0));
                if age < every {
                    due = Instant::now() + (every - age);
                    watcher.publish(shared);
                }
            }
        }
        loop {
            if !watcher.watched() {
                // Nobody watches: wait a while for a tab that reloads or reconnects (its read
                // is due at once if the interval passed meanwhile), then stop.
                let back = tokio::time::timeout(LINGER, watcher.joined.notified()).await;
                if back.is_err() && hub.retire(&watcher) {
                    return;
                }
                continue;
            }
            tokio::select! {
                () = tokio::time::sleep_until(due) => {}
                () = watcher.soon.notified() => {
                    asked = true;
                    tokio::time::sleep(AFTER_ACTION).await;
                }
                () = watcher.stopped.notified() => continue,
            }
            if !watcher.watched() {
                continue;
            }
            let mine = match (hub.fleet(), every) {
                (Some(fleet), Some(every)) => {
                    let turn = if asked {
                        relay::my_turn(fleet.as_ref(), &watcher.key, "live-asked", AFTER_ACTION * 4)
                    } else {
                        relay::my_turn(fleet.as_ref(), &watcher.key, "live-lease", every)
                    };
                    turn.await.unwrap_or_else(|err| {
                        tracing::warn!("shared store: reading the list alone: {err}");
                        true
                    })
                }
                _ => true,
            };
            asked = false;
            if mine {
                if let Some(snapshot) = read(&hub, &services, &watcher).await {
                    if let (Some(fleet), Some(every)) = (hub.fleet(), every) {
                        let seal = services.seal.as_ref();
                        relay::share(fleet.as_ref(), seal, &watcher.key, &snapshot, every).await;
                    }
                    watcher.publish(snapshot);
                }
            }
            due = Instant::now() + every.unwrap_or(NEVER);
        }
    });
}

/// One read of the watcher's list with the login of a stream watching it.
async fn read(hub: &Hub, services: &Services, watcher: &Watcher) -> Option<Snapshot> {
    let credentials = watcher.login()?;
    let (id, kind) = watcher.key.node.to_rescue()?;
    hub.reads.fetch_add(1, Ordering::Relaxed);
    let answer = services.rescue.get_sessions(&credentials, id, kind).await;
    let now = chrono::Utc::now().timestamp();
    Some(match answer {
        Ok(rescue::GetSessionsOutcome::Ok(listed)) => {
            Snapshot::of(rows_at(&listed, now), listed.malformed.len(), now)
        }
        Ok(rescue::GetSessionsOutcome::NotLoggedIn) => {
            Snapshot::troubled(Trouble::Expired(login_tag(&credentials)), now)
        }
        Ok(outcome) => {
            tracing::info!("live list refused by Rescue: {outcome:?}");
            Snapshot::troubled(Trouble::Unreadable, now)
        }
        Err(err) => {
            tracing::warn!("live list read failed: {err}");
            Snapshot::troubled(Trouble::Unreadable, now)
        }
    })
}

/// The latest read another instance left of the watcher's list, if any.
async fn shared_read(
    fleet: &dyn crate::fleet::Fleet,
    services: &Services,
    watcher: &Watcher,
) -> Option<Snapshot> {
    let sealed = fleet
        .get(&watcher.key.shared_name("live-list"))
        .await
        .ok()
        .flatten()?;
    let json = services.seal.open(&sealed)?;
    serde_json::from_str(&json).ok()
}

/// Reads again, soon, every list here that shows `session`: an action changed it.
pub fn after_action(hub: &Hub, session: u32) {
    for watcher in hub.watching(session) {
        watcher.soon.notify_one();
    }
}
