#!/usr/bin/env bash
# Builds the release archive an operator installs:
#   target/rescue-console-<version>-x86_64-linux.tar.gz
# holding rescue-console-<version>/ with the server binary (`rescue-console`), the hash.txt it
# reads beside itself, the site (the release browser bundle, precompressed, its styles and
# assets), a hardened systemd unit, an HAProxy config terminating TLS in front of it, the
# settings file naming every setting, and INSTALL.md. Prints the archive's path last.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$repo"
release_tools # rust-src and binaryen's wasm-opt

version="$(awk -F'"' '/^\[workspace.package\]/ { section = 1 } section && /^version/ { print $2; exit }' Cargo.toml)"
name="rescue-console-$version"
stage="target/release-archive/$name"
archive="target/$name-x86_64-linux.tar.gz"
rm -rf "$stage"
mkdir -p "$stage"

step "building the release browser bundle (wasm-release profile, wasm-opt -Oz, brotli and gzip copies)" \
  "first time about 3 min, then seconds"
cargo run --locked --quiet -p site --bin build-site -- --release --precompress \
  --site-root "$stage/site" --hash-dir "$stage"

step "building the release server" "first time about 7 min"
cargo build --locked --release -p server --bin server

step "packing $archive"
install -m 0755 target/release/server "$stage/rescue-console"
install -m 0644 deploy/rescue-console.service deploy/haproxy.cfg deploy/INSTALL.md "$stage/"
install -m 0600 deploy/rescue-console.env "$stage/"
# Owner, group and times fixed: the same sources give the same archive listing.
tar --owner=0 --group=0 --numeric-owner --mtime='2000-01-01 00:00Z' --sort=name \
  -C target/release-archive -czf "$archive" "$name"
step_finish
echo "$archive"
