#!/usr/bin/env bash
# The browser figure of the live sessions list: how long a refresh of 1,042 rows takes to
# re-render in Chromium with the release hydrate bundle (the dev bundle the browser tests use
# is unoptimised and several times slower). Puts the release bundle in target/site/pkg, runs
# the crowd browser test (which reads the Performance API measure `sessions-rerender`), prints
# the figures, then puts the dev bundle back. Usage: scripts/rerender-figure.sh
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
source scripts/setup.sh

cargo build --locked -p rescue-sim --bin rescue-sim --quiet
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
source scripts/release-bundle.sh
release_bundle "$out"
# cargo-leptos serves the bundle as rescue-console.{js,wasm}.
cargo leptos build >/dev/null 2>&1
cp "$out/opt.wasm" target/site/pkg/rescue-console.wasm
cp "$out/rescue-console.js" target/site/pkg/rescue-console.js

rm -rf target/e2e
status=0
(cd end2end && npx playwright test crowd --project hydrated --reporter line) || status=$?
cat end2end/test-results/rerender.json 2>/dev/null || true

step "putting the dev bundle back"
cargo leptos build >/dev/null 2>&1
exit "$status"
