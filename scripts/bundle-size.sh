#!/usr/bin/env bash
# Size of the release hydrate bundle as browsers download it: the site builder's release build
# (the wasm-release profile, bound by wasm-bindgen, shrunk by `wasm-opt -Oz`), then gzip -9 and
# brotli -11 (Node's zlib). Builds only the front end, not the release server.
# Usage: scripts/bundle-size.sh [--check] [--site DIR]
#   --check     fails when the wasm passes its budget: 297,000 bytes gzip (docs/benchmarks.md).
#   --site DIR  measures a release site already built there (the release archive's `site/`)
#               instead of building one.
set -euo pipefail
budget=297000
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$repo"
check="" site=""
while [ $# -gt 0 ]; do
  case "$1" in
    --check) check=1 ;;
    --site) site="${2:?--site needs a folder}"; shift ;;
    *) echo "bundle-size: unknown argument $1 (usage: bundle-size.sh [--check] [--site DIR])" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$site" ]; then
  release_tools # rust-src and binaryen's wasm-opt
  site="$(mktemp -d)"
  trap 'rm -rf "$site"' EXIT
  cargo run --locked --quiet -p site --bin build-site -- --release --site-root "$site" --hash-dir "$site"
fi
wasm="$(ls "$site"/pkg/*.wasm)"
[ "$(wc -l <<<"$wasm")" = 1 ] || { echo "bundle-size: not one .wasm in $site/pkg" >&2; exit 2; }

brotli_size() {
  node -e 'const z = require("zlib"); const b = require("fs").readFileSync(process.argv[1]);
    process.stdout.write(String(z.brotliCompressSync(b, { params: {
      [z.constants.BROTLI_PARAM_QUALITY]: 11, [z.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length))' "$1"
}
for file in "$wasm" "$site"/pkg/*.js; do
  printf '%-12s %9d bytes, gzip -9 %8d bytes, brotli -11 %8d bytes\n' "${file##*.}" \
    "$(stat -c %s "$file")" "$(gzip -9c "$file" | wc -c)" "$(brotli_size "$file")"
done

if [ -n "$check" ]; then
  wasm_gzip="$(gzip -9c "$wasm" | wc -c)"
  if [ "$wasm_gzip" -gt "$budget" ]; then
    echo "bundle-size: the wasm is $wasm_gzip bytes gzip, over its budget of $budget" >&2
    exit 1
  fi
  echo "bundle-size: the wasm is $wasm_gzip bytes gzip, within its budget of $budget"
fi
