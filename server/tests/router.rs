//! The real router, driven in-process: pages render fully on the server (readable without
//! JavaScript) and unknown paths answer 404.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use leptos::config::LeptosOptions;
use tower::ServiceExt;

/// The dashboard as `serve` builds it from `flags`, against a Rescue that is not there (these
/// tests render pages; none of them reaches Rescue), or in demo mode. The directory keeps its
/// database.
async fn app(demo: bool, allowed: &str) -> (axum::Router, tempfile::TempDir) {
    use clap::Parser;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let database = format!("sqlite://{}/console.db", dir.path().display());
    let mut flags = vec![
        "server",
        "--database-url",
        &database,
        "--session-store",
        "memory",
        "--allowed-admins",
        allowed,
        "--cookie-secure",
        "false",
    ];
    if !demo {
        flags.extend(["--rescue-api-url", "http://127.0.0.1:9/API/"]);
    }
    let config = server::Config::try_parse_from(flags).expect("the flags parse");
    let upstream = server::Upstream::from_config(&config)
        .await
        .expect("Rescue");
    let leptos = LeptosOptions::builder()
        .output_name("rescue-console")
        .site_root("target/site")
        .build();
    let built = server::state::build(&config, &upstream, leptos)
        .await
        .expect("the dashboard builds");
    // The demo simulator serves as long as the test needs it.
    std::mem::forget(upstream);
    (server::router(built.state), dir)
}

async fn get(path: &str) -> (StatusCode, axum::http::HeaderMap, String) {
    let (router, _dir) = app(false, "*").await;
    get_from(router, path).await
}

async fn get_from(router: axum::Router, path: &str) -> (StatusCode, axum::http::HeaderMap, String) {
    let response = router
        .oneshot(
            Request::get(path)
                // What a browser sends; server-side redirects depend on it.
                .header("accept", "text/html,application/xhtml+xml")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap();
    (status, headers, String::from_utf8(body.to_vec()).unwrap())
}

/// Whether a form posts to server function `name` (its URL is `/api/<name><hash>`; the hash
/// depends on where the crate is built, so only its digits are checked).
fn posts_to(html: &str, name: &str) -> bool {
    let prefix = format!("<form action=\"/api/{name}");
    html.match_indices(&prefix).any(|(at, p)| {
        html[at + p.len()..]
            .split('"')
            .next()
            .is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()))
    })
}

#[tokio::test]
async fn sign_in_page_is_complete_without_javascript() {
    let (status, _, body) = get("/login").await;
    assert_eq!(status, StatusCode::OK);
    // The form, its POST method and both ways in are in the first response.
    assert!(posts_to(&body, "sign_in"), "{body}");
    assert!(posts_to(&body, "sign_in_with_token"));
    // The two sign-in forms, the language picker on top and the colour scheme picker at the
    // page's foot.
    assert_eq!(body.matches(r#"method="post""#).count(), 4);
    assert_eq!(body.matches(r#"action="/language""#).count(), 1);
    assert_eq!(body.matches(r#"action="/theme""#).count(), 1);
    assert!(body.contains(r#"name="email""#));
    assert!(body.contains(r#"name="password""#));
    assert!(body.contains(r#"name="authcode""#));
    // The hydration script and its wasm are referenced, so the page can come alive: the
    // form is the page's one island, the only part the browser hydrates.
    assert!(body.contains("/pkg/rescue-console.js"));
    assert!(body.contains(r#"data-hydrated="false""#));
    assert_eq!(body.matches("<leptos-island").count(), 1, "{body}");
}

#[tokio::test]
async fn with_a_list_of_admins_the_token_form_is_offered_too() {
    // Rescue is asked whose a token is (getAccount_v2), so the list applies to tokens too.
    let (router, _dir) = app(false, "@example.com").await;
    let (status, _, body) = get_from(router, "/login").await;
    assert_eq!(status, StatusCode::OK);
    assert!(posts_to(&body, "sign_in"), "{body}");
    assert!(posts_to(&body, "sign_in_with_token"), "{body}");
    assert!(body.contains(r#"name="authcode""#));
    assert!(
        body.contains(r#"maxlength="254""#),
        "the e-mail field is capped"
    );
}

#[tokio::test]
async fn root_redirects_to_the_sessions_page() {
    let (status, headers, _) = get("/").await;
    assert!(status.is_redirection(), "{status}");
    assert_eq!(headers.get("location").unwrap(), "/sessions");
}

#[tokio::test]
async fn unknown_path_is_404_with_a_way_back() {
    let (status, _, body) = get("/no/such/page").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("Page not found"));
    assert!(body.contains(r#"href="/login""#));
}

#[tokio::test]
async fn demo_mode_shows_the_demo_credentials_and_real_mode_does_not() {
    let (_, _, real) = get("/login").await;
    assert!(!real.contains("Demo mode"));
    let (router, _dir) = app(true, "*").await;
    let (status, _, body) = get_from(router, "/login").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Demo mode"), "{body}");
    assert!(body.contains("admin@demo.example"));
    assert!(body.contains("rescue-demo"));
}

#[tokio::test]
async fn pages_carry_the_security_headers() {
    let (_, headers, _) = get("/login").await;
    let csp = headers
        .get("content-security-policy")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(csp.contains("frame-ancestors 'none'"));
    assert_eq!(headers.get("x-frame-options").unwrap(), "DENY");
    assert_eq!(headers.get("x-content-type-options").unwrap(), "nosniff");
    assert_eq!(headers.get("referrer-policy").unwrap(), "no-referrer");
}
