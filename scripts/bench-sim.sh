#!/usr/bin/env bash
# Load test of the Rescue simulator on loopback: getSession_v3 and cancelAction with 64
# connections (wrk, from Debian). Prints requests/s; the goal is ≥ 10,000 on 2 cores.
# Usage: scripts/bench-sim.sh [seconds]   (default 10)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds="${1:-10}"
command -v wrk >/dev/null || { apt-get update && apt-get install -y --no-install-recommends wrk; }
cargo build --release -p rescue-sim --quiet

port=7399
target/release/rescue-sim --addr "127.0.0.1:$port" --still --time-scale 0 >/dev/null 2>&1 &
sim=$!
trap 'kill $sim 2>/dev/null' EXIT
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done

base="http://127.0.0.1:$port/API"
cookie=$(curl -s -D - -o /dev/null --data 'email=admin@demo.example&pwd=rescue-demo' "$base/login.aspx" |
  awk -F'[=;]' 'tolower($1) ~ /^set-cookie: asp.net_sessionid/ { print $2 }')
[ -n "$cookie" ] || { echo "login failed" >&2; exit 1; }

lua=$(mktemp --suffix=.lua)
for call in "getSession_v3.aspx|node=337000&noderef=NODE" "cancelAction.aspx|session=1073200001"; do
  page="${call%%|*}"
  body="${call#*|}"
  cat >"$lua" <<LUA
wrk.method = "POST"
wrk.body = "$body"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "ASP.NET_SessionId=$cookie"
LUA
  echo "== $page ($body), 64 connections, ${seconds}s"
  wrk -t2 -c64 -d"${seconds}s" --latency -s "$lua" "$base/$page" | grep -E "Requests/sec|Latency|99%|Non-2xx"
done
rm -f "$lua"
