//! Which catalogue a message comes from right now. On the server: the request's language (in
//! the Leptos context of the page or server function being run, or of the request a plain
//! route answers); English elsewhere (logs, exports). In the browser:
//! the one catalogue of the page's language, fetched before the islands hydrate ([`install`]).

use super::catalogue::{Arg, Catalogue};
use super::lang::Lang;

/// The message `key` of the active language.
pub fn t(key: &str) -> String {
    with_active(|catalogue| catalogue.format(key, &[]))
}

/// The message `key` of the active language, given `args`.
pub fn tr(key: &str, args: &[(&str, Arg)]) -> String {
    with_active(|catalogue| catalogue.format(key, args))
}

/// A message of the active language: `say!("row-count", shown = 3, total = 7)`. The key is
/// a literal so the catalogue tests find every key the code uses.
#[macro_export]
macro_rules! say {
    ($key:literal) => {
        $crate::words::t($key)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::words::tr($key, &[$((stringify!($name), $crate::words::Arg::from($value))),+])
    };
}

#[cfg(feature = "ssr")]
mod imp {
    use super::*;

    tokio::task_local! {
        /// The language of the request a plain route (outside Leptos) is answering.
        static REQUEST: Lang;
    }

    /// The language of the request being handled (English outside one).
    pub fn active_lang() -> Lang {
        leptos::prelude::use_context::<Lang>()
            .or_else(|| REQUEST.try_with(|lang| *lang).ok())
            .unwrap_or_default()
    }

    /// Middleware: answers the request in its language (the picker's cookie, else
    /// `Accept-Language`), for the routes outside Leptos (exports, bulk runs, sign-on).
    pub async fn request_language(
        request: axum::extract::Request,
        next: axum::middleware::Next,
    ) -> axum::response::Response {
        let lang = super::super::lang::from_headers(request.headers());
        REQUEST.scope(lang, next.run(request)).await
    }

    /// Runs `f` with the active catalogue.
    pub fn with_active<R>(f: impl FnOnce(&Catalogue) -> R) -> R {
        f(&super::super::compile::catalogue(active_lang()))
    }

    /// Where the browser fetches `lang`'s catalogue.
    pub fn catalogue_address(lang: Lang) -> String {
        super::super::compile::address(lang)
    }

    /// `work` in the active language wherever it runs: for a task spawned so that a browser
    /// that leaves cannot cut an action short, whose sentences its browser reads afterwards.
    pub fn carry<F: std::future::Future>(work: F) -> impl std::future::Future<Output = F::Output> {
        REQUEST.scope(active_lang(), work)
    }

    /// Makes the request's language the active one for the page or server function being
    /// run: the server calls this in every request's Leptos context.
    pub fn provide_for_request() {
        use leptos::prelude::{provide_context, use_context};
        let lang = use_context::<http::request::Parts>()
            .map(|parts| super::super::lang::from_headers(&parts.headers))
            .unwrap_or_default();
        provide_context(lang);
    }
}

#[cfg(not(feature = "ssr"))]
mod imp {
    use super::*;
    use std::cell::RefCell;
    use std::rc::Rc;

    thread_local! {
        static INSTALLED: RefCell<Rc<Catalogue>> = RefCell::new(Rc::default());
    }

    /// The language of the installed catalogue.
    pub fn active_lang() -> Lang {
        INSTALLED
            .with(|c| Lang::parse(&c.borrow().lang))
            .unwrap_or_default()
    }

    /// Runs `f` with the active catalogue.
    pub fn with_active<R>(f: impl FnOnce(&Catalogue) -> R) -> R {
        let catalogue = INSTALLED.with(|c| c.borrow().clone());
        f(&catalogue)
    }

    /// The page's own address for its catalogue is in the page (`<html data-words>`).
    pub fn catalogue_address(_lang: Lang) -> String {
        String::new()
    }

    /// The catalogue at `address`, as the server compiled it.
    #[cfg(feature = "hydrate")]
    pub async fn fetch(address: &str) -> Result<Catalogue, String> {
        let reply = gloo_net::http::Request::get(address)
            .send()
            .await
            .map_err(|e| e.to_string())?;
        if !reply.ok() {
            return Err(format!("HTTP {}", reply.status()));
        }
        let text = reply.text().await.map_err(|e| e.to_string())?;
        serde_json::from_str(&text).map_err(|e| e.to_string())
    }

    /// Makes `catalogue` the page's language: the browser bundle does this before it hydrates
    /// an island, so no island formats a word without it.
    pub fn install(catalogue: Catalogue) {
        INSTALLED.with(|c| *c.borrow_mut() = Rc::new(catalogue));
    }
}

pub use imp::*;

/// A piece of a message with elements in it: its text, or the place of the element named
/// `slots[i]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Words.
    Text(String),
    /// Where `slots[i]` goes.
    Slot(usize),
}

/// The message `key` cut where its `slots` go, so a view can put elements (a link, a
/// `<code>`) where the language puts them: "Sign in as { $email } with password …".
pub fn pieces(key: &str, slots: &[&str]) -> Vec<Piece> {
    // Private-use characters cannot come from a catalogue's text.
    let marks: Vec<String> = (0..slots.len())
        .map(|i| format!("\u{E000}{i}\u{E001}"))
        .collect();
    let args: Vec<(&str, Arg)> = slots
        .iter()
        .zip(&marks)
        .map(|(name, mark)| (*name, Arg::Text(mark)))
        .collect();
    let text = tr(key, &args);
    let mut out = Vec::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find('\u{E000}') {
        let (before, after) = rest.split_at(start);
        let Some(end) = after.find('\u{E001}') else {
            break;
        };
        if !before.is_empty() {
            out.push(Piece::Text(before.to_owned()));
        }
        match after['\u{E000}'.len_utf8()..end].parse() {
            Ok(i) => out.push(Piece::Slot(i)),
            Err(_) => out.push(Piece::Text(after[..end].to_owned())),
        }
        rest = &after[end + '\u{E001}'.len_utf8()..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest.to_owned()));
    }
    out
}

/// The CLDR plural categories, for [`count_templates`].
#[cfg(feature = "ssr")]
const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The message `key` for each plural category of `count`, with `{n}` where the count goes,
/// as a JSON object: for the page's plain scripts, which choose with the browser's
/// `Intl.PluralRules` and fill in the count. `args` are the message's other values.
#[cfg(feature = "ssr")]
pub fn count_templates(key: &str, count: &str, args: &[(&str, Arg)]) -> String {
    let templates: std::collections::BTreeMap<&str, String> = CATEGORIES
        .iter()
        .map(|category| {
            let mut all = args.to_vec();
            all.push((count, Arg::Plural(category, "{n}")));
            (*category, tr(key, &all))
        })
        .collect();
    serde_json::to_string(&templates).unwrap_or_default()
}
