//! The sessions page's frame: top bar, node picker, filters, the table and its messages. Built
//! once per address; each part follows only the piece of the list it shows.

use leptos::prelude::*;

use crate::actions::{ActOnSession, Target};
use crate::core::Page;
use crate::layout::{Section, TopBar};
use crate::say;
use crate::sessions::filter::ListQuery;
use crate::sessions::live::Live;
use crate::sessions::load::Loaded;
use crate::sessions::load::SessionsView;
use crate::sessions::rows::{Place, SessionRows};
use crate::shared::address::{sessions_url, NodeAddress, Sort, SortKey};
use crate::shared::row::PickerEntry;
use crate::sign_in::SignOut;

/// What the page's frame is built from. It changes only with the address, so a refresh never
/// rebuilds the filters, the table or its scroll box.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Frame {
    email: String,
    node: NodeAddress,
    node_name: String,
    list: ListQuery,
    list_query: String,
    /// Seconds between automatic reloads.
    pub refresh_secs: u32,
    bulk_words: crate::sessions::load::BulkWords,
}

impl Frame {
    /// The frame of a loaded list.
    pub fn of(view: &SessionsView) -> Self {
        Frame {
            email: view.email.clone(),
            node: view.node,
            node_name: view.node_name.clone(),
            list: view.list.clone(),
            list_query: view.list_query.clone(),
            refresh_secs: view.refresh_secs,
            bulk_words: view.bulk_words.clone(),
        }
    }
}

/// The filter drop-downs' values: statuses, technicians, channels.
use crate::sessions::load::ListChoices as Choices;

/// The page below the dialog.
#[component]
pub(super) fn Sessions(
    frame: Frame,
    loaded: Signal<Loaded>,
    live: Live,
    sign_out: ServerAction<SignOut>,
    act: ServerAction<ActOnSession>,
    chosen: RwSignal<Option<Target>>,
    hydrated: ReadSignal<bool>,
) -> impl IntoView {
    // Each part of the page follows only what it shows.
    let picker = Memo::new(move |_| with_view(loaded, |v| v.picker.clone()));
    let notice = Memo::new(move |_| with_view(loaded, |v| v.notice.clone()));
    let problem = Memo::new(move |_| with_view(loaded, |v| v.problem.clone()));
    let malformed = Memo::new(move |_| with_view(loaded, |v| v.malformed));
    let counts = Memo::new(move |_| with_view(loaded, |v| (v.rows.len(), v.total)));
    // Follows the clock: a customer crosses the limit between refreshes too.
    let overdue = Memo::new(move |_| {
        let clock = live.clock.get();
        with_view(loaded, |v| v.overdue_count(clock))
    });
    let choices = Memo::new(move |_| with_view(loaded, |v| v.choices.clone()));
    let Frame {
        email,
        node,
        node_name,
        list,
        list_query,
        refresh_secs,
        bulk_words,
    } = frame.clone();
    let here = sessions_url(Some(node), &list_query, list.sort());
    let current_sort = list.sort();
    let sort_link = {
        let list_query = list_query.clone();
        move |key, label| sort_header(node, &list_query, current_sort, &[(key, label)])
    };
    let sort_pair = {
        let list_query = list_query.clone();
        move |first, second| sort_header(node, &list_query, current_sort, &[first, second])
    };
    let select = move |id, label, pick, current, extra| {
        filter_select(id, label, choices, pick, current, extra)
    };
    let narrows = list.narrows();
    let filters = view! {
        <form class="filters list-filters" method="get" action="/sessions" aria-label=say!("filter-sessions")>
            <input type="hidden" name="node" value=node.id.to_string()/>
            <input type="hidden" name="noderef" value=node.kind.as_str()/>
            {list.sort.clone().map(|s| view! { <input type="hidden" name="sort" value=s/> })}
            {list.dir.clone().map(|d| view! { <input type="hidden" name="dir" value=d/> })}
            {select("status", say!("col-status"), |c| &c.statuses, list.status.clone(), vec![("live", say!("status-live")), ("finished", say!("status-finished"))])}
            {select("technician", say!("col-technician"), |c| &c.technicians, list.technician.clone(), Vec::new())}
            {select("channel", say!("col-channel"), |c| &c.channels, list.channel.clone(), Vec::new())}
            <div class="field">
                <label for="q">{say!("search-sessions")}</label>
                <input id="q" name="q" type="search" value=list.q.clone().unwrap_or_default()/>
            </div>
            <div class="buttons">
                <button type="submit">{say!("apply")}</button>
                <a class="button secondary" href=sessions_url(Some(node), "", None)>{say!("clear")}</a>
            </div>
        </form>
        <div class="list-status">
            <p class="muted list-count">
                {move || {
                    let (shown, total) = counts.get();
                    crate::words::row_count(shown, total, narrows)
                }}
            </p>
            <p class="muted updated" aria-live="off">
                {move || live.updated_text(refresh_secs)}
            </p>
            <a class="button small secondary refresh" href=here.clone() on:click=move |ev| {
                ev.prevent_default();
                live.refresh(true);
            }>
                {say!("refresh")}
            </a>
            // Shown by alerts.js where the browser can notify and has not been asked yet.
            <button type="button" id="notify-waits" class="button small secondary" hidden
                data-notice=say!("wait-notice", session = "{session}", mark = "{mark}")>
                {say!("notify-waits")}
            </button>
        </div>
        // The table's checkboxes belong to this form (`form="bulk"`): it opens one confirmation
        // for every session chosen. bulk.js counts them and selects the pending ones.
        <form id="bulk" class="bulk-bar" method="get" action="/sessions/bulk" aria-label=say!("bulk-bar")
            data-selected=bulk_words.selected
            data-cancel=bulk_words.cancel
            data-hold=bulk_words.hold
            data-close=bulk_words.close
            data-not-allowed=say!("bulk-not-allowed")>
            <input type="hidden" name="node" value=node.id.to_string()/>
            <input type="hidden" name="noderef" value=node.kind.as_str()/>
            <output id="bulk-count" class="muted" for="bulk" aria-live="polite"></output>
            <button type="submit" name="action" value="cancel" class="button small" id="bulk-cancel" data-plain=say!("bulk-cancel-selected")>
                {say!("bulk-cancel-selected")}
            </button>
            <button type="submit" name="action" value="hold" class="button small secondary" id="bulk-hold" data-plain=say!("bulk-hold-selected")>
                {say!("bulk-hold-selected")}
            </button>
            <button type="submit" name="action" value="close" class="button small secondary" id="bulk-close" data-plain=say!("bulk-close-selected")>
                {say!("bulk-close-selected")}
            </button>
            <button type="submit" name="select" value="pending" class="button small secondary" id="bulk-pending">
                {say!("bulk-select-pending")}
            </button>
        </form>
        {move || {
            let count = overdue.get();
            (count > 0)
                .then(|| {
                    view! {
                        <p id="wait-alerts" class="wait-alerts" role="status" data-alerts=count>
                            {crate::words::wait_alerts(count, live.alert_secs)}
                        </p>
                    }
                })
        }}
    }
    .into_any();
    let back = sessions_url(Some(node), "", None);
    let has_rows = Memo::new(move |_| counts.get().0 > 0);
    // Built once while there are rows: refreshes change the rows inside, never the table.
    let table = {
        let back = back.clone();
        move || {
            view! {
                <div class="table-scroll"><table class="sessions cards">
                            <thead>
                                <tr>
                                    {sort_link(SortKey::Session, say!("col-session"))}
                                    {sort_link(SortKey::Status, say!("col-status"))}
                                    {sort_link(SortKey::Technician, say!("col-technician"))}
                                    {sort_link(SortKey::Channel, say!("col-channel"))}
                                    {sort_pair((SortKey::Waiting, say!("col-in-status-for")), (SortKey::Started, say!("col-started")))}
                                    {sort_pair((SortKey::Customer, say!("col-customer")), (SortKey::Language, say!("col-language")))}
                                    <th scope="col" class="pin-end">
                                        <span class="visually-hidden">{say!("col-actions")}</span>
                                    </th>
                                </tr>
                            </thead>
                            <SessionRows
                                loaded
                                live
                                picker
                                place=Place {
                                    node,
                                    back: back.clone(),
                                }
                                act
                                chosen
                                hydrated
                            />
                </table></div>
            }
            .into_any()
        }
    };
    let empty_text = move || {
        let (shown, total) = counts.get();
        (shown == 0 && problem.with(Option::is_none)).then(|| {
            let text = if total > 0 {
                say!("no-sessions-match")
            } else {
                say!("no-sessions-here")
            };
            view! { <p class="empty">{text}</p> }
        })
    };
    view! {
        <TopBar title=say!("sessions-heading", node = node_name.as_str()) email current=Section::Sessions sign_out/>
        <div class="layout">
            {picker_nav(picker, node)}
            <section id="content" tabindex="-1" class="card table-card" aria-label=say!("sessions")>
                {move || {
                    notice
                        .get()
                        .map(|n| {
                            let class = if n.ok { "result ok" } else { "result error" };
                            view! {
                                <p class=class role="status">
                                    {n.message}
                                </p>
                            }
                        })
                }}
                {move || problem.get().map(|p| view! { <p class="error" role="alert">{p.to_string()}</p> })}
                {move || {
                    let malformed = malformed.get();
                    (malformed > 0)
                        .then(|| {
                            view! {
                                <p class="notice">
                                    {crate::words::malformed_rows(malformed)}
                                </p>
                            }
                        })
                }}
                {filters}
                {empty_text}
                <Show when=move || has_rows.get()>{table()}</Show>

            </section>
        </div>
    }
}

/// A column header whose links sort by each of `keys` (a merged column has two, the second
/// on a line of its own): ascending first, then the other way.
fn sort_header(
    node: NodeAddress,
    list_query: &str,
    current_sort: Option<Sort>,
    keys: &[(SortKey, String)],
) -> AnyView {
    let mut aria = None;
    let links = keys
        .iter()
        .enumerate()
        .map(|(n, (key, label))| {
            let (key, label) = (*key, label.clone());
            let current = current_sort.is_some_and(|s| s.key == key);
            let descending = current && current_sort.is_some_and(|s| s.descending);
            let sort = Sort {
                key,
                descending: current && !descending,
            };
            if current {
                aria = Some(if descending {
                    "descending"
                } else {
                    "ascending"
                });
            }
            let arrow = match (current, descending) {
                (true, false) => " ▲",
                (true, true) => " ▼",
                _ => "",
            };
            let class = if n == 0 { "sort" } else { "sort sub" };
            view! {
                <a class=class href=sessions_url(Some(node), list_query, Some(sort))>
                    {label}
                    {arrow}
                </a>
            }
        })
        .collect_view();
    let pinned = keys
        .first()
        .is_some_and(|(key, _)| *key == SortKey::Session);
    view! {
        <th scope="col" aria-sort=aria class=pinned.then_some("pin-start")>
            {links}
        </th>
    }
    .into_any()
}

/// A filter drop-down: "Any", the `extra` fixed choices, then the values the list holds.
fn filter_select(
    id: &'static str,
    label: String,
    choices: Memo<Choices>,
    pick: fn(&Choices) -> &Vec<String>,
    current: Option<String>,
    extra: Vec<(&'static str, String)>,
) -> AnyView {
    let current = current.unwrap_or_default();
    let chosen_value = current.clone();
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id name=id>
                <option value="" selected=current.is_empty()>{say!("any")}</option>
                {extra
                    .into_iter()
                    .map(|(v, l)| view! { <option value=v selected=current == v>{l}</option> })
                    .collect_view()}
                // The values present in the list; one chosen earlier stays offered even
                // when a refresh no longer lists it, so the form never drops a choice.
                {move || {
                    let mut values = choices.with(|c| pick(c).clone());
                    if !chosen_value.is_empty() && !values.contains(&chosen_value)
                        && !["live", "finished"].contains(&chosen_value.as_str())
                    {
                        values.push(chosen_value.clone());
                    }
                    values
                        .into_iter()
                        .map(|v| {
                            let selected = v == chosen_value;
                            let value = v.clone();
                            view! { <option value=value selected=selected>{v}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
    .into_any()
}

/// The technicians, groups and channels to list, the one shown marked.
fn picker_nav(picker: Memo<Vec<PickerEntry>>, node: NodeAddress) -> impl IntoView {
    view! {
        <nav class="picker card" aria-label=say!("picker")>
            <ul>
                {move || {
                    picker
                        .get()
                        .into_iter()
                        .map(|p| {
                            let current = p.node == node;
                            let href = sessions_url(Some(p.node), "", None);
                            let status = (!p.status.is_empty()).then(|| format!(" ({})", p.status));
                            view! {
                                <li class=format!("{} depth-{}", p.role.as_str(), p.depth.min(3))>
                                    <a href=href aria-current=current.then_some("page")>
                                        {p.name}
                                    </a>
                                    <span class="muted">{status}</span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </nav>
    }
}

/// `pick` of the loaded view (the default view while there is none).
fn with_view<T: Default>(loaded: Signal<Loaded>, pick: impl Fn(&SessionsView) -> T) -> T {
    loaded.with(|l| match l {
        Page::Ready(view) => pick(view),
        _ => T::default(),
    })
}
