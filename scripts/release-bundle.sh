#!/usr/bin/env bash
# Sourced by scripts/bundle-size.sh and scripts/rerender-figure.sh (after setup.sh):
# `release_bundle DIR` builds the hydrate bundle as a release serves it — the wasm-release
# profile, bound by wasm-bindgen, shrunk by `wasm-opt -Oz` as cargo-leptos does for
# `--release` — and leaves DIR/opt.wasm and DIR/rescue-console.js.
release_bundle() {
  local out="$1"
  cargo build --locked -p frontend --lib --target wasm32-unknown-unknown --profile wasm-release --quiet
  wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name rescue-console \
    target/wasm32-unknown-unknown/wasm-release/frontend.wasm
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$out/rescue-console_bg.wasm" -o "$out/opt.wasm"
}
