#!/usr/bin/env bash
# What the tests need besides what running needs (scripts/setup.sh, sourced first): rustfmt and
# clippy, cargo-fuzz, Chromium, HAProxy, PHP, curl and the npm packages (Playwright, axe, the
# test identity provider, binaryen's wasm-opt for release bundles). Sourced by scripts/test.sh;
# safe to run any number of times.
set -euo pipefail

for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    step "adding $component" "about 20 s"
    rustup component add "$component"
  fi
done

if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz 0.13.2" ]; then
  step "installing cargo-fuzz 0.13.2 (the fuzz targets in fuzz/)" "about 40 s"
  # A tool run for seconds: no link-time optimisation needed.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install cargo-fuzz --version 0.13.2 --locked
fi

# Debian packages the tests drive: $1 says whether it is there already, the rest is installed.
debian() {
  local present=$1 why=$2
  shift 2
  if ! eval "$present" >/dev/null 2>&1; then
    step "installing $* from Debian ($why)" "about a minute"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"
  fi
}

debian 'test -x /usr/bin/chromium' "the browser tests" chromium
debian 'test -x /usr/sbin/haproxy' "the reverse proxy of the two-instance test" haproxy
# The API guide's own SOAP and HttpWebRequest samples, run against the simulator.
debian 'php -r "exit(class_exists(\"SoapClient\") ? 0 : 1);"' "the API guide's PHP SOAP sample" php-cli php-soap
debian 'command -v curl' "the API guide's cookie-and-GET sample" curl

release_tools
