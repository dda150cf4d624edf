//! The request context every server function starts from, in one line:
//!
//! ```ignore
//! let cx = match Cx::signed_in(&here).await { Ok(cx) => cx, Err(answer) => return answer };
//! ```
//!
//! [`Visit`] is any request (the backend, the dashboard session, whether it is a plain form
//! post); [`Cx`] is a visit of a signed-in admin, with their Rescue login. When nobody is
//! signed in, `signed_in` has already sent the browser to sign in (then back to `here`) and
//! hands back the answer to return, of whatever kind the function answers with ([`Answer`]).

use tower_sessions::Session;

use super::login::{self, Activity, RescueLogin};
use super::page::{Notice, Page};
use super::services::Services;
use crate::error::Error;
use crate::shared::address::login_url;

/// One request to a server function: what it can reach, signed in or not.
#[derive(Debug, Clone)]
pub struct Visit {
    /// The services every feature shares.
    pub services: Services,
    /// The browser's dashboard session (never a Rescue session: that is a `session`).
    pub dashboard: Session,
    /// Whether the request is a plain form post (JavaScript off): its answer is a redirect,
    /// its outcome a notice for the page it returns to.
    pub plain_form: bool,
}

impl Visit {
    /// This request's visit. A server not wired to provide its services, or a request without
    /// a dashboard session, is the server's mistake: logged, answered with a generic sentence.
    pub async fn open() -> Result<Visit, Error> {
        let services = state("the services")?;
        let dashboard = leptos_axum::extract::<Session>()
            .await
            .map_err(|e| Error::internal("the dashboard session is unavailable", e))?;
        Ok(Visit {
            services,
            dashboard,
            plain_form: is_plain_form_post().await,
        })
    }

    /// A feature's own state (its guards and caches), as the server provides it for every
    /// request; `what` names it in the log if it is missing.
    pub fn state<T: Clone + Send + Sync + 'static>(&self, what: &str) -> Result<T, Error> {
        state(what)
    }

    /// The signed-in admin of this visit, or the answer that sends the browser to sign in
    /// (then back to `here`). `activity` says whether the admin did this request or an open
    /// page did it alone (which must not keep an abandoned tab signed in).
    pub async fn sign_in_as<A: Answer>(
        self,
        here: &str,
        activity: Activity,
    ) -> Result<Cx, Result<A, Error>> {
        match login::login_for(&self.dashboard, &self.services, activity).await {
            Ok(Some(login)) => Ok(Cx {
                visit: self,
                login,
                here: here.to_owned(),
            }),
            Ok(None) => {
                redirect_to_sign_in(here);
                Err(Ok(A::sign_in(here)))
            }
            Err(err) => Err(A::refused(err)),
        }
    }
}

/// A visit of a signed-in admin, with their Rescue login.
#[derive(Debug, Clone)]
pub struct Cx {
    /// The request.
    pub visit: Visit,
    /// The admin and the credentials for Rescue calls.
    pub login: RescueLogin,
    /// Where the admin is: the sign-in page sends them back here.
    here: String,
}

impl std::ops::Deref for Cx {
    type Target = Visit;
    fn deref(&self) -> &Visit {
        &self.visit
    }
}

impl Cx {
    /// The context of a request the admin made, or the answer to return (see the module).
    pub async fn signed_in<A: Answer>(here: &str) -> Result<Cx, Result<A, Error>> {
        Self::signed_in_as(here, Activity::User).await
    }

    /// [`Cx::signed_in`], saying whether the admin did this request or the page did it alone.
    pub async fn signed_in_as<A: Answer>(
        here: &str,
        activity: Activity,
    ) -> Result<Cx, Result<A, Error>> {
        match Visit::open().await {
            Ok(visit) => visit.sign_in_as(here, activity).await,
            Err(err) => Err(A::refused(err)),
        }
    }

    /// Where the admin is.
    pub fn here(&self) -> &str {
        &self.here
    }

    /// The Rescue login expired: forget it and send the admin to sign in, then back here, with
    /// a notice saying why.
    pub async fn expired<A: Answer>(&self) -> Result<A, Error> {
        login::forget_expired(&self.dashboard).await?;
        redirect_to_sign_in(&self.here);
        Ok(A::sign_in(&self.here))
    }

    /// Answers `report` to a hydrated call as it is; to a plain form post by going back here,
    /// where the report waits as the page's notice (shown once).
    pub async fn respond<R: Reported>(&self, report: R) -> Result<R, Error> {
        if self.plain_form {
            login::set_notice(&self.dashboard, report.notice()).await?;
            leptos_axum::redirect(&self.here);
        }
        Ok(report)
    }
}

/// What a server function answers when nobody is signed in, or the request was refused.
pub trait Answer: Sized {
    /// The answer while the browser is sent to sign in, then back to `next`.
    fn sign_in(next: &str) -> Self;
    /// The answer when the request cannot be served (the session store is out of reach).
    fn refused(err: Error) -> Result<Self, Error> {
        Err(err)
    }
}

impl<T> Answer for Page<T> {
    fn sign_in(next: &str) -> Self {
        Page::SignIn {
            next: next.to_owned(),
        }
    }
    /// A page shows why, under the error's status.
    fn refused(err: Error) -> Result<Self, Error> {
        Ok(Page::Refused(err))
    }
}

/// An answer that can wait as a page's notice (an action's report, without JavaScript).
pub trait Reported {
    /// The notice it leaves.
    fn notice(&self) -> Notice;
}

/// Sends the browser to sign in, then back to `here`, with a page that says so. A success on
/// purpose: the hydrated app follows a server function's redirect only when the call
/// succeeded (server_fn skips its redirect hook on error statuses), and without JavaScript the
/// browser only ever sees the 302.
pub fn to_sign_in<T>(here: &str) -> Page<T> {
    redirect_to_sign_in(here);
    <Page<T> as Answer>::sign_in(here)
}

/// The redirect of [`to_sign_in`], for answers that are not pages.
pub fn redirect_to_sign_in(here: &str) {
    leptos_axum::redirect(&login_url(here));
}

/// A piece of the server's state (always provided by the server; a missing one is a wiring
/// mistake, logged and answered with a generic sentence).
fn state<T: Clone + Send + Sync + 'static>(what: &str) -> Result<T, Error> {
    leptos::prelude::use_context::<T>()
        .ok_or_else(|| Error::internal("server misconfigured", format!("{what} not provided")))
}

/// Whether the request is a plain form post (JavaScript off): browsers then ask for HTML,
/// while the hydrated app's server-function calls do not.
async fn is_plain_form_post() -> bool {
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
