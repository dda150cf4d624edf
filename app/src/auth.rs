//! Signing in and out. The Rescue login (cookie or authcode) lives only in the server-side
//! session, sealed; the browser holds an opaque session cookie and nothing else.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Where to go after signing in when no (valid) `next` is given.
pub const HOME: &str = "/sessions";

/// Keeps `next` only when it is a path on this site: no scheme, no host, no `//` (which a
/// browser reads as another host), no backslashes (which some browsers treat as slashes).
pub fn local_path(next: Option<&str>) -> &str {
    match next.map(str::trim) {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.contains('\\')
                && !path.chars().any(char::is_control) =>
        {
            path
        }
        _ => HOME,
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
pub(crate) mod server {
    //! Session access for server functions.

    use leptos::prelude::*;
    use serde::{Deserialize, Serialize};
    use tower_sessions::Session;

    use super::{Flash, Notice};
    use crate::backend::Backend;

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

    /// The backend services; always provided by the server.
    pub fn backend() -> Result<Backend, ServerFnError> {
        use_context::<Backend>().ok_or_else(|| ServerFnError::new("server misconfigured"))
    }

    /// This request's dashboard session.
    pub async fn session() -> Result<Session, ServerFnError> {
        leptos_axum::extract::<Session>()
            .await
            .map_err(|_| ServerFnError::new("the dashboard session is unavailable"))
    }

    /// Stores a fresh login, rotating the session ID first (no session fixation).
    pub async fn store_login(
        session: &Session,
        backend: &Backend,
        email: &str,
        credentials: &rescue::Credentials,
    ) -> Result<(), ServerFnError> {
        let (kind, secret) = match credentials {
            rescue::Credentials::Cookie(c) => (LoginKind::Cookie, c.expose_header_value()),
            rescue::Credentials::AuthCode(c) => (LoginKind::AuthCode, c.expose()),
        };
        let stored = StoredLogin {
            email: email.to_owned(),
            kind,
            sealed: backend.seal.seal(secret),
            signed_in_at: chrono::Utc::now().to_rfc3339(),
        };
        session.cycle_id().await.map_err(store_error)?;
        session.insert(LOGIN_KEY, stored).await.map_err(store_error)
    }

    /// The signed-in admin, if any (and if the stored secret still opens).
    pub async fn current_login(session: &Session, backend: &Backend) -> Option<RescueLogin> {
        let stored: StoredLogin = session.get(LOGIN_KEY).await.ok().flatten()?;
        let secret = backend.seal.open(&stored.sealed)?;
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
    /// `None` after sending the browser to sign in (then back to `here`); the caller then
    /// answers with [`to_sign_in`]'s kind of placeholder.
    pub async fn require_login(
        session: &Session,
        backend: &Backend,
        here: &str,
    ) -> Option<RescueLogin> {
        let login = current_login(session, backend).await;
        if login.is_none() {
            leptos_axum::redirect(&super::login_url(here));
        }
        login
    }

    /// Sends the browser to sign in, then back to `here`, answering with `shown` meanwhile.
    /// A success on purpose: the hydrated app follows a server function's redirect only when
    /// the call succeeded (server_fn skips its redirect hook on error statuses), and without
    /// JavaScript the browser only ever sees the 302.
    pub fn to_sign_in<T>(here: &str, shown: T) -> Result<T, ServerFnError> {
        leptos_axum::redirect(&super::login_url(here));
        Ok(shown)
    }

    /// Ends the dashboard session entirely.
    pub async fn forget(session: &Session) -> Result<(), ServerFnError> {
        session.flush().await.map_err(store_error)
    }

    /// Keeps a message for the next page (survives the no-JavaScript redirect).
    pub async fn set_flash(session: &Session, flash: Flash) -> Result<(), ServerFnError> {
        session.insert(FLASH_KEY, flash).await.map_err(store_error)
    }

    /// Takes the pending message, if any.
    pub async fn take_flash(session: &Session) -> Option<Flash> {
        session.remove(FLASH_KEY).await.ok().flatten()
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

    /// The client's network address, for limiting failed sign-ins. Requests without one (only
    /// possible when the server is embedded without connection info) share one address.
    pub async fn client_address() -> std::net::IpAddr {
        leptos_axum::extract::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .await
            .map_or(std::net::Ipv4Addr::UNSPECIFIED.into(), |info| info.0.ip())
    }

    /// Keeps a notice for the sessions page (the result of a form post without JavaScript).
    pub async fn set_notice(session: &Session, notice: Notice) -> Result<(), ServerFnError> {
        session
            .insert(NOTICE_KEY, notice)
            .await
            .map_err(store_error)
    }

    /// Takes the pending notice, if any.
    pub async fn take_notice(session: &Session) -> Option<Notice> {
        session.remove(NOTICE_KEY).await.ok().flatten()
    }

    fn store_error(err: tower_sessions::session::Error) -> ServerFnError {
        tracing::error!("session store: {err}");
        ServerFnError::new("the dashboard session could not be saved; try again")
    }
}

/// Signs in with a Rescue e-mail and password. On success the browser goes to `next` (a local
/// path) or the sessions page; on failure it gets Rescue's reason in plain words.
#[server]
pub async fn sign_in(
    /// The admin's Rescue e-mail.
    email: String,
    /// Their Rescue password; sent to Rescue once, never stored.
    password: String,
    /// Where to go afterwards (a local path).
    next: Option<String>,
) -> Result<(), ServerFnError> {
    use server::*;
    let email = email.trim().to_owned();
    let target = local_path(next.as_deref()).to_owned();
    let (message, status) = if email.is_empty() || password.is_empty() {
        (
            "Enter your Rescue e-mail and password.".to_owned(),
            http::StatusCode::BAD_REQUEST,
        )
    } else {
        let backend = backend()?;
        let address = client_address().await;
        if let Some(wait) = backend.failed_sign_ins.blocked(address) {
            let message = crate::messages::too_many_failures(wait);
            return fail(message, http::StatusCode::TOO_MANY_REQUESTS, email, &target).await;
        }
        let password = rescue::SecretString::from(password);
        match backend.rescue.login(&email, &password).await {
            Ok(rescue::LoginOutcome::Ok(cookie)) => {
                backend.failed_sign_ins.succeeded(address);
                let session = session().await?;
                let credentials = rescue::Credentials::Cookie(cookie);
                store_login(&session, &backend, &email, &credentials).await?;
                leptos_axum::redirect(&target);
                return Ok(());
            }
            Ok(outcome) => {
                // Only a wrong password is guessing; Rescue's own limit or errors are not.
                if matches!(outcome, rescue::LoginOutcome::Invalid) {
                    backend.failed_sign_ins.failed(address);
                }
                (crate::messages::login(&outcome), login_status(&outcome))
            }
            Err(err) => (crate::messages::transport(&err), transport_status(&err)),
        }
    };
    fail(message, status, email, &target).await
}

/// Signs in with an API token or authcode, checked against Rescue before it is kept.
#[server]
pub async fn sign_in_with_token(
    /// The pasted API token or authcode.
    authcode: String,
    /// Where to go afterwards (a local path).
    next: Option<String>,
) -> Result<(), ServerFnError> {
    use server::*;
    let target = local_path(next.as_deref()).to_owned();
    let Some(code) = rescue::AuthCode::new(&authcode) else {
        return fail(
            "Paste the API token or authcode: one word, without spaces.".into(),
            http::StatusCode::BAD_REQUEST,
            String::new(),
            &target,
        )
        .await;
    };
    let backend = backend()?;
    let address = client_address().await;
    if let Some(wait) = backend.failed_sign_ins.blocked(address) {
        return fail(
            crate::messages::too_many_failures(wait),
            http::StatusCode::TOO_MANY_REQUESTS,
            String::new(),
            &target,
        )
        .await;
    }
    let credentials = rescue::Credentials::AuthCode(code);
    let query = rescue::HierarchyQuery::default();
    let (message, status) = match backend.rescue.get_hierarchy(&credentials, query).await {
        Ok(rescue::GetHierarchyOutcome::Ok(_)) => {
            backend.failed_sign_ins.succeeded(address);
            let session = session().await?;
            store_login(&session, &backend, "API token", &credentials).await?;
            leptos_axum::redirect(&target);
            return Ok(());
        }
        Ok(outcome) => {
            if matches!(
                outcome,
                rescue::GetHierarchyOutcome::InvalidSecretAuthCode
                    | rescue::GetHierarchyOutcome::NotLoggedIn
            ) {
                backend.failed_sign_ins.failed(address);
            }
            (crate::messages::token(&outcome), token_status(&outcome))
        }
        Err(err) => (crate::messages::transport(&err), transport_status(&err)),
    };
    fail(message, status, String::new(), &target).await
}

/// Signs out of Rescue (`logout.aspx`) and ends the dashboard session, even if Rescue is
/// unreachable: the admin asked to be signed out here.
#[server]
pub async fn sign_out() -> Result<(), ServerFnError> {
    use server::*;
    let backend = backend()?;
    let session = session().await?;
    if let Some(login) = current_login(&session, &backend).await {
        if matches!(login.credentials, rescue::Credentials::Cookie(_)) {
            if let Err(err) = backend.rescue.logout(&login.credentials).await {
                tracing::warn!("Rescue logout failed: {err}");
            }
        }
    }
    forget(&session).await?;
    set_flash(
        &session,
        Flash {
            message: "You are signed out.".into(),
            email: String::new(),
        },
    )
    .await?;
    leptos_axum::redirect("/login");
    Ok(())
}

/// A failed sign-in: with JavaScript the message comes back as the error, under `status`;
/// without, it waits in the session and the browser returns to the sign-in page.
#[cfg(feature = "ssr")]
async fn fail(
    message: String,
    status: http::StatusCode,
    email: String,
    target: &str,
) -> Result<(), ServerFnError> {
    use server::*;
    if is_plain_form_post().await {
        let session = session().await?;
        set_flash(&session, Flash { message, email }).await?;
        let back = if target == HOME {
            "/login".to_owned()
        } else {
            login_url(target)
        };
        leptos_axum::redirect(&back);
        Ok(())
    } else {
        // A refused sign-in is the caller's (4xx), so it is not logged as a server failure;
        // only Rescue's own trouble answers 5xx.
        crate::sessions::set_status(status);
        Err(ServerFnError::new(message))
    }
}

/// The HTTP status of a sign-in Rescue answered but refused.
#[cfg(feature = "ssr")]
fn login_status(outcome: &rescue::LoginOutcome) -> http::StatusCode {
    use rescue::LoginOutcome;
    match outcome {
        LoginOutcome::Ok(_) => http::StatusCode::OK,
        LoginOutcome::Invalid => http::StatusCode::FORBIDDEN,
        LoginOutcome::LimitReached => http::StatusCode::TOO_MANY_REQUESTS,
        LoginOutcome::Error | LoginOutcome::Undocumented(_) => http::StatusCode::BAD_GATEWAY,
    }
}

/// The HTTP status of a token Rescue answered but did not accept.
#[cfg(feature = "ssr")]
fn token_status(outcome: &rescue::GetHierarchyOutcome) -> http::StatusCode {
    use rescue::GetHierarchyOutcome;
    match outcome {
        GetHierarchyOutcome::Ok(_) => http::StatusCode::OK,
        GetHierarchyOutcome::InvalidSecretAuthCode
        | GetHierarchyOutcome::UserDeletedOrDisabled
        | GetHierarchyOutcome::NotLoggedIn => http::StatusCode::FORBIDDEN,
        GetHierarchyOutcome::Error
        | GetHierarchyOutcome::InvalidNode
        | GetHierarchyOutcome::Undocumented(_) => http::StatusCode::BAD_GATEWAY,
    }
}

/// The HTTP status of a sign-in Rescue could not be asked about.
#[cfg(feature = "ssr")]
fn transport_status(err: &rescue::Error) -> http::StatusCode {
    match err {
        rescue::Error::Timeout => http::StatusCode::GATEWAY_TIMEOUT,
        rescue::Error::RateLimited => http::StatusCode::SERVICE_UNAVAILABLE,
        _ => http::StatusCode::BAD_GATEWAY,
    }
}

/// Whether this dashboard session holds a usable Rescue login (for routes outside Leptos,
/// such as the CSV export).
#[cfg(feature = "ssr")]
pub async fn signed_in(
    session: &tower_sessions::Session,
    backend: &crate::backend::Backend,
) -> bool {
    server::current_login(session, backend).await.is_some()
}

/// The sign-in page that returns to `next` (a local path) afterwards.
#[cfg(feature = "ssr")]
pub fn login_url(next: &str) -> String {
    let next: String = url::form_urlencoded::byte_serialize(next.as_bytes()).collect();
    format!("/login?next={next}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_must_be_a_local_path() {
        assert_eq!(local_path(Some("/sessions?node=5")), "/sessions?node=5");
        for bad in [
            None,
            Some(""),
            Some("https://evil.example/"),
            Some("//evil.example"),
            Some("/\\evil.example"),
            Some("javascript:alert(1)"),
            Some("sessions"),
            Some("/a\nb"),
        ] {
            assert_eq!(local_path(bad), HOME, "{bad:?}");
        }
    }
}
