//! The answer of the preference pickers (colours, language): a year-long cookie with the
//! choice, and back to the page it was made on.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use tower_sessions::cookie::{time, Cookie, SameSite};

use crate::shared::address::local_path;

/// A year: a choice is a preference, not a session.
const KEPT_FOR_DAYS: i64 = 365;

/// Keeps `value` in the cookie `name` (removes it when `remove`), then sees the browser back
/// to `back` (a local path; home otherwise). Not a secret, but `HttpOnly` anyway: nothing in
/// the page reads it.
pub fn keep(
    name: &'static str,
    value: &'static str,
    remove: bool,
    secure: bool,
    back: Option<&str>,
) -> Response {
    let mut cookie = Cookie::build((name, value))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .max_age(time::Duration::days(KEPT_FOR_DAYS))
        .build();
    if remove {
        cookie.make_removal();
    }
    let back = local_path(back);
    match (
        HeaderValue::from_str(&cookie.to_string()),
        HeaderValue::from_str(back),
    ) {
        (Ok(cookie), Ok(location)) => (
            StatusCode::SEE_OTHER,
            [(header::SET_COOKIE, cookie), (header::LOCATION, location)],
        )
            .into_response(),
        _ => (StatusCode::BAD_REQUEST, crate::say!("back-invalid")).into_response(),
    }
}
