#!/usr/bin/env bash
# What building and running Rescue Console needs, and nothing more: the wasm32 target of the
# installed Rust. The site is built by the workspace's own builder (scripts/site), so neither
# cargo-leptos nor the wasm-bindgen CLI is installed. Sourced by scripts/run.sh, scripts/test.sh
# and scripts/release.sh; safe to run any number of times.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$repo/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# `step WHAT [HOW LONG]` starts a step: it says what it does and about how long that takes,
# and the step before it says how long it took. Every step's time is listed at the end.
step_names=()
step_secs=()
step_started=""
step() {
  step_finish
  printf '\n==> %s\n' "$1"
  if [ $# -gt 1 ]; then printf '    (%s)\n' "$2"; fi
  step_names+=("$1")
  step_started=$SECONDS
}
step_finish() {
  if [ -n "$step_started" ]; then
    local took=$((SECONDS - step_started))
    step_secs+=("$took")
    printf '    took %dm%02ds\n' $((took / 60)) $((took % 60))
    step_started=""
  fi
}
# `step_summary`: each step with its time (for the end of a long run).
step_summary() {
  step_finish
  local i
  printf '\n==> time per step\n'
  for i in "${!step_secs[@]}"; do
    printf '    %4dm%02ds  %s\n' $((step_secs[i] / 60)) $((step_secs[i] % 60)) "${step_names[i]}"
  done
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32 target (the browser bundle)" "about 15 s"
  rustup target add wasm32-unknown-unknown
fi

# `npm_packages`: the npm packages of end2end/ (Playwright and the browser-test helpers, and
# binaryen, whose wasm-opt shrinks release bundles: Debian's is too old to keep them working).
# npm never downloads a browser here: the tests drive Debian's Chromium.
npm_packages() {
  if [ ! -d "$repo/end2end/node_modules/@playwright/test" ] ||
    [ ! -x "$repo/end2end/node_modules/.bin/wasm-opt" ] ||
    [ "$repo/end2end/package-lock.json" -nt "$repo/end2end/node_modules/.package-lock.json" ]; then
    step "installing the npm packages of end2end/" "about a minute"
    (cd "$repo/end2end" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  fi
}

# `release_tools`: what release bundles need besides that: the toolchain's rust-src (the site
# builder rebuilds the standard library for size) and the npm packages (binaryen's wasm-opt).
release_tools() {
  if ! rustup component list --installed | grep -q '^rust-src'; then
    step "adding rust-src (release bundles rebuild the standard library for size)" "about 10 s"
    rustup component add rust-src
  fi
  npm_packages
}
