//! The login guard and the outcome of a page. Every server function starts here: it finds the
//! signed-in admin of this dashboard session (the Rescue login lives only server-side, sealed;
//! the browser holds an opaque session cookie and nothing else), or sends the browser to sign
//! in. A page's data is a [`Page`]: ready, refused, or waiting for a sign-in.

use serde::{Deserialize, Serialize};

use crate::error::Error;

/// What a page's server function answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Page<T> {
    /// The page's data.
    Ready(T),
    /// Nothing to show but why (the status is already set from the error).
    Refused(Error),
    /// No usable Rescue login: the browser is being sent to sign in, then back to `next`.
    SignIn {
        /// Where the admin was.
        next: String,
    },
}

impl<T> Page<T> {
    /// A server function's whole answer as one page: a failed call is a refusal too.
    pub fn of(result: Result<Page<T>, Error>) -> Page<T> {
        result.unwrap_or_else(Page::Refused)
    }

    /// The data, if the page is ready.
    pub fn ready(self) -> Option<T> {
        match self {
            Page::Ready(value) => Some(value),
            _ => None,
        }
    }
}

/// A message for the sign-in page, kept in the session across a redirect (JavaScript off).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flash {
    /// What to tell the admin.
    pub message: String,
    /// The e-mail they typed, so they need not type it again. Never the password.
    pub email: String,
}

/// The outcome of an action, kept in the session across the no-JavaScript redirect back to the
/// page the admin acted from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    /// Whether the action did what was asked.
    pub ok: bool,
    /// What happened, in words.
    pub message: String,
}

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    use serde::{Deserialize, Serialize};
    use tower_sessions::Session;

    use super::{Flash, Notice, Page};
    use crate::error::Error;
    use crate::services::Services;
    use crate::shared::address::login_url;

    const LOGIN_KEY: &str = "rescue_login";
    const FLASH_KEY: &str = "flash";
    const NOTICE_KEY: &str = "notice";

    /// How the stored login authenticates.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
    pub enum LoginKind {
        /// A login cookie from `login.aspx`.
        Cookie,
        /// An authcode or API token.
        AuthCode,
    }

    /// What the session keeps of a Rescue login: the sealed secret and who it is.
    #[derive(Debug, Clone, Serialize, Deserialize)]
    pub struct StoredLogin {
        /// The admin's e-mail (or "API token" for token sign-ins).
        pub email: String,
        /// Cookie or authcode.
        pub kind: LoginKind,
        /// The secret, sealed with the server's key.
        pub sealed: String,
        /// When they signed in (RFC 3339, UTC).
        pub signed_in_at: String,
    }

    /// The signed-in admin of this request, with usable credentials.
    #[derive(Debug, Clone)]
    pub struct RescueLogin {
        /// The admin's e-mail.
        pub email: String,
        /// Credentials for Rescue calls.
        pub credentials: rescue::Credentials,
    }

    /// This request's dashboard session.
    pub async fn session() -> Result<Session, Error> {
        leptos_axum::extract::<Session>()
            .await
            .map_err(|e| Error::internal("the dashboard session is unavailable", e))
    }

    /// Stores a fresh login, rotating the session ID first (no session fixation).
    pub async fn store_login(
        session: &Session,
        services: &Services,
        email: &str,
        credentials: &rescue::Credentials,
    ) -> Result<(), Error> {
        let (kind, secret) = match credentials {
            rescue::Credentials::Cookie(c) => (LoginKind::Cookie, c.expose_header_value()),
            rescue::Credentials::AuthCode(c) => (LoginKind::AuthCode, c.expose()),
        };
        let stored = StoredLogin {
            email: email.to_owned(),
            kind,
            sealed: services.seal.seal(secret),
            signed_in_at: chrono::Utc::now().to_rfc3339(),
        };
        session.cycle_id().await.map_err(store_error)?;
        session.insert(LOGIN_KEY, stored).await.map_err(store_error)
    }

    /// The signed-in admin, if any (and if the stored secret still opens).
    pub async fn current_login(session: &Session, services: &Services) -> Option<RescueLogin> {
        let stored: StoredLogin = session.get(LOGIN_KEY).await.ok().flatten()?;
        let secret = services.seal.open(&stored.sealed)?;
        let credentials = match stored.kind {
            LoginKind::Cookie => {
                rescue::Credentials::Cookie(rescue::LoginCookie::from_header_value(&secret)?)
            }
            LoginKind::AuthCode => rescue::Credentials::AuthCode(rescue::AuthCode::new(&secret)?),
        };
        Some(RescueLogin {
            email: stored.email,
            credentials,
        })
    }

    /// The login guard of every server function that calls Rescue: the signed-in admin, or
    /// `Err(page)` after sending the browser to sign in (then back to `here`), for the caller
    /// to answer with.
    pub async fn require_login<T>(
        session: &Session,
        services: &Services,
        here: &str,
    ) -> Result<RescueLogin, Page<T>> {
        match current_login(session, services).await {
            Some(login) => Ok(login),
            None => Err(to_sign_in(here)),
        }
    }

    /// Sends the browser to sign in, then back to `here`. A success on purpose: the hydrated
    /// app follows a server function's redirect only when the call succeeded (server_fn skips
    /// its redirect hook on error statuses), and without JavaScript the browser only ever sees
    /// the 302.
    pub fn to_sign_in<T>(here: &str) -> Page<T> {
        redirect_to_sign_in(here);
        Page::SignIn {
            next: here.to_owned(),
        }
    }

    /// The redirect of [`to_sign_in`], for answers that are not pages (an action's report).
    pub fn redirect_to_sign_in(here: &str) {
        leptos_axum::redirect(&login_url(here));
    }

    /// The Rescue login expired: forget it and send the admin to sign in, then back to `here`,
    /// with a notice saying why.
    pub async fn expired<T>(session: &Session, here: &str) -> Result<Page<T>, Error> {
        forget_expired(session).await?;
        Ok(to_sign_in(here))
    }

    /// Forgets an expired Rescue login and leaves the sign-in page the notice why.
    pub async fn forget_expired(session: &Session) -> Result<(), Error> {
        forget(session).await?;
        set_flash(
            session,
            Flash {
                message: crate::words::LOGIN_EXPIRED.into(),
                email: String::new(),
            },
        )
        .await
    }

    /// Ends the dashboard session entirely.
    pub async fn forget(session: &Session) -> Result<(), Error> {
        session.flush().await.map_err(store_error)
    }

    /// Keeps a message for the next page (survives the no-JavaScript redirect).
    pub async fn set_flash(session: &Session, flash: Flash) -> Result<(), Error> {
        session.insert(FLASH_KEY, flash).await.map_err(store_error)
    }

    /// Takes the pending message, if any.
    pub async fn take_flash(session: &Session) -> Option<Flash> {
        session.remove(FLASH_KEY).await.ok().flatten()
    }

    /// Keeps a notice for the sessions page (the result of a form post without JavaScript).
    pub async fn set_notice(session: &Session, notice: Notice) -> Result<(), Error> {
        session
            .insert(NOTICE_KEY, notice)
            .await
            .map_err(store_error)
    }

    /// Takes the pending notice, if any.
    pub async fn take_notice(session: &Session) -> Option<Notice> {
        session.remove(NOTICE_KEY).await.ok().flatten()
    }

    /// Whether the request is a plain form post (JavaScript off): browsers then ask for HTML,
    /// while the hydrated app's server-function calls do not.
    pub async fn is_plain_form_post() -> bool {
        leptos_axum::extract::<http::HeaderMap>()
            .await
            .ok()
            .and_then(|h| {
                h.get(http::header::ACCEPT)?
                    .to_str()
                    .ok()
                    .map(str::to_owned)
            })
            .is_some_and(|accept| accept.contains("text/html"))
    }

    /// Whether this dashboard session holds a usable Rescue login (for routes outside Leptos,
    /// such as the CSV exports).
    pub async fn signed_in(session: &Session, services: &Services) -> bool {
        current_login(session, services).await.is_some()
    }

    fn store_error(err: tower_sessions::session::Error) -> Error {
        tracing::error!("session store: {err}");
        Error::Internal(crate::words::SESSION_NOT_SAVED.into())
    }
}
