//! The sign-in page: email and password, or an API token / authcode.

use leptos::prelude::*;

use crate::load_sign_in_info;

/// The sign-in form. Fields are POSTed (never put in a URL); the password can be revealed once
/// the page is hydrated, a convenience that needs JavaScript and so is only offered then.
#[component]
pub fn LoginPage() -> impl IntoView {
    let (hydrated, set_hydrated) = signal(false);
    // Effects run only in the browser, after hydration: this is how the page knows it is live.
    Effect::new(move |_| set_hydrated.set(true));
    let (show_password, set_show_password) = signal(false);
    let info = Resource::new(|| (), |_| load_sign_in_info());
    let demo = move || info.get().and_then(Result::ok).and_then(|i| i.demo);

    view! {
        <main class="page narrow" data-hydrated=move || hydrated.get().to_string()>
            <h1>"Rescue Console"</h1>
            <p class="lede">"Sign in with your LogMeIn Rescue administrator account."</p>
            <Suspense>
                {move || {
                    demo()
                        .map(|account| {
                            view! {
                                <aside class="card demo" aria-label="Demo mode">
                                    <strong>"Demo mode"</strong>
                                    <p>
                                        "This server talks to a built-in Rescue simulator, not to LogMeIn Rescue. Sign in as "
                                        <code class="demo-email">{account.email}</code> " with password "
                                        <code class="demo-password">{account.password}</code> "."
                                    </p>
                                </aside>
                            }
                        })
                }}
            </Suspense>
            <form method="post" action="/login" class="card">
                <label for="email">"Email"</label>
                <input id="email" name="email" type="email" autocomplete="username" required/>
                <label for="password">"Password"</label>
                <div class="password-row">
                    <input
                        id="password"
                        name="password"
                        type=move || if show_password.get() { "text" } else { "password" }
                        autocomplete="current-password"
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
                            {move || if show_password.get() { "Hide" } else { "Show" }}
                        </button>
                    </Show>
                </div>
                <button type="submit">"Sign in"</button>
            </form>
            <details class="card">
                <summary>"Sign in with an API token or authcode"</summary>
                <form method="post" action="/login/token">
                    <label for="authcode">"API token or authcode"</label>
                    <input id="authcode" name="authcode" type="password" autocomplete="off" required/>
                    <button type="submit">"Sign in with token"</button>
                </form>
            </details>
        </main>
    }
}
