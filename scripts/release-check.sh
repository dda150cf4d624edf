#!/usr/bin/env bash
# Checks a release archive as an operator would use it: unpacked into an empty folder, the
# binary started from there in demo mode, its sign-in page, its bundle (precompressed) and
# /healthz read, and the unit and HAProxy files accepted by their own tools.
# Usage: scripts/release-check.sh target/rescue-console-<version>-x86_64-linux.tar.gz
set -euo pipefail
archive="$(realpath "$1")"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$dir"
}
trap cleanup EXIT
fail() {
  echo "release check: $*" >&2
  if [ -f "$dir/server.log" ]; then tail -n 40 "$dir/server.log" >&2; fi
  exit 1
}

# Free loopback ports for the dashboard and the operator's endpoints.
port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
site_port="$(port)"
metrics_port="$(port)"

tar -xzf "$archive" -C "$dir"
cd "$dir"/rescue-console-*/
for file in rescue-console hash.txt site rescue-console.env rescue-console.service haproxy.cfg INSTALL.md; do
  [ -e "$file" ] || fail "the archive has no $file"
done

# As INSTALL.md's "Try it" says, with nothing else: no variable of this shell leaks in, and
# the server finds the site beside itself.
env -i PATH=/usr/bin:/bin HOME="$dir" LEPTOS_ENV=PROD \
  LEPTOS_SITE_ADDR="127.0.0.1:$site_port" METRICS_ADDR="127.0.0.1:$metrics_port" \
  DATABASE_URL="sqlite://$dir/console.db" ./rescue-console >"$dir/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$metrics_port/healthz" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || fail "the server stopped"
  sleep 0.2
done
curl -fsS "http://127.0.0.1:$metrics_port/healthz" >/dev/null || fail "/healthz does not answer"

[ "$(curl -fsS "http://127.0.0.1:$site_port/healthz")" = ok ] || fail "/healthz on the site's port does not say ok"
page="$(curl -fsS "http://127.0.0.1:$site_port/login")" || fail "/login does not answer"
grep -q 'Demo mode' <<<"$page" || fail "/login is not the demo sign-in page"
# Every bundle file the page names is served, brotli-compressed as the archive ships it.
files="$(grep -oE '/pkg/rescue-console\.[A-Za-z0-9_-]+\.(js|wasm|css)' <<<"$page" | sort -u)"
for ext in js wasm css; do grep -q "\.$ext\$" <<<"$files" || fail "/login names no .$ext file"; done
for file in $files; do
  encoding="$(curl -fsS -o /dev/null -D - -H 'Accept-Encoding: br' "http://127.0.0.1:$site_port$file" |
    tr -d '\r' | awk -F': ' 'tolower($1) == "content-encoding" { print $2 }')" ||
    fail "$file is not served"
  [ "$encoding" = "br" ] || fail "$file is not served brotli-compressed (got '${encoding:-none}')"
done

if command -v systemd-analyze >/dev/null; then
  # The unit's paths point at the installed layout; checked against this folder instead.
  sed "s|/opt/rescue-console/rescue-console|$PWD/rescue-console|; s|^EnvironmentFile=.*|EnvironmentFile=$PWD/rescue-console.env|" \
    rescue-console.service >"$dir/rescue-console.service"
  # It exits 0 on a key it does not know or a value it cannot parse, and only says so.
  said="$(systemd-analyze verify "$dir/rescue-console.service" 2>&1)" || fail "systemd-analyze rejects the unit: $said"
  [ -z "$said" ] || fail "systemd-analyze finds fault with the unit: $said"
else
  echo "release check: systemd-analyze is not installed; the unit is not checked"
fi
if command -v haproxy >/dev/null; then
  openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=localhost -days 1 \
    -keyout "$dir/key.pem" -out "$dir/cert.pem" 2>/dev/null
  cat "$dir/cert.pem" "$dir/key.pem" >"$dir/console.pem"
  sed "s|/etc/haproxy/certs/console.pem|$dir/console.pem|" haproxy.cfg >"$dir/haproxy.cfg"
  said="$(haproxy -c -f "$dir/haproxy.cfg" 2>&1)" || fail "haproxy rejects haproxy.cfg: $said"
  ! grep -q WARNING <<<"$said" || fail "haproxy warns about haproxy.cfg: $said"
else
  echo "release check: haproxy is not installed; haproxy.cfg is not checked"
fi
echo "release check: $(basename "$archive") unpacked, served /login, its bundle and /healthz"
