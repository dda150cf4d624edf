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
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
source scripts/release-bundle.sh
release_bundle "$out"
for file in opt.wasm rescue-console.js; do
  printf '%-20s %9d bytes, gzip -9 %8d bytes\n' "$file" "$(stat -c %s "$out/$file")" \
    "$(gzip -9c "$out/$file" | wc -c)"
done
