#!/usr/bin/env bash
# Sourced by the browser figure scripts (after setup.sh): `browser_figure SPEC RESULT
# [ENV=VALUE…]` serves the release site as a deployment does (the site builder's `--release
# --precompress`: hashed names, brotli and gzip beside each file) from target/site, runs the
# hydrated browser test SPEC with the environment given, prints end2end/RESULT, and puts the
# dev site back. The exit status is the test's.
browser_figure() {
  local spec="$1" result="$2" status=0
  shift 2
  release_tools # rust-src and binaryen's wasm-opt
  cargo build --locked -p server --bin server -p rescue-sim --bin rescue-sim --quiet
  # The debug server reads the site's names from the hash.txt beside it: the release build's.
  cargo run --locked --quiet -p site --bin build-site -- --release --precompress --hash-dir target/debug
  rm -rf target/e2e
  (cd end2end && env "$@" npx playwright test "$spec" --project hydrated --reporter line) || status=$?
  cat "end2end/$result" 2>/dev/null || true
  printf '\n==> %s\n' "putting the dev site back"
  cargo run --locked --quiet -p site --bin build-site
  return "$status"
}
