//! The simulator's Post to URL: sessions that start and end are posted to a receiver, as a
//! form or as XML, each with Rescue's fields, the chat since the previous post, and the notes
//! only at the end.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::http::HeaderMap;
use rescue_sim::post_to_url::{PostFormat, PostTarget};
use rescue_sim::{Config, Simulator};

/// A receiver on a loopback port keeping each post's content type and body.
async fn receiver() -> (String, Arc<Mutex<Vec<(String, String)>>>) {
    let got: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
    let kept = got.clone();
    let app = axum::Router::new().route(
        "/in",
        axum::routing::post(move |headers: HeaderMap, body: String| {
            let kept = kept.clone();
            async move {
                let kind = headers
                    .get("content-type")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_owned();
                kept.lock().unwrap().push((kind, body));
                "OK"
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/in", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, got)
}

/// The session ID and whether it is an end post (notes written), of a post in either format.
fn read(body: &str) -> (String, bool) {
    if body.starts_with('<') {
        let between = |tag: &str| {
            body.split(&format!("<{tag}>"))
                .nth(1)
                .and_then(|rest| rest.split(&format!("</{tag}>")).next())
                .unwrap_or_default()
                .to_owned()
        };
        return (between("sessionid"), !between("notes").is_empty());
    }
    let fields: Vec<(String, String)> = form_urlencoded::parse(body.as_bytes())
        .into_owned()
        .collect();
    let get = |name: &str| {
        fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    (get("SessionID"), !get("Notes").is_empty())
}

/// Whether some session was posted at its start and again at its end, in that order.
fn a_whole_session(posts: &[(String, String)]) -> bool {
    let read: Vec<(String, bool)> = posts.iter().map(|(_, body)| read(body)).collect();
    read.iter()
        .enumerate()
        .any(|(i, (session, end))| !*end && read[i + 1..].iter().any(|(s, e)| s == session && *e))
}

/// Runs a living account with a frozen clock, moved by hand, posting in `format`, until the
/// receiver has a start and an end post of one session.
async fn posts_in(format: PostFormat) -> Vec<(String, String)> {
    let (url, got) = receiver().await;
    let sim = Simulator::new(Config {
        time_scale: 0.0,
        ..Config::default()
    });
    sim.post_sessions_to(PostTarget { url, format });
    for _ in 0..60 {
        sim.advance(Duration::from_secs(600));
        tokio::time::sleep(Duration::from_millis(100)).await;
        let posts = got.lock().unwrap().clone();
        if a_whole_session(&posts) {
            return posts;
        }
    }
    panic!("too few posts: {:?}", got.lock().unwrap());
}

#[tokio::test]
async fn form_posts_carry_rescues_fields() {
    let posts = posts_in(PostFormat::Form).await;
    let forms: Vec<Vec<(String, String)>> = posts
        .iter()
        .map(|(kind, body)| {
            assert_eq!(kind, "application/x-www-form-urlencoded");
            form_urlencoded::parse(body.as_bytes())
                .into_owned()
                .collect()
        })
        .collect();
    let field = |post: &Vec<(String, String)>, name: &str| {
        post.iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    for post in &forms {
        for name in [
            "SessionID",
            "TechID",
            "TechName",
            "CField0",
            "ChatLog",
            "WaitingTime",
        ] {
            assert!(!field(post, name).is_empty(), "{name} in {post:?}");
        }
    }
    // The chat of each post is its own: the end post does not repeat the start's.
    let (start, end) = (
        &forms[0],
        forms
            .iter()
            .rev()
            .find(|p| !field(p, "Notes").is_empty())
            .expect("an end post"),
    );
    assert_ne!(field(start, "ChatLog"), field(end, "ChatLog"));
}

#[tokio::test]
async fn xml_posts_carry_the_same_as_elements() {
    let posts = posts_in(PostFormat::Xml).await;
    for (kind, body) in &posts {
        assert!(kind.starts_with("text/xml"), "{kind}");
        assert!(body.starts_with("<?xml"), "{body}");
        for element in ["<sessionid>", "<techname>", "<chatlog>", "<waitingtime>"] {
            assert!(body.contains(element), "{element} in {body}");
        }
    }
}
