//! Rescue Console's user interface: pages, components and server functions.
//!
//! Rendered on the server (feature `ssr`) and hydrated in the browser (feature `hydrate`).
//! Every page must also work without JavaScript, so forms are plain HTML forms first.

#![warn(missing_docs)]

pub mod actions;
pub mod auth;
#[cfg(feature = "ssr")]
pub mod backend;
pub mod history;
pub mod json_text;
pub mod list_filter;
pub mod messages;
pub mod pages;
pub mod pending;
#[cfg(feature = "ssr")]
pub mod rate_limit;
#[cfg(feature = "ssr")]
pub mod report_desk;
pub mod reports;
pub mod sessions;
mod sign_in_info;

pub use sign_in_info::{load_sign_in_info, DemoAccount, SignInInfo};

/// Brings the page's islands to life: called once by the browser bundle after it loads.
/// Living here, it also links this crate's island entry points into that bundle.
#[cfg(feature = "hydrate")]
pub fn hydrate_islands() {
    leptos::mount::hydrate_islands();
}

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Stylesheet, Title};
use leptos_router::components::{Redirect, Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// The HTML document around the app, rendered by the server for every page.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html lang="en">
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

/// The application: routes and the document head. Rendered on the server only: the browser
/// hydrates just the islands (`#[island]` components), which keeps its bundle small.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Stylesheet id="leptos" href="/pkg/rescue-console.css"/>
        <Title text="Rescue Console"/>
        <Router>
            <Routes fallback=pages::NotFound>
                // Async SSR: the whole page is in the first response, readable without JavaScript.
                <Route path=path!("/login") view=pages::LoginPage ssr=SsrMode::Async/>
                <Route path=path!("/sessions") view=pages::SessionsPage ssr=SsrMode::Async/>
                <Route path=path!("/sessions/:action") view=pages::ActionPage ssr=SsrMode::Async/>
                <Route path=path!("/history") view=pages::HistoryPage ssr=SsrMode::Async/>
                <Route path=path!("/reports") view=pages::ReportsPage ssr=SsrMode::Async/>
                <Route path=path!("/") view=|| view! { <Redirect path="/sessions"/> } ssr=SsrMode::Async/>
            </Routes>
        </Router>
    }
}
