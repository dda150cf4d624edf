//! What every page offers a keyboard and screen-reader user, read as a browser would: the skip
//! link first, one target for it, landmarks each with a name of its own; and the colour scheme
//! picker's route (a cookie, back to the page, junk refused, never off the site).

use crate::common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::*;
use rescue_sim::seed::{self, ids};
use scraper::{Html, Selector};

fn select(html: &Html, css: &str) -> Vec<String> {
    let selector = Selector::parse(css).unwrap();
    html.select(&selector).map(|e| e.html()).collect()
}

/// The skip link is the first focusable element, its target is there exactly once, and no
/// two landmarks of one kind share a name.
fn check_page(path: &str, body: &str) {
    let html = Html::parse_document(body);
    let focusable =
        Selector::parse("a[href], button, input:not([type=hidden]), select, summary, textarea")
            .unwrap();
    let first = html.select(&focusable).next().map(|e| e.html());
    assert!(
        first
            .as_deref()
            .is_some_and(|f| f.contains(r##"href="#content""##)),
        "{path}: the first focusable element is {first:?}"
    );
    assert_eq!(
        select(&html, "#content").len(),
        1,
        "{path}: one skip target"
    );
    for landmark in [
        "nav",
        "section[aria-label]",
        "form[aria-label]",
        "aside",
        "main",
        "header",
    ] {
        let selector = Selector::parse(landmark).unwrap();
        let mut names: Vec<String> = html
            .select(&selector)
            .map(|e| e.value().attr("aria-label").unwrap_or_default().to_owned())
            .collect();
        let all = names.len();
        names.sort();
        names.dedup();
        assert_eq!(
            names.len(),
            all,
            "{path}: two {landmark} landmarks share a name"
        );
    }
}

#[tokio::test]
async fn every_page_starts_with_the_skip_link_and_names_its_landmarks_once() {
    let h = Harness::builder().build().await;
    let mut browser = Browser::new(false);
    for path in ["/login", "/login?error=x", "/no/such/page"] {
        let reply = browser.get(&h, path).await;
        check_page(path, &reply.body);
    }
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let session = h
        .sim
        .with_account(|a| a.sessions().map(|s| s.id).next().unwrap());
    let root = ids::ROOT;
    let pages = [
        format!("/sessions?node={root}&noderef=NODE"),
        "/sessions?node=abc".to_owned(),
        "/history".to_owned(),
        "/history?from=not-a-day".to_owned(),
        "/outcomes".to_owned(),
        "/outcomes/4000000000".to_owned(),
        "/reports".to_owned(),
        format!("/sessions/cancel?session={session}&node={root}&noderef=NODE"),
        format!("/sessions/hold?session={session}&node={root}&noderef=NODE"),
        format!("/sessions/bulk?action=cancel&node={root}&noderef=NODE&pick={session}:0"),
    ];
    for path in &pages {
        let reply = browser.get(&h, path).await;
        check_page(path, &reply.body);
    }
}

/// The page's `<html …>` tag, as written.
fn html_tag(page: &str) -> &str {
    let start = page.find("<html").unwrap_or(0);
    let end = start + page[start..].find('>').unwrap_or(0);
    &page[start..=end]
}

/// Posts the picker's form as a browser on this site would.
async fn choose(browser: &mut Browser, h: &Harness, body: &str, site: &str) -> Reply {
    let request = Request::post("/theme")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("sec-fetch-site", site);
    browser.send(h, request, Body::from(body.to_owned())).await
}

#[tokio::test]
async fn the_colour_scheme_is_kept_in_a_cookie_and_written_into_the_page() {
    let h = Harness::builder().build().await;
    let mut browser = Browser::new(false);
    let page = browser.get(&h, "/login").await.body;
    assert!(
        html_tag(&page).starts_with(r#"<html lang="en" data-words="/words/en-"#)
            && !html_tag(&page).contains("data-theme"),
        "no choice: the system's scheme"
    );
    assert!(page.contains(r#"action="/theme""#) && page.contains(r#"name="back" value="/login""#));

    let reply = choose(
        &mut browser,
        &h,
        "theme=dark&back=%2Flogin%3Fnext%3D%252Fhistory",
        "same-origin",
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.location.as_deref(), Some("/login?next=%2Fhistory"));
    let cookie = reply.set_cookie.join("\n");
    assert!(cookie.starts_with("theme=dark;"), "{cookie}");
    assert!(
        cookie.contains("SameSite=Lax") && cookie.contains("Path=/"),
        "{cookie}"
    );
    let page = browser.get(&h, "/login").await.body;
    assert!(html_tag(&page).contains(r#" data-theme="dark""#));
    let pressed = select(
        &Html::parse_document(&page),
        r#"button[aria-pressed="true"]"#,
    );
    assert_eq!(pressed.len(), 1, "{pressed:?}");
    assert!(pressed[0].contains(r#"value="dark""#), "{pressed:?}");

    // Light overrides a dark system; "system" forgets the choice.
    choose(&mut browser, &h, "theme=light&back=/login", "same-origin").await;
    assert!(browser
        .get(&h, "/login")
        .await
        .body
        .contains(r#"data-theme="light""#));
    let reply = choose(&mut browser, &h, "theme=system&back=/login", "same-origin").await;
    assert!(
        reply.set_cookie.join("").contains("Max-Age=0"),
        "{:?}",
        reply.set_cookie
    );
    let page = browser.get(&h, "/login").await.body;
    assert!(
        !html_tag(&page).contains("data-theme"),
        "{}",
        html_tag(&page)
    );
}

#[tokio::test]
async fn junk_choices_and_foreign_addresses_change_nothing() {
    let h = Harness::builder().build().await;
    let mut browser = Browser::new(false);
    for body in [
        "theme=purple&back=/login",
        "back=/login",
        "theme=",
        "theme=dark%00",
    ] {
        let reply = choose(&mut browser, &h, body, "same-origin").await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{body}");
        assert!(
            reply.body.contains("Choose the colour scheme"),
            "{body}: {}",
            reply.body
        );
        assert!(reply.set_cookie.is_empty(), "{body}");
    }
    // Never off the site: anything but a local path returns to the sessions.
    for back in [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example",
        "javascript:alert(1)",
    ] {
        let body: String = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs([("theme", "dark"), ("back", back)])
            .finish();
        let reply = choose(&mut browser, &h, &body, "same-origin").await;
        assert_eq!(reply.location.as_deref(), Some("/sessions"), "{back}");
    }
    // Another site's page cannot set it.
    let mut fresh = Browser::new(false);
    let reply = choose(&mut fresh, &h, "theme=dark&back=/login", "cross-site").await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert!(reply.set_cookie.is_empty());
}
