//! `http_requests_total{route, status}` and `http_request_duration_seconds{route}` for every
//! answer the dashboard gives, timeouts and panics included.
//!
//! Why two layers: the route's pattern (`/sessions`, a server function's path) is known only
//! once the router has matched, inside it, while the final status is known only outside every
//! other layer (a timeout or a caught panic answers there). The outer layer puts an empty slot
//! in the request; the inner one, run by the router for matched routes, fills it with the
//! pattern. A request that matched no route is counted as `/pkg/{file}` (the site's files) or
//! `unmatched`, never under its own path: label values must come from a fixed set, or a
//! scanner trying random paths would grow the metrics without bound.

use std::sync::{Arc, OnceLock};
use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;

/// Where the inner layer leaves the matched route's pattern.
#[derive(Clone, Default)]
struct RouteSlot(Arc<OnceLock<String>>);

/// The outer layer: times the request and counts its answer.
pub async fn count(mut request: Request, next: Next) -> Response {
    let started = Instant::now();
    let slot = RouteSlot::default();
    request.extensions_mut().insert(slot.clone());
    let site_file = request.uri().path().starts_with("/pkg/");
    let response = next.run(request).await;
    let route = match slot.0.get() {
        Some(route) => route.clone(),
        None if site_file => "/pkg/{file}".to_owned(),
        None => "unmatched".to_owned(),
    };
    let status = response.status().as_u16().to_string();
    metrics::counter!("http_requests_total", "route" => route.clone(), "status" => status)
        .increment(1);
    metrics::histogram!("http_request_duration_seconds", "route" => route)
        .record(started.elapsed());
    response
}

/// The inner layer (a route layer): names the route matched.
pub async fn name_route(request: Request, next: Next) -> Response {
    if let (Some(slot), Some(matched)) = (
        request.extensions().get::<RouteSlot>(),
        request.extensions().get::<MatchedPath>(),
    ) {
        let _ = slot.0.set(matched.as_str().to_owned());
    }
    next.run(request).await
}
