#!/usr/bin/env bash
# Every test of Rescue Console: formatting, lints, all Rust tests, then the browser tests.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$repo"

step "PostgreSQL and Redis (the shared audit log and sessions of the multi-instance tests)"
scripts/services.sh

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo test"
cargo test --workspace --locked

step "fuzzing every parser briefly (scripts/fuzz.sh, ${FUZZ_SECS:-20} s a target)"
scripts/fuzz.sh

step "building the site (server + hydrate bundle) and the simulator"
cargo leptos build
cargo build --locked -p rescue-sim --bin rescue-sim

step "browser tests (Playwright + Chromium)"
# Each run starts from empty databases: no sessions or audit records left from an earlier run.
rm -rf target/e2e
(cd end2end && npx playwright test)
