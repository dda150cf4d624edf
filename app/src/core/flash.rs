//! A message for the sign-in page that survives the redirect to it (JavaScript off): a failed
//! sign-in, a sign-out, a login that expired.
//!
//! It travels in a short-lived cookie of its own, sealed with the server's key, never in the
//! session store: the store keeps records for signed-in admins only, so a script posting junk
//! sign-ins or sign-outs cannot grow it. Sealed, not just signed, because it may carry the
//! e-mail the admin typed.
//!
//! Whatever leaves a message (a server function, the sign-in guard on any route) hands it to
//! the request's dashboard session in memory; [`deliver`], a layer inside the session layer,
//! takes it out before the session is saved and sets the cookie on the answer.

use serde::{Deserialize, Serialize};

/// A message for the sign-in page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flash {
    /// What to tell the admin.
    pub message: String,
    /// The e-mail they typed, so they need not type it again. Never the password.
    pub email: String,
}

#[cfg(feature = "ssr")]
pub use ssr::*;

#[cfg(feature = "ssr")]
mod ssr {
    use axum::extract::{Request, State};
    use axum::middleware::Next;
    use axum::response::Response;
    use serde::{Deserialize, Serialize};
    use tower_sessions::cookie::{Cookie, SameSite};
    use tower_sessions::Session;

    use super::Flash;
    use crate::core::services::Services;

    /// Where a message waits in the request's session until [`deliver`] takes it out: never
    /// saved, since it is taken before the session layer saves.
    const OUTGOING_KEY: &str = "\u{1}flash";

    /// The cookie's name on plain http (a test rig, a loopback demo).
    pub const FLASH_COOKIE: &str = "rc_flash";
    /// Its name whenever the dashboard cookie is `Secure`: a sibling sub-domain cannot plant it.
    pub const SECURE_FLASH_COOKIE: &str = "__Host-rc_flash";
    /// How long a message waits for its page: the redirect follows at once, so a minute is
    /// plenty, and a message never greets someone who comes back later.
    const LIFETIME_SECS: i64 = 60;
    /// The longest message and e-mail kept (a sentence, and RFC 5321's limit on a path).
    const MESSAGE_MAX: usize = 600;
    const EMAIL_MAX: usize = 254;

    /// What is sealed into the cookie.
    #[derive(Serialize, Deserialize)]
    struct Sealed {
        /// The message.
        m: String,
        /// The e-mail typed.
        e: String,
        /// When it stops counting (seconds since 1970).
        x: i64,
    }

    fn name(services: &Services) -> &'static str {
        if services.cookie_secure {
            SECURE_FLASH_COOKIE
        } else {
            FLASH_COOKIE
        }
    }

    /// The cookie for `value`, lasting `max_age` seconds (0: removed).
    fn cookie(services: &Services, value: String, max_age: i64) -> String {
        Cookie::build((name(services), value))
            .path("/")
            .http_only(true)
            .secure(services.cookie_secure)
            // Lax, not Strict: the sign-in page may be reached by a redirect that began on
            // another site (an identity provider), and the message is no credential.
            .same_site(SameSite::Lax)
            .max_age(tower_sessions::cookie::time::Duration::seconds(max_age))
            .build()
            .to_string()
    }

    fn append(set_cookie: String) {
        match http::HeaderValue::from_str(&set_cookie) {
            Ok(value) => {
                if let Some(response) =
                    leptos::prelude::use_context::<leptos_axum::ResponseOptions>()
                {
                    response.append_header(http::header::SET_COOKIE, value);
                }
            }
            Err(err) => tracing::error!("flash cookie not set: {err}"),
        }
    }

    /// Leaves `flash` for the next page this browser opens, in the answer being made.
    pub async fn set_flash(dashboard: &Session, flash: Flash) {
        if let Err(err) = dashboard.insert(OUTGOING_KEY, flash).await {
            tracing::error!("flash message not kept for the answer: {err}");
        }
    }

    /// The layer that turns a message left during the request into its cookie. Inside the
    /// session layer: the message leaves the session before it is saved, so nothing of it is
    /// stored (a signed-out browser's empty session stays unsaved).
    pub async fn deliver(
        State(services): State<Services>,
        request: Request,
        next: Next,
    ) -> Response {
        let dashboard = request.extensions().get::<Session>().cloned();
        let mut response = next.run(request).await;
        let Some(dashboard) = dashboard else {
            return response;
        };
        // A message marks the session changed; an unchanged one (every site file a signed-in
        // browser fetches) is not even read. Then looked up, not removed blindly: removing a
        // key that is not there would mark the session changed.
        if !dashboard.is_modified()
            || dashboard
                .get_value(OUTGOING_KEY)
                .await
                .ok()
                .flatten()
                .is_none()
        {
            return response;
        }
        let flash = dashboard.remove::<Flash>(OUTGOING_KEY).await.ok().flatten();
        let cookie = flash.and_then(|flash| flash_cookie(&services, flash));
        if let Some(value) = cookie.and_then(|c| http::HeaderValue::from_str(&c).ok()) {
            response
                .headers_mut()
                .append(http::header::SET_COOKIE, value);
        }
        response
    }

    /// The `Set-Cookie` value leaving `flash` for the next page.
    fn flash_cookie(services: &Services, flash: Flash) -> Option<String> {
        let sealed = Sealed {
            m: flash.message.chars().take(MESSAGE_MAX).collect(),
            e: flash.email.chars().take(EMAIL_MAX).collect(),
            x: chrono::Utc::now().timestamp() + LIFETIME_SECS,
        };
        match serde_json::to_string(&sealed) {
            Ok(json) => Some(cookie(services, services.seal.seal(&json), LIFETIME_SECS)),
            Err(err) => {
                tracing::error!("flash message not sealed: {err}");
                None
            }
        }
    }

    /// Takes the message this request's browser was left, if any (and removes its cookie). A
    /// cookie that does not open, or opens past its time, is no message.
    pub async fn take_flash(services: &Services) -> Option<Flash> {
        let headers = leptos_axum::extract::<http::HeaderMap>().await.ok()?;
        let value = flash_value(&headers, name(services))?;
        append(cookie(services, String::new(), 0));
        flash_of(services, &value)
    }

    /// The value of cookie `name` among the request's `Cookie` headers.
    fn flash_value(headers: &http::HeaderMap, name: &str) -> Option<String> {
        headers
            .get_all(http::header::COOKIE)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(Cookie::split_parse)
            .filter_map(Result::ok)
            .find(|cookie| cookie.name() == name)
            .map(|cookie| cookie.value().to_owned())
    }

    /// The message sealed in `value`, if it opens with this server's key and is still due.
    fn flash_of(services: &Services, value: &str) -> Option<Flash> {
        let json = services.seal.open(value)?;
        let sealed: Sealed = serde_json::from_str(&json).ok()?;
        (sealed.x >= chrono::Utc::now().timestamp()).then_some(Flash {
            message: sealed.m,
            email: sealed.e,
        })
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn the_cookie_is_found_among_others() {
            let mut headers = http::HeaderMap::new();
            headers.append(http::header::COOKIE, "a=1; rc_flash=xyz".parse().unwrap());
            headers.append(http::header::COOKIE, "b=2".parse().unwrap());
            assert_eq!(flash_value(&headers, FLASH_COOKIE).as_deref(), Some("xyz"));
            assert_eq!(flash_value(&headers, SECURE_FLASH_COOKIE), None);
        }
    }
}
