//! Rescue's Post to URL as the tests send it: a dashboard whose receiver is on, and posts to
//! it made as Rescue makes them.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};

use super::{Browser, Harness, Reply};

/// The receiver's token in these tests (a test value, long enough to be accepted).
pub const POST_TOKEN: &str = "pt-tests-0123456789abcdef0123456789abcd";

/// Rescue's form post's content type.
pub const FORM: &str = "application/x-www-form-urlencoded";

/// A dashboard receiving posts at [`POST_TOKEN`].
pub async fn receiving() -> Harness {
    Harness::builder()
        .setting("--post-to-url-token", POST_TOKEN)
        .build()
        .await
}

/// POSTs `body` as Rescue would to the receiver at `token`.
pub async fn post_as_rescue(h: &Harness, token: &str, content_type: &str, body: Body) -> Reply {
    let request = Request::post(format!("/rescue/post-to-url/{token}"))
        .header(header::CONTENT_TYPE, content_type);
    Browser::new(false).send(h, request, body).await
}

/// Posts the form `body` to [`POST_TOKEN`], which must be taken.
pub async fn post_form(h: &Harness, body: &str) {
    let reply = post_as_rescue(h, POST_TOKEN, FORM, Body::from(body.to_owned())).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
}
