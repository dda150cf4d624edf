//! Rescue Console's user interface: pages, components and server functions.
//!
//! Rendered on the server (feature `ssr`) and hydrated in the browser (feature `hydrate`).
//! Every page must also work without JavaScript, so forms are plain HTML forms first.

#![warn(missing_docs)]

// Features: one folder per thing a user does. Each holds its server functions, pages and
// routes; features use the modules below them, never the other way round.
pub mod actions;
pub mod bulk;
pub mod history;
pub mod outcomes;
pub mod reports;
pub mod sessions;
pub mod sign_in;

// What the features share: the request context, value types, words, the error.
pub mod audit;
#[cfg(feature = "ssr")]
pub mod backend;
pub mod core;
pub mod error;
#[cfg(feature = "ssr")]
pub mod export;
#[cfg(feature = "ssr")]
pub mod fleet;
pub mod layout;
pub mod news;
#[cfg(feature = "ssr")]
pub mod once;
pub mod receipts;
pub mod shared;
pub mod words;

pub use error::Error;
pub use sign_in::{DemoAccount, SignInInfo};

/// Brings the page's islands to life: called once by the browser bundle after it loads.
/// Living here, it also links this crate's island entry points into that bundle.
///
/// The page's words come first (`<html data-words>`). Leptos's loader hydrates every island
/// right after this returns, so each island is first pointed at [`island_waits_for_words`]
/// (which does nothing) and hydrated for real once the catalogue is installed. Without the
/// words the islands stay as the server rendered them: a page that works without JavaScript,
/// rather than one hydrated wordless.
#[cfg(feature = "hydrate")]
pub fn hydrate_islands() {
    use leptos::wasm_bindgen::{JsCast, JsValue};
    leptos::mount::hydrate_islands();
    let document = leptos::prelude::document();
    let address = document
        .document_element()
        .and_then(|html| html.get_attribute("data-words"));
    let Some(address) = address else {
        return;
    };
    let mut waiting = Vec::new();
    if let Ok(islands) = document.query_selector_all("leptos-island[data-component]") {
        for i in 0..islands.length() {
            let Some(island) = islands
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            if let Some(id) = island.get_attribute("data-component") {
                let _ = island.set_attribute("data-component", WAITING);
                waiting.push((island, id));
            }
        }
    }
    leptos::task::spawn_local(async move {
        let catalogue = match words::fetch(&address).await {
            Ok(catalogue) => catalogue,
            Err(why) => {
                leptos::logging::error!("the page's words did not load ({why}): not hydrated");
                return;
            }
        };
        words::install(catalogue);
        let window = leptos::prelude::window();
        let hydrate = js_sys::Reflect::get(&window, &JsValue::from_str("__hydrateIsland"))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        for (island, id) in waiting {
            let _ = island.set_attribute("data-component", &id);
            if let Some(hydrate) = &hydrate {
                let _ = hydrate.call2(&JsValue::NULL, &island, &JsValue::from_str(&id));
            }
        }
    });
}

/// The name an island answers to while the page's words load.
#[cfg(feature = "hydrate")]
const WAITING: &str = "island_waits_for_words";

/// What Leptos's loader calls for an island while the page's words load: nothing yet.
#[cfg(feature = "hydrate")]
#[leptos::wasm_bindgen::prelude::wasm_bindgen(wasm_bindgen = ::leptos::wasm_bindgen)]
pub fn island_waits_for_words(_island: web_sys::HtmlElement) {}

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, MetaTags, Stylesheet, Title};
use leptos_router::components::{Redirect, Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// The HTML document around the app, rendered by the server for every page.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    // For the stylesheet's name, which carries its hash in a cargo-leptos `hash-files` build.
    provide_context(options.clone());
    // Absent for the system's scheme: the stylesheet then follows `prefers-color-scheme`.
    let theme = match layout::Theme::of_request() {
        layout::Theme::System => None,
        chosen => Some(chosen.as_str()),
    };
    let lang = words::active_lang();
    // The island's words, fetched by the bundle before it hydrates (never inlined: most pages
    // have no island, and the page's text stays the page's).
    let catalogue = words::catalogue_address(lang);
    view! {
        <!DOCTYPE html>
        <html lang=lang.tag() data-theme=theme data-words=catalogue>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                // Named, so browsers do not ask for a /favicon.ico that is not there.
                <link rel="icon" type="image/svg+xml" href="/favicon.svg"/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The sign-in page under the language picker (the signed-in pages have it in their top bar).
#[component]
fn SignInPage() -> impl IntoView {
    view! {
        <header class="page-head">
            <layout::LanguagePicker/>
        </header>
        <sign_in::LoginPage/>
    }
}

/// The application: routes and the document head. Rendered on the server only: the browser
/// hydrates just the islands (`#[island]` components), which keeps its bundle small.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // Hashed names let browsers keep the site's files for a year (see server/src/caching.rs);
    // without the shell's options (only while listing routes) the fixed name stands in.
    let stylesheet = match use_context::<LeptosOptions>() {
        Some(options) => view! { <HashedStylesheet options id="leptos"/> }.into_any(),
        None => view! { <Stylesheet id="leptos" href="/pkg/rescue-console.css"/> }.into_any(),
    };
    view! {
        {stylesheet}
        <Title text=words::t("product")/>
        // The first stop of the Tab key on every page: past the top bar and the node tree to
        // what the page is for (each page marks it `id="content"`).
        <a class="skip-link" href="#content">{words::t("skip-link")}</a>
        <Router>
            <Routes fallback=layout::NotFound>
                // Async SSR: the whole page is in the first response, readable without JavaScript.
                <Route path=path!("/login") view=SignInPage ssr=SsrMode::Async/>
                <Route path=path!("/sessions") view=sessions::SessionsPage ssr=SsrMode::Async/>
                <Route path=path!("/sessions/bulk") view=bulk::BulkPage ssr=SsrMode::Async/>
                <Route path=path!("/sessions/:action") view=actions::ActionPage ssr=SsrMode::Async/>
                <Route path=path!("/history") view=history::HistoryPage ssr=SsrMode::Async/>
                <Route path=path!("/outcomes") view=outcomes::OutcomesPage ssr=SsrMode::Async/>
                <Route path=path!("/outcomes/:session") view=outcomes::OutcomePage ssr=SsrMode::Async/>
                <Route path=path!("/reports") view=reports::ReportsPage ssr=SsrMode::Async/>
                <Route path=path!("/") view=|| view! { <Redirect path="/sessions"/> } ssr=SsrMode::Async/>
            </Routes>
            <layout::ThemePicker/>
        </Router>
    }
}
