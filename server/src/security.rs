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
        return (
            StatusCode::FORBIDDEN,
            "This request came from another site and was refused. Use Rescue Console's own pages.",
        )
            .into_response();
    }
    next.run(request).await
}

/// Adds the protections every page needs: no framing (clickjacking), no MIME sniffing, no
/// referrer (URLs carry node and session IDs).
pub async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
        ),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}
