#!/usr/bin/env bash
# The first-view figure of the 1,042-row sessions page over a slow network (1.6 Mbit/s down,
# 150 ms latency, emulated by Chromium through the DevTools Protocol) with the release hydrate
# bundle: when the first rows were painted and the live list took over, on a first visit with
# an empty cache and on a repeat visit, and what travelled. Builds the release site as a
# deployment serves it (hashed names, precompressed), runs end2end/tests/first-view.spec.mjs,
# prints the figures, then puts the dev site back. Usage: scripts/first-view-figure.sh
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
source scripts/setup.sh

source scripts/browser-figure.sh
browser_figure first-view test-results/first-view.json FIRST_VIEW=1
