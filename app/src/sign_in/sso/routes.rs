//! The two addresses of a single sign-on: the button's (`/login/oidc`, off to the provider)
//! and the provider's way back (`/login/oidc/callback`). Plain GETs and redirects, so they
//! work the same with JavaScript or without.
//!
//! The state, nonce and PKCE verifier stay on the server (10 minutes, used once); the browser
//! gets a random binding cookie whose hash the pending sign-in keeps, so a callback address
//! copied into another browser (or planted in one: login CSRF) signs nobody in.

use std::time::Duration;

use axum::extract::RawQuery;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use super::{provider::Started, Refusal, Sso};
use crate::core::flash::{set_flash, Flash};
use crate::core::services::Services;
use crate::fleet::hashed;
use crate::shared::address::{local_path, login_url, HOME};
use crate::sign_in::rules::SignInRules;

/// The sign-in button's address.
pub const START_PATH: &str = "/login/oidc";
/// Where the provider sends the browser back (`PUBLIC_URL` + this is the redirect URI).
pub const CALLBACK_PATH: &str = "/login/oidc/callback";

/// How long a sign-in may spend at the provider.
const PENDING_FOR: Duration = Duration::from_secs(600);
/// The binding cookie on plain http, and its name when cookies are `Secure`.
const BINDING_COOKIE: &str = "rc_sso";
const SECURE_BINDING_COOKIE: &str = "__Host-rc_sso";
/// The longest `code` and `state` read from the callback: providers' codes are far shorter,
/// and nothing longer is hashed or sent on.
const PARAM_MAX: usize = 4096;

/// What is kept between the button and the provider's answer.
#[derive(Debug, Serialize, Deserialize)]
struct Pending {
    started: Started,
    /// Where the admin wanted to go (a local path).
    next: String,
    /// The hash of this browser's binding cookie.
    binding: String,
}

/// What the two routes read of the server's state.
struct Ctx {
    services: Services,
    rules: std::sync::Arc<SignInRules>,
    sso: Option<std::sync::Arc<Sso>>,
}

impl<S> axum::extract::FromRequestParts<S> for Ctx
where
    S: Send + Sync,
    Services: axum::extract::FromRef<S>,
    std::sync::Arc<SignInRules>: axum::extract::FromRef<S>,
    Option<std::sync::Arc<Sso>>: axum::extract::FromRef<S>,
{
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        _parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        use axum::extract::FromRef;
        Ok(Ctx {
            services: Services::from_ref(state),
            rules: FromRef::from_ref(state),
            sso: FromRef::from_ref(state),
        })
    }
}

/// The routes, on any state that holds the services, the sign-in rules and single sign-on.
pub fn routes<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    Services: axum::extract::FromRef<S>,
    std::sync::Arc<SignInRules>: axum::extract::FromRef<S>,
    Option<std::sync::Arc<Sso>>: axum::extract::FromRef<S>,
{
    Router::new()
        .route(START_PATH, axum::routing::get(start))
        .route(CALLBACK_PATH, axum::routing::get(callback))
}

/// The query's parameters, first value of each; never a rejection (junk is just absent).
fn params(query: Option<&str>) -> std::collections::HashMap<String, String> {
    let mut found = std::collections::HashMap::new();
    for (key, value) in url::form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        found
            .entry(key.into_owned())
            .or_insert_with(|| value.into_owned());
    }
    found
}

fn pending_name(state: &str) -> String {
    hashed("sso-pending", &[state.as_bytes()])
}

fn sso_of(ctx: &Ctx) -> Option<&Sso> {
    ctx.sso.as_deref().filter(|_| ctx.rules.methods.sso)
}

/// Off to the provider, keeping what its answer will be checked against.
async fn start(
    ctx: Ctx,
    session: Session,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    let Some(sso) = sso_of(&ctx) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let query = params(query.as_deref());
    let next = local_path(query.get("next").map(String::as_str)).to_owned();
    let (url, state, started) = match sso.provider.start().await {
        Ok(begun) => begun,
        Err(refusal) => return refuse(&ctx, &session, &refusal, &next).await,
    };
    // One binding per browser: a second tab's sign-in must not orphan the first one's.
    let binding = binding_of(&headers, &ctx)
        .filter(|b| b.len() == 32 && b.bytes().all(|c| c.is_ascii_hexdigit()))
        .unwrap_or_else(crate::fleet::token);
    let pending = Pending {
        started,
        next: next.clone(),
        binding: hashed("sso-binding", &[binding.as_bytes()]),
    };
    let kept = match serde_json::to_string(&pending) {
        Ok(json) => {
            sso.pending
                .put(&pending_name(&state), &json, PENDING_FOR)
                .await
        }
        Err(err) => Err(err.to_string()),
    };
    if let Err(err) = kept {
        tracing::error!("a single sign-on could not be kept: {err}");
        return refuse(&ctx, &session, &Refusal::Store, &next).await;
    }
    let mut answer = redirect(url.as_str());
    set_binding(&mut answer, &ctx, Some(&binding));
    answer
}

/// The provider's answer: checked, then Rescue's code for the person, then the page wanted.
async fn callback(
    ctx: Ctx,
    session: Session,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    let Some(sso) = sso_of(&ctx) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let query = params(query.as_deref());
    let param = |name: &str| {
        query
            .get(name)
            .map(String::as_str)
            .filter(|v| !v.is_empty() && v.len() <= PARAM_MAX)
    };
    // The state first, and taken even when the provider reports an error: it is used once.
    let pending = match param("state") {
        Some(state) => match sso.pending.take(&pending_name(state), PENDING_FOR).await {
            Ok(found) => found.and_then(|json| serde_json::from_str::<Pending>(&json).ok()),
            Err(err) => {
                tracing::error!("single sign-on store unreachable: {err}");
                return refuse(&ctx, &session, &Refusal::Store, HOME).await;
            }
        },
        None => None,
    };
    let bound = pending.as_ref().is_some_and(|p| {
        binding_of(&headers, &ctx)
            .is_some_and(|b| hashed("sso-binding", &[b.as_bytes()]) == p.binding)
    });
    let next = pending
        .as_ref()
        .map_or(HOME, |p| p.next.as_str())
        .to_owned();
    let outcome = match (pending, param("error")) {
        (_, Some(error)) => Err(Refusal::Provider(error_code(error))),
        (Some(pending), None) if bound => match param("code") {
            Some(code) => sign_in(&ctx, &session, sso, code, pending.started).await,
            None => Err(Refusal::CodeRefused),
        },
        _ => Err(Refusal::State),
    };
    let mut answer = match outcome {
        Ok(()) => redirect(&next),
        Err(refusal) => refuse(&ctx, &session, &refusal, &next).await,
    };
    set_binding(&mut answer, &ctx, None);
    answer
}

/// The checked person is signed in with Rescue's code for them.
async fn sign_in(
    ctx: &Ctx,
    session: &Session,
    sso: &Sso,
    code: &str,
    started: Started,
) -> Result<(), Refusal> {
    let person = sso.provider.finish(code, started).await?;
    // Before Rescue is asked anything: a person the list does not name costs Rescue nothing.
    if !ctx.rules.allowed.allows(&person.ssoid) {
        tracing::warn!("a single sign-on person not in ALLOWED_ADMINS tried to sign in");
        return Err(Refusal::NotAllowed);
    }
    let services = &ctx.services;
    let code = rescue_code(sso, services, &person.ssoid).await?;
    if let Some(previous) = crate::core::login::held_login(session, services).await {
        crate::core::login::log_out(services, &previous.credentials).await;
    }
    crate::core::login::store_sso_login(session, services, &person.ssoid, &code, &person.id_token)
        .await
        .map_err(|err| {
            tracing::error!("a single sign-on could not be stored: {err}");
            Refusal::Store
        })
}

/// The person's kept code if Rescue still takes it, else a new one.
async fn rescue_code(
    sso: &Sso,
    services: &crate::core::services::Services,
    person: &str,
) -> Result<rescue::AuthCode, Refusal> {
    use rescue::GetHierarchyOutcome as H;
    let kept = sso.codes.current(person).await.map_err(|err| {
        tracing::error!("single sign-on store unreachable: {err}");
        Refusal::Store
    })?;
    let Some(code) = kept else {
        return Ok(sso.codes.obtain(person, None).await?);
    };
    let credentials = rescue::Credentials::AuthCode(code.clone());
    let query = rescue::HierarchyQuery {
        node: None,
        filter_offline: true,
    };
    match services.rescue.get_hierarchy(&credentials, query).await {
        Ok(H::Ok(_)) => Ok(code),
        Ok(H::NotLoggedIn | H::InvalidSecretAuthCode | H::UserDeletedOrDisabled) => {
            Ok(sso.codes.obtain(person, Some(&code)).await?)
        }
        Ok(other) => {
            tracing::warn!(
                code = other.code(),
                "single sign-on: Rescue's check of a kept code"
            );
            Err(Refusal::Rescue(rescue::RequestAuthCodeSsoOutcome::Error))
        }
        Err(err) => Err(Refusal::Transport(err)),
    }
}

/// The provider's `error=` as shown: a protocol error code is a word of ASCII letters and
/// underscores; anything else is not repeated.
fn error_code(error: &str) -> String {
    let word = error.len() <= 64
        && error
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if word {
        error.to_owned()
    } else {
        "unknown".to_owned()
    }
}

/// Back to the sign-in page with the sentence (in its message cookie).
async fn refuse(ctx: &Ctx, session: &Session, refusal: &Refusal, next: &str) -> Response {
    tracing::info!(?refusal, "a single sign-on was refused");
    let provider = ctx
        .sso
        .as_ref()
        .map_or("single sign-on", |s| s.settings.name.as_str());
    let flash = Flash {
        message: crate::words::sso_refusal(refusal, provider),
        email: String::new(),
    };
    set_flash(session, flash).await;
    let back = if next == HOME {
        "/login".to_owned()
    } else {
        login_url(next)
    };
    redirect(&back)
}

fn redirect(to: &str) -> Response {
    match HeaderValue::from_str(to) {
        Ok(location) => (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

fn binding_name(ctx: &Ctx) -> &'static str {
    if ctx.services.cookie_secure {
        SECURE_BINDING_COOKIE
    } else {
        BINDING_COOKIE
    }
}

/// This browser's binding cookie, if it sent one.
fn binding_of(headers: &HeaderMap, ctx: &Ctx) -> Option<String> {
    crate::shared::cookie::cookie(headers, binding_name(ctx))
}

/// Sets the binding cookie (`Some`) or removes it. `SameSite=Lax`: the provider's redirect
/// back is a top-level GET from another site, which Lax cookies go with.
fn set_binding(answer: &mut Response, ctx: &Ctx, value: Option<&str>) {
    use tower_sessions::cookie::{time, Cookie, SameSite};
    let mut cookie = Cookie::build((binding_name(ctx), value.unwrap_or("").to_owned()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(ctx.services.cookie_secure)
        .max_age(time::Duration::seconds(if value.is_some() {
            PENDING_FOR.as_secs() as i64
        } else {
            0
        }))
        .build();
    if value.is_none() {
        cookie.make_removal();
    }
    if let Ok(header) = HeaderValue::from_str(&cookie.to_string()) {
        answer.headers_mut().append(header::SET_COOKIE, header);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_a_protocol_word_is_repeated() {
        assert_eq!(super::error_code("access_denied"), "access_denied");
        assert_eq!(super::error_code("<script>"), "unknown");
        assert_eq!(super::error_code(&"a".repeat(65)), "unknown");
    }

    #[test]
    fn the_query_never_rejects() {
        let found = super::params(Some("code=a&code=b&state=%ZZ&x"));
        assert_eq!(found.get("code").map(String::as_str), Some("a"));
        assert!(super::params(None).is_empty());
    }
}
