#!/usr/bin/env bash
# Builds and starts the dashboard on http://127.0.0.1:3000 (demo mode unless RESCUE_API_URL
# is set). Extra arguments go to the server, e.g. `--help` for every setting. The first run on
# a fresh machine compiles the workspace (about 10 minutes on 2 cores); later runs take seconds.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$repo"

step "building the site: the browser bundle, its styles and assets (scripts/site)" \
  "first time about 4 min, then seconds"
cargo run --locked --quiet -p site --bin build-site

step "building the server" "first time about 7 min, then seconds"
cargo build --locked -p server --bin server

step_finish
printf '\n==> Rescue Console on http://%s (Ctrl-C stops it)\n' "${LEPTOS_SITE_ADDR:-127.0.0.1:3000}"
# The site settings as cargo-leptos would pass them (Cargo.toml's [[workspace.metadata.leptos]]).
export LEPTOS_SITE_ROOT="${LEPTOS_SITE_ROOT:-target/site}" LEPTOS_SITE_PKG_DIR="${LEPTOS_SITE_PKG_DIR:-pkg}"
export LEPTOS_OUTPUT_NAME="${LEPTOS_OUTPUT_NAME:-rescue-console}"
exec target/debug/server "$@"
