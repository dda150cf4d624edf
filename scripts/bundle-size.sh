#!/usr/bin/env bash
# Size of the release hydrate bundle, as browsers download it: the wasm built with the
# wasm-release profile, bound by wasm-bindgen and shrunk by `wasm-opt -Oz` (as cargo-leptos does
# for `--release`), then gzip -9 and brotli -11 (Node's zlib). The goal is ≤ 300 KB gzip. Builds only the front end, not the
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
brotli_size() {
  node -e 'const z = require("zlib"); const b = require("fs").readFileSync(process.argv[1]);
    process.stdout.write(String(z.brotliCompressSync(b, { params: {
      [z.constants.BROTLI_PARAM_QUALITY]: 11, [z.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length))' "$1"
}
for file in opt.wasm rescue-console.js; do
  printf '%-20s %9d bytes, gzip -9 %8d bytes, brotli -11 %8d bytes\n' "$file" \
    "$(stat -c %s "$out/$file")" "$(gzip -9c "$out/$file" | wc -c)" "$(brotli_size "$out/$file")"
done
