//! The bar on top of every signed-in page: the page title, where else to go, who is signed in.

use leptos::prelude::*;

use super::LanguagePicker;
use crate::say;
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
    let link = move |section: Section, href: &'static str, label: String| {
        view! {
            <a href=href aria-current=(section == current).then_some("page")>
                {label}
            </a>
        }
    };
    view! {
        <header class="topbar">
            <h1>{title}</h1>
            <nav class="sections" aria-label=say!("nav-sections")>
                {link(Section::Sessions, "/sessions", say!("nav-sessions"))}
                {link(Section::History, "/history", say!("nav-history"))}
                {link(Section::Reports, "/reports", say!("nav-reports"))}
                {link(Section::Outcomes, "/outcomes", say!("nav-outcomes"))}
            </nav>
            <div class="who">
                <LanguagePicker/>
                <span>{email}</span>
                <ServerForm action=sign_out>
                    <button type="submit" class="secondary">{say!("sign-out")}</button>
                </ServerForm>
            </div>
        </header>
    }
}
