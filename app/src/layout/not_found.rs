//! The page for unknown paths.

use leptos::prelude::*;

/// Shown for any path the router does not know; answers HTTP 404 on the server.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::error::Error::NotFound(String::new()).answered();
    view! {
        <main id="content" tabindex="-1" class="page narrow">
            <h1>{crate::say!("not-found")}</h1>
            <p>{crate::say!("not-found-text")} " " <a href="/login">{crate::say!("go-to-sign-in")}</a></p>
        </main>
    }
}
