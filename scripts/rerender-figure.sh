#!/usr/bin/env bash
# The browser figure of the live sessions list: how long a refresh of 1,042 rows takes to
# re-render in Chromium with the release hydrate bundle (the dev bundle the browser tests use
# is unoptimised and several times slower). Builds the release site, runs
# the crowd browser test (which reads the Performance API measure `sessions-rerender`), prints
# the figures, then puts the dev bundle back. Usage: scripts/rerender-figure.sh
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
source scripts/setup.sh

source scripts/browser-figure.sh
browser_figure crowd test-results/rerender.json RERENDER=1
