#!/usr/bin/env bash
# Installs what building and testing Rescue Console needs, skipping whatever is already there.
# Sourced by scripts/run.sh and scripts/test.sh; safe to run any number of times.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$repo/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }

# The exact wasm-bindgen version the workspace pins; its CLI must match it.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$repo/Cargo.lock"
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    step "adding $component"
    rustup component add "$component"
  fi
done

if [ "$(cargo leptos --version 2>/dev/null)" != "cargo-leptos 0.3.11" ]; then
  step "installing cargo-leptos 0.3.11 (about 25 minutes the first time)"
  # Its lockfile asks for a newer rustc than needed; --ignore-rust-version is known to work.
  cargo install cargo-leptos --version 0.3.11 --locked --ignore-rust-version
fi

wbg="$(wasm_bindgen_version)"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ]; then
  step "installing wasm-bindgen-cli $wbg"
  # Not --locked: its lockfile names a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$wbg"
fi

if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz 0.13.2" ]; then
  step "installing cargo-fuzz 0.13.2 (the fuzz targets in fuzz/)"
  cargo install cargo-fuzz --version 0.13.2 --locked
fi

# Debian packages the tests drive: $1 says whether it is there already, the rest is installed.
debian() {
  local present=$1 why=$2
  shift 2
  if ! eval "$present" >/dev/null 2>&1; then
    step "installing $* from Debian ($why)"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"
  fi
}

debian 'test -x /usr/bin/chromium' "the browser tests" chromium
debian 'test -x /usr/sbin/haproxy' "the reverse proxy of the two-instance test" haproxy
# The API guide's own SOAP and HttpWebRequest samples, run against the simulator.
debian 'php -r "exit(class_exists(\"SoapClient\") ? 0 : 1);"' "the API guide's PHP SOAP sample" php-cli php-soap
debian 'command -v curl' "the API guide's cookie-and-GET sample" curl

# Playwright and binaryen (wasm-opt for release builds); npm never downloads a browser here.
if [ ! -d "$repo/end2end/node_modules/@playwright/test" ] ||
  [ ! -x "$repo/end2end/node_modules/.bin/wasm-opt" ] ||
  [ "$repo/end2end/package-lock.json" -nt "$repo/end2end/node_modules/.package-lock.json" ]; then
  step "installing end2end npm packages"
  (cd "$repo/end2end" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
fi
