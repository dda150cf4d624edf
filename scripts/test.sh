#!/usr/bin/env bash
# Every test of Rescue Console: formatting, lints, all Rust tests, the fuzz targets, the browser
# tests, the release bundle's size budget and the release archive as an operator installs it.
# Each step says what it does and how long it took; the times are listed at the end.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
source "$repo/scripts/setup-tests.sh"
cd "$repo"

step "PostgreSQL and Redis (the shared audit log and sessions of the multi-instance tests)"
scripts/services.sh

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy" "first time about 8 min"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo test" "first time about 10 min"
cargo test --workspace --locked

step "fuzzing every parser briefly (scripts/fuzz.sh, ${FUZZ_SECS:-20} s a target)" \
  "first time about 8 min"
scripts/fuzz.sh

step "building the site, the server and the simulator for the browser tests"
cargo run --locked --quiet -p site --bin build-site
cargo build --locked -p server --bin server -p rescue-sim --bin rescue-sim

step "browser tests (Playwright + Debian's Chromium)" "about 3 min"
# Each run starts from empty databases: no sessions or audit records left from an earlier run.
rm -rf target/e2e
(cd end2end && npx playwright test)

step "the release archive, unpacked and started as an operator would" "first time about 8 min"
# Its output is kept in a file rather than teed to /dev/stderr, which reopening would truncate
# when the run's log is a file; its last line is the archive's path.
scripts/release.sh | tee target/release.log
archive="$(tail -n 1 target/release.log)"
scripts/release-check.sh "$archive"

step "the release bundle's size budget (scripts/bundle-size.sh), as the archive ships it"
# The folder the archive was packed from (scripts/release.sh), its site as shipped.
scripts/bundle-size.sh --check --site "target/release-archive/$(basename "$archive" -x86_64-linux.tar.gz)/site"

step_summary
