//! The sign-in page: email and password, or an API token / authcode.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{load_sign_in_info, SignIn, SignInInfo, SignInWithToken, SignOut};
use crate::say;
use crate::shared::form::ServerForm;
use crate::words::{pieces, Piece};

/// The sign-in page. The server reads what the form needs (demo mode, a message left by the
/// previous request, who is signed in) and renders the form island with it; reading it there
/// consumes the message, so the browser must not ask again.
#[component]
pub fn LoginPage() -> impl IntoView {
    let (next, refused) =
        use_query_map().with_untracked(|q| (q.get("next").unwrap_or_default(), q.get("refused")));
    view! {
        <Suspense>
            {Suspend::new(async move {
                let mut info = load_sign_in_info().await.unwrap_or_default();
                // Form fields refused without JavaScript come back as a code in the address
                // (nothing was stored for them); only known codes are shown.
                if info.flash.is_none() {
                    info.flash = refused
                        .as_deref()
                        .and_then(crate::words::field_problem)
                        .map(|message| crate::core::flash::Flash {
                            message,
                            email: String::new(),
                        });
                }
                view! { <SignInForm next info/> }
            })}
        </Suspense>
    }
}

/// The sign-in form, hydrated in the browser (an island). Fields are POSTed (never put in a
/// URL); the password can be revealed once the page is hydrated, a convenience that needs
/// JavaScript and so is only offered then. `next` is where to go after signing in.
#[island]
pub fn SignInForm(next: String, info: SignInInfo) -> impl IntoView {
    let (hydrated, set_hydrated) = signal(false);
    // Effects run only in the browser, after hydration: this is how the page knows it is live.
    Effect::new(move |_| set_hydrated.set(true));
    let (show_password, set_show_password) = signal(false);
    let sign_in = ServerAction::<SignIn>::new();
    let sign_in_token = ServerAction::<SignInWithToken>::new();
    let sign_out = ServerAction::<SignOut>::new();
    let SignInInfo {
        demo,
        flash,
        signed_in_as,
        tokens,
        sso,
        no_password,
    } = info;
    let next_after_sso = next.clone();
    let (flash_email, flash_message) = flash.map(|f| (f.email, f.message)).unzip();
    // A failed sign-in in this page replaces the message the page came with.
    let message = move || {
        sign_in
            .value()
            .get()
            .or_else(|| sign_in_token.value().get())
            .and_then(Result::err)
            .map(|e| e.to_string())
            .or_else(|| flash_message.clone())
    };
    let pending = move || sign_in.pending().get() || sign_in_token.pending().get();
    let next_after_token = next.clone();

    view! {
        <main id="content" tabindex="-1" class="page narrow" data-hydrated=move || hydrated.get().to_string()>
            <h1>{say!("product")}</h1>
            <p class="lede">{say!("sign-in-lede")}</p>
                {demo
                        .map(|account| {
                            view! {
                                <aside class="card demo" aria-label=say!("demo-mode")>
                                    <strong>{say!("demo-mode")}</strong>
                                    <p>
                                        {pieces("sign-in-demo", &["email", "password"])
                                            .into_iter()
                                            .map(|piece| match piece {
                                                Piece::Slot(0) => view! { <code class="demo-email">{account.email.clone()}</code> }.into_any(),
                                                Piece::Slot(_) => view! { <code class="demo-password">{account.password.clone()}</code> }.into_any(),
                                                Piece::Text(text) => text.into_any(),
                                            })
                                            .collect_view()}
                                    </p>
                                </aside>
                            }
                        })}
                {signed_in_as
                        .map(|email| {
                            view! {
                                <div class="card notice">
                                    <p>
                                        {pieces("signed-in-as", &["email"])
                                            .into_iter()
                                            .map(|piece| match piece {
                                                Piece::Slot(_) => view! { <strong>{email.clone()}</strong> }.into_any(),
                                                Piece::Text(text) => text.into_any(),
                                            })
                                            .collect_view()}
                                        " "
                                        <a href="/sessions">{say!("go-to-sessions")}</a>
                                    </p>
                                    <ServerForm action=sign_out>
                                        <button type="submit" class="secondary">{say!("sign-out")}</button>
                                    </ServerForm>
                                </div>
                            }
                        })}
                {move || message().map(|m| view! { <p class="card error" role="alert">{m}</p> })}
            {sso.map(|name| view! {
                // A plain GET form: it works without JavaScript, and keeps the page the admin
                // wanted (the browser encodes it) like the other forms do.
                <form class="card sso" method="get" action=crate::sign_in::SSO_START>
                    <input type="hidden" name="next" value=next_after_sso/>
                    <button type="submit" class="sso-button">{say!("sign-in-with", provider = name.as_str())}</button>
                </form>
            })}
            {(!no_password).then(|| view! {
            <ServerForm action=sign_in attr:class="card">
                <input type="hidden" name="next" value=next/>
                <label for="email">{say!("email")}</label>
                <input
                    id="email"
                    name="email"
                    type="email"
                    autocomplete="username"
                    maxlength="254"
                    required
                    value=flash_email.unwrap_or_default()
                />
                <label for="password">{say!("password")}</label>
                <div class="password-row">
                    <input
                        id="password"
                        name="password"
                        type=move || if show_password.get() { "text" } else { "password" }
                        autocomplete="current-password"
                        maxlength="256"
                        required
                    />
                    <Show when=move || hydrated.get()>
                        <button
                            type="button"
                            class="secondary"
                            aria-controls="password"
                            aria-pressed=move || show_password.get().to_string()
                            on:click=move |_| set_show_password.update(|shown| *shown = !*shown)
                        >
                            {move || if show_password.get() { say!("password-hide") } else { say!("password-show") }}
                        </button>
                    </Show>
                </div>
                <button type="submit" disabled=pending>
                    {move || if sign_in.pending().get() { say!("signing-in") } else { say!("sign-in") }}
                </button>
            </ServerForm>
            })}
            {tokens.then(|| view! {
                <details class="card">
                    <summary>{say!("sign-in-token-summary")}</summary>
                    <ServerForm action=sign_in_token>
                        <input type="hidden" name="next" value=next_after_token/>
                        <label for="authcode">{say!("token-label")}</label>
                        <input id="authcode" name="authcode" type="password" autocomplete="off" maxlength="512" required/>
                        <button type="submit" disabled=pending>{say!("sign-in-with-token")}</button>
                    </ServerForm>
                </details>
            })}
        </main>
    }
}
