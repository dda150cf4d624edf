//! Hydrate entry point: the browser brings the server-rendered page's islands to life.
#![cfg(target_arch = "wasm32")]
// Leptos views are deeply nested types; the default limit is too low for the hydrate build.
#![recursion_limit = "256"]

/// Called by the generated JS once the wasm is loaded.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    // Release bundles stop at a panic without a message (scripts/site), so only debug
    // builds have one for the console.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    app::hydrate_islands();
}
