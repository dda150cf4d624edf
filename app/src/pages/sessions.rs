//! `/sessions?node=<id>&noderef=NODE|CHANNEL`: the sessions of a technician, group or channel.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::auth::SignOut;
use crate::cancel::{confirmation_url, list_url, CancelSessionAction};
use crate::list_filter::ListQuery;
use crate::pages::cancel::{ConfirmCancel, Target};
use crate::pages::login::SignInNeeded;
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

/// The sessions page: node picker, table, empty and error states.
#[component]
pub fn SessionsPage() -> impl IntoView {
    let query = use_query_map();
    let data = Resource::new(
        move || {
            let q = query.read();
            let list = ListQuery {
                status: q.get("status"),
                technician: q.get("technician"),
                channel: q.get("channel"),
                q: q.get("q"),
                sort: q.get("sort"),
                dir: q.get("dir"),
            };
            (q.get("node"), q.get("noderef"), list)
        },
        |(node, noderef, list)| load_sessions(node, noderef, list),
    );
    let sign_out = ServerAction::<SignOut>::new();
    let cancel = ServerAction::<CancelSessionAction>::new();
    // The row whose Cancel action is being confirmed in the dialog (hydrated only).
    let chosen = RwSignal::new(None::<Target>);
    // A finished cancel changes the session: show the list as Rescue now has it.
    Effect::watch(
        move || cancel.version().get(),
        move |_, _, _| data.refetch(),
        false,
    );
    let close = Callback::new(move |_| {
        chosen.set(None);
        cancel.clear();
    });
    let (hydrated, set_hydrated) = signal(false);
    // Effects run only in the browser: from here on, Cancel action opens the dialog.
    Effect::new(move |_| set_hydrated.set(true));
    view! {
        <main class="page" data-hydrated=move || hydrated.get().to_string()>
            {move || {
                chosen
                    .get()
                    .map(|target| {
                        view! {
                            <div
                                class="dialog-backdrop"
                                on:keydown=move |ev| {
                                    if ev.key() == "Escape" && !cancel.pending().get_untracked() {
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
                                    <h2 id="dialog-title">"Cancel the action on this session?"</h2>
                                    <ConfirmCancel target action=cancel keep=close keep_is_link=false/>
                                </section>
                            </div>
                        }
                    })
            }}
            <Suspense fallback=|| view! { <p>"Loading sessions…"</p> }>
                {move || {
                    data.get()
                        .map(|result| match result {
                            Ok(view) if !view.sign_in_needed => {
                                view! { <Sessions view sign_out cancel chosen/> }.into_any()
                            }
                            _ => view! { <SignInNeeded/> }.into_any(),
                        })
                }}
            </Suspense>
        </main>
    }
}

#[component]
fn Sessions(
    view: SessionsView,
    sign_out: ServerAction<SignOut>,
    cancel: ServerAction<CancelSessionAction>,
    chosen: RwSignal<Option<Target>>,
) -> impl IntoView {
    let SessionsView {
        email,
        node,
        noderef,
        node_name,
        picker,
        rows,
        malformed,
        problem,
        notice,
        sign_in_needed: _,
        list,
        list_query,
        total,
        choices,
    } = view;
    let shown = rows.len();
    let (statuses, technicians, channels) = choices;
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
    let select = |id: &'static str,
                  label: &'static str,
                  values: Vec<String>,
                  current: Option<String>,
                  extra: Vec<(&'static str, &'static str)>| {
        let current = current.unwrap_or_default();
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <select id=id name=id>
                    <option value="" selected=current.is_empty()>"Any"</option>
                    {extra
                        .into_iter()
                        .map(|(v, l)| view! { <option value=v selected=current == v>{l}</option> })
                        .collect_view()}
                    {values
                        .into_iter()
                        .map(|v| {
                            let selected = v == current;
                            let value = v.clone();
                            view! { <option value=value selected=selected>{v}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
        }
        .into_any()
    };
    let filters = view! {
        <form class="filters list-filters" method="get" action="/sessions" aria-label="Filter the sessions">
            <input type="hidden" name="node" value=node.to_string()/>
            <input type="hidden" name="noderef" value=noderef.clone()/>
            {list.sort.clone().map(|s| view! { <input type="hidden" name="sort" value=s/> })}
            {list.dir.clone().map(|d| view! { <input type="hidden" name="dir" value=d/> })}
            {select("status", "Status", statuses, list.status.clone(), vec![("live", "Live (not finished)"), ("finished", "Finished")])}
            {select("technician", "Technician", technicians, list.technician.clone(), Vec::new())}
            {select("channel", "Channel", channels, list.channel.clone(), Vec::new())}
            <div class="field">
                <label for="q">"Search ID, customer, fields"</label>
                <input id="q" name="q" type="search" value=list.q.clone().unwrap_or_default()/>
            </div>
            <div class="buttons">
                <button type="submit">"Apply"</button>
                <a class="button secondary" href=format!("/sessions?node={node}&noderef={noderef}")>"Clear"</a>
            </div>
        </form>
        <p class="muted list-count">
            {if list.narrows() { format!("{shown} of {total} rows match.") } else { format!("{total} rows.") }}
        </p>
    }
    .into_any();
    let back = list_url(node, &noderef);
    let empty = rows.is_empty() && problem.is_none();
    view! {
        <TopBar title=format!("Sessions — {node_name}") email current=Section::Sessions sign_out/>
        <div class="layout">
            <nav class="picker card" aria-label="Technicians, groups and channels">
                <ul>
                    {picker
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
                        .collect_view()}
                </ul>
            </nav>
            <section class="card table-card">
                {notice
                    .map(|n| {
                        let class = if n.ok { "result ok" } else { "result error" };
                        view! {
                            <p class=class role="status">
                                {n.message}
                            </p>
                        }
                    })}
                {problem.map(|p| view! { <p class="error" role="alert">{p}</p> })}
                {(malformed > 0)
                    .then(|| {
                        view! {
                            <p class="notice">
                                {format!("{malformed} row(s) from Rescue could not be read and are not shown.")}
                            </p>
                        }
                    })}
                {filters}
                {empty
                    .then(|| {
                        let text = if total > 0 {
                            "No sessions match these filters."
                        } else {
                            "No sessions here right now."
                        };
                        view! { <p class="empty">{text}</p> }
                    })}
                {(!rows.is_empty())
                    .then(|| {
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
                                <tbody>
                                    {rows
                                        .into_iter()
                                        .map(|r| {
                                            let href = confirmation_url(r.id, r.technician_id, node, &noderef);
                                            let target = Target {
                                                session: r.id,
                                                technician: r.technician.clone(),
                                                status: r.status.clone(),
                                                badge: r.badge,
                                                customer: r.customer.clone(),
                                                back: back.clone(),
                                            };
                                            let open = move |ev: leptos::ev::MouseEvent| {
                                                // A new tab or window gets the confirmation page.
                                                if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
                                                    return;
                                                }
                                                ev.prevent_default();
                                                cancel.clear();
                                                chosen.set(Some(target.clone()));
                                            };
                                            view! {
                                                <tr data-session=r.id data-technician=r.technician_id>
                                                    <td class="pin-start">{r.id}</td>
                                                    <td>
                                                        <span class=badge_class(r.badge)>{r.status}</span>
                                                    </td>
                                                    <td>
                                                        {r.technician}
                                                        {r.lead.then(|| view! { <span class="muted">" (lead)"</span> })}
                                                    </td>
                                                    <td>{r.channel}</td>
                                                    <td>{r.start_time}</td>
                                                    <td>{r.waiting}</td>
                                                    <td class="wrap">{r.customer}</td>
                                                    <td>{r.language}</td>
                                                    <td class="wrap">{r.transfer}</td>
                                                    <td class="pin-end">
                                                        <a class="button small cancel-action" href=href on:click=open>
                                                            "Cancel action"
                                                        </a>
                                                    </td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table></div>
                        }
                            .into_any()
                    })}
            </section>
        </div>
    }
}
