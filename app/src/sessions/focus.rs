//! Where the keyboard focus goes around the row dialog: into it when it opens, onto its Close
//! button once the action has an answer (the Confirm button it was on is then disabled, which
//! would drop the focus to the page), and back to the row it came from when it closes, so a
//! keyboard or screen reader user carries on where they were.

/// The first thing to use in the open dialog: the target picker or the comment when the action
/// needs one, else Confirm.
const IN_DIALOG: &str = ".dialog select, .dialog input[type=text], .dialog button.confirm";

/// The dialog's Close ("Keep it" before an answer) button: always its last control.
const CLOSE: &str = ".dialog .buttons button.secondary";

/// The dialog's first control that can take the focus now (Confirm is disabled once done).
#[cfg(feature = "hydrate")]
const FIRST_ENABLED: &str =
    ".dialog select:not([disabled]), .dialog input[type=text]:not([disabled]), \
     .dialog button:not([disabled])";

/// Moves the focus into the dialog just opened.
pub fn into_dialog() {
    later(IN_DIALOG.to_owned());
}

/// Moves the focus onto the dialog's Close button.
pub fn onto_close() {
    later(CLOSE.to_owned());
}

/// Moves the focus back to the row of `session` listed under `technician`: its first action
/// (Cancel action), or its More menu.
pub fn back_to_row(session: u32, technician: u32) {
    let row = format!(r#"tr[data-session="{session}"][data-technician="{technician}"]"#);
    later(format!("{row} .row-actions a, {row} .row-actions summary"));
}

/// Keeps Tab inside the open dialog: past its last control it wraps to the first, and
/// Shift+Tab before the first wraps to the last. The page behind is `inert`, but the page's
/// foot and skip link are outside the island and would otherwise take the focus.
pub fn keep_inside(ev: &leptos::ev::KeyboardEvent) {
    #[cfg(feature = "hydrate")]
    {
        if ev.key() != "Tab" {
            return;
        }
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let find = |selectors: &str| document.query_selector(selectors).ok().flatten();
        let (Some(first), Some(last)) = (find(FIRST_ENABLED), find(CLOSE)) else {
            return;
        };
        let active = document.active_element();
        let (from, to) = if ev.shift_key() {
            (first, last)
        } else {
            (last, first)
        };
        if active.as_ref() == Some(&from) {
            ev.prevent_default();
            focus_now(to);
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = ev;
}

/// Focuses the first element matching `selectors` once the page has drawn what was just
/// changed (the dialog is rendered by an effect, after the change that opens it).
fn later(selectors: String) {
    #[cfg(feature = "hydrate")]
    leptos::prelude::request_animation_frame(move || {
        use leptos::wasm_bindgen::JsCast;
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(&selectors).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = selectors;
}

/// Focuses `element` now.
#[cfg(feature = "hydrate")]
fn focus_now(element: web_sys::Element) {
    use leptos::wasm_bindgen::JsCast;
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}
