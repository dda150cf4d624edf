//! The middleware every request passes through, as one readable stack: tracing, secrets kept
//! out of traces, a bound on each request's time and body, a panic answered with a plain 500
//! page and a reference the log shares (never a connection dropped without an answer),
//! compression, what browsers may cache, and the request metrics.

use std::time::Duration;

use axum::Router;
use http::{header, Response, StatusCode};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::sensitive_headers::SetSensitiveHeadersLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

/// The largest request body taken: sign-in and action forms are a few hundred bytes.
pub const MOST_BODY_BYTES: usize = 64 * 1024;

/// How long a request may take to be answered: an action makes at most four Rescue calls one
/// after the other (the sign-in's periodic re-check, the row read again for its record, the
/// action, and the read that tells an expired login from a technician), each bounded by
/// `rescue_timeout`, so this is a little above all four. A streamed answer (the CSV exports)
/// is bounded until its headers; its body streams on.
pub fn request_timeout(rescue_timeout: Duration) -> Duration {
    rescue_timeout.saturating_mul(4) + Duration::from_secs(2)
}

/// Wraps `router` in the stack; the outermost layer comes last.
pub fn wrap(router: Router, rescue_timeout: Duration) -> Router {
    router
        .layer(axum::middleware::from_fn(crate::http::caching::cache_rules))
        // Brotli, zstd, gzip or deflate as the browser offers, streamed answers (CSV) too; files
        // served precompressed are left as they are. No answer holds a secret next to text an
        // attacker chooses (no tokens in pages, nonces new per answer), so compressed sizes
        // tell nothing worth guessing (BREACH).
        .layer(CompressionLayer::new())
        .layer(RequestBodyLimitLayer::new(MOST_BODY_BYTES))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::GATEWAY_TIMEOUT,
            request_timeout(rescue_timeout),
        ))
        .layer(CatchPanicLayer::custom(panic_page))
        .layer(TraceLayer::new_for_http().make_span_with(request_span))
        // Cookies may carry the dashboard session: keep them out of trace output.
        .layer(SetSensitiveHeadersLayer::new([
            header::COOKIE,
            header::SET_COOKIE,
            header::AUTHORIZATION,
        ]))
        // Outermost, so it counts each answer as the browser gets it (timeouts, panics).
        .layer(axum::middleware::from_fn(crate::operator::requests::count))
}

/// The span every request's log lines carry: its method, and its address with the query left
/// out where it holds a secret (the identity provider's way back carries a one-time code).
fn request_span<B>(request: &http::Request<B>) -> tracing::Span {
    let uri = request.uri();
    let secret_query = uri.path() == app::sign_in::sso::CALLBACK_PATH && uri.query().is_some();
    let shown = if secret_query {
        format!("{}?[redacted]", uri.path())
    } else {
        uri.to_string()
    };
    tracing::debug_span!(
        "request",
        method = %request.method(),
        uri = %shown,
        version = ?request.version(),
    )
}

/// A panic's answer: a plain page with a reference the log line carries too, so an operator
/// can find what happened without the page saying anything about it.
fn panic_page(panic: Box<dyn std::any::Any + Send + 'static>) -> Response<axum::body::Body> {
    let reference = format!("{:016x}", rand::random::<u64>());
    let what = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("(no message)");
    tracing::error!(reference, "a request panicked: {what}");
    let page = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Something went wrong</title></head>\
         <body><h1>Something went wrong</h1><p>The dashboard could not answer this request. \
         Nothing was sent to Rescue on its account. Try again; if it keeps happening, tell your \
         administrator the reference {reference}.</p><p><a href=\"/sessions\">Back to the sessions</a></p></body></html>"
    );
    let mut response = Response::new(axum::body::Body::from(page));
    *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        http::HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        http::HeaderValue::from_static("no-store"),
    );
    response
}
