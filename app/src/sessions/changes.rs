//! What a live stream tells an open sessions list when Rescue's list changed: the rows added or
//! changed, the rows gone, and the new order when it changed — never the whole list again when
//! little changed. The server works the change out for each stream from what that stream was
//! last sent ([`diff`]); the browser applies it to the list it shows ([`apply`]).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::sessions::live::{keyed, RowKey};
use crate::sessions::load::{ListChoices, SessionsView};
use crate::shared::row::Row;

/// One change of a list, as a stream's `rows` event carries it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    /// When the server read the list (seconds since 1970): the page's clock.
    pub now: i64,
    /// The whole list follows: rows not in `upsert` are gone (a new stream, or one that
    /// missed too much to catch up).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reset: bool,
    /// Rows new or changed, with their keys.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub upsert: Vec<(RowKey, Row)>,
    /// Rows gone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remove: Vec<RowKey>,
    /// Every row's key in the new order, when the order is not the old one less the rows gone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<Vec<RowKey>>,
    /// Rows Rescue listed before the filters.
    pub total: usize,
    /// Rows Rescue sent that could not be read.
    pub malformed: usize,
    /// The filters' choices, when they changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choices: Option<ListChoices>,
    /// A fresh one-time token for the page's action dialog, when the one it holds ages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}

impl Change {
    /// Whether it changes any row.
    pub fn touches_rows(&self) -> bool {
        self.reset || !self.upsert.is_empty() || !self.remove.is_empty() || self.order.is_some()
    }
}

/// Two reads of one row differ by a second or two in when its status changed (each works it
/// out from Rescue's waiting time and its own clock): within this, it has not changed.
const JITTER_SECS: i64 = 2;

/// Whether `after` shows anything `before` did not.
fn differs(before: &Row, after: &Row) -> bool {
    (before.changed_at - after.changed_at).abs() > JITTER_SECS
        || Row {
            changed_at: 0,
            waiting_secs: None,
            ..before.clone()
        } != Row {
            changed_at: 0,
            waiting_secs: None,
            ..after.clone()
        }
}

/// The change from the rows a stream was last sent (`before`) to the rows it should show now
/// (`after`), and the rows it shows once the change is applied: a row that did not change keeps
/// its old self, so its status time does not creep by a second at every read.
pub fn diff(before: &[Row], after: Vec<Row>) -> (Change, Vec<Row>) {
    let old: HashMap<RowKey, &Row> = keyed(before).collect();
    let new_keys: Vec<RowKey> = keyed(&after).map(|(key, _)| key).collect();
    let mut change = Change::default();
    let mut shown = Vec::with_capacity(after.len());
    for (key, row) in new_keys.iter().zip(after) {
        match old.get(key) {
            Some(was) if !differs(was, &row) => shown.push((*was).clone()),
            _ => {
                change.upsert.push((*key, row.clone()));
                shown.push(row);
            }
        }
    }
    let kept: std::collections::HashSet<&RowKey> = new_keys.iter().collect();
    change.remove = old.keys().filter(|k| !kept.contains(k)).copied().collect();
    change
        .remove
        .sort_by_key(|k| (k.session, k.technician, k.nth));
    // The order the browser would keep on its own: its rows less the gone, the new at the end.
    let mut kept_order: Vec<RowKey> = keyed(before)
        .map(|(key, _)| key)
        .filter(|k| kept.contains(k))
        .collect();
    kept_order.extend(new_keys.iter().filter(|k| !old.contains_key(k)).copied());
    if kept_order != new_keys {
        change.order = Some(new_keys);
    }
    (change, shown)
}

/// The whole list as a change: what a new stream is sent first.
pub fn whole(rows: &[Row]) -> Change {
    Change {
        reset: true,
        upsert: keyed(rows).map(|(key, row)| (key, row.clone())).collect(),
        ..Change::default()
    }
}

/// Applies `change` to the list `view` shows.
pub fn apply(view: &mut SessionsView, change: Change) {
    let old_order: Vec<RowKey> = keyed(&view.rows).map(|(key, _)| key).collect();
    let mut rows: HashMap<RowKey, Row> = if change.reset {
        HashMap::new()
    } else {
        keyed(&view.rows)
            .map(|(key, row)| (key, row.clone()))
            .collect()
    };
    for key in &change.remove {
        rows.remove(key);
    }
    let mut added = Vec::new();
    for (key, row) in change.upsert {
        if rows.insert(key, row).is_none() {
            added.push(key);
        }
    }
    let order = match change.order {
        Some(order) => order,
        None if change.reset => added,
        None => {
            // A key removed and added again in one change appears twice; its row, once.
            let mut order = old_order;
            order.extend(added);
            order
        }
    };
    view.rows = order.iter().filter_map(|key| rows.remove(key)).collect();
    view.now = change.now;
    view.total = change.total;
    view.malformed = change.malformed;
    if let Some(choices) = change.choices {
        view.choices = choices;
    }
    if let Some(token) = change.token {
        view.confirm_token = token;
    }
}

// With the server's features: the rows come from the table's tests.
#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::shared::row::Badge;

    fn row(id: u32, technician_id: u32, status: &str) -> Row {
        crate::sessions::row_tests::row(id, technician_id, status, Badge::Waiting)
    }

    /// The list a browser holding `before` shows once it applied the change to `after`.
    fn round_trip(before: &[Row], after: Vec<Row>) -> (Change, Vec<Row>) {
        let (change, shown) = diff(before, after);
        // The change survives its wire form.
        let wire = serde_json::to_string(&change).unwrap();
        let change_back: Change = serde_json::from_str(&wire).unwrap();
        let mut view = SessionsView {
            rows: before.to_vec(),
            ..SessionsView::default()
        };
        apply(&mut view, change_back);
        // Compared as they travel: the sort and search fields stay on the server.
        let wire = |rows: &[Row]| serde_json::to_string(rows).unwrap();
        assert_eq!(
            wire(&view.rows),
            wire(&shown),
            "the browser ends where the server thinks"
        );
        (change, shown)
    }

    #[test]
    fn only_what_changed_travels_and_the_browser_ends_with_the_new_list() {
        let before = vec![
            row(1, 0, "Waiting"),
            row(2, 5, "Active"),
            row(3, 0, "Waiting"),
        ];
        // Nothing changed but the clock's second: nothing to send.
        let mut same = before.clone();
        same[0].changed_at += 1;
        let (change, shown) = round_trip(&before, same);
        assert!(!change.touches_rows(), "{change:?}");
        assert_eq!(shown, before);
        // One row changed, one gone, one new at the end: the order needs no list of keys.
        let mut after = vec![
            row(1, 0, "Waiting"),
            row(3, 0, "Active"),
            row(4, 0, "Waiting"),
        ];
        after[1].badge = Badge::Live;
        let (change, _) = round_trip(&before, after.clone());
        assert_eq!(
            change
                .upsert
                .iter()
                .map(|(k, _)| k.session)
                .collect::<Vec<_>>(),
            [3, 4]
        );
        assert_eq!(
            change.remove.iter().map(|k| k.session).collect::<Vec<_>>(),
            [2]
        );
        assert!(change.order.is_none());
        // A new row first, and two rows swapped: the order travels.
        let reordered = vec![
            row(9, 0, "Waiting"),
            row(3, 0, "Waiting"),
            row(1, 0, "Waiting"),
        ];
        let (change, _) = round_trip(&before, reordered);
        assert!(change.order.is_some());
        // A session listed twice under one technician keeps two rows.
        let doubled = vec![row(1, 0, "Waiting"), row(1, 0, "Waiting")];
        round_trip(&before, doubled);
    }

    #[test]
    fn a_reset_replaces_every_row() {
        let mut view = SessionsView {
            rows: vec![row(1, 0, "Waiting")],
            ..SessionsView::default()
        };
        let mut change = whole(&[row(2, 0, "Waiting"), row(3, 0, "Waiting")]);
        change.now = 5;
        change.total = 2;
        apply(&mut view, change);
        assert_eq!(view.rows.iter().map(|r| r.id).collect::<Vec<_>>(), [2, 3]);
        assert_eq!((view.now, view.total), (5, 2));
    }
}
