//! Lighter on the wire: pages, server functions and CSV exports compressed as the browser
//! offers (brotli, zstd, gzip), the same bytes once decoded, and pages never stored.

use crate::common;

use std::io::Read;

use axum::body::Body;
use axum::http::{header, Request};
use common::*;
use rescue_sim::seed;
use tower::ServiceExt;

/// The answer to `path` asked with `accept_encoding`: its Content-Encoding, Cache-Control and
/// body as sent.
async fn fetch(
    h: &Harness,
    cookie: &str,
    path: &str,
    accept_encoding: Option<&str>,
) -> (Option<String>, Option<String>, Vec<u8>) {
    let mut request = Request::get(path)
        .header(header::ACCEPT, "text/html")
        .header(header::COOKIE, cookie);
    if let Some(encodings) = accept_encoding {
        request = request.header(header::ACCEPT_ENCODING, encodings);
    }
    let response = h
        .router
        .clone()
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert!(
        response.status().is_success(),
        "{path}: {}",
        response.status()
    );
    let header_of = |name| {
        response
            .headers()
            .get(name)
            .map(|v: &http::HeaderValue| v.to_str().unwrap().to_owned())
    };
    let (encoding, cache) = (
        header_of(header::CONTENT_ENCODING),
        header_of(header::CACHE_CONTROL),
    );
    let body = axum::body::to_bytes(response.into_body(), 64 << 20)
        .await
        .unwrap();
    (encoding, cache, body.to_vec())
}

fn decoded(encoding: &str, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    match encoding {
        "br" => {
            brotli::Decompressor::new(body, 4096)
                .read_to_end(&mut out)
                .unwrap();
        }
        "gzip" => {
            flate2::read::GzDecoder::new(body)
                .read_to_end(&mut out)
                .unwrap();
        }
        other => panic!("unexpected encoding {other}"),
    }
    out
}

#[tokio::test]
async fn pages_and_exports_travel_compressed_as_the_browser_offers() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let cookie = browser.cookie.clone().unwrap();
    // A history worth compressing.
    for n in 0..200u32 {
        h.audit
            .record(&server::audit::AuditEntry {
                at: chrono::Utc::now(),
                admin_email: seed::DEMO_ADMIN.into(),
                action: app::shared::action::SessionAction::Cancel,
                session_id: 1_073_200_000 + n,
                technician: "Tina Tech".into(),
                status: "Active".into(),
                channel: String::new(),
                outcome: app::shared::outcome::Outcome::Answered(rescue::ActionOutcome::Ok),
                latency_ms: u64::from(n),
            })
            .await
            .unwrap();
    }

    for path in ["/sessions", "/history", "/history.csv"] {
        let (plain_encoding, cache, plain) = fetch(&h, &cookie, path, None).await;
        assert_eq!(
            plain_encoding, None,
            "{path}: nothing offered, nothing encoded"
        );
        assert_eq!(cache.as_deref(), Some("no-store"), "{path} is never stored");
        for (offer, chosen) in [
            ("gzip, deflate, br", "br"),
            ("gzip", "gzip"),
            ("br, zstd", "zstd"),
        ] {
            let (encoding, _, body) = fetch(&h, &cookie, path, Some(offer)).await;
            assert_eq!(encoding.as_deref(), Some(chosen), "{path} offered {offer}");
            assert!(
                body.len() < plain.len(),
                "{path}: {} ≥ {}",
                body.len(),
                plain.len()
            );
            if chosen == "zstd" {
                continue;
            }
            let text = decoded(chosen, &body);
            if path.ends_with(".csv") {
                assert_eq!(text, plain, "{path}: the same bytes");
            } else {
                // The same page; only its nonces (of one length) differ between answers.
                assert_eq!(text.len(), plain.len(), "{path}");
            }
        }
    }
}

/// The answer to a site file, asked with `accept_encoding`: status, Content-Encoding,
/// Cache-Control and body.
async fn file(
    h: &Harness,
    path: &str,
    accept_encoding: &str,
) -> (http::StatusCode, Option<String>, Option<String>, Vec<u8>) {
    let response = h
        .router
        .clone()
        .oneshot(
            Request::get(path)
                .header(header::ACCEPT_ENCODING, accept_encoding)
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let header_of = |name| {
        response
            .headers()
            .get(name)
            .map(|v: &http::HeaderValue| v.to_str().unwrap().to_owned())
    };
    let (status, encoding, cache) = (
        response.status(),
        header_of(header::CONTENT_ENCODING),
        header_of(header::CACHE_CONTROL),
    );
    let body = axum::body::to_bytes(response.into_body(), 64 << 20)
        .await
        .unwrap();
    (status, encoding, cache, body.to_vec())
}

#[tokio::test]
async fn site_files_go_out_precompressed_and_hashed_names_are_kept_for_a_year() {
    // A site as `build-site --release --precompress` (or cargo-leptos) leaves it.
    let site = tempfile::tempdir().unwrap();
    let pkg = site.path().join("pkg");
    std::fs::create_dir(&pkg).unwrap();
    let hashed = "rescue-console.Xk3-_9aQ4f9a1c2b.wasm";
    let plain = b"\0asm wasm bytes, long enough to be worth compressing: ".repeat(40);
    let (mut br, mut gz) = (Vec::new(), Vec::new());
    brotli::CompressorReader::new(&plain[..], 4096, 9, 20)
        .read_to_end(&mut br)
        .unwrap();
    flate2::read::GzEncoder::new(&plain[..], flate2::Compression::best())
        .read_to_end(&mut gz)
        .unwrap();
    for name in [hashed, "rescue-console.wasm"] {
        std::fs::write(pkg.join(name), &plain).unwrap();
        std::fs::write(pkg.join(format!("{name}.br")), &br).unwrap();
        std::fs::write(pkg.join(format!("{name}.gz")), &gz).unwrap();
    }
    let h = Harness::builder().serving(site.path()).build().await;

    let path = format!("/pkg/{hashed}");
    for (offer, encoding, bytes) in [
        ("gzip, deflate, br, zstd", Some("br"), &br),
        ("gzip", Some("gzip"), &gz),
        ("identity", None, &plain),
    ] {
        let (status, sent_as, cache, body) = file(&h, &path, offer).await;
        assert_eq!(status, http::StatusCode::OK, "{offer}");
        assert_eq!(sent_as.as_deref(), encoding, "{offer}");
        // The file made at build time, as it is: not compressed a second time.
        assert_eq!(&body, bytes, "{offer}");
        assert_eq!(
            cache.as_deref(),
            Some("public, max-age=31536000, immutable"),
            "{offer}"
        );
    }
    // A name without a hash may change: kept, but asked about again.
    let (_, sent_as, cache, body) = file(&h, "/pkg/rescue-console.wasm", "br").await;
    assert_eq!((sent_as.as_deref(), &body), (Some("br"), &br));
    assert_eq!(cache.as_deref(), Some("public, no-cache"));
    // A file that is not there is not kept either.
    let (status, _, cache, _) = file(&h, "/pkg/rescue-console.0000000000.wasm", "br").await;
    assert_eq!(status, http::StatusCode::NOT_FOUND);
    assert_eq!(cache.as_deref(), Some("no-store"));
}
