//! What keeps the sessions list live in the browser: a one-second clock that ages the list
//! ("updated 20 s ago", ticking waiting times) and reloads it every `REFRESH_SECS` unless a
//! confirmation is open or the tab is hidden, the highlight of rows a refresh changed, and
//! the Performance API figure of how long a refresh takes to re-render.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use leptos::prelude::*;

use crate::sessions::Loaded;
use crate::shared::row::{Badge, Row};
use crate::words::{duration, Precision};

/// Identifies a table row across refreshes. It travels as `[session, technician, nth]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(into = "(u32, u32, u32)", from = "(u32, u32, u32)")]
pub struct RowKey {
    /// The session.
    pub session: u32,
    /// The technician it is listed under (0 while it waits in a queue).
    pub technician: u32,
    /// Which of that pair's rows it is: Rescue could list a pair twice, and keys must stay
    /// unique for the keyed list.
    pub nth: u32,
}

impl From<RowKey> for (u32, u32, u32) {
    fn from(key: RowKey) -> Self {
        (key.session, key.technician, key.nth)
    }
}

impl From<(u32, u32, u32)> for RowKey {
    fn from((session, technician, nth): (u32, u32, u32)) -> Self {
        RowKey {
            session,
            technician,
            nth,
        }
    }
}

/// How long a changed row stays highlighted.
const HIGHLIGHT: Duration = Duration::from_secs(3);

/// Whether a list read is running, and how the last one ended. Made before the page's
/// reader, which reports to it, so the page hears of a read that got no answer too.
#[derive(Clone, Copy)]
pub struct Fetching {
    running: RwSignal<bool>,
    unanswered: RwSignal<bool>,
    /// The list age (seconds) of the last refresh tried.
    last_try: StoredValue<u64>,
}

impl Fetching {
    /// Nothing running yet.
    pub fn new() -> Self {
        Fetching {
            running: RwSignal::new(false),
            unanswered: RwSignal::new(false),
            last_try: StoredValue::new(0),
        }
    }

    /// A read ended: with an answer from the dashboard server, or without (the browser lost
    /// it), in which case the list shown stays and the page says how old it is.
    pub fn ended(self, answered: bool) {
        self.running.set(false);
        self.unanswered.set(!answered);
    }
}

impl Default for Fetching {
    fn default() -> Self {
        Self::new()
    }
}

/// The list's rows with their keys, in order.
pub fn keyed(rows: &[Row]) -> impl Iterator<Item = (RowKey, &Row)> {
    let mut seen: HashMap<(u32, u32), u32> = HashMap::new();
    rows.iter().map(move |row| {
        let n = seen.entry((row.id, row.technician_id)).or_default();
        let key = RowKey {
            session: row.id,
            technician: row.technician_id,
            nth: *n,
        };
        *n += 1;
        (key, row)
    })
}

/// The waiting time of a row whose status changed at `changed_at`, by `clock` (both seconds
/// since 1970). A clock behind the change (skew between servers) reads as no time at all.
pub fn age_words(clock: i64, changed_at: i64) -> String {
    duration(
        u64::try_from(clock - changed_at).unwrap_or(0),
        Precision::Minutes,
    )
}

/// The live state of one sessions page. Cheap to copy: signals only.
#[derive(Clone, Copy)]
pub struct Live {
    /// Starts a read of the list (the page's reader); `true` when the admin asked for it.
    reload: Callback<bool>,
    /// Whole seconds since the list shown arrived.
    pub elapsed: RwSignal<u64>,
    /// The server's time (seconds since 1970): when it read the list shown, plus the seconds
    /// since. Waiting times count from it, so a browser with a wrong clock still shows them
    /// right. A signal, not a memo: a thousand rows read it.
    pub clock: RwSignal<i64>,
    /// One trigger per second of the minute: a row older than a minute changes its text only
    /// when its age crosses a whole minute, which is at one second of each minute, so it
    /// listens to that second's trigger instead of the clock.
    minute_marks: [Trigger; 60],
    /// Rows the last refresh changed or added.
    pub flash: RwSignal<HashSet<RowKey>>,
    fetching: Fetching,
    paused: Signal<bool>,
    flash_generation: StoredValue<u64>,
    /// `WAIT_ALERT_SECS` (0: no alerts).
    pub alert_secs: u32,
    /// Whether the live stream is open: the list then comes to the page, which stops polling.
    pub streaming: RwSignal<bool>,
    /// The latest action on a listed session that the stream told of.
    pub news: RwSignal<Option<crate::news::News>>,
}

impl Live {
    /// Starts the clock and the arrival watch of a sessions page. `clock` is set to the
    /// server's time by whoever takes a new list in. `refresh_secs` is the
    /// configured interval (0: only on request); `paused` is true while a confirmation is open.
    pub fn start(
        reload: Callback<bool>,
        loaded: Signal<Loaded>,
        clock: RwSignal<i64>,
        fetching: Fetching,
        (refresh_secs, alert_secs): (Signal<u32>, u32),
        paused: Signal<bool>,
    ) -> Self {
        let live = Live {
            reload,
            elapsed: RwSignal::new(0),
            clock,
            minute_marks: std::array::from_fn(|_| Trigger::new()),
            flash: RwSignal::new(HashSet::new()),
            fetching,
            paused,
            flash_generation: StoredValue::new(0),
            alert_secs,
            streaming: RwSignal::new(false),
            news: RwSignal::new(None),
        };
        Effect::watch(move || loaded.track(), move |_, _, _| live.arrived(), false);
        Effect::new(move |_| {
            let tick = move || {
                live.elapsed.update(|e| *e += 1);
                live.clock.update(|c| *c += 1);
                let second = live.clock.get_untracked().rem_euclid(60);
                live.minute_marks[usize::try_from(second).unwrap_or(0)].notify();
                let secs = u64::from(refresh_secs.get_untracked());
                let elapsed = live.elapsed.get_untracked();
                // Due an interval after the list arrived, and after the last try (a refresh
                // that got no answer is tried again an interval later, not every second).
                let due = secs > 0
                    && elapsed >= secs
                    && elapsed >= live.fetching.last_try.get_value().saturating_add(secs);
                if due
                    && !live.streaming.get_untracked()
                    && !live.paused.get_untracked()
                    && !live.fetching.running.get_untracked()
                    && page_visible()
                {
                    live.refresh(false);
                }
            };
            if let Ok(handle) = set_interval_with_handle(tick, Duration::from_secs(1)) {
                on_cleanup(move || handle.clear());
            }
        });
        live
    }

    /// "4 min" for a row whose status changed at `changed_at`, subscribed to the clock only
    /// as finely as its text changes: every second in its first minute, then once a minute.
    pub fn waiting(self, changed_at: i64) -> String {
        let clock = self.clock.get_untracked();
        if clock - changed_at < 60 {
            self.clock.track();
        } else {
            self.minute_marks[usize::try_from(changed_at.rem_euclid(60)).unwrap_or(0)].track();
        }
        age_words(clock, changed_at)
    }

    /// "waiting 7 min" while a row of `badge` whose status changed at `changed_at` waits past
    /// the alert, else `None`; subscribed to the clock only as finely as that changes.
    pub fn overdue(self, badge: Badge, changed_at: Option<i64>) -> Option<String> {
        let changed_at = changed_at.filter(|_| badge == Badge::Waiting && self.alert_secs > 0)?;
        let clock = self.clock.get_untracked();
        let left = i64::from(self.alert_secs) - (clock - changed_at);
        // Close to the limit, each second counts; otherwise its text changes once a minute.
        if (1..=60).contains(&left) {
            self.clock.track();
        }
        let text = self.waiting(changed_at);
        crate::shared::row::waits_too_long(badge, Some(changed_at), clock, self.alert_secs)
            .then(|| crate::words::waiting_mark(&text))
    }

    /// Reloads the list now: the Refresh button (`by_user`), or the clock when due, which
    /// does not count as the admin being there.
    pub fn refresh(self, by_user: bool) {
        self.fetching.running.set(true);
        self.fetching
            .last_try
            .set_value(self.elapsed.get_untracked());
        self.reload.run(by_user);
    }

    /// "Updated 20 s ago · refreshes every 15 s", as the clock goes.
    pub fn updated_text(self, refresh_secs: u32) -> String {
        let streaming = self.streaming.get();
        let text = crate::words::updated(
            self.elapsed.get(),
            self.fetching.running.get(),
            self.fetching.unanswered.get(),
            if streaming { 0 } else { refresh_secs },
            self.paused.get(),
        );
        if streaming {
            crate::words::live_updates(&text)
        } else {
            text
        }
    }

    /// A new list arrived: restart the clock.
    fn arrived(self) {
        self.elapsed.set(0);
        self.fetching.last_try.set_value(0);
    }

    /// Highlights `changed` rows for a moment.
    pub fn highlight(self, changed: HashSet<RowKey>) {
        if changed.is_empty() {
            return;
        }
        self.flash.set(changed);
        let generation = self.flash_generation.get_value() + 1;
        self.flash_generation.set_value(generation);
        set_timeout(
            move || {
                // Only the highlight of this refresh; a newer one keeps its own.
                if self.flash_generation.get_value() == generation {
                    self.flash.set(HashSet::new());
                }
            },
            HIGHLIGHT,
        );
    }
}

/// Whether the tab is shown: a hidden tab does not spend Rescue calls on a list nobody sees.
#[cfg(feature = "hydrate")]
fn page_visible() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_none_or(|d| d.visibility_state() == web_sys::VisibilityState::Visible)
}

#[cfg(not(feature = "hydrate"))]
fn page_visible() -> bool {
    true
}

/// Marks the moment the browser's own rows replaced the server's (the Performance API mark
/// `sessions-live`, in milliseconds since the page began to load): how long an admin waits
/// for a list that acts in place.
pub fn rows_live() {
    #[cfg(feature = "hydrate")]
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("sessions-live");
    }
}

/// Performance API figures of a list that has just come back from the server (read by
/// `now`, its server time): `sessions-update` from its arrival to the table showing it, and
/// `sessions-rerender` including the browser's style and layout of the updated page.
pub fn data_arrived(now: Option<i64>) {
    #[cfg(feature = "hydrate")]
    if let (Some(now), Some(performance)) = (now, web_sys::window().and_then(|w| w.performance())) {
        let _ = performance.mark(DATA_MARK);
        measure_when_shown(now, 0);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = now;
}

#[cfg(feature = "hydrate")]
const DATA_MARK: &str = "sessions-data";

/// The page marks the list it shows on `<main data-list-at>`. The reactive updates run as
/// microtasks after the arrival, so a timeout normally finds them done; if not (the list did
/// not change, or the browser ran a task first) it looks again, a few times at most.
#[cfg(feature = "hydrate")]
fn measure_when_shown(now: i64, tries: u32) {
    set_timeout(
        move || {
            let Some(window) = web_sys::window() else {
                return;
            };
            let document = window.document();
            let shown = document
                .as_ref()
                .and_then(|d| d.query_selector("main[data-list-at]").ok().flatten())
                .and_then(|m| m.get_attribute("data-list-at"))
                .is_some_and(|at| at == now.to_string());
            if !shown {
                if tries < 20 {
                    measure_when_shown(now, tries + 1);
                }
                return;
            }
            let Some(performance) = window.performance() else {
                return;
            };
            // Two arrivals close together (a refresh's answer and the live stream's read) each
            // wait here; the first measures and takes the mark, the second leaves that measure be.
            if performance.get_entries_by_name(DATA_MARK).length() == 0 {
                return;
            }
            performance.clear_measures_with_measure_name("sessions-update");
            performance.clear_measures_with_measure_name("sessions-rerender");
            let _ = performance.measure_with_start_mark("sessions-update", DATA_MARK);
            // Reading a layout property makes the browser style and lay out the page now.
            if let Some(body) = document.and_then(|d| d.body()) {
                let _ = body.offset_height();
            }
            let _ = performance.measure_with_start_mark("sessions-rerender", DATA_MARK);
            performance.clear_marks_with_mark_name(DATA_MARK);
        },
        Duration::ZERO,
    );
}
