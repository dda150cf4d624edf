//! The bar on top of every signed-in page: the page title, where else to go, who is signed in.

use leptos::prelude::*;

use crate::shared::form::ServerForm;
use crate::sign_in::SignOut;

/// The signed-in pages, for the navigation links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// `/sessions`.
    Sessions,
    /// `/history`.
    History,
    /// `/reports`.
    Reports,
    /// `/outcomes` and a session's record.
    Outcomes,
}

/// Title, navigation and the Sign out button.
#[component]
pub fn TopBar(
    /// The page's heading.
    title: String,
    /// The signed-in admin.
    email: String,
    /// Which page this is (marked in the navigation).
    current: Section,
    /// The sign-out action of the page.
    sign_out: ServerAction<SignOut>,
) -> impl IntoView {
    let link = move |section: Section, href: &'static str, label: &'static str| {
        view! {
            <a href=href aria-current=(section == current).then_some("page")>
                {label}
            </a>
        }
    };
    view! {
        <header class="topbar">
            <h1>{title}</h1>
            <nav class="sections" aria-label="Sections">
                {link(Section::Sessions, "/sessions", "Sessions")}
                {link(Section::History, "/history", "History")}
                {link(Section::Reports, "/reports", "Reports")}
                {link(Section::Outcomes, "/outcomes", "Outcomes")}
            </nav>
            <div class="who">
                <span>{email}</span>
                <ServerForm action=sign_out>
                    <button type="submit" class="secondary">"Sign out"</button>
                </ServerForm>
            </div>
        </header>
    }
}
