//! What every page shares: the top bar of the signed-in pages, the one view of a page's
//! data ([`PageView`]), the card a refusal shows, the page for unknown paths, and the
//! colour scheme and language pickers with their routes.

use leptos::prelude::*;

use crate::error::Error;

pub mod language;
mod not_found;
mod page_view;
#[cfg(feature = "ssr")]
mod preference;
pub mod theme;
mod topbar;

pub use language::LanguagePicker;
pub use not_found::NotFound;
pub use page_view::{PageView, SignInNeeded};
pub use theme::{Theme, ThemePicker};
pub use topbar::{Section, TopBar};

/// A text or date field of a page's GET filter form, showing what the address says.
pub fn filter_field(
    id: &'static str,
    label: String,
    kind: &'static str,
    value: Option<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input id=id name=id type=kind value=value.unwrap_or_default()/>
        </div>
    }
}

/// A page that could not be built: why, in words.
#[component]
pub fn Refusal(
    /// What went wrong.
    error: Error,
) -> impl IntoView {
    view! {
        <p class="card error" role="alert">
            {error.to_string()}
        </p>
    }
}
