//! One way every page shows its data: ready, refused (why, and optionally a way back), or
//! waiting for a sign-in.

use leptos::prelude::*;

use crate::core::Page;
use crate::layout::Refusal;
use crate::shared::address::HOME;

/// What a page shows when its data needs a signed-in admin and there is none (the browser is
/// already on its way to the sign-in page; this is what shows if it stops).
#[component]
pub fn SignInNeeded() -> impl IntoView {
    view! {
        <p class="card error" role="alert">
            {crate::say!("sign-in-needed")} " " <a href="/login">{crate::say!("sign-in")}</a>
        </p>
    }
}

/// `page` as the admin sees it: `ready`'s view of its data, or why there is none.
#[component]
pub fn PageView<T, F, V>(
    /// The page's data, or why there is none.
    page: Page<T>,
    /// The view of the data.
    ready: F,
    /// A heading above a refusal (pages whose own heading comes with their data).
    #[prop(optional)]
    heading: Option<String>,
    /// Whether a refusal offers the way back to the sessions.
    #[prop(optional)]
    back: bool,
    /// Whether the ready view has a top bar and marks where its content starts (`id="content"`,
    /// the skip link's target), so a refusal, which has neither, is marked here instead. Pages
    /// without a top bar mark their `<main>`.
    #[prop(optional)]
    framed: bool,
) -> impl IntoView
where
    T: 'static,
    F: FnOnce(T) -> V + 'static,
    V: IntoView + 'static,
{
    match page {
        Page::Ready(data) => ready(data).into_any(),
        Page::Refused(error) => view! {
            <div id=framed.then_some("content") tabindex=framed.then_some("-1")>
                {heading.map(|h| view! { <h1>{h}</h1> })}
                <Refusal error/>
                {back.then(|| view! { <p><a href=HOME>{crate::say!("back-to-sessions")}</a></p> })}
            </div>
        }
        .into_any(),
        Page::SignIn { .. } => view! {
            <div id=framed.then_some("content") tabindex=framed.then_some("-1")>
                <SignInNeeded/>
            </div>
        }
        .into_any(),
    }
}
