//! The rows of the live sessions table. The server writes them as plain HTML (see
//! `row_html`); once the island has hydrated, the browser builds its own reactive rows in
//! their place. Those are keyed by session and technician, so a refresh updates the cells of a
//! row in place and never rebuilds the ones that did not change: the focused button keeps its
//! focus, and a new row slots in without the others jumping.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use crate::actions::{target_choices, ActOnSession, Target};
use crate::core::Page;
use crate::sessions::live::{keyed, Live, RowKey};
pub use crate::sessions::look::Place;
use crate::sessions::look::{ActionLink, RowLook};
use crate::sessions::page_rows::{lead_mark, BODY_ID};
use crate::sessions::Loaded;
use crate::shared::row::{age_of, badge_class, Badge, PickerEntry, Row};

/// The table body: one row per (session, technician). The server renders the rows as plain
/// HTML; the browser swaps in reactive rows once the island has hydrated.
///
/// Why not hydrate rows the server rendered reactively: a thousand reactive rows took most of
/// the page's server time (owners, signals and type-erased views for every cell), and the
/// hydrated rows cost the browser about as much as building them afresh.
#[component]
pub fn SessionRows(
    /// The list as last loaded.
    loaded: Signal<Loaded>,
    /// The page's clock and highlights.
    live: Live,
    /// Technicians and channels, for the targets of Transfer and Start.
    picker: Memo<Vec<PickerEntry>>,
    /// Where the table is: its node and the page to return to after an action.
    place: Place,
    /// The session action of the page's dialog.
    act: ServerAction<ActOnSession>,
    /// The row and action the dialog confirms.
    chosen: RwSignal<Option<Target>>,
    /// True once the island has hydrated (always false on the server).
    hydrated: ReadSignal<bool>,
) -> impl IntoView {
    move || {
        if hydrated.get() {
            view! { <LiveRows loaded live picker place=place.clone() act chosen/> }.into_any()
        } else {
            // The browser hydrates this with an empty string, which leaves the server's rows
            // in place until it swaps in its own.
            view! { <tbody id=BODY_ID inner_html=server_rows(loaded, live, &place)/> }.into_any()
        }
    }
}

/// The rows as the server writes them into the page.
#[cfg(feature = "ssr")]
fn server_rows(loaded: Signal<Loaded>, live: Live, place: &Place) -> String {
    let now = live.clock.get_untracked();
    loaded.with_untracked(|l| match l {
        Page::Ready(view) => {
            crate::sessions::row_html::rows_html(&view.rows, (now, live.alert_secs), place)
        }
        _ => String::new(),
    })
}

/// In the browser the rows are its own; the server's stay put until they are swapped.
#[cfg(not(feature = "ssr"))]
fn server_rows(_loaded: Signal<Loaded>, _live: Live, _place: &Place) -> String {
    String::new()
}

/// The reactive table body the browser keeps up to date: one row per (session, technician).
#[component]
pub(crate) fn LiveRows(
    /// The list as last loaded.
    loaded: Signal<Loaded>,
    /// The page's clock and highlights.
    live: Live,
    /// Technicians and channels, for the targets of Transfer and Start.
    picker: Memo<Vec<PickerEntry>>,
    /// Where the table is.
    place: Place,
    /// The session action of the page's dialog.
    act: ServerAction<ActOnSession>,
    /// The row and action the dialog confirms.
    chosen: RwSignal<Option<Target>>,
) -> impl IntoView {
    // Each row has signals of its own, set only when that row changed. (One shared map that
    // a thousand rows each read would make every refresh re-run all of them, and the reactive
    // graph untracks each reader from a shared source one by one: quadratic in the rows.)
    let cells: StoredValue<HashMap<RowKey, RowCells>> = StoredValue::new(HashMap::new());
    // Effects run once the rows are in the page.
    Effect::new(|_| crate::sessions::live::rows_live());
    let keys = Memo::new(move |_| {
        loaded.with(|l| match l {
            Page::Ready(view) => keyed(&view.rows).map(|(k, _)| k).collect::<Vec<_>>(),
            _ => Vec::new(),
        })
    });
    // The rows of the list before the latest refresh: those not among them are new.
    let listed: StoredValue<HashSet<RowKey>> =
        StoredValue::new(loaded.with_untracked(|l| match l {
            Page::Ready(view) => keyed(&view.rows).map(|(k, _)| k).collect(),
            _ => HashSet::new(),
        }));
    // A refresh: update the rows that changed, highlight them and the new ones.
    Effect::watch(
        move || loaded.track(),
        move |_, _, _| {
            let mut changed = HashSet::new();
            loaded.with_untracked(|l| {
                let Page::Ready(view) = l else { return };
                cells.update_value(|cells| {
                    let mut seen = HashSet::with_capacity(view.rows.len());
                    for (key, row) in keyed(&view.rows) {
                        seen.insert(key);
                        match cells.get(&key) {
                            Some(cell) => {
                                if cell.update(row) {
                                    changed.insert(key);
                                }
                            }
                            None => {
                                changed.insert(key);
                                cells.insert(key, RowCells::new(row));
                            }
                        }
                    }
                    cells.retain(|key, _| seen.contains(key));
                    // The table may have made the new rows' cells first; new is new all the same.
                    listed.with_value(|before| {
                        changed.extend(seen.iter().filter(|k| !before.contains(*k)).copied())
                    });
                    listed.set_value(seen);
                });
            });
            live.highlight(changed);
        },
        false,
    );
    // An action on a listed session, told by the stream: its rows say who did what.
    Effect::watch(
        move || live.news.get(),
        move |piece, _, _| {
            let Some(piece) = piece else { return };
            let mark = crate::words::news_mark(piece);
            cells.with_value(|cells| {
                for (key, cell) in cells {
                    if key.session == piece.session {
                        cell.news.set(Some(mark.clone()));
                    }
                }
            });
        },
        false,
    );
    view! {
        <tbody>
            <For
                each=move || keys.get()
                key=|key| *key
                children=move |key| {
                    // A row the map does not have yet (the first render, on the server too,
                    // where effects do not run, or a row a refresh added): fill in every
                    // missing row in one pass over the list, so a table costs one pass.
                    let cell = cells.with_value(|c| c.get(&key).cloned()).unwrap_or_else(|| {
                        cells.try_update_value(|c| {
                            loaded.with_untracked(|l| {
                                if let Page::Ready(view) = l {
                                    for (k, row) in keyed(&view.rows) {
                                        c.entry(k).or_insert_with(|| RowCells::new(row));
                                    }
                                }
                            });
                            c.entry(key).or_insert_with(RowCells::gone).clone()
                        })
                        .unwrap_or_else(RowCells::gone)
                    });
                    let RowCells { row, age, news } = cell;
                    view! { <SessionRow key row age news live picker place=place.clone() act chosen/> }
                        .into_any()
                }
            />
        </tbody>
    }
}

/// The reactive state of one row: the row apart from its age, and when its status changed.
#[derive(Clone)]
struct RowCells {
    row: ArcRwSignal<Option<Arc<Row>>>,
    age: ArcRwSignal<Option<i64>>,
    /// The latest action another admin (or this one) took on the session, as the stream
    /// told it.
    news: ArcRwSignal<Option<String>>,
}

impl RowCells {
    fn new(row: &Row) -> Self {
        RowCells {
            row: ArcRwSignal::new(Some(Arc::new(ageless(row)))),
            age: ArcRwSignal::new(age_of(row)),
            news: ArcRwSignal::new(None),
        }
    }

    /// A row the list no longer has (only while the table catches up).
    fn gone() -> Self {
        RowCells {
            row: ArcRwSignal::new(None),
            age: ArcRwSignal::new(None),
            news: ArcRwSignal::new(None),
        }
    }

    /// Takes `row` as listed now; true if more than its age changed.
    fn update(&self, row: &Row) -> bool {
        let age = age_of(row);
        if self.age.with_untracked(|a| *a != age) {
            self.age.set(age);
        }
        let row = ageless(row);
        let changed = self
            .row
            .with_untracked(|r| r.as_deref().is_none_or(|r| *r != row));
        if changed {
            self.row.set(Some(Arc::new(row)));
        }
        changed
    }
}

/// A row without its age (waiting time), which every refresh changes.
fn ageless(row: &Row) -> Row {
    Row {
        waiting_secs: None,
        changed_at: 0,
        ..row.clone()
    }
}

#[component]
fn SessionRow(
    key: RowKey,
    row: ArcRwSignal<Option<Arc<Row>>>,
    age: ArcRwSignal<Option<i64>>,
    news: ArcRwSignal<Option<String>>,
    live: Live,
    picker: Memo<Vec<PickerEntry>>,
    place: Place,
    act: ServerAction<ActOnSession>,
    chosen: RwSignal<Option<Target>>,
) -> impl IntoView {
    // Handles owned by this row; the state itself lives on in the table's map.
    let (row, age, news) = (
        RwSignal::from(row),
        RwSignal::from(age),
        RwSignal::from(news),
    );
    let (session, technician_id) = (key.session, key.technician);
    let node = place.node;
    let look = Memo::new(move |_| row.with(|r| r.as_deref().map(|r| RowLook::of(r, node))));
    let text = move |pick: fn(&Row) -> String| {
        move || row.with(|r| r.as_deref().map(pick).unwrap_or_default())
    };
    // Each part follows only what it shows: a refresh that changes the status re-renders
    // the badge, never the links (a focused button keeps its focus).
    let badge_class = Memo::new(move |_| {
        look.with(|l| {
            l.as_ref()
                .map_or(badge_class(Badge::Unknown), |l| l.badge_class)
        })
    });
    let pending_text =
        Memo::new(move |_| look.with(|l| l.as_ref().and_then(|l| l.pending_text.clone())));
    let cancel_class = Memo::new(move |_| look.with(|l| l.as_ref().map_or("", |l| l.cancel.class)));
    let more =
        Memo::new(move |_| look.with(|l| l.as_ref().map(|l| l.more.clone()).unwrap_or_default()));
    let badge = Memo::new(move |_| row.with(|r| r.as_deref().map_or(Badge::Unknown, |r| r.badge)));
    let overdue = move || {
        live.overdue(badge.get(), age.get())
            .map(|text| view! { <span class="wait-alert">{text}</span> })
    };
    // "In status for" goes on ticking between refreshes (see `Live::waiting`).
    let waiting = move || {
        age.get()
            .map(|changed_at| live.waiting(changed_at))
            .unwrap_or_default()
    };
    let class = move || {
        let flashed = live.flash.with(|f| f.contains(&key));
        look.with(|l| l.as_ref().map_or_else(String::new, |l| l.class(flashed)))
    };
    // A link to the confirmation page that, once hydrated, opens the dialog instead.
    let action_link = {
        let back = place.back.clone();
        move |link: ActionLink, class: Signal<&'static str>| {
            let back = back.clone();
            let action = link.action;
            let open = move |ev: leptos::ev::MouseEvent| {
                // A new tab or window gets the confirmation page.
                if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
                    return;
                }
                let Some(r) = row.get_untracked() else {
                    return;
                };
                ev.prevent_default();
                // The row's menu closes behind the dialog.
                if let Ok(Some(menu)) =
                    event_target::<leptos::web_sys::Element>(&ev).closest("details")
                {
                    let _ = menu.remove_attribute("open");
                }
                act.clear();
                let targets = action
                    .target()
                    .map(|kind| picker.with_untracked(|p| target_choices(p, kind)))
                    .unwrap_or_default();
                chosen.set(Some(Target {
                    action,
                    session: r.id,
                    technician: r.technician.clone(),
                    technician_id: r.technician_id,
                    node,
                    status: r.status.clone(),
                    badge: r.badge,
                    customer: r.customer.clone(),
                    back: back.clone(),
                    targets,
                    // The page's dialog adds the token of the list as last read.
                    token: String::new(),
                }));
            };
            let href = link.href();
            view! {
                <a class=class href=href on:click=open>
                    {link.label}
                </a>
            }
        }
    };
    let cancel_link = look.with_untracked(|l| l.as_ref().map(|l| l.cancel.clone()));
    let cancel = cancel_link.map(|link| action_link.clone()(link, cancel_class.into()));
    let more = move || {
        more.get()
            .into_iter()
            .map(|link| {
                let class = Signal::stored(link.class);
                view! { <li>{action_link(link, class)}</li> }
            })
            .collect_view()
    };
    view! {
        <tr data-session=session data-technician=technician_id class=class>
            <td class="pin-start">
                <input
                    type="checkbox"
                    class="pick"
                    name="pick"
                    form="bulk"
                    value=format!("{session}:{technician_id}")
                    aria-label=crate::say!("select-session", session = session.to_string().as_str())
                />
                {move || {
                    if row.with(|r| r.as_ref().is_some_and(|r| r.recorded)) {
                        Either::Left(view! {
                            <a href=format!("/outcomes/{session}") aria-label=crate::words::record_link(session)>
                                {session}
                            </a>
                        })
                    } else {
                        Either::Right(session)
                    }
                }}
            </td>
            <td>
                <span class=badge_class>{text(|r| r.status.clone())}</span>
                {move || {
                    pending_text
                        .get()
                        .map(|text| view! { <span class="pending-mark">{text}</span> })
                }}
                {overdue}
                {move || news.get().map(|text| view! { <span class="news-mark">{text}</span> })}
            </td>
            <td class="wrap">
                {text(|r| r.technician.clone())}
                {move || {
                    row.with(|r| r.as_ref().is_some_and(|r| r.lead))
                        .then(|| view! { <span class="muted">{lead_mark()}</span> })
                }}
            </td>
            <td class="wrap">{text(|r| r.channel.clone())}</td>
            // Merged cells keep the table whole on a laptop: the waiting time over when the
            // session started; the customer over their language and any transfer comment.
            <td>
                <span class="age">{waiting}</span>
                <span class="sub">{text(|r| r.start_time.clone())}</span>
            </td>
            <td class="wrap">
                <span>{text(|r| r.customer.clone())}</span>
                <span class="sub">{text(|r| r.language.clone())}</span>
                {move || {
                    row.with(|r| r.as_ref().map(|r| r.transfer.clone()).filter(|t| !t.is_empty()))
                        .map(|transfer| view! { <span class="sub transfer">{transfer}</span> })
                }}
            </td>
            <td class="pin-end">
                <div class="row-actions">
                    // Highlighted while an action of this admin is pending on the row.
                    {cancel}
                    <details class="more-actions">
                        <summary class="button small secondary">{crate::say!("more-actions")}</summary>
                        <ul>{more}</ul>
                    </details>
                </div>
            </td>
        </tr>
    }
    .into_any()
}
