//! The browser's end of a list's live stream (`/sessions/live`, see `stream::route`): it
//! opens an `EventSource` once the page is live and hands what arrives to the page. While the
//! stream is open the page does not poll; while it is down (a proxy that cut it, a fifth tab
//! of one browser, the server restarting) the page polls every `REFRESH_SECS` as before, and
//! the stream is tried again with a growing pause. The browser itself reconnects a cut stream
//! with `Last-Event-ID`, so the server resends only what was missed.

use leptos::prelude::*;

use crate::news::News;
use crate::sessions::changes::Change;
use crate::shared::address::NodeAddress;

/// What the stream tells the page. (The server renders the page but never follows a stream.)
#[derive(Clone, Copy)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
pub struct Heard {
    /// The list changed.
    pub rows: Callback<Change>,
    /// An admin acted on a listed session.
    pub news: Callback<News>,
    /// Rescue could not be read, or the sign-in ended: the page reads the list itself, which
    /// says why (or goes to sign in).
    pub read_yourself: Callback<()>,
}

/// The stream's address for the page at `search` (its address's query, with its `?`), which
/// shows `node`: the page's own options (filters, sort), and the node it shows when its
/// address names none (the admin's default list).
pub fn address(search: &str, node: NodeAddress, hidden: bool) -> String {
    let options = search.trim_start_matches('?');
    let mut url = format!("/sessions/live?{options}");
    if !options.split('&').any(|pair| pair.starts_with("node=")) {
        if !options.is_empty() {
            url.push('&');
        }
        url.push_str(&node.query());
    }
    if hidden {
        url.push_str("&hidden=1");
    }
    url
}

/// The query of the page's address (`?…`, or empty).
pub fn page_search() -> String {
    #[cfg(feature = "hydrate")]
    {
        leptos::web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default()
    }
    #[cfg(not(feature = "hydrate"))]
    String::new()
}

/// Follows the stream at `url` while the page lives; `open` says whether it is open now.
#[cfg(feature = "hydrate")]
pub fn follow(url: String, heard: Heard, open: RwSignal<bool>) {
    use leptos::wasm_bindgen::closure::Closure;
    use leptos::wasm_bindgen::JsCast;
    use leptos::web_sys::{EventSource, MessageEvent};

    let source = StoredValue::new_local(None::<EventSource>);
    let pause = StoredValue::new(FIRST_PAUSE_MS);
    let connect = StoredValue::new_local(None::<std::rc::Rc<dyn Fn()>>);
    let start: std::rc::Rc<dyn Fn()> = std::rc::Rc::new(move || {
        let Ok(es) = EventSource::new(&url) else {
            return;
        };
        let data = |ev: &leptos::web_sys::Event| {
            ev.dyn_ref::<MessageEvent>()
                .and_then(|m| m.data().as_string())
                .unwrap_or_default()
        };
        let on_open = Closure::<dyn Fn()>::new(move || {
            open.set(true);
            pause.set_value(FIRST_PAUSE_MS);
        });
        let on_rows = Closure::<dyn Fn(leptos::web_sys::Event)>::new(move |ev| {
            if let Ok(change) = serde_json::from_str::<Change>(&data(&ev)) {
                heard.rows.run(change);
            }
        });
        let on_news = Closure::<dyn Fn(leptos::web_sys::Event)>::new(move |ev| {
            if let Ok(piece) = serde_json::from_str::<News>(&data(&ev)) {
                heard.news.run(piece);
            }
        });
        let on_trouble = Closure::<dyn Fn()>::new(move || heard.read_yourself.run(()));
        let on_end = Closure::<dyn Fn()>::new(move || {
            // The sign-in ended: no reconnecting; the page's own read goes to sign in.
            close(source);
            open.set(false);
            heard.read_yourself.run(());
        });
        let on_error = Closure::<dyn Fn()>::new(move || {
            open.set(false);
            // CLOSED: the browser gave up (an error answer, a 204 for a fifth tab); try again
            // later, pausing longer each time. CONNECTING: it retries by itself.
            let closed = source.with_value(|s| s.as_ref().is_some_and(|s| s.ready_state() == 2));
            if closed {
                close(source);
                let wait = pause.get_value();
                pause.set_value((wait * 2).min(LAST_PAUSE_MS));
                set_timeout(
                    move || {
                        if let Some(again) = connect.with_value(|c| c.clone()) {
                            again();
                        }
                    },
                    std::time::Duration::from_millis(wait),
                );
            }
        });
        es.set_onopen(Some(on_open.as_ref().unchecked_ref()));
        es.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        for (name, handler) in [
            ("rows", on_rows.as_ref()),
            ("news", on_news.as_ref()),
            ("trouble", on_trouble.as_ref()),
            ("expired", on_end.as_ref()),
            ("signed-out", on_end.as_ref()),
        ] {
            let _ = es.add_event_listener_with_callback(name, handler.unchecked_ref());
        }
        // The handlers live as long as the page: a few per stream opened.
        on_open.forget();
        on_rows.forget();
        on_news.forget();
        on_trouble.forget();
        on_end.forget();
        on_error.forget();
        source.set_value(Some(es));
    });
    connect.set_value(Some(start.clone()));
    start();
    on_cleanup(move || {
        connect.set_value(None);
        close(source);
    });
}

/// Without the browser there is no stream.
#[cfg(not(feature = "hydrate"))]
pub fn follow(_url: String, _heard: Heard, _open: RwSignal<bool>) {}

#[cfg(feature = "hydrate")]
fn close(source: StoredValue<Option<leptos::web_sys::EventSource>, LocalStorage>) {
    source.update_value(|s| {
        if let Some(es) = s.take() {
            es.close();
        }
    });
}

/// The first pause before a stream the browser gave up on is tried again, and the longest.
#[cfg(feature = "hydrate")]
const FIRST_PAUSE_MS: u64 = 5_000;
#[cfg(feature = "hydrate")]
const LAST_PAUSE_MS: u64 = 120_000;

/// Whether the tab is hidden now (its stream is counted apart).
pub fn hidden() -> bool {
    #[cfg(feature = "hydrate")]
    {
        leptos::web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.visibility_state() == leptos::web_sys::VisibilityState::Hidden)
    }
    #[cfg(not(feature = "hydrate"))]
    false
}
