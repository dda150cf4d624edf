//! The session record page: the session at a glance (technician, customer, times, notes), the
//! whole chat, the custom fields, every post as it came, the dashboard's actions, and the
//! button that deletes the record.

use crate::say;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::audit::{ReceivedPost, SessionRecord};
use crate::core::Page;
use crate::layout::{PageView, Section, TopBar};
use crate::outcomes::{load_outcome, DeleteOutcome, OutcomeView};
use crate::shared::form::ServerForm;
use crate::sign_in::SignOut;
use crate::words::{duration, Precision};

/// `/outcomes/<session id>`.
#[component]
pub fn OutcomePage() -> impl IntoView {
    let params = use_params_map();
    let data = Resource::new(
        move || params.read().get("session").unwrap_or_default(),
        load_outcome,
    );
    let sign_out = ServerAction::<SignOut>::new();
    view! {
        <main class="page">
            <Suspense fallback=|| view! { <p>{say!("loading-session")}</p> }>
                {move || {
                    data.get()
                        .map(|result| {
                            let ready = move |view| view! { <Outcome view sign_out/> };
                            view! { <PageView page=Page::of(result) ready heading=crate::say!("session-record") back=true framed=true/> }
                        })
                }}
            </Suspense>
        </main>
    }
}

/// The latest non-empty value of `name` over the posts (a later post knows more: the end of
/// the session has the notes).
fn latest<'a>(posts: &'a [ReceivedPost], name: &str) -> Option<&'a str> {
    posts.iter().rev().find_map(|p| p.field(name))
}

/// Seconds as the page says them, or the field as sent when it is not a number.
fn seconds(posts: &[ReceivedPost], name: &str) -> Option<String> {
    latest(posts, name).map(|v| match v.trim().parse::<u64>() {
        Ok(s) => duration(s, Precision::Seconds),
        Err(_) => v.to_owned(),
    })
}

/// The session's chat: each post holds the chat since the previous one, so the posts' chat
/// in order is the whole of it.
fn chat(posts: &[ReceivedPost]) -> String {
    posts
        .iter()
        .filter_map(|p| p.field("chatlog"))
        .map(|c| c.trim_end_matches(['\r', '\n']))
        .collect::<Vec<_>>()
        .join("\n")
}

/// One row of the facts list, when there is something to say.
fn fact(label: String, value: Option<String>) -> Option<impl IntoView> {
    value.map(|value| view! { <dt>{label}</dt><dd>{value}</dd> })
}

#[component]
fn Outcome(view: OutcomeView, sign_out: ServerAction<SignOut>) -> impl IntoView {
    let OutcomeView {
        email,
        session,
        record: SessionRecord { posts, deletions },
        actions,
    } = view;
    let delete = ServerAction::<DeleteOutcome>::new();
    let posts_ref = &posts;
    let technician = latest(posts_ref, "techname")
        .or_else(|| latest(posts_ref, "techid"))
        .map(str::to_owned);
    let custom: Vec<(String, String)> = (1_u32..=5)
        .filter_map(|i| {
            latest(posts_ref, &format!("cfield{i}"))
                .map(|v| (say!("custom-field", n = i), v.to_owned()))
        })
        .collect();
    let facts = view! {
        <dl class="facts">
            {fact(say!("col-technician"), technician)}
            {fact(say!("technician-email"), latest(posts_ref, "techemail").map(str::to_owned))}
            {fact(say!("col-customer"), latest(posts_ref, "cfield0").map(str::to_owned))}
            {fact(say!("tracking-id"), latest(posts_ref, "tracking0").map(str::to_owned))}
            {fact(say!("waiting-time"), seconds(posts_ref, "waitingtime"))}
            {fact(say!("pickup-time"), seconds(posts_ref, "pickuptime"))}
            {custom.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
        </dl>
    };
    let notes = latest(posts_ref, "notes").map(str::to_owned);
    let chat = chat(posts_ref);
    let count = posts.len();
    let removed = deletions.into_iter().map(|d| {
        view! {
            <p class="notice">
                {crate::words::outcome_deleted(&d.admin, &d.at, d.posts)}
            </p>
        }
    });
    view! {
        <TopBar title=say!("session-heading", session = session.to_string().as_str()) email current=Section::Outcomes sign_out/>
        <section id="content" tabindex="-1" class="card" aria-label=say!("session-glance")>
            {removed.collect_view()}
            {(count > 0).then_some(facts)}
            {notes.map(|n| view! { <h2>{say!("technician-notes")}</h2><p class="notes">{n}</p> })}
        </section>
        {(!chat.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="chat-heading">
                <h2 id="chat-heading">{say!("chat")}</h2>
                // Text only: whatever markup a customer typed is shown, never run.
                <pre class="chat">{chat}</pre>
            </section>
        })}
        {(count > 0).then(|| view! {
            <section class="card" aria-labelledby="posts-heading">
                <h2 id="posts-heading">{say!("what-rescue-sent", posts = crate::words::posts(count as u64).as_str())}</h2>
                {posts.into_iter().map(|p| {
                    let summary = format!("{} ({})", crate::words::utc_time(&p.at), p.format);
                    view! {
                        <details class="post">
                            <summary>{summary}</summary>
                            <table class="fields">
                                <tbody>
                                    {p.fields.into_iter().map(|(k, v)| view! {
                                        <tr><th scope="row">{k}</th><td class="wrap">{v}</td></tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </details>
                    }
                }).collect_view()}
                // Two steps, with or without JavaScript: open, then confirm.
                <details class="danger-zone">
                    <summary>{say!("delete-record-summary")}</summary>
                    <ServerForm action=delete>
                        <input type="hidden" name="session" value=session.to_string()/>
                        <p class="muted">
                            {say!("delete-record-explanation")}
                        </p>
                        <button type="submit" class="danger">{say!("delete-record")}</button>
                    </ServerForm>
                </details>
            </section>
        })}
        <section class="card" aria-labelledby="actions-heading">
            <h2 id="actions-heading">{say!("actions-here")}</h2>
            {if actions.is_empty() {
                view! { <p class="muted">{say!("none-sentence")}</p> }.into_any()
            } else {
                view! {
                    <ul class="actions-log">
                        {actions.into_iter().map(|e| view! {
                            <li>{say!("action-log-line", when = e.when().as_str(), action = e.action.as_str(), admin = e.admin.as_str(), outcome = e.outcome.code().as_str())}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <p><a href=format!("/history?session={session}")>{say!("in-the-history")}</a></p>
        </section>
    }
}
