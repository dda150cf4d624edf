#!/usr/bin/env bash
# Every test of Rescue Console: formatting, lints, all Rust tests, then the browser tests.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$repo"

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo test"
cargo test --workspace --locked

step "building the site (server + hydrate bundle)"
cargo leptos build

step "browser tests (Playwright + Chromium)"
(cd end2end && npx playwright test)
