#!/usr/bin/env bash
# Size of the release hydrate bundle as browsers download it: the site builder's release build
# (the wasm-release profile, bound by wasm-bindgen, shrunk by `wasm-opt -Oz`), then gzip -9 and
# brotli -11 (Node's zlib). Builds only the front end, not the release server.
# Usage: scripts/bundle-size.sh [--check]
#   --check  fails when the wasm passes its budget: 280,000 bytes gzip (docs/benchmarks.md).
set -euo pipefail
budget=280000
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$repo"
release_tools # rust-src and binaryen's wasm-opt
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cargo run --locked --quiet -p site --bin build-site -- --release --site-root "$out" --hash-dir "$out"

brotli_size() {
  node -e 'const z = require("zlib"); const b = require("fs").readFileSync(process.argv[1]);
    process.stdout.write(String(z.brotliCompressSync(b, { params: {
      [z.constants.BROTLI_PARAM_QUALITY]: 11, [z.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length))' "$1"
}
for file in "$out"/pkg/*.wasm "$out"/pkg/*.js; do
  printf '%-12s %9d bytes, gzip -9 %8d bytes, brotli -11 %8d bytes\n' "${file##*.}" \
    "$(stat -c %s "$file")" "$(gzip -9c "$file" | wc -c)" "$(brotli_size "$file")"
done

if [ "${1:-}" = "--check" ]; then
  wasm_gzip="$(gzip -9c "$out"/pkg/*.wasm | wc -c)"
  if [ "$wasm_gzip" -gt "$budget" ]; then
    echo "bundle-size: the wasm is $wasm_gzip bytes gzip, over its budget of $budget" >&2
    exit 1
  fi
  echo "bundle-size: the wasm is $wasm_gzip bytes gzip, within its budget of $budget"
fi
