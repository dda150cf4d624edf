#!/usr/bin/env bash
# Sourced by scripts/bundle-size.sh and the browser figure scripts (after setup.sh):
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

# `browser_figure SPEC RESULT [ENV=VALUE…]`: serves the release site as a deployment does
# (cargo-leptos `--release --precompress`: hashed names, brotli and gzip beside each file) from
# target/site/pkg, runs the hydrated browser test SPEC with the environment given, prints
# end2end/RESULT, and puts the dev site back. The exit status is the test's.
browser_figure() {
  local spec="$1" result="$2" status=0
  shift 2
  cargo build --locked -p rescue-sim --bin rescue-sim --quiet
  # The debug server, then the release site; the server reads the site's names from the
  # hash.txt beside it, so it gets the release build's.
  cargo leptos build >/dev/null 2>&1
  cargo leptos build --release --precompress --frontend-only >/dev/null 2>&1
  cp target/release/hash.txt target/debug/hash.txt
  rm -rf target/e2e
  (cd end2end && env "$@" npx playwright test "$spec" --project hydrated --reporter line) || status=$?
  cat "end2end/$result" 2>/dev/null || true
  printf '\n==> %s\n' "putting the dev site back"
  cargo leptos build >/dev/null 2>&1
  return "$status"
}
