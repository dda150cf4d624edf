//! `/sessions?node=<id>&noderef=NODE|CHANNEL`: the sessions of a technician, group or channel,
//! kept live by an island. The frame (filters, table, scroll box) is built once per address; a
//! refresh only updates rows in place, so focus, scroll and the admin's typing survive it.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

use crate::actions::{ActOnSession, ActionResult, ConfirmAction, Target};
use crate::core::Page;
use crate::layout::PageView;
use crate::sessions::changes::{self, Change};
use crate::sessions::filter::ListQuery;
use crate::sessions::focus;
use crate::sessions::live::{self, Fetching, Live};
use crate::sessions::load::{load_sessions, Loaded};
use crate::sessions::page_rows;
use crate::sessions::push;
use crate::sessions::table::{Frame, Sessions};
use crate::shared::row::Row;
use crate::sign_in::SignOut;

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
        <Suspense fallback=|| view! { <main id="content" class="page"><p>{crate::say!("loading-sessions")}</p></main> }>
            {Suspend::new(async move {
                let loaded = Page::of(
                    load_sessions(node.clone(), noderef.clone(), list.clone(), false).await,
                );
                // The tab shows how many customers wait too long; alerts.js keeps it current.
                let title = match &loaded {
                    Page::Ready(view) => crate::words::sessions_title(
                        view.overdue_count(view.now),
                        &view.node_name,
                    ),
                    _ => crate::say!("sessions-page-title"),
                };
                let first = FirstList::of(loaded);
                view! {
                    <Title text=title/>
                    <SessionsLive node noderef list first/>
                    <script src="/alerts.js" defer></script>
                    <script src="/bulk.js" defer></script>
                }
            })}
        </Suspense>
    }
}

/// The live part of the sessions page, hydrated in the browser (an island): it refreshes the
/// list, ages it, and confirms row actions in a dialog. `node`, `noderef` and `list` are the
/// address's options, which refreshes ask for again; `first` is the list the server rendered.
#[island]
pub fn SessionsLive(
    node: Option<String>,
    noderef: Option<String>,
    list: ListQuery,
    first: FirstList,
) -> impl IntoView {
    let (first, unread) = first.into_loaded();
    let alert_secs = match &first {
        Page::Ready(view) => view.wait_alert_secs,
        _ => 0,
    };
    let clock = RwSignal::new(match &first {
        Page::Ready(view) => view.now,
        _ => 0,
    });
    let last_list = RwSignal::new(first);
    let fetching = Fetching::new();
    let reload = reader((node, noderef, list), fetching, last_list, clock);
    let loaded: Signal<Loaded> = last_list.into();
    let frame = Memo::new(move |_| {
        loaded.with(|l| match l {
            Page::Ready(view) => Page::Ready(Frame::of(view)),
            Page::Refused(err) => Page::Refused(err.clone()),
            Page::SignIn { next } => Page::SignIn { next: next.clone() },
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
            let leaving = act.value().with_untracked(|answer| {
                matches!(answer, Some(Ok(report)) if report.result == ActionResult::SignIn)
            });
            if !leaving {
                reload.run(true);
            }
        },
        false,
    );
    let close = Callback::new(move |_| {
        chosen.set(None);
        act.clear();
    });
    // The keyboard's focus follows the dialog: in when it opens, back to its row when it
    // closes, onto Close when the action has an answer.
    let opened_from = StoredValue::new(None::<(u32, u32)>);
    Effect::watch(
        move || chosen.with(|c| c.as_ref().map(|t| (t.session, t.technician_id))),
        move |now, _, _| match now {
            Some(row) => {
                opened_from.set_value(Some(*row));
                focus::into_dialog();
            }
            None => {
                if let Some((session, technician)) = opened_from.get_value() {
                    focus::back_to_row(session, technician);
                }
            }
        },
        false,
    );
    Effect::watch(
        move || act.value().with(|v| matches!(v, Some(Ok(_)))),
        move |answered, _, _| {
            if *answered {
                focus::onto_close();
            }
        },
        false,
    );
    // Rows the page held that could not be read back: the list comes from the server instead.
    if unread {
        reload.run(false);
    }
    let live = Live::start(
        reload,
        loaded,
        clock,
        fetching,
        (
            Signal::derive(move || {
                frame.with(|f| match f {
                    Page::Ready(f) => f.refresh_secs,
                    _ => 0,
                })
            }),
            alert_secs,
        ),
        Signal::derive(move || chosen.with(Option::is_some) || act.pending().get()),
    );
    // Effects run only in the browser: the list follows its live stream from here on.
    Effect::new(move |_| {
        let shown = last_list.with_untracked(|l| match l {
            Page::Ready(view) if view.node.id != 0 => Some(view.node),
            _ => None,
        });
        let Some(node) = shown else { return };
        let heard = push::Heard {
            rows: Callback::new(move |change: Change| {
                let now = change.now;
                last_list.update(|l| {
                    if let Page::Ready(view) = l {
                        changes::apply(view, change);
                    }
                });
                clock.set(now);
                fetching.ended(true);
                live::data_arrived(Some(now));
            }),
            news: Callback::new(move |piece| live.news.set(Some(piece))),
            read_yourself: Callback::new(move |()| reload.run(false)),
        };
        let url = push::address(&push::page_search(), node, push::hidden());
        push::follow(url, heard, live.streaming);
    });
    let (hydrated, set_hydrated) = signal(false);
    // Effects run only in the browser: from here on, row actions open the dialog.
    Effect::new(move |_| set_hydrated.set(true));
    view! {
        <main
            class="page"
            data-hydrated=move || hydrated.get().to_string()
            data-list-at=move || {
                loaded.with(|l| match l {
                    Page::Ready(v) => v.now,
                    _ => 0,
                }).to_string()
            }
        >
            {move || {
                chosen
                    .get()
                    .map(|mut target| {
                        // The one-time token of the list as last read (a refresh renews it,
                        // so an open page never holds one too old to use).
                        target.token = loaded.with_untracked(|l| match l {
                            Page::Ready(v) => v.confirm_token.clone(),
                            _ => String::new(),
                        });
                        let question = crate::words::question(target.action);
                        view! {
                            <div
                                class="dialog-backdrop"
                                on:keydown=move |ev| {
                                    if ev.key() == "Escape" && !act.pending().get_untracked() {
                                        close.run(());
                                    }
                                    focus::keep_inside(&ev);
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
            // Out of reach while the dialog is open: Tab stays inside the dialog, and screen
            // readers read only it (`aria-modal` alone is not honoured everywhere).
            <div class="behind-dialog" inert=move || chosen.with(Option::is_some)>
                {move || {
                    let ready = move |frame| {
                        view! { <Sessions frame loaded live sign_out act chosen hydrated/> }
                    };
                    view! { <PageView page=frame.get() ready framed=true/> }
                }}
            </div>
        </main>
    }
}

/// The list the server rendered, as the island's props carry it: without its rows, which the
/// page already holds as HTML and the browser reads from there (see `page_rows`).
/// It travels as the list itself (`transparent`): the browser reads it with the list's own
/// reader, which refreshes need anyway, so the bundle holds no second one.
#[derive(Deserialize)]
#[cfg_attr(feature = "ssr", derive(Serialize))]
#[serde(transparent)]
pub struct FirstList {
    list: Loaded,
    /// The rows, on the server only.
    #[serde(skip)]
    rows: Vec<Row>,
}

/// Only the server writes props; the island's code in the browser still asks that they can
/// be written, and this keeps the list's writers out of the hydrate bundle.
#[cfg(not(feature = "ssr"))]
impl Serialize for FirstList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_unit()
    }
}

impl FirstList {
    /// Splits the rows off `list`.
    fn of(mut list: Loaded) -> Self {
        let rows = match &mut list {
            Page::Ready(view) => std::mem::take(&mut view.rows),
            _ => Vec::new(),
        };
        FirstList { list, rows }
    }

    /// The whole list again, and whether its rows should have been in the page but could
    /// not be read from it.
    fn into_loaded(self) -> (Loaded, bool) {
        let FirstList { mut list, rows } = self;
        let mut unread = false;
        if let Page::Ready(view) = &mut list {
            view.rows = if cfg!(feature = "ssr") {
                rows
            } else {
                match page_rows::read() {
                    Some(read) => read,
                    None => {
                        unread = true;
                        Vec::new()
                    }
                }
            };
        }
        (list, unread)
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
) -> Callback<bool> {
    let newest = StoredValue::new(0_u64);
    Callback::new(move |by_user: bool| {
        let read = newest.get_value().wrapping_add(1);
        newest.set_value(read);
        let (node, noderef, list) = address.clone();
        leptos::task::spawn_local(async move {
            let answer = load_sessions(node, noderef, list, !by_user).await;
            if newest.get_value() != read {
                return;
            }
            fetching.ended(answer.is_ok());
            if let Ok(next) = answer {
                if let Page::Ready(view) = &next {
                    live::data_arrived(Some(view.now));
                }
                // Only a different answer notifies the page, as a memo would.
                if last_list.with_untracked(|l| *l != next) {
                    if let Page::Ready(view) = &next {
                        clock.set(view.now);
                    }
                    last_list.set(next);
                }
            }
        });
    })
}
