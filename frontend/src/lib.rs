//! Hydrate entry point: the browser takes over the server-rendered page.
#![cfg(target_arch = "wasm32")]

/// Called by the generated JS once the wasm is loaded.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
}
