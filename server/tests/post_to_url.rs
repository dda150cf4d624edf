//! Rescue's Post to URL through the router: both variants stored before the answer, a repeat
//! stored once, a wrong token a 404 that stores nothing, junk a 400, an oversized body a 413
//! read no further, and the retention sweep.

use crate::common;

use axum::body::Body;
use axum::http::StatusCode;
use common::*;

const TOKEN: &str = "pt-0123456789abcdef0123456789abcdef";

async fn receiving() -> Harness {
    Harness::builder()
        .setting("--post-to-url-token", TOKEN)
        .setting("--post-to-url-max-kb", "4")
        .build()
        .await
}

use common::rescue_posts::{post_as_rescue as post, FORM};

#[tokio::test]
async fn a_form_post_is_stored_once_however_often_it_comes() {
    let h = receiving().await;
    let body = "SessionID=80001&TechID=337101&TechName=Tina%20Tech&CField0=Ann%20B%C3%B6hm\
                &Tracking0=web-7&ChatLog=Hello%0AIt%20broke&Notes=&WaitingTime=42&PickupTime=5\
                &SomethingNew=kept";
    for _ in 0..3 {
        let reply = post(&h, TOKEN, FORM, Body::from(body)).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    }
    let posts = h.audit.posts_of(80_001).await.unwrap();
    assert_eq!(posts.len(), 1, "a retry is the same post");
    let fields = &posts[0].fields;
    let field = |name: &str| {
        fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(posts[0].format, "form");
    assert_eq!(field("cfield0"), Some("Ann Böhm"));
    assert_eq!(field("chatlog"), Some("Hello\nIt broke"));
    assert_eq!(
        field("somethingnew"),
        Some("kept"),
        "unknown fields are kept"
    );
    // The end-of-session post of the same session is another post of its record.
    let end =
        "SessionID=80001&TechID=337101&ChatLog=Fixed%2C%20bye&Notes=Reinstalled&WaitingTime=42";
    assert_eq!(
        post(&h, TOKEN, FORM, Body::from(end)).await.status,
        StatusCode::OK
    );
    let posts = h.audit.posts_of(80_001).await.unwrap();
    assert_eq!(posts.len(), 2);
    assert!(posts[0].id < posts[1].id, "in arrival order");
}

#[tokio::test]
async fn the_xml_variant_is_read_whatever_its_root() {
    let h = receiving().await;
    let body = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\
                <rescuesession><sessionid>80002</sessionid><techname>Tina &amp; Co</techname>\
                <chatlog>&lt;script&gt;alert(1)&lt;/script&gt;</chatlog><notes/></rescuesession>";
    let reply = post(&h, TOKEN, "text/xml; charset=utf-8", Body::from(body)).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let posts = h.audit.posts_of(80_002).await.unwrap();
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0].format, "xml");
    assert!(posts[0]
        .fields
        .contains(&("chatlog".into(), "<script>alert(1)</script>".into())));
}

#[tokio::test]
async fn wrong_tokens_junk_and_floods_store_nothing() {
    let h = receiving().await;
    let good = "SessionID=80003&TechID=1";
    for token in ["", "pt-0123456789abcdef0123456789abcdeX", "short"] {
        let reply = post(&h, token, FORM, Body::from(good)).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{token}");
    }
    assert!(h.audit.posts_of(80_003).await.unwrap().is_empty());

    for junk in [
        "TechID=1",
        "SessionID=abc",
        "<x><sessionid>80003</sessionid>",
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x><sessionid>80003</sessionid><a>&e;</a></x>",
    ] {
        let reply = post(&h, TOKEN, FORM, Body::from(junk)).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{junk}");
    }
    assert!(h.audit.posts_of(80_003).await.unwrap().is_empty());

    // Past POST_TO_URL_MAX_KB (4 here): refused on its length, and, without one, at the cap.
    let big = format!("SessionID=80003&ChatLog={}", "a".repeat(5 * 1024));
    let reply = post(&h, TOKEN, FORM, Body::from(big.clone())).await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    let endless = futures_util::stream::iter(
        (0..10_000).map(|_| Ok::<_, std::io::Error>(bytes_of("a".repeat(1024)))),
    );
    let reply = post(&h, TOKEN, FORM, Body::from_stream(endless)).await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(h.audit.posts_of(80_003).await.unwrap().is_empty());
}

fn bytes_of(text: String) -> axum::body::Bytes {
    axum::body::Bytes::from(text)
}

#[tokio::test]
async fn without_a_token_there_is_no_receiver() {
    let h = harness().await;
    let reply = post(&h, TOKEN, FORM, Body::from("SessionID=80004")).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert!(h.audit.posts_of(80_004).await.unwrap().is_empty());
}

#[tokio::test]
async fn posts_past_their_retention_are_deleted() {
    let h = receiving().await;
    post(&h, TOKEN, FORM, Body::from("SessionID=80005&Notes=a")).await;
    assert_eq!(h.audit.posts_of(80_005).await.unwrap().len(), 1);
    let now = chrono::Utc::now().timestamp_millis();
    assert_eq!(h.audit.forget_posts_before(now - 60_000).await.unwrap(), 0);
    assert!(h.audit.forget_posts_before(now + 1).await.unwrap() >= 1);
    assert!(h.audit.posts_of(80_005).await.unwrap().is_empty());
}

#[tokio::test]
async fn postgres_keeps_posts_once_too() {
    // Several instances share one PostgreSQL log: a retry reaching the other instance is
    // still the same post.
    let _db = common::postgres::database().await;
    let a = receiving().await;
    let b = a.sibling(tempfile::tempdir().unwrap()).await;
    let body = "<post><sessionid>80006</sessionid><notes>n</notes></post>";
    for h in [&a, &b, &a] {
        let reply = post(h, TOKEN, "application/xml", Body::from(body)).await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    }
    assert_eq!(a.audit.posts_of(80_006).await.unwrap().len(), 1);
    assert_eq!(b.audit.posts_of(80_006).await.unwrap().len(), 1);
}
