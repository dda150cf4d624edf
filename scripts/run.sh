#!/usr/bin/env bash
# Builds and starts the dashboard on http://127.0.0.1:3000 (demo mode unless RESCUE_API_URL
# is set). Extra arguments go to `cargo leptos serve`, e.g. `--release`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$repo"
step "building and starting Rescue Console"
exec cargo leptos serve "$@"
