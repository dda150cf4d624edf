//! The colour scheme: the system's by default, or the one the admin chose with the picker at
//! the foot of every page. The choice is a cookie read by the server, which writes it into
//! `<html data-theme>`, so the first paint is already right and nothing needs JavaScript.

use leptos::prelude::*;

/// The cookie holding the choice. Not a secret and not `HttpOnly`-worthy, but kept `HttpOnly`
/// anyway: nothing in the page reads it.
pub const THEME_COOKIE: &str = "theme";

/// A colour scheme choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Whatever the operating system says (`prefers-color-scheme`).
    #[default]
    System,
    /// Light, whatever the system says.
    Light,
    /// Dark, whatever the system says.
    Dark,
}

impl Theme {
    /// Every choice, in the picker's order.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The choice a form or cookie names; `None` for anything else.
    pub fn parse(value: &str) -> Option<Theme> {
        match value {
            "system" => Some(Theme::System),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    /// The name in forms, the cookie and `data-theme`.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The picker's word for it.
    fn label(self) -> String {
        crate::say!("theme", theme = self.as_str())
    }

    /// The choice of the request being rendered (the system's without one, or outside a
    /// request).
    pub fn of_request() -> Theme {
        #[cfg(feature = "ssr")]
        {
            use_context::<http::request::Parts>()
                .map(|parts| from_headers(&parts.headers))
                .unwrap_or_default()
        }
        #[cfg(not(feature = "ssr"))]
        Theme::System
    }
}

/// The choice a request's cookies carry; an unknown value counts as none.
#[cfg(feature = "ssr")]
pub fn from_headers(headers: &http::HeaderMap) -> Theme {
    crate::shared::cookie::cookie(headers, THEME_COOKIE)
        .and_then(|value| Theme::parse(&value))
        .unwrap_or_default()
}

/// The foot of every page: the colour scheme picker, a plain form whose buttons post the
/// choice and come back to this address.
#[component]
pub fn ThemePicker() -> impl IntoView {
    let current = Theme::of_request();
    let location = leptos_router::hooks::use_location();
    let back = format!(
        "{}{}",
        location.pathname.get_untracked(),
        location.search.get_untracked()
    );
    view! {
        <footer class="site-foot">
            <form class="theme-picker" method="post" action="/theme" aria-label=crate::say!("theme-picker")>
                <input type="hidden" name="back" value=back/>
                <span class="muted" id="theme-label">{crate::say!("theme-colours")}</span>
                <div class="segmented" role="group" aria-labelledby="theme-label">
                    {Theme::ALL
                        .into_iter()
                        .map(|theme| {
                            view! {
                                <button
                                    type="submit"
                                    name="theme"
                                    value=theme.as_str()
                                    class="button small secondary"
                                    aria-pressed=(theme == current).to_string()
                                >
                                    {theme.label()}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
            </form>
        </footer>
    }
}

/// `POST /theme`: keeps the choice in a cookie for a year (the system's removes it) and goes
/// back to the page it was made on.
#[cfg(feature = "ssr")]
pub mod route {
    use axum::extract::{FromRef, State};
    use axum::http::StatusCode;
    use axum::response::{IntoResponse, Response};
    use axum::{Form, Router};
    use serde::Deserialize;

    use super::{Theme, THEME_COOKIE};
    use crate::core::services::Services;

    /// The picker's form.
    #[derive(Deserialize)]
    struct Choice {
        theme: Option<String>,
        back: Option<String>,
    }

    /// The picker's route.
    pub fn routes<S>() -> Router<S>
    where
        S: Clone + Send + Sync + 'static,
        Services: FromRef<S>,
    {
        Router::new().route("/theme", axum::routing::post(choose))
    }

    async fn choose(State(services): State<Services>, Form(choice): Form<Choice>) -> Response {
        let Some(theme) = choice.theme.as_deref().and_then(Theme::parse) else {
            return (StatusCode::BAD_REQUEST, crate::say!("theme-unknown")).into_response();
        };
        let (back, remove) = (choice.back.as_deref(), theme == Theme::System);
        crate::layout::preference::keep(
            THEME_COOKIE,
            theme.as_str(),
            remove,
            services.cookie_secure,
            back,
        )
    }
}
