//! `/sessions?node=<id>&noderef=NODE|CHANNEL`: the sessions of a technician, group or channel,
//! kept live by an island. The frame (filters, table, scroll box) is built once per address; a
//! refresh only updates rows in place, so focus, scroll and the admin's typing survive it.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::actions::{list_url, ActOnSession, SIGN_IN_NEEDED};
use crate::auth::SignOut;
use crate::list_filter::ListQuery;
use crate::pages::action::{ConfirmAction, Target};
use crate::pages::live::{self, Fetching, Live};
use crate::pages::login::SignInNeeded;
use crate::pages::session_rows::{Place, SessionRows};
use crate::pages::topbar::{Section, TopBar};
use crate::sessions::{load_sessions, Badge, SessionsView};

/// The CSS classes of a status badge.
pub(crate) fn badge_class(badge: Badge) -> &'static str {
    match badge {
        Badge::Waiting => "badge waiting",
        Badge::Live => "badge live",
        Badge::OnHold => "badge on-hold",
        Badge::Finished => "badge finished",
        Badge::Unknown => "badge unknown",
    }
}

/// What the page's frame is built from. It changes only with the address, so a refresh never
/// rebuilds the filters, the table or its scroll box.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Frame {
    email: String,
    node: u32,
    noderef: String,
    node_name: String,
    list: ListQuery,
    list_query: String,
    refresh_secs: u32,
}

impl Frame {
    fn of(view: &SessionsView) -> Self {
        Frame {
            email: view.email.clone(),
            node: view.node,
            noderef: view.noderef.clone(),
            node_name: view.node_name.clone(),
            list: view.list.clone(),
            list_query: view.list_query.clone(),
            refresh_secs: view.refresh_secs,
        }
    }

    /// This view's own address, for the Refresh link (which works without JavaScript).
    fn url(&self) -> String {
        let mut url = list_url(self.node, &self.noderef);
        if self.node == 0 {
            return url;
        }
        if !self.list_query.is_empty() {
            url.push('&');
            url.push_str(&self.list_query);
        }
        for (key, value) in [("sort", &self.list.sort), ("dir", &self.list.dir)] {
            if let Some(value) = value {
                url.push_str(&format!("&{key}={value}"));
            }
        }
        url
    }
}

/// The filter drop-downs' values: statuses, technicians, channels.
type Choices = (Vec<String>, Vec<String>, Vec<String>);

/// The last list loaded: `Err` when the browser must sign in first.
pub(crate) type Loaded = Option<Result<SessionsView, ()>>;

/// The sessions page. The server reads the address and the list once, then renders the live
/// island with that list, so the page is complete without JavaScript and the browser starts
/// from the list in the page instead of asking for it again.
#[component]
pub fn SessionsPage() -> impl IntoView {
    let (node, noderef, list) = use_query_map().with_untracked(|q| {
        let list = ListQuery {
            status: q.get("status"),
            technician: q.get("technician"),
            channel: q.get("channel"),
            q: q.get("q"),
            sort: q.get("sort"),
            dir: q.get("dir"),
        };
        (q.get("node"), q.get("noderef"), list)
    });
    view! {
        <Suspense fallback=|| view! { <main class="page"><p>"Loading sessions…"</p></main> }>
            {Suspend::new(async move {
                let first = load_sessions(node.clone(), noderef.clone(), list.clone())
                    .await
                    .ok()
                    .and_then(|view| shown(view).ok());
                view! { <SessionsLive node noderef list first/> }
            })}
        </Suspense>
    }
}

/// The live part of the sessions page, hydrated in the browser (an island): it refreshes the
/// list, ages it, and confirms row actions in a dialog. `node`, `noderef` and `list` are the
/// address's options, which refreshes ask for again; `first` is the list the server rendered
/// (`None`: the browser must sign in first).
#[island]
pub fn SessionsLive(
    node: Option<String>,
    noderef: Option<String>,
    list: ListQuery,
    first: Option<SessionsView>,
) -> impl IntoView {
    let clock = RwSignal::new(first.as_ref().map_or(0, |view| view.now));
    let last_list = RwSignal::new(Some(first.ok_or(())));
    let fetching = Fetching::new();
    let reload = reader((node, noderef, list), fetching, last_list, clock);
    let loaded: Signal<Loaded> = last_list.into();
    let frame = Memo::new(move |_| {
        loaded.with(|l| {
            l.as_ref()
                .map(|r| r.as_ref().map(Frame::of).map_err(|_| ()))
        })
    });
    let sign_out = ServerAction::<SignOut>::new();
    let act = ServerAction::<ActOnSession>::new();
    // The row and action being confirmed in the dialog (hydrated only).
    let chosen = RwSignal::new(None::<Target>);
    // A finished action changes the session: show the list as Rescue now has it. Not when the
    // answer sends the browser to sign in: a read of the list would then send it a second
    // time, and the second sign-in page no longer has the message why (it is shown once).
    Effect::watch(
        move || act.version().get(),
        move |_, _, _| {
            let leaving = act.value().with_untracked(
                |answer| matches!(answer, Some(Ok(report)) if report.code == SIGN_IN_NEEDED),
            );
            if !leaving {
                reload.run(());
            }
        },
        false,
    );
    let close = Callback::new(move |_| {
        chosen.set(None);
        act.clear();
    });
    let live = Live::start(
        reload,
        loaded,
        clock,
        fetching,
        Signal::derive(move || {
            frame.with(|f| {
                f.as_ref()
                    .and_then(|f| f.as_ref().ok())
                    .map_or(0, |f| f.refresh_secs)
            })
        }),
        Signal::derive(move || chosen.with(Option::is_some) || act.pending().get()),
    );
    let (hydrated, set_hydrated) = signal(false);
    // Effects run only in the browser: from here on, row actions open the dialog.
    Effect::new(move |_| set_hydrated.set(true));
    view! {
        <main
            class="page"
            data-hydrated=move || hydrated.get().to_string()
            data-list-at=move || with_view(loaded, |v| v.now).to_string()
        >
            {move || {
                chosen
                    .get()
                    .map(|target| {
                        let question = target.action.question();
                        view! {
                            <div
                                class="dialog-backdrop"
                                on:keydown=move |ev| {
                                    if ev.key() == "Escape" && !act.pending().get_untracked() {
                                        close.run(());
                                    }
                                }
                            >
                                <section
                                    class="dialog card"
                                    role="dialog"
                                    aria-modal="true"
                                    aria-labelledby="dialog-title"
                                >
                                    <h2 id="dialog-title">{question}</h2>
                                    <ConfirmAction target action=act keep=close keep_is_link=false/>
                                </section>
                            </div>
                        }
                    })
            }}
            {move || {
                frame
                    .get()
                    .map(|frame| match frame {
                        Ok(frame) => {
                            view! { <Sessions frame loaded live sign_out act chosen hydrated/> }
                                .into_any()
                        }
                        Err(()) => view! { <SignInNeeded/> }.into_any(),
                    })
            }}
        </main>
    }
}

/// What the page shows of a list the server answered: the list, or `Err` when the browser must
/// sign in first. The first list and every refresh go through it.
fn shown(view: SessionsView) -> Result<SessionsView, ()> {
    if view.sign_in_needed {
        Err(())
    } else {
        Ok(view)
    }
}

/// Reads the list of this address again. The newest read wins: one that answers after a newer
/// one started is dropped. A read the dashboard did not answer keeps the list shown, and the
/// page says how old it is.
fn reader(
    address: (Option<String>, Option<String>, ListQuery),
    fetching: Fetching,
    last_list: RwSignal<Loaded>,
    clock: RwSignal<i64>,
) -> Callback<()> {
    let newest = StoredValue::new(0_u64);
    Callback::new(move |()| {
        let read = newest.get_value().wrapping_add(1);
        newest.set_value(read);
        let (node, noderef, list) = address.clone();
        leptos::task::spawn_local(async move {
            let answer = load_sessions(node, noderef, list).await;
            if newest.get_value() != read {
                return;
            }
            fetching.ended(answer.is_ok());
            if let Ok(view) = answer {
                live::data_arrived(Some(view.now));
                let next = shown(view);
                // Only a different answer notifies the page, as a memo would.
                if last_list.with_untracked(|l| l.as_ref() != Some(&next)) {
                    if let Ok(view) = &next {
                        clock.set(view.now);
                    }
                    last_list.set(Some(next));
                }
            }
        });
    })
}

#[component]
fn Sessions(
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
    let choices = Memo::new(move |_| with_view(loaded, |v| v.choices.clone()));
    let Frame {
        email,
        node,
        noderef,
        node_name,
        list,
        list_query,
        refresh_secs,
    } = frame.clone();
    let here = frame.url();
    // A column header that sorts by it: ascending first, then the other way.
    let sort_link = {
        let list = list.clone();
        let base = format!("/sessions?node={node}&noderef={noderef}");
        let list_query = list_query.clone();
        move |key: &'static str, label: &'static str| {
            let current = list.sort.as_deref() == Some(key);
            let descending = current && list.dir.as_deref() == Some("desc");
            let dir = if current && !descending {
                "desc"
            } else {
                "asc"
            };
            let mut href = format!("{base}&sort={key}&dir={dir}");
            if !list_query.is_empty() {
                href.push('&');
                href.push_str(&list_query);
            }
            let aria = current.then_some(if descending {
                "descending"
            } else {
                "ascending"
            });
            let arrow = match (current, descending) {
                (true, false) => " ▲",
                (true, true) => " ▼",
                _ => "",
            };
            view! {
                <th scope="col" aria-sort=aria class=(key == "session").then_some("pin-start")>
                    <a class="sort" href=href>
                        {label}
                        {arrow}
                    </a>
                </th>
            }
            .into_any()
        }
    };
    let select = move |id: &'static str,
                       label: &'static str,
                       pick: fn(&Choices) -> &Vec<String>,
                       current: Option<String>,
                       extra: Vec<(&'static str, &'static str)>| {
        let current = current.unwrap_or_default();
        let chosen_value = current.clone();
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <select id=id name=id>
                    <option value="" selected=current.is_empty()>"Any"</option>
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
    };
    let narrows = list.narrows();
    let filters = view! {
        <form class="filters list-filters" method="get" action="/sessions" aria-label="Filter the sessions">
            <input type="hidden" name="node" value=node.to_string()/>
            <input type="hidden" name="noderef" value=noderef.clone()/>
            {list.sort.clone().map(|s| view! { <input type="hidden" name="sort" value=s/> })}
            {list.dir.clone().map(|d| view! { <input type="hidden" name="dir" value=d/> })}
            {select("status", "Status", |c| &c.0, list.status.clone(), vec![("live", "Live (not finished)"), ("finished", "Finished")])}
            {select("technician", "Technician", |c| &c.1, list.technician.clone(), Vec::new())}
            {select("channel", "Channel", |c| &c.2, list.channel.clone(), Vec::new())}
            <div class="field">
                <label for="q">"Search ID, customer, fields"</label>
                <input id="q" name="q" type="search" value=list.q.clone().unwrap_or_default()/>
            </div>
            <div class="buttons">
                <button type="submit">"Apply"</button>
                <a class="button secondary" href=format!("/sessions?node={node}&noderef={noderef}")>"Clear"</a>
            </div>
        </form>
        <div class="list-status">
            <p class="muted list-count">
                {move || {
                    let (shown, total) = counts.get();
                    if narrows { format!("{shown} of {total} rows match.") } else { format!("{total} rows.") }
                }}
            </p>
            <p class="muted updated" aria-live="off">
                {move || live.updated_text(refresh_secs)}
            </p>
            <a class="button small secondary refresh" href=here.clone() on:click=move |ev| {
                ev.prevent_default();
                live.refresh();
            }>
                "Refresh"
            </a>
        </div>
    }
    .into_any();
    let back = list_url(node, &noderef);
    let has_rows = Memo::new(move |_| counts.get().0 > 0);
    // Built once while there are rows: refreshes change the rows inside, never the table.
    let table = {
        let (noderef, back) = (noderef.clone(), back.clone());
        move || {
            view! {
                <div class="table-scroll"><table class="sessions">
                            <thead>
                                <tr>
                                    {sort_link("session", "Session")}
                                    {sort_link("status", "Status")}
                                    {sort_link("technician", "Technician")}
                                    {sort_link("channel", "Channel")}
                                    {sort_link("started", "Started")}
                                    {sort_link("waiting", "In status for")}
                                    {sort_link("customer", "Customer")}
                                    {sort_link("language", "Language")}
                                    <th scope="col">"Transferred to / comment"</th>
                                    <th scope="col" class="pin-end">
                                        <span class="visually-hidden">"Actions"</span>
                                    </th>
                                </tr>
                            </thead>
                            <SessionRows
                                loaded
                                live
                                picker
                                place=Place {
                                    node,
                                    noderef: noderef.clone(),
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
                "No sessions match these filters."
            } else {
                "No sessions here right now."
            };
            view! { <p class="empty">{text}</p> }
        })
    };
    view! {
        <TopBar title=format!("Sessions — {node_name}") email current=Section::Sessions sign_out/>
        <div class="layout">
            <nav class="picker card" aria-label="Technicians, groups and channels">
                <ul>
                    {
                        let noderef = noderef.clone();
                        move || {
                            picker
                                .get()
                                .into_iter()
                                .map(|p| {
                                    let current = p.id == node && p.noderef == noderef;
                                    let href = format!("/sessions?node={}&noderef={}", p.id, p.noderef);
                                    let status = (!p.status.is_empty()).then(|| format!(" ({})", p.status));
                                    view! {
                                        <li class=format!("{} depth-{}", p.kind, p.depth.min(3))>
                                            <a href=href aria-current=current.then_some("page")>
                                                {p.name}
                                            </a>
                                            <span class="muted">{status}</span>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }
                    }
                </ul>
            </nav>
            <section class="card table-card">
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
                {move || problem.get().map(|p| view! { <p class="error" role="alert">{p}</p> })}
                {move || {
                    let malformed = malformed.get();
                    (malformed > 0)
                        .then(|| {
                            view! {
                                <p class="notice">
                                    {format!("{malformed} row(s) from Rescue could not be read and are not shown.")}
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

/// `pick` of the loaded view (the default view while there is none).
fn with_view<T: Default>(loaded: Signal<Loaded>, pick: impl Fn(&SessionsView) -> T) -> T {
    loaded.with(|l| match l {
        Some(Ok(view)) => pick(view),
        _ => T::default(),
    })
}
