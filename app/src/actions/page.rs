//! Confirming and reporting a session action: the confirmation page used without JavaScript
//! (`/sessions/<action>?session=…`), and the form and result shared with the sessions page's
//! dialog once hydrated.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::actions::{load_confirmation, ActOnSession, Confirmation, TargetChoice, COMMENT_MAX};
use crate::core::Page;
use crate::layout::PageView;
use crate::shared::action::{SessionAction, TargetKind};
use crate::shared::address::NodeAddress;
use crate::shared::form::ServerForm;
use crate::shared::row::{badge_class, Badge};
use crate::words;

/// What the admin is about to do, as shown in the confirmation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The action to confirm.
    pub action: SessionAction,
    /// Session ID.
    pub session: u32,
    /// Technician name.
    pub technician: String,
    /// The row's technician ID (0 while the session waits in a queue).
    pub technician_id: u32,
    /// The list the row is in.
    pub node: NodeAddress,
    /// Status as Rescue sent it.
    pub status: String,
    /// Status badge.
    pub badge: Badge,
    /// Customer (custom field 0).
    pub customer: String,
    /// The sessions page to return to.
    pub back: String,
    /// Where a transfer or start can go.
    pub targets: Vec<TargetChoice>,
    /// The confirmation's one-time token.
    pub token: String,
}

/// The facts of the confirmation, what the action needs picked, and its Confirm button. The
/// button shows progress and is disabled while the call runs, so a second click cannot send
/// a second request (the server also collapses double submits into one Rescue call).
#[component]
pub fn ConfirmAction(
    /// The row and action being confirmed.
    target: Target,
    /// The server action (shared with the page, which shows its result).
    action: ServerAction<ActOnSession>,
    /// What "Keep it" does when it is a button (closes the dialog).
    keep: Callback<()>,
    /// Whether "Keep it" is a link back (no dialog to close).
    keep_is_link: bool,
) -> impl IntoView {
    let Target {
        action: kind,
        session,
        technician,
        technician_id,
        node,
        status,
        badge,
        customer,
        back,
        targets,
        token,
    } = target;
    let pending = action.pending();
    // Accepted or refused by Rescue: done. A form error (nothing picked) can be fixed and sent.
    let done = move || action.value().with(|v| matches!(v, Some(Ok(_))));
    let technician_shown = if technician.is_empty() {
        crate::say!("waiting-in-queue")
    } else {
        technician.clone()
    };
    let confirm_class = match kind {
        SessionAction::Cancel | SessionAction::Close => "danger confirm",
        _ => "confirm",
    };
    let picker = kind.target().map(|target_kind| {
        let label = match target_kind {
            TargetKind::Technician => crate::say!("target-technician"),
            TargetKind::TechnicianOrChannel => crate::say!("target-transfer"),
        };
        view! {
            <div class="field">
                <label for="action-target">{label}</label>
                <select id="action-target" name="target" required>
                    <option value="">{crate::say!("pick-one")}</option>
                    {targets
                        .into_iter()
                        .map(|t| view! { <option value=t.value>{t.label}</option> })
                        .collect_view()}
                </select>
            </div>
        }
    });
    let comment = (kind == SessionAction::Transfer).then(|| {
        view! {
            <div class="field">
                <label for="action-comment">{crate::say!("transfer-comment")}</label>
                <input
                    id="action-comment"
                    name="comment"
                    type="text"
                    maxlength=COMMENT_MAX.to_string()
                    autocomplete="off"
                />
            </div>
        }
    });
    view! {
        <dl class="facts">
            <dt>{crate::say!("col-session")}</dt>
            <dd class="session-id">{session}</dd>
            <dt>{crate::say!("col-technician")}</dt>
            <dd class="technician">{technician_shown}</dd>
            <dt>{crate::say!("col-status")}</dt>
            <dd>
                <span class=badge_class(badge)>{status}</span>
            </dd>
            <dt>{crate::say!("col-customer")}</dt>
            <dd>{if customer.is_empty() { "—".to_owned() } else { customer }}</dd>
        </dl>
        <p>{words::explanation(kind)}</p>
        <ServerForm action attr:class="confirm-form">
            <input type="hidden" name="action" value=kind.slug()/>
            <input type="hidden" name="session" value=session.to_string()/>
            <input type="hidden" name="technician" value=technician_id.to_string()/>
            <input type="hidden" name="node" value=node.id.to_string()/>
            <input type="hidden" name="noderef" value=node.kind.as_str()/>
            <input type="hidden" name="back" value=back.clone()/>
            <input type="hidden" name="token" value=token/>
            {picker}
            {comment}
            <div class="buttons">
                <button
                    type="submit"
                    class=confirm_class
                    disabled=move || pending.get() || done()
                    aria-busy=move || pending.get().to_string()
                >
                    {move || if pending.get() { words::busy(kind) } else { crate::say!("confirm") }}
                </button>
                {if keep_is_link {
                    view! { <a class="button secondary" href=back>{crate::say!("keep-it")}</a> }.into_any()
                } else {
                    view! {
                        <button type="button" class="secondary" on:click=move |_| keep.run(())>
                            {move || if done() { crate::say!("close-dialog") } else { crate::say!("keep-it") }}
                        </button>
                    }
                        .into_any()
                }}
            </div>
        </ServerForm>
        <ActionOutcome action/>
    }
}

/// The result of the last action, in words, announced to screen readers.
#[component]
pub fn ActionOutcome(
    /// The server action whose last result is shown.
    action: ServerAction<ActOnSession>,
) -> impl IntoView {
    move || {
        action.value().get().map(|result| {
            let (ok, message) = match result {
                Ok(report) => (report.ok(), report.message),
                Err(err) => (false, err.to_string()),
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

/// `/sessions/<action>?session=…&technician=…&node=…&noderef=…`: the confirmation as a page
/// of its own, for browsers without JavaScript (and for links opened in a new tab).
#[component]
pub fn ActionPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let data = Resource::new(
        move || {
            let q = query.read();
            (
                params.read().get("action"),
                q.get("session"),
                q.get("technician"),
                q.get("node"),
                q.get("noderef"),
            )
        },
        |(action, session, technician, node, noderef)| {
            load_confirmation(action, session, technician, node, noderef)
        },
    );
    let server_action = ServerAction::<ActOnSession>::new();
    let title = move || {
        params
            .read()
            .get("action")
            .and_then(|a| SessionAction::parse(&a))
            .map_or_else(|| crate::say!("session-action"), words::label)
    };
    view! {
        <main id="content" tabindex="-1" class="page narrow-wide">
            <h1>{title}</h1>
            <Suspense fallback=|| view! { <p>{crate::say!("loading-session")}</p> }>
                {move || {
                    let kind = params.read().get("action").and_then(|a| SessionAction::parse(&a));
                    data.get()
                        .map(|result| {
                            let ready =
                                move |view| view! { <Confirm view kind action=server_action/> };
                            view! { <PageView page=Page::of(result) ready back=true/> }
                        })
                }}
            </Suspense>
        </main>
    }
}

#[component]
fn Confirm(
    view: Confirmation,
    kind: Option<SessionAction>,
    action: ServerAction<ActOnSession>,
) -> impl IntoView {
    let back = view.back.clone();
    match (view.problem, view.badge, kind, view.node) {
        (None, Some(badge), Some(kind), Some(node)) => {
            let target = Target {
                action: kind,
                session: view.session,
                technician: view.technician,
                technician_id: view.technician_id,
                node,
                status: view.status,
                badge,
                customer: view.customer,
                back: view.back,
                targets: view.targets,
                token: view.token,
            };
            view! {
                <section class="card" aria-labelledby="confirm-title">
                    <h2 id="confirm-title">{words::question(kind)}</h2>
                    <ConfirmAction target action keep=Callback::new(|_| ()) keep_is_link=true/>
                </section>
                <p>
                    <a href=back>{crate::say!("back-to-sessions")}</a>
                </p>
            }
            .into_any()
        }
        (problem, ..) => view! {
            <p class="card error" role="alert">
                {problem.map(|p| p.to_string()).unwrap_or_default()}
            </p>
            <p>
                <a href=back>{crate::say!("back-to-sessions")}</a>
            </p>
        }
        .into_any(),
    }
}
