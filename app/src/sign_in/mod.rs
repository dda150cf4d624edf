//! Signing in and out: e-mail and password (`login.aspx`) or an API token / authcode, each
//! refusal with its own sentence and status, and sign-out (`logout.aspx`). The Rescue login is
//! kept by the guard, sealed, in the server-side session.

use leptos::prelude::*;

use crate::error::Error;

#[cfg(feature = "ssr")]
pub mod allowed;
mod info;
#[cfg(feature = "ssr")]
pub mod limit;
mod page;
#[cfg(feature = "ssr")]
pub mod proxies;
#[cfg(feature = "ssr")]
pub mod rescue_limit;
#[cfg(feature = "ssr")]
pub mod rules;
#[cfg(feature = "ssr")]
pub mod sso;

pub use info::{load_sign_in_info, DemoAccount, SignInInfo};

/// The single sign-on button's address (the server's route; kept here for the browser too).
pub const SSO_START: &str = "/login/oidc";
pub use page::{LoginPage, SignInForm};

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
) -> Result<(), Error> {
    use crate::core::login::store_login;
    use crate::core::Visit;
    use crate::shared::address::local_path;
    let visit = Visit::open().await?;
    let email = email.trim().to_owned();
    let target = local_path(next.as_deref()).to_owned();
    // Junk is refused before anything is kept or asked: nothing of it reaches the session
    // store, whose rows would otherwise hold whatever a script posts.
    if let Err(code) = rules::check_fields(&email, &password) {
        return ssr::refuse_fields(&visit, code, &target);
    }
    let (services, rules) = (&visit.services, ssr::rules(&visit)?);
    if !rules.methods.password {
        let refusal = Error::Refused(crate::words::method_off());
        return ssr::fail(&visit, refusal, String::new(), &target).await;
    }
    let fleet = services.fleet.as_ref();
    // Rescue's own limit on this account, remembered: it is not asked until that is over.
    match rules.rescue_limits.wait(fleet, &email).await {
        Ok(None) => {}
        Ok(Some(wait)) => {
            let refusal = Error::TooMany(crate::words::rescue_limit(wait.as_secs().max(1)));
            return ssr::fail(&visit, refusal, email, &target).await;
        }
        Err(err) => {
            let not = crate::sign_in::limit::NotCounted::Unavailable(err);
            return ssr::fail(&visit, ssr::not_counted(not), email, &target).await;
        }
    }
    let address = ssr::client_address(&rules).await;
    // Counted before Rescue is asked, so parallel guesses stop at the limit.
    let attempt = match rules.limits.count(fleet, address, Some(&email)).await {
        Ok(attempt) => attempt,
        Err(not) => return ssr::fail(&visit, ssr::not_counted(not), email, &target).await,
    };
    let password = rescue::SecretString::from(password);
    let refusal = match services.rescue.login(&email, &password).await {
        Ok(rescue::LoginOutcome::Ok(cookie)) => {
            let credentials = rescue::Credentials::Cookie(cookie);
            if !rules.allowed.allows(&email) {
                // Rescue knows the account, this installation does not admit it: the login
                // just made is ended and nothing of it is kept. It counts as a failure, so
                // the list cannot be probed faster than passwords can.
                attempt.failed();
                crate::core::login::log_out(services, &credentials).await;
                tracing::warn!("a Rescue account not in ALLOWED_ADMINS tried to sign in");
                let refusal = Error::Refused(crate::words::not_allowed());
                return ssr::fail(&visit, refusal, email, &target).await;
            }
            attempt.take_back();
            ssr::end_previous(&visit.dashboard, services).await;
            store_login(&visit.dashboard, services, &email, &credentials).await?;
            leptos_axum::redirect(&target);
            return Ok(());
        }
        Ok(outcome) => {
            // Whatever Rescue answered, the attempt reached it and stays counted: its own
            // limit or trouble must not switch the dashboard's off.
            attempt.failed();
            if matches!(outcome, rescue::LoginOutcome::LimitReached) {
                if let Err(err) = rules.rescue_limits.reached(fleet, &email).await {
                    tracing::warn!("Rescue's sign-in limit not remembered: {err}");
                }
            }
            ssr::login_refusal(&outcome, &visit)
        }
        Err(err) => {
            ssr::resolve_unanswered(attempt, &err);
            ssr::transport_refusal(&err)
        }
    };
    ssr::fail(&visit, refusal, email, &target).await
}

/// Signs in with an API token or authcode, checked against Rescue before it is kept.
#[server]
pub async fn sign_in_with_token(
    /// The pasted API token or authcode.
    authcode: String,
    /// Where to go afterwards (a local path).
    next: Option<String>,
) -> Result<(), Error> {
    use crate::core::login::store_login;
    use crate::core::Visit;
    use crate::shared::address::local_path;
    let visit = Visit::open().await?;
    let target = local_path(next.as_deref()).to_owned();
    let code = match rules::check_token(&authcode) {
        Ok(code) => code,
        Err(problem) => return ssr::refuse_fields(&visit, problem, &target),
    };
    let (services, rules) = (&visit.services, ssr::rules(&visit)?);
    if !rules.methods.token {
        let refusal = Error::Refused(crate::words::method_off());
        return ssr::fail(&visit, refusal, String::new(), &target).await;
    }
    let address = ssr::client_address(&rules).await;
    let attempt = match rules
        .limits
        .count(services.fleet.as_ref(), address, None)
        .await
    {
        Ok(attempt) => attempt,
        Err(not) => return ssr::fail(&visit, ssr::not_counted(not), String::new(), &target).await,
    };
    // Whose token it is, so ALLOWED_ADMINS applies and the audit names a person.
    let refusal = match ssr::token_owner(services, &code).await {
        Ok(Some(email)) if rules.allowed.allows(&email) => {
            attempt.take_back();
            ssr::end_previous(&visit.dashboard, services).await;
            let credentials = rescue::Credentials::AuthCode(code);
            store_login(&visit.dashboard, services, &email, &credentials).await?;
            leptos_axum::redirect(&target);
            return Ok(());
        }
        Ok(Some(_)) => {
            attempt.failed();
            tracing::warn!("a token of a Rescue account not in ALLOWED_ADMINS was refused");
            Error::Refused(crate::words::not_allowed())
        }
        // Rescue did not say whose it is: only an installation admitting anyone Rescue
        // accepts can take it, under the name "API token", once Rescue accepts it.
        Ok(None) if rules.allowed.is_anyone() => {
            let credentials = rescue::Credentials::AuthCode(code);
            let query = rescue::HierarchyQuery::default();
            match services.rescue.get_hierarchy(&credentials, query).await {
                Ok(rescue::GetHierarchyOutcome::Ok(_)) => {
                    attempt.take_back();
                    ssr::end_previous(&visit.dashboard, services).await;
                    store_login(&visit.dashboard, services, "API token", &credentials).await?;
                    leptos_axum::redirect(&target);
                    return Ok(());
                }
                Ok(outcome) => {
                    attempt.failed();
                    ssr::token_refusal(&outcome)
                }
                Err(err) => {
                    ssr::resolve_unanswered(attempt, &err);
                    ssr::transport_refusal(&err)
                }
            }
        }
        Ok(None) => {
            attempt.take_back();
            Error::Refused(crate::words::token_owner_unknown())
        }
        Err(ssr::TokenProblem::Refused(outcome)) => {
            attempt.failed();
            ssr::token_refusal(&outcome)
        }
        Err(ssr::TokenProblem::Unanswered(err)) => {
            ssr::resolve_unanswered(attempt, &err);
            ssr::transport_refusal(&err)
        }
    };
    ssr::fail(&visit, refusal, String::new(), &target).await
}

/// Signs out of Rescue (`logout.aspx`) and ends the dashboard session, even if Rescue is
/// unreachable: the admin asked to be signed out here.
#[server]
pub async fn sign_out() -> Result<(), Error> {
    use crate::core::flash::{set_flash, Flash};
    use crate::core::login::{forget, held_login, log_out, provider_logout};
    let visit = crate::core::Visit::open().await?;
    let (services, session) = (&visit.services, &visit.dashboard);
    // Read before the session goes: a single sign-on ends at the provider too.
    let provider = provider_logout(session, services).await;
    // The held login as it is, without asking Rescue first: it is being ended anyway.
    if let Some(login) = held_login(session, services).await {
        log_out(services, &login.credentials).await;
    }
    forget(session).await?;
    let flash = Flash {
        message: crate::words::signed_out(),
        email: String::new(),
    };
    set_flash(session, flash).await;
    leptos_axum::redirect(provider.as_deref().unwrap_or("/login"));
    Ok(())
}

// The browser reads the sign-in forms' fields itself (`<ServerForm>`).
crate::form_args!(SignIn { email, password; next });
crate::form_args!(SignInWithToken { authcode; next });
crate::form_args!(SignOut {});

#[cfg(feature = "ssr")]
mod ssr {
    //! The refusals of a sign-in and where they go.

    use std::sync::Arc;

    use super::rules::SignInRules;
    use crate::core::flash::{set_flash, Flash};
    use crate::core::login::{held_login, log_out};
    use crate::core::services::Services;
    use crate::core::Visit;
    use crate::error::Error;
    use crate::shared::address::{login_url, HOME};

    /// The sign-in rules (provided by the server).
    pub fn rules(visit: &Visit) -> Result<Arc<SignInRules>, Error> {
        visit.state("the sign-in rules")
    }

    /// The client's address, for limiting failed sign-ins: the peer, or behind a trusted
    /// proxy the address it reports. Requests without connection info (only possible when the
    /// server is embedded without it) share one address.
    pub async fn client_address(rules: &SignInRules) -> std::net::IpAddr {
        let peer = leptos_axum::extract::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .await
            .map_or(std::net::Ipv4Addr::UNSPECIFIED.into(), |info| info.0.ip());
        let headers = leptos_axum::extract::<http::HeaderMap>()
            .await
            .unwrap_or_default();
        let forwarded = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|value| value.to_str().ok());
        rules.proxies.client(peer, forwarded)
    }

    /// The browser signs in again while signed in: the earlier Rescue login is ended rather
    /// than left open until Rescue's own idle limit (whatever its lifetimes say by now).
    pub async fn end_previous(session: &tower_sessions::Session, services: &Services) {
        if let Some(previous) = held_login(session, services).await {
            log_out(services, &previous.credentials).await;
        }
    }

    /// A failed sign-in: with JavaScript the refusal comes back as the error, under its
    /// status; without, it waits in the session and the browser returns to the sign-in page.
    pub async fn fail(
        visit: &Visit,
        refusal: Error,
        email: String,
        target: &str,
    ) -> Result<(), Error> {
        if visit.plain_form {
            let message = refusal.to_string();
            set_flash(&visit.dashboard, Flash { message, email }).await;
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
            Err(refusal.answered())
        }
    }

    /// Fields that cannot be sent to Rescue: a 400 with the sentence for the hydrated app;
    /// without JavaScript, back to the sign-in page with the sentence's code in the address.
    /// Nothing is stored either way, so junk posted by a script leaves no session behind.
    pub fn refuse_fields(visit: &Visit, code: &'static str, target: &str) -> Result<(), Error> {
        if visit.plain_form {
            let back = if target == HOME {
                format!("/login?refused={code}")
            } else {
                format!("{}&refused={code}", login_url(target))
            };
            leptos_axum::redirect(&back);
            return Ok(());
        }
        let sentence =
            crate::words::field_problem(code).unwrap_or_else(|| crate::say!("sign-in-incomplete"));
        Err(Error::BadInput(sentence).answered())
    }

    /// An attempt Rescue did not answer: taken back only when it never reached Rescue (no
    /// connection could be made); a timeout, a broken connection or an HTTP error may well
    /// have been a login Rescue counted, and stays counted here too.
    pub fn resolve_unanswered(attempt: crate::sign_in::limit::Counted<'_>, err: &rescue::Error) {
        match err {
            rescue::Error::Connect(_) | rescue::Error::InvalidBaseUrl(_) => attempt.take_back(),
            _ => attempt.failed(),
        }
    }

    /// The refusal of an attempt the limits did not count.
    pub fn not_counted(not: crate::sign_in::limit::NotCounted) -> Error {
        match not {
            crate::sign_in::limit::NotCounted::Wait(wait) => {
                Error::TooMany(crate::words::too_many_failures(wait.as_secs()))
            }
            // Without the shared limits a guesser could spread attempts over the instances:
            // nobody signs in until the store is back.
            crate::sign_in::limit::NotCounted::Unavailable(err) => {
                tracing::error!("shared sign-in limits unreachable: {err}");
                Error::Upstream(crate::words::shared_store_unavailable_sign_in())
            }
        }
    }

    /// A sign-in Rescue answered but refused.
    pub fn login_refusal(outcome: &rescue::LoginOutcome, visit: &Visit) -> Error {
        use rescue::LoginOutcome;
        let sso = visit
            .services
            .sso
            .as_ref()
            .filter(|_| rules(visit).is_ok_and(|r| r.methods.sso));
        let message = match (outcome, sso) {
            (LoginOutcome::Invalid, Some(sso)) => {
                crate::words::password_refused_try_sso(sso.name())
            }
            _ => crate::words::login(outcome),
        };
        match outcome {
            LoginOutcome::Invalid | LoginOutcome::GlobalIpRestricted => Error::Refused(message),
            LoginOutcome::LimitReached => Error::TooMany(message),
            LoginOutcome::Ok(_) | LoginOutcome::Error | LoginOutcome::Undocumented(_) => {
                Error::Upstream(message)
            }
        }
    }

    /// Why whose a token is could not be learnt.
    pub enum TokenProblem {
        /// Rescue refused the token.
        Refused(rescue::GetHierarchyOutcome),
        /// Rescue could not be asked.
        Unanswered(rescue::Error),
    }

    /// Whose token `code` is (`getAccount_v2`): its e-mail, or `None` when Rescue did not
    /// say (an error, an answer without one, no SOAP service at that address).
    pub async fn token_owner(
        services: &Services,
        code: &rescue::AuthCode,
    ) -> Result<Option<String>, TokenProblem> {
        use rescue::{GetAccountOutcome as A, GetHierarchyOutcome as H};
        match services.rescue.get_account(code).await {
            Ok(A::Ok(account)) => {
                let email = account.email.trim();
                let usable = email.contains('@')
                    && email.chars().count() <= super::rules::EMAIL_MAX
                    && !email.chars().any(char::is_control);
                Ok(usable.then(|| email.to_owned()))
            }
            Ok(A::InvalidSecretAuthCode) => Err(TokenProblem::Refused(H::InvalidSecretAuthCode)),
            Ok(A::UserDeletedOrDisabled) => Err(TokenProblem::Refused(H::UserDeletedOrDisabled)),
            Ok(A::NotLoggedIn) => Err(TokenProblem::Refused(H::NotLoggedIn)),
            Ok(other) => {
                tracing::warn!(
                    code = other.code(),
                    "getAccount_v2 did not name the token's owner"
                );
                Ok(None)
            }
            Err(
                err @ (rescue::Error::Timeout
                | rescue::Error::Connect(_)
                | rescue::Error::RateLimited),
            ) => Err(TokenProblem::Unanswered(err)),
            Err(err) => {
                tracing::warn!("getAccount_v2 failed: {err}");
                Ok(None)
            }
        }
    }

    /// A token Rescue answered but did not accept.
    pub fn token_refusal(outcome: &rescue::GetHierarchyOutcome) -> Error {
        use rescue::GetHierarchyOutcome;
        let message = crate::words::token(outcome);
        match outcome {
            GetHierarchyOutcome::InvalidSecretAuthCode
            | GetHierarchyOutcome::UserDeletedOrDisabled
            | GetHierarchyOutcome::NotLoggedIn => Error::Refused(message),
            _ => Error::Upstream(message),
        }
    }

    /// A sign-in Rescue could not be asked about.
    pub fn transport_refusal(err: &rescue::Error) -> Error {
        let message = crate::words::transport(err);
        match err {
            rescue::Error::Timeout => Error::UpstreamTimeout(message),
            rescue::Error::RateLimited => Error::UpstreamBusy(message),
            _ => Error::Upstream(message),
        }
    }
}
