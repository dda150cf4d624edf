//! `/sessions?node=<id>&noderef=NODE|CHANNEL`: the sessions of a technician, group or channel.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::auth::SignOut;
use crate::cancel::{confirmation_url, list_url, CancelSessionAction};
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
            (q.get("node"), q.get("noderef"))
        },
        |(node, noderef)| load_sessions(node, noderef),
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
    } = view;
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
                {empty.then(|| view! { <p class="empty">"No sessions here right now."</p> })}
                {(!rows.is_empty())
                    .then(|| {
                        view! {
                            <table class="sessions">
                                <thead>
                                    <tr>
                                        <th scope="col" class="pin-start">"Session"</th>
                                        <th scope="col">"Status"</th>
                                        <th scope="col">"Technician"</th>
                                        <th scope="col">"Channel"</th>
                                        <th scope="col">"Started"</th>
                                        <th scope="col">"In status for"</th>
                                        <th scope="col">"Customer"</th>
                                        <th scope="col">"Language"</th>
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
                            </table>
                        }
                    })}
            </section>
        </div>
    }
}
