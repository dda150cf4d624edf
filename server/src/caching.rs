//! What browsers may keep: a page holds a signed-in admin's data, so it is never stored; the
//! site's files are, for as long as their names say they cannot change.

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::{header, HeaderValue};

/// A year, the longest `max-age` browsers honour, for files whose name carries their hash.
const FOREVER: &str = "public, max-age=31536000, immutable";
/// Site files under a fixed name: kept, but checked before each use (`Last-Modified`).
const REVALIDATE: &str = "public, no-cache";
/// Everything else: pages, server functions, exports.
const NEVER: &str = "no-store";

/// The `Cache-Control` of an answer to `path` (with `status`), unless it set its own.
pub fn rule(path: &str, status: http::StatusCode) -> &'static str {
    if !status.is_success() && status != http::StatusCode::NOT_MODIFIED {
        return NEVER;
    }
    let Some(file) = path.strip_prefix("/pkg/") else {
        // favicon.svg, robots.txt: fixed names.
        return match path {
            "/favicon.svg" | "/robots.txt" => REVALIDATE,
            _ => NEVER,
        };
    };
    if hashed(file) {
        FOREVER
    } else {
        REVALIDATE
    }
}

/// Whether a bundle file name carries a content hash, as cargo-leptos' `hash-files` writes
/// them: `rescue-console.<hash>.js`, `.wasm` or `.css`, the hash at least 8 URL-safe characters.
fn hashed(file: &str) -> bool {
    let mut parts = file.rsplitn(3, '.');
    let (Some(_extension), Some(hash), Some(stem)) = (parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    !stem.is_empty()
        && hash.len() >= 8
        && hash
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Sets [`rule`]'s `Cache-Control` on every answer that has none.
pub async fn cache_rules(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    let rule = rule(&path, response.status());
    response
        .headers_mut()
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static(rule));
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::StatusCode;

    #[test]
    fn pages_are_never_stored_and_hashed_files_kept_for_a_year() {
        let ok = StatusCode::OK;
        assert_eq!(rule("/sessions", ok), NEVER);
        assert_eq!(rule("/api/act_on_session123", ok), NEVER);
        assert_eq!(rule("/history.csv", ok), NEVER);
        assert_eq!(rule("/pkg/rescue-console.wasm", ok), REVALIDATE);
        assert_eq!(rule("/pkg/rescue-console.js", ok), REVALIDATE);
        assert_eq!(rule("/pkg/rescue-console.4f9a1c2be7d3.wasm", ok), FOREVER);
        assert_eq!(rule("/pkg/rescue-console.Xk3-_9aQ.css", ok), FOREVER);
        assert_eq!(
            rule("/pkg/rescue-console.abc.js", ok),
            REVALIDATE,
            "too short a hash"
        );
        assert_eq!(rule("/pkg/.4f9a1c2be7d3.js", ok), REVALIDATE);
        assert_eq!(rule("/favicon.svg", ok), REVALIDATE);
        assert_eq!(rule("/favicon.svg", StatusCode::NOT_MODIFIED), REVALIDATE);
        assert_eq!(
            rule(
                "/pkg/rescue-console.4f9a1c2be7d3.wasm",
                StatusCode::NOT_FOUND
            ),
            NEVER
        );
    }
}
