//! The language picker: a plain form (it works without JavaScript) whose choice is a cookie
//! the server reads on every request, before the browser's `Accept-Language`.

use leptos::prelude::*;

use crate::say;
use crate::words::{active_lang, Lang};

/// The picker, for the top bar and the sign-in page: the languages by their own names, and a
/// button that keeps the choice and comes back to this address.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let current = active_lang();
    let back = here();
    // The pseudo-locale is listed only while it is the choice, so it can be left.
    let offered = Lang::OFFERED
        .into_iter()
        .chain((current == Lang::Pseudo).then_some(Lang::Pseudo));
    view! {
        <form class="language-picker" method="post" action="/language">
            <input type="hidden" name="back" value=back/>
            <label for="language" class="visually-hidden">{say!("language")}</label>
            <select id="language" name="lang">
                {offered
                    .map(|lang| {
                        view! {
                            <option value=lang.tag() lang=lang.tag() selected=lang == current>
                                {lang.own_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <button type="submit" class="button small secondary">{say!("language-change")}</button>
        </form>
    }
}

/// This page's address (path and query), to come back to. Read from the request on the server
/// and from the window in the browser, not from the router: the picker also sits in the
/// sessions page's island, which has no router in the browser.
fn here() -> String {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .and_then(|parts| parts.uri.path_and_query().map(|p| p.as_str().to_owned()))
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        leptos::prelude::window()
            .location()
            .href()
            .ok()
            .and_then(|href| {
                let origin = leptos::prelude::window().location().origin().ok()?;
                href.strip_prefix(&origin).map(str::to_owned)
            })
            .unwrap_or_default()
    }
}

/// `POST /language`: keeps the choice in a cookie for a year and goes back to the page it
/// was made on.
#[cfg(feature = "ssr")]
pub mod route {
    use axum::extract::{FromRef, State};
    use axum::http::StatusCode;
    use axum::response::{IntoResponse, Response};
    use axum::{Form, Router};
    use serde::Deserialize;

    use super::Lang;
    use crate::core::services::Services;
    use crate::say;
    use crate::words::LANG_COOKIE;

    /// The picker's form.
    #[derive(Deserialize)]
    struct Choice {
        lang: Option<String>,
        back: Option<String>,
    }

    /// The picker's route.
    pub fn routes<S>() -> Router<S>
    where
        S: Clone + Send + Sync + 'static,
        Services: FromRef<S>,
    {
        Router::new()
            .route("/language", axum::routing::post(choose))
            .route("/words/{file}", axum::routing::get(catalogue))
    }

    /// `GET /words/<tag>-<hash>.json`: a compiled catalogue, which the browser fetches before
    /// it hydrates the page's island. Named after its content, so kept for a year.
    async fn catalogue(uri: axum::http::Uri) -> Response {
        match crate::words::compile::served(uri.path()) {
            Some(json) => (
                [
                    (axum::http::header::CONTENT_TYPE, "application/json"),
                    (
                        axum::http::header::CACHE_CONTROL,
                        "public, max-age=31536000, immutable",
                    ),
                ],
                json,
            )
                .into_response(),
            None => StatusCode::NOT_FOUND.into_response(),
        }
    }

    async fn choose(State(services): State<Services>, Form(choice): Form<Choice>) -> Response {
        let Some(lang) = choice.lang.as_deref().and_then(Lang::parse) else {
            let tags: Vec<&str> = Lang::OFFERED.iter().map(|l| l.tag()).collect();
            let message = say!("language-unknown", tags = tags.join(", ").as_str());
            return (StatusCode::BAD_REQUEST, message).into_response();
        };
        let back = choice.back.as_deref();
        crate::layout::preference::keep(
            LANG_COOKIE,
            lang.tag(),
            false,
            services.cookie_secure,
            back,
        )
    }
}
