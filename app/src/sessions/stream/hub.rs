//! Where the live streams of one instance meet their lists: one watcher per Rescue login and
//! list, however many tabs and browsers of that login watch it, and the count of each
//! browser's streams.
//!
//! A watcher lives while at least one stream watches it, and a little longer (a tab that
//! reloads or reconnects comes back to it); it stops once nobody came back.
//! It reads with the login of a stream still watching; a login Rescue no longer accepts is
//! dropped from it (that stream is told), and the next read uses another.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use tokio::sync::{watch, Notify};

use crate::fleet::Fleet;
use crate::shared::address::NodeAddress;
use crate::shared::row::Row;

/// The most live streams one browser (dashboard session) holds at once. Browsers open at most
/// six connections per host over HTTP/1.1, and a long-lived stream holds one: with four, two
/// stay for pages, actions and downloads. A fifth tab is told so (204) and reads the list
/// every `REFRESH_SECS` itself, as without streams.
pub const STREAMS_PER_BROWSER: usize = 4;

/// How many page reads are kept for the watchers about to start (a page's stream follows its
/// page within a second or two), and for how long at most.
const SEEDS_KEPT: usize = 100;
const SEED_SECS: i64 = 60;

/// How many reads back a stream may resume from (`Last-Event-ID`); older than that, it is
/// sent the whole list once.
const KEPT_READS: usize = 8;

/// One Rescue login and list: what a watcher reads. The e-mail is lower-cased, so the
/// browsers of one admin share it; different admins never do (each sees their own list).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct WatchKey {
    /// The admin's Rescue e-mail, lower-cased.
    pub email: String,
    /// The node or channel listed.
    pub node: NodeAddress,
}

impl WatchKey {
    /// The key of `email`'s list of `node`.
    pub fn new(email: &str, node: NodeAddress) -> Self {
        WatchKey {
            email: email.to_lowercase(),
            node,
        }
    }

    /// Its name in the shared store: hashed, so no e-mail is a key there.
    pub fn shared_name(&self, kind: &str) -> String {
        crate::fleet::hashed(kind, &[self.email.as_bytes(), self.node.query().as_bytes()])
    }
}

/// One read of a list.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Snapshot {
    /// Names this read for `Last-Event-ID`: its time and a hash of its rows, so every
    /// instance that holds the same read names it the same.
    pub id: String,
    /// When it was read (seconds since 1970, this server's clock).
    pub read_at: i64,
    /// Every row Rescue listed, in its order (before any stream's filters).
    pub rows: Vec<crate::sessions::stream::full_row::FullRow>,
    /// Rows Rescue sent that could not be read.
    pub malformed: usize,
    /// What went wrong, if the read brought no list.
    pub trouble: Option<Trouble>,
}

impl Snapshot {
    /// A read that brought `rows`.
    pub fn of(rows: Vec<Row>, malformed: usize, read_at: i64) -> Self {
        use sha2::Digest;
        let rows: Vec<_> = rows.into_iter().map(Into::into).collect();
        let mut hash = sha2::Sha256::new();
        hash.update(format!("{rows:?}{malformed}").as_bytes());
        let digest = hash.finalize();
        let tag: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
        Snapshot {
            id: format!("{read_at}-{tag}"),
            read_at,
            rows,
            malformed,
            trouble: None,
        }
    }

    /// A read that brought no list.
    pub fn troubled(trouble: Trouble, read_at: i64) -> Self {
        Snapshot {
            id: format!("{read_at}-trouble"),
            read_at,
            rows: Vec::new(),
            malformed: 0,
            trouble: Some(trouble),
        }
    }

    /// Its rows as the list shows them.
    pub fn rows(&self) -> Vec<Row> {
        self.rows.iter().cloned().map(Into::into).collect()
    }
}

/// Why a read brought no list.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Trouble {
    /// Rescue no longer accepts the login it was read with (its hash: see [`login_tag`]).
    Expired(String),
    /// Rescue could not be read, or refused the list: the page reads it itself, once, and
    /// says why.
    Unreadable,
}

/// A login, as the watcher tells its streams apart: a hash, never the secret.
pub fn login_tag(credentials: &rescue::Credentials) -> String {
    let secret = match credentials {
        rescue::Credentials::Cookie(cookie) => cookie.expose_header_value().to_owned(),
        rescue::Credentials::AuthCode(code) => code.expose().to_owned(),
    };
    crate::fleet::hashed("login", &[secret.as_bytes()])
}

/// What reads one list, and what it has read.
pub struct Watcher {
    /// Its list.
    pub key: WatchKey,
    /// Its list's name in the shared store.
    shared_name: String,
    /// The latest read (`None` before the first).
    pub latest: watch::Sender<Option<Arc<Snapshot>>>,
    /// The last reads, oldest first, for streams that resume.
    recent: Mutex<VecDeque<Arc<Snapshot>>>,
    /// The logins of the streams watching, by stream; the newest reads.
    logins: Mutex<Vec<(u64, rescue::Credentials)>>,
    /// Asks for a read now (an action on one of its sessions).
    pub soon: Notify,
    /// Told when the last stream left.
    pub stopped: Notify,
    /// Told when a stream joins.
    pub joined: Notify,
}

impl std::fmt::Debug for Watcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Watcher").field("key", &self.key).finish()
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic elsewhere while holding it leaves plain data, still usable.
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Watcher {
    fn new(key: WatchKey) -> Self {
        Watcher {
            shared_name: key.shared_name("live-list"),
            key,
            latest: watch::channel(None).0,
            recent: Mutex::new(VecDeque::new()),
            logins: Mutex::new(Vec::new()),
            soon: Notify::new(),
            stopped: Notify::new(),
            joined: Notify::new(),
        }
    }

    /// Publishes a read to every stream watching.
    pub fn publish(&self, snapshot: Snapshot) {
        self.publish_shared(Arc::new(snapshot));
    }

    /// [`Watcher::publish`] of a read held already.
    pub fn publish_shared(&self, snapshot: Arc<Snapshot>) {
        if let Some(Trouble::Expired(tag)) = &snapshot.trouble {
            lock(&self.logins).retain(|(_, c)| login_tag(c) != *tag);
        }
        if snapshot.trouble.is_none() {
            let mut recent = lock(&self.recent);
            recent.push_back(snapshot.clone());
            while recent.len() > KEPT_READS {
                recent.pop_front();
            }
        }
        self.latest.send_replace(Some(snapshot));
    }

    /// A kept read by its id, for a stream that resumes after it.
    pub fn read(&self, id: &str) -> Option<Arc<Snapshot>> {
        lock(&self.recent).iter().find(|s| s.id == id).cloned()
    }

    /// The login to read with: the newest watching stream's.
    pub fn login(&self) -> Option<rescue::Credentials> {
        lock(&self.logins).last().map(|(_, c)| c.clone())
    }

    /// Whether any stream still watches.
    pub fn watched(&self) -> bool {
        !lock(&self.logins).is_empty()
    }
}

/// Every watcher and stream of this instance.
pub struct Hub {
    watchers: Mutex<HashMap<WatchKey, Arc<Watcher>>>,
    /// The reads pages made as they loaded, for the watcher their stream starts: it begins
    /// from the list the page shows instead of reading it again.
    seeds: Mutex<HashMap<WatchKey, Arc<Snapshot>>>,
    browsers: Mutex<HashMap<String, usize>>,
    next_stream: AtomicU64,
    /// Streams open now, and those of them in hidden tabs.
    pub open: AtomicUsize,
    /// Streams of hidden tabs (counted apart: nobody looks at them).
    pub hidden: AtomicUsize,
    /// Rescue list reads made by watchers since start.
    pub reads: AtomicU64,
    /// Told `true` when the server shuts down: every stream ends, so shutdown never waits
    /// on a tab left open.
    closing: watch::Sender<bool>,
    /// Several instances: one reads each list for all.
    fleet: std::sync::OnceLock<Arc<dyn Fleet>>,
    /// The logins signed out here: their streams end at once (elsewhere, at their next
    /// heartbeat, when the sign-in is found gone).
    ended: tokio::sync::broadcast::Sender<String>,
}

impl std::fmt::Debug for Hub {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Hub")
            .field("open", &self.open.load(Ordering::Relaxed))
            .finish_non_exhaustive()
    }
}

impl Default for Hub {
    fn default() -> Self {
        Hub {
            watchers: Mutex::new(HashMap::new()),
            seeds: Mutex::new(HashMap::new()),
            browsers: Mutex::new(HashMap::new()),
            next_stream: AtomicU64::new(1),
            open: AtomicUsize::new(0),
            hidden: AtomicUsize::new(0),
            reads: AtomicU64::new(0),
            closing: watch::channel(false).0,
            fleet: std::sync::OnceLock::new(),
            ended: tokio::sync::broadcast::channel(64).0,
        }
    }
}

/// A stream's place in the hub; leaving it (dropping) counts the stream out, and tells its
/// watcher when it was the last.
pub struct Joined {
    hub: Arc<Hub>,
    /// The watcher of its list.
    pub watcher: Arc<Watcher>,
    /// Whether its watcher is new (it starts reading).
    pub new: bool,
    stream: u64,
    browser: String,
    hidden: bool,
}

impl Drop for Joined {
    fn drop(&mut self) {
        self.hub.open.fetch_sub(1, Ordering::Relaxed);
        if self.hidden {
            self.hub.hidden.fetch_sub(1, Ordering::Relaxed);
        }
        {
            let mut browsers = lock(&self.hub.browsers);
            if let Some(count) = browsers.get_mut(&self.browser) {
                *count = count.saturating_sub(1);
                if *count == 0 {
                    browsers.remove(&self.browser);
                }
            }
        }
        lock(&self.watcher.logins).retain(|(id, _)| *id != self.stream);
        if !self.watcher.watched() {
            // The watcher lingers a while (see `watch`): a tab that reloads or reconnects
            // finds its reads, and resumes without the whole list or a read of its own.
            self.watcher.stopped.notify_one();
        }
    }
}

impl Hub {
    /// Shares this hub's reads with the other instances of `fleet` (set once, before
    /// serving; a second fleet is ignored).
    pub fn share_with(&self, fleet: Arc<dyn Fleet>) {
        let _ = self.fleet.set(fleet);
    }

    /// The instances' shared store, when there are several.
    pub fn fleet(&self) -> Option<Arc<dyn Fleet>> {
        self.fleet.get().cloned()
    }

    /// The tags of the logins signed out here from now on (see [`login_tag`]).
    pub fn ended(&self) -> tokio::sync::broadcast::Receiver<String> {
        self.ended.subscribe()
    }

    /// Joins a stream of `browser` (its dashboard session) to the list `key`, reading with
    /// `credentials`; `None` when that browser holds [`STREAMS_PER_BROWSER`] already.
    pub fn join(
        self: &Arc<Self>,
        key: WatchKey,
        credentials: rescue::Credentials,
        browser: &str,
        hidden: bool,
    ) -> Option<Joined> {
        {
            let mut browsers = lock(&self.browsers);
            let count = browsers.entry(browser.to_owned()).or_default();
            if *count >= STREAMS_PER_BROWSER {
                return None;
            }
            *count += 1;
        }
        let stream = self.next_stream.fetch_add(1, Ordering::Relaxed);
        let (watcher, new) = {
            let mut watchers = lock(&self.watchers);
            let mut new = false;
            let watcher = watchers
                .entry(key.clone())
                .or_insert_with(|| {
                    new = true;
                    Arc::new(Watcher::new(key))
                })
                .clone();
            lock(&watcher.logins).push((stream, credentials));
            watcher.joined.notify_one();
            (watcher, new)
        };
        self.open.fetch_add(1, Ordering::Relaxed);
        if hidden {
            self.hidden.fetch_add(1, Ordering::Relaxed);
        }
        Some(Joined {
            hub: self.clone(),
            watcher,
            new,
            stream,
            browser: browser.to_owned(),
            hidden,
        })
    }

    /// The watchers whose latest read lists `session`: an action on it is worth a read now.
    pub fn watching(&self, session: u32) -> Vec<Arc<Watcher>> {
        lock(&self.watchers)
            .values()
            .filter(|w| {
                w.latest
                    .borrow()
                    .as_ref()
                    .is_some_and(|s| s.rows.iter().any(|r| r.id == session))
            })
            .cloned()
            .collect()
    }

    /// The watcher of `key`, if one runs here.
    pub fn watcher(&self, key: &WatchKey) -> Option<Arc<Watcher>> {
        lock(&self.watchers).get(key).cloned()
    }

    /// Keeps the read a page of `key` just made, for a watcher its stream will start. A list
    /// watched already takes it as its latest read if it is newer: a reloaded tab's stream
    /// then starts from the list its page shows, and the other tabs see it too.
    pub fn seed(&self, key: WatchKey, read: Snapshot) {
        if let Some(watcher) = self.watcher(&key) {
            let newer = watcher
                .latest
                .borrow()
                .as_ref()
                .is_none_or(|latest| latest.read_at < read.read_at);
            if newer {
                watcher.publish(read);
            }
            return;
        }
        let mut seeds = lock(&self.seeds);
        seeds.retain(|_, s| read.read_at - s.read_at < SEED_SECS);
        if seeds.len() >= SEEDS_KEPT && !seeds.contains_key(&key) {
            return;
        }
        seeds.insert(key, Arc::new(read));
    }

    /// The read a page of `key` made within `fresh` seconds, taken.
    pub fn seeded(&self, key: &WatchKey, now: i64, fresh: i64) -> Option<Arc<Snapshot>> {
        let seed = lock(&self.seeds).remove(key)?;
        (now - seed.read_at < fresh.min(SEED_SECS)).then_some(seed)
    }

    /// Takes `watcher` out of the hub if no stream watches it (under the lock every join
    /// takes, so none can join it meanwhile): true when it is out, and its loop may end.
    pub fn retire(&self, watcher: &Arc<Watcher>) -> bool {
        let mut watchers = lock(&self.watchers);
        if watcher.watched() {
            return false;
        }
        if watchers
            .get(&watcher.key)
            .is_some_and(|w| Arc::ptr_eq(w, watcher))
        {
            watchers.remove(&watcher.key);
        }
        true
    }

    /// The watcher of the list named `name` in the shared store, if one runs here.
    pub fn watcher_named(&self, name: &str) -> Option<Arc<Watcher>> {
        lock(&self.watchers)
            .values()
            .find(|w| w.shared_name == name)
            .cloned()
    }

    /// Ends every stream (the server is shutting down).
    pub fn close(&self) {
        self.closing.send_replace(true);
    }

    /// Told when the server shuts down.
    pub fn closing(&self) -> watch::Receiver<bool> {
        self.closing.subscribe()
    }
}

/// How long a watcher waits between reads: `REFRESH_SECS`, or, at 0 (only on request), a
/// read only when one is asked for.
pub fn interval(refresh_secs: u32) -> Option<Duration> {
    (refresh_secs > 0).then(|| Duration::from_secs(u64::from(refresh_secs)))
}

impl crate::core::services::PerLogin for Hub {
    fn forget(&self, credentials: &rescue::Credentials) {
        // No stream listening is fine.
        let _ = self.ended.send(login_tag(credentials));
    }
}
