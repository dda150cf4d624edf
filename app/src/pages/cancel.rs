//! Confirming and reporting a Cancel action: the confirmation page used without JavaScript
//! (`/sessions/cancel?session=…`), and the form and result shared with the sessions page's
//! dialog once hydrated.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::cancel::{load_cancel_confirmation, CancelReport, CancelSessionAction, Confirmation};
use crate::pages::login::{error_text, SignInNeeded};
use crate::pages::sessions::badge_class;
use crate::sessions::Badge;

/// What the admin is about to cancel, as shown in the confirmation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// Session ID.
    pub session: u32,
    /// Technician name.
    pub technician: String,
    /// Status as Rescue sent it.
    pub status: String,
    /// Status badge.
    pub badge: Badge,
    /// Customer (custom field 0).
    pub customer: String,
    /// The sessions page to return to.
    pub back: String,
}

/// The facts of the confirmation and its Confirm button. The button shows progress and is
/// disabled while the call runs, so a second click cannot send a second cancel (the server
/// also collapses double submits into one Rescue call).
#[component]
pub fn ConfirmCancel(
    /// The row being confirmed.
    target: Target,
    /// The cancel server action (shared with the page, which shows its result).
    action: ServerAction<CancelSessionAction>,
    /// Where "Keep it" goes (a link without JavaScript, closing the dialog with it).
    keep: Callback<()>,
    /// Whether "Keep it" is a link back (no dialog to close).
    keep_is_link: bool,
) -> impl IntoView {
    let Target {
        session,
        technician,
        status,
        badge,
        customer,
        back,
    } = target;
    let pending = action.pending();
    let done = move || action.value().with(|v| v.is_some());
    let technician_shown = if technician.is_empty() {
        "— (waiting in a queue)".to_owned()
    } else {
        technician.clone()
    };
    view! {
        <dl class="facts">
            <dt>"Session"</dt>
            <dd class="session-id">{session}</dd>
            <dt>"Technician"</dt>
            <dd class="technician">{technician_shown}</dd>
            <dt>"Status"</dt>
            <dd>
                <span class=badge_class(badge)>{status}</span>
            </dd>
            <dt>"Customer"</dt>
            <dd>{if customer.is_empty() { "—".to_owned() } else { customer }}</dd>
        </dl>
        <p>
            "Rescue will drop the action you requested on this session (hold, close, transfer or start) before the technician's console carries it out."
        </p>
        <ActionForm action attr:class="confirm-form">
            <input type="hidden" name="session" value=session.to_string()/>
            <input type="hidden" name="technician" value=technician/>
            <input type="hidden" name="back" value=back.clone()/>
            <div class="buttons">
                <button
                    type="submit"
                    class="danger confirm"
                    disabled=move || pending.get() || done()
                    aria-busy=move || pending.get().to_string()
                >
                    {move || if pending.get() { "Cancelling…" } else { "Confirm" }}
                </button>
                {if keep_is_link {
                    view! { <a class="button secondary" href=back>"Keep it"</a> }.into_any()
                } else {
                    view! {
                        <button type="button" class="secondary" on:click=move |_| keep.run(())>
                            {move || if done() { "Close" } else { "Keep it" }}
                        </button>
                    }
                        .into_any()
                }}
            </div>
        </ActionForm>
        <CancelOutcome action/>
    }
}

/// The result of the last cancel, in words, announced to screen readers.
#[component]
pub fn CancelOutcome(
    /// The cancel server action whose last result is shown.
    action: ServerAction<CancelSessionAction>,
) -> impl IntoView {
    move || {
        action.value().get().map(|result| {
            let (ok, message) = match result {
                Ok(CancelReport { ok, message, .. }) => (ok, message),
                Err(err) => (false, error_text(&err)),
            };
            let class = if ok {
                "card result ok"
            } else {
                "card result error"
            };
            view! {
                <p class=class role="status" aria-live="polite">
                    {message}
                </p>
            }
        })
    }
}

/// `/sessions/cancel?session=…&technician=…&node=…&noderef=…`: the confirmation as a page of
/// its own, for browsers without JavaScript (and for links opened in a new tab).
#[component]
pub fn CancelPage() -> impl IntoView {
    let query = use_query_map();
    let data = Resource::new(
        move || {
            let q = query.read();
            (
                q.get("session"),
                q.get("technician"),
                q.get("node"),
                q.get("noderef"),
            )
        },
        |(session, technician, node, noderef)| {
            load_cancel_confirmation(session, technician, node, noderef)
        },
    );
    let action = ServerAction::<CancelSessionAction>::new();
    view! {
        <main class="page narrow-wide">
            <h1>"Cancel action"</h1>
            <Suspense fallback=|| view! { <p>"Loading the session…"</p> }>
                {move || {
                    data.get()
                        .map(|result| match result {
                            Ok(view) => view! { <Confirm view action/> }.into_any(),
                            Err(_) => view! { <SignInNeeded/> }.into_any(),
                        })
                }}
            </Suspense>
        </main>
    }
}

#[component]
fn Confirm(view: Confirmation, action: ServerAction<CancelSessionAction>) -> impl IntoView {
    let back = view.back.clone();
    match (view.problem, view.badge) {
        (None, Some(badge)) => {
            let target = Target {
                session: view.session,
                technician: view.technician,
                status: view.status,
                badge,
                customer: view.customer,
                back: view.back,
            };
            view! {
                <section class="card" aria-labelledby="confirm-title">
                    <h2 id="confirm-title">"Cancel the action on this session?"</h2>
                    <ConfirmCancel target action keep=Callback::new(|_| ()) keep_is_link=true/>
                </section>
                <p>
                    <a href=back>"← Back to the sessions"</a>
                </p>
            }
            .into_any()
        }
        (problem, _) => view! {
            <p class="card error" role="alert">
                {problem.unwrap_or_default()}
            </p>
            <p>
                <a href=back>"← Back to the sessions"</a>
            </p>
        }
        .into_any(),
    }
}
