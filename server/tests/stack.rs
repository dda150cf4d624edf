//! The middleware every request passes through: a panic gets a plain 500 page with a
//! reference (never a dropped connection), a request that takes too long gets a 504, an
//! oversized body a 413, and no date in any page's or export's address can make a request fail.

use crate::common;

use std::time::Duration;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::routing::{get, post};
use axum::Router;
use common::*;
use rescue_sim::seed;
use tower::ServiceExt;

async fn answer(router: Router, request: Request<Body>) -> (StatusCode, String) {
    let response = router.oneshot(request).await.expect("an answer");
    let status = response.status();
    let body = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .expect("a body");
    (status, String::from_utf8_lossy(&body).into_owned())
}

#[tokio::test]
async fn a_panic_is_answered_with_a_plain_page_and_a_reference() {
    let router = server::http::stack::wrap(
        Router::new().route(
            "/boom",
            get(|| async {
                if true {
                    panic!("the s3cret internals");
                }
                "never"
            }),
        ),
        Duration::from_secs(1),
    );
    let (status, page) = answer(router, Request::get("/boom").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(page.contains("Something went wrong"), "{page}");
    assert!(page.contains("the reference "), "{page}");
    assert!(
        !page.contains("s3cret"),
        "the panic's message stays in the log"
    );
}

#[tokio::test]
async fn a_request_that_takes_too_long_is_answered_504() {
    let router = server::http::stack::wrap(
        Router::new().route(
            "/slow",
            get(|| async {
                tokio::time::sleep(Duration::from_secs(30)).await;
                "late"
            }),
        ),
        Duration::from_millis(10),
    );
    let started = std::time::Instant::now();
    let (status, _) = answer(router, Request::get("/slow").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::GATEWAY_TIMEOUT);
    assert!(started.elapsed() < Duration::from_secs(30));
}

#[tokio::test]
async fn an_oversized_body_is_refused() {
    let router = server::http::stack::wrap(
        Router::new().route(
            "/form",
            post(|body: String| async move { body.len().to_string() }),
        ),
        Duration::from_secs(1),
    );
    let big = "x".repeat(server::http::stack::MOST_BODY_BYTES + 1);
    let (status, _) = answer(
        router.clone(),
        Request::post("/form").body(Body::from(big)).unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    let (status, body) = answer(
        router,
        Request::post("/form").body(Body::from("ok")).unwrap(),
    )
    .await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "2"));
}

#[tokio::test]
async fn no_date_in_any_address_makes_a_request_fail() {
    let h = harness().await;
    let mut browser = Browser::new(false);
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let extremes = [
        "-262143-01-01",
        "+262142-12-31",
        "262142-12-31",
        "0000-01-01",
        "0000-01-06",
        "9999-12-31",
        "2026-02-29",
        "2026-13-01",
        "99999999999999999999",
        "",
    ];
    for day in extremes {
        let day: String = url::form_urlencoded::byte_serialize(day.as_bytes()).collect();
        for path in [
            format!("/history?from={day}"),
            format!("/history?to={day}"),
            format!("/history?from={day}&to={day}"),
            format!("/history.csv?from={day}"),
            format!("/history.csv?to={day}"),
            format!("/reports?node={}&from={day}", seed::ids::ROOT),
            format!("/reports?node={}&to={day}", seed::ids::ROOT),
            format!("/reports.csv?node={}&from={day}&to={day}", seed::ids::ROOT),
        ] {
            let reply = browser.get(&h, &path).await;
            assert!(
                reply.status.is_success()
                    || reply.status == StatusCode::BAD_REQUEST
                    || reply.status == StatusCode::NOT_FOUND,
                "{path}: {}",
                reply.status
            );
        }
    }
}
