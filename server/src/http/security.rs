//! Request and response guards of the security model: state-changing requests must come from
//! this site's own pages, and every response carries the browser-side protections.

use axum::extract::Request;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Refuses state-changing requests sent by another site's page.
///
/// Requests with neither header do not come from a browser page: they cannot carry a victim's
/// cookie unasked, so they pass.
///
/// Server functions are public endpoints and have no CSRF protection of their own. Browsers
/// label every request with `Sec-Fetch-Site` (and cross-origin POSTs with `Origin`), so a
/// forged form post from another site is recognisable.
pub async fn same_origin_only(request: Request, next: Next) -> Response {
    if matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) {
        return next.run(request).await;
    }
    let headers = request.headers();
    // Sec-Fetch-Site decides when present: with `Referrer-Policy: no-referrer` browsers send
    // `Origin: null` even for the site's own forms. Origin is the fallback for older browsers.
    let cross = match headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        Some(site) => site != "same-origin" && site != "none",
        None => {
            let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
            headers
                .get(header::ORIGIN)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|origin| {
                    let origin_host = origin
                        .split_once("://")
                        .map_or(origin, |(_, rest)| rest)
                        .trim_end_matches('/');
                    origin == "null" || host.is_none_or(|host| host != origin_host)
                })
        }
    };
    if cross {
        tracing::warn!(path = %request.uri().path(), "cross-site request refused");
        return (StatusCode::FORBIDDEN, app::say!("cross-site-refused")).into_response();
    }
    next.run(request).await
}

/// What the Content Security Policy allows besides this site's own files.
#[derive(Debug, Clone, Default)]
pub struct Csp {
    /// The live-reload websocket of `cargo leptos watch` (development only).
    pub reload_socket: Option<String>,
    /// Whether the site is served over https (the cookie is `Secure`): browsers are then told
    /// to use nothing else for a year (`Strict-Transport-Security`).
    pub https: bool,
    /// The identity provider's origin, when single sign-on is on: the sign-in button's form
    /// and the sign-out form are redirected there, and browsers hold a form's redirects to
    /// `form-action` too.
    pub identity_provider: Option<String>,
}

/// Adds the protections every page needs: a CSP under which only this site's scripts run (the
/// inline start-up script of hydration carries this response's nonce), its wasm may compile,
/// and nothing frames the page (clickjacking); no MIME sniffing; no referrer (URLs carry node
/// and session IDs).
pub async fn security_headers(
    axum::extract::State(csp): axum::extract::State<Csp>,
    mut request: Request,
    next: Next,
) -> Response {
    // A fresh nonce per response; the app's renderer finds it in the request (see `router`).
    let nonce = leptos::nonce::Nonce::new();
    request.extensions_mut().insert(nonce.clone());
    let mut response = next.run(request).await;
    let connect = match &csp.reload_socket {
        Some(socket) => format!("'self' {socket}"),
        None => "'self'".to_owned(),
    };
    let form_action = match &csp.identity_provider {
        Some(origin) => format!("'self' {origin}"),
        None => "'self'".to_owned(),
    };
    let policy = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; connect-src {connect}; \
         frame-ancestors 'none'; base-uri 'self'; form-action {form_action}; object-src 'none'"
    );
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&policy) {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    if csp.https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    response
}

/// The most a sign-in form may carry: an e-mail (254), a password (256) or a token (512), the
/// page to return to, and their encoding, with room to spare.
pub const SIGN_IN_BODY_MAX: usize = 4 * 1024;

/// Sign-in posts are read with a small limit of their own: they arrive before anyone is signed
/// in, so they are what a stranger can send most of.
pub async fn small_sign_in_bodies(request: Request, next: Next) -> Response {
    if !request.uri().path().starts_with("/api/sign_in") {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    match axum::body::to_bytes(body, SIGN_IN_BODY_MAX).await {
        Ok(bytes) => {
            next.run(Request::from_parts(parts, axum::body::Body::from(bytes)))
                .await
        }
        Err(_) => (
            StatusCode::PAYLOAD_TOO_LARGE,
            app::say!("sign-in-too-large"),
        )
            .into_response(),
    }
}
