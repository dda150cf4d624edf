#!/usr/bin/env bash
# Size of the release hydrate bundle, as browsers download it: the wasm built with the
# wasm-release profile, bound by wasm-bindgen and shrunk by `wasm-opt -Oz` (as cargo-leptos does
# for `--release`), then gzip -9. The goal is ≤ 300 KB. Builds only the front end, not the
# release server (whose whole-program LTO takes many minutes here and does not change the
# figure). Usage: scripts/bundle-size.sh
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
source scripts/setup.sh
cargo build --locked -p frontend --lib --target wasm32-unknown-unknown --profile wasm-release --quiet
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name rescue-console \
  target/wasm32-unknown-unknown/wasm-release/frontend.wasm
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/rescue-console_bg.wasm" -o "$out/opt.wasm"
for file in opt.wasm rescue-console.js; do
  printf '%-20s %9d bytes, gzip -9 %8d bytes\n' "$file" "$(stat -c %s "$out/$file")" \
    "$(gzip -9c "$out/$file" | wc -c)"
done
