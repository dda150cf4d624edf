//! The languages: the browser's `Accept-Language` and the picker's cookie choose, `<html lang>`
//! says which, and the pseudo-locale, rendered through every page state, shows no word that did
//! not come from a catalogue.

use crate::common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::cancel::{cancellable, confirm, confirmation};
use common::*;
use rescue_sim::seed::{self, ids};
use scraper::{Html, Node};
use std::collections::BTreeSet;

/// A browser whose languages are `accept` (as its settings send them).
async fn get_in(h: &Harness, browser: &mut Browser, path: &str, accept: &str) -> Reply {
    let request = Request::get(path)
        .header(header::ACCEPT, "text/html")
        .header(header::ACCEPT_LANGUAGE, accept);
    browser.send(h, request, Body::empty()).await
}

/// Posts the picker's form as a browser on this site would.
async fn pick(browser: &mut Browser, h: &Harness, body: &str) -> Reply {
    let request = Request::post("/language")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "same-origin");
    browser.send(h, request, Body::from(body.to_owned())).await
}

#[tokio::test]
async fn the_browsers_languages_choose_and_html_lang_says_which() {
    let h = Harness::builder().build().await;
    let mut browser = Browser::new(false);
    let german = get_in(&h, &mut browser, "/login", "de-DE,de;q=0.9,en;q=0.5").await;
    assert!(
        german.body.contains(r#"<html lang="de""#),
        "{}",
        german.body
    );
    assert!(german.body.contains("Anmelden") && german.body.contains("Passwort"));
    let japanese = get_in(&h, &mut browser, "/login", "ja,en;q=0.1").await;
    assert!(japanese.body.contains(r#"<html lang="ja""#));
    assert!(japanese.body.contains("サインイン"));
    // Nothing the dashboard speaks, or junk: English.
    for accept in ["sv-SE", "*", ";q=;;,", "en-XA"] {
        let page = get_in(&h, &mut browser, "/login", accept).await;
        assert!(page.body.contains(r#"<html lang="en""#), "{accept}");
    }
    // A refusal outside Leptos speaks the browser's language too.
    let request = Request::post("/theme")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT_LANGUAGE, "de")
        .header("sec-fetch-site", "same-origin");
    let refused = browser.send(&h, request, Body::from("theme=pink")).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.body.contains("Farbschema"), "{}", refused.body);
}

#[tokio::test]
async fn the_pickers_choice_is_a_cookie_that_wins_over_the_browser_and_junk_changes_nothing() {
    let h = Harness::builder().build().await;
    let mut browser = Browser::new(false);
    let page = get_in(&h, &mut browser, "/login", "de").await.body;
    assert!(page.contains(r#"action="/language""#) && page.contains(r#"value="ja""#));
    assert!(
        page.contains(r#"<option value="de" lang="de" selected"#),
        "{page}"
    );

    let reply = pick(
        &mut browser,
        &h,
        "lang=ja&back=%2Flogin%3Fnext%3D%252Fhistory",
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(reply.location.as_deref(), Some("/login?next=%2Fhistory"));
    let cookie = reply.set_cookie.join("\n");
    assert!(
        cookie.starts_with("lang=ja;") && cookie.contains("HttpOnly"),
        "{cookie}"
    );
    let page = get_in(&h, &mut browser, "/login", "de").await.body;
    assert!(
        page.contains(r#"<html lang="ja""#),
        "the choice wins over Accept-Language"
    );

    // An unknown language and a way off the site: refused or sent home, nothing kept.
    for (body, status) in [
        ("lang=xx", StatusCode::BAD_REQUEST),
        ("lang=", StatusCode::BAD_REQUEST),
        ("back=/login", StatusCode::BAD_REQUEST),
    ] {
        let reply = pick(&mut browser, &h, body).await;
        assert_eq!(reply.status, status, "{body}");
        assert!(
            reply.set_cookie.is_empty(),
            "{body}: {:?}",
            reply.set_cookie
        );
        // Said in the language chosen before.
        assert!(reply.body.contains("言語"), "{body}: {}", reply.body);
    }
    let reply = pick(&mut browser, &h, "lang=de&back=https://evil.example/").await;
    assert_eq!(reply.location.as_deref(), Some("/sessions"));
    let page = browser.get(&h, "/login").await.body;
    assert!(page.contains(r#"<html lang="de""#));
}

#[tokio::test]
async fn every_offered_language_is_in_the_picker_and_speaks_the_sign_in_page() {
    let h = Harness::builder().build().await;
    // The browser's own setting, as each country's browsers send it.
    for (accept, tag, sign_in) in [
        ("es-ES,es;q=0.9", "es", "Iniciar sesión"),
        ("fr-FR,fr;q=0.9", "fr", "Se connecter"),
        ("it-IT", "it", "Accedi"),
        ("nl-NL", "nl", "Aanmelden"),
        ("pt-BR,pt;q=0.9", "pt-BR", "Entrar"),
        ("ko-KR", "ko", "로그인"),
        ("zh-CN,zh;q=0.9", "zh-Hans", "登录"),
    ] {
        let mut browser = Browser::new(false);
        let page = get_in(&h, &mut browser, "/login", accept).await.body;
        assert!(page.contains(&format!(r#"<html lang="{tag}""#)), "{accept}");
        assert!(page.contains(sign_in), "{accept}: no {sign_in}");
        // The picker lists every language in its own name, this one chosen.
        for own in [
            "English",
            "Deutsch",
            "Español",
            "Français",
            "Italiano",
            "Nederlands",
            "Português (Brasil)",
            "日本語",
            "한국어",
            "简体中文",
        ] {
            assert!(page.contains(own), "{accept}: picker lacks {own}");
        }
        assert!(
            page.contains(&format!(r#"<option value="{tag}" lang="{tag}" selected"#)),
            "{accept}"
        );
        // The picker's cookie takes the tag in any case, as a hand-typed cookie might.
        let reply = pick(
            &mut browser,
            &h,
            &format!("lang={}&back=%2Flogin", tag.to_lowercase()),
        )
        .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{tag}");
        let page = get_in(&h, &mut browser, "/login", "en").await.body;
        assert!(
            page.contains(&format!(r#"<html lang="{tag}""#)),
            "{tag} by the picker"
        );
    }
}

/// Every word of the Rescue account's data: what a page may show that no catalogue holds.
fn data_words(h: &Harness) -> BTreeSet<String> {
    let account = h.sim.with_account(|a| format!("{a:?}"));
    words(&account).map(|w| w.to_lowercase()).collect()
}

/// The runs of two or more ASCII letters in `text`.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2)
}

/// What a page shows outside the pseudo-locale's brackets: text nodes, and the names and hints
/// screen readers read.
fn unbracketed(body: &str) -> Vec<String> {
    let html = Html::parse_document(body);
    let mut shown = Vec::new();
    for node in html.root_element().descendants() {
        match node.value() {
            Node::Text(text) => {
                // Scripts are no text; a badge, or a filter's choice whose value is its text,
                // holds Rescue's own status ("Closed by customer"): Rescue's data, not the
                // dashboard's words.
                let hidden = node.ancestors().any(|a| {
                    a.value().as_element().is_some_and(|e| {
                        matches!(e.name(), "script" | "style" | "code")
                            || e.classes().any(|c| c == "badge")
                            || (e.name() == "option" && e.attr("value") == Some(text.trim()))
                            // The picker names each language in itself (`lang` says which).
                            || (e.name() == "option" && e.attr("lang").is_some())
                    })
                });
                if !hidden {
                    shown.push(text.to_string());
                }
            }
            Node::Element(element) => {
                for name in ["aria-label", "title", "placeholder", "data-notice"] {
                    shown.extend(element.attr(name).map(str::to_owned));
                }
            }
            _ => {}
        }
    }
    shown
        .into_iter()
        .map(|text| {
            // Keep only what lies outside ⟦…⟧ (catalogue words may hold data inside).
            let mut out = String::new();
            let mut depth = 0usize;
            for c in text.chars() {
                match c {
                    '⟦' => depth += 1,
                    '⟧' => depth = depth.saturating_sub(1),
                    c if depth == 0 => out.push(c),
                    _ => {}
                }
            }
            out
        })
        .filter(|t| words(t).next().is_some())
        .collect()
}

/// Words that are no language's: codes and names.
const NOT_WORDS: [&str; 10] = [
    "rescue", "console", "node", "channel", "ok", "utc", "csv", "logmein", "api", "id",
];

#[tokio::test]
async fn every_page_state_in_the_pseudo_locale_says_only_catalogue_words() {
    let h = Harness::builder().build().await;
    let mut browser = Browser::new(false);
    browser.others.push("lang=en-XA".into());
    let mut known = data_words(&h);
    known.extend(NOT_WORDS.iter().map(|w| w.to_string()));
    known.extend(
        seed::DEMO_ACCOUNTS
            .iter()
            .flat_map(|a| words(a))
            .map(str::to_lowercase),
    );
    let mut pages = vec![
        "/login".to_owned(),
        "/login?refused=email".to_owned(),
        "/no/such/page".to_owned(),
    ];
    let check = |path: &str, body: &str, known: &BTreeSet<String>| {
        assert!(body.contains(r#"<html lang="en-XA""#), "{path}");
        for text in unbracketed(body) {
            // Upper-case codes (INVALID_SESSION, HTTP) and Rescue's method names are Rescue's.
            let foreign: Vec<&str> = words(&text)
                .filter(|w| !w.chars().all(|c| c.is_ascii_uppercase()))
                .filter(|w| !w.ends_with("Action") && !w.ends_with("Session"))
                .filter(|w| !known.contains(&w.to_lowercase()))
                .collect();
            assert!(foreign.is_empty(), "{path}: {foreign:?} in {text:?}");
        }
    };
    for path in &pages {
        let reply = browser.get(&h, path).await;
        check(path, &reply.body, &known);
    }
    browser.sign_in(&h, seed::DEMO_ADMIN).await;
    let (session, technician) = cancellable(&h)[0];
    let root = ids::ROOT;
    // An action first, so the history, the list's notice and the record have one.
    let cancel = confirmation(session, technician);
    let reply = browser.get(&h, &cancel).await;
    check(&cancel, &reply.body, &known);
    let reply = confirm(&mut browser, &h, session, technician).await;
    let back = reply.location.expect("a plain form goes back to the list");
    let reply = browser.get(&h, &back).await;
    // "Cancelled: …", accented: the outcome sentence came from the catalogue too.
    assert!(reply.body.contains("Çåñçélléd:"), "{}", reply.body);
    check(&back, &reply.body, &known);
    pages = vec![
        format!("/sessions?node={root}&noderef=NODE"),
        format!("/sessions?node={root}&noderef=NODE&status=finished&q=nobody"),
        "/sessions?node=abc".to_owned(),
        "/history".to_owned(),
        "/history?from=not-a-day".to_owned(),
        "/outcomes".to_owned(),
        "/outcomes/4000000000".to_owned(),
        format!("/outcomes/{session}"),
        "/reports".to_owned(),
        format!("/sessions/hold?session={session}&node={root}&noderef=NODE"),
        format!("/sessions/transfer?session={session}&node={root}&noderef=NODE"),
        format!("/sessions/bulk?action=cancel&node={root}&noderef=NODE&pick={session}:0"),
        "/sessions/bulk?action=cancel".to_owned(),
        "/sessions/bulk?run=nothing".to_owned(),
    ];
    for path in &pages {
        let reply = browser.get(&h, path).await;
        check(path, &reply.body, &known);
    }
}
