#!/usr/bin/env bash
# Runs the fuzz targets in fuzz/ with cargo-fuzz (libFuzzer): every target for $FUZZ_SECS
# seconds (default 20), or one target: `scripts/fuzz.sh <target> [seconds]`.
#
# Each target starts from its corpus in fuzz/corpus/<target> (seeded from the tests' fixtures)
# and adds what it finds to a scratch copy under target/, so a short run in the test command
# never rewrites the repository. A crash stops the run and leaves its input in
# target/fuzz/artifacts/<target>/ to be turned into a test.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

# libFuzzer's instrumentation flags are nightly-only; the toolchain here is stable.
export RUSTC_BOOTSTRAP=1
targets=(reply_framing session_table hierarchy report_xml outcome_lines dashboard_queries dashboard_forms wide_replies hierarchy_picker)
secs="${FUZZ_SECS:-20}"
if [[ $# -ge 1 ]]; then
  targets=("$1")
  secs="${2:-$secs}"
fi

# The product's code is safe Rust: the address sanitizer would only slow the search down.
# Debug assertions (overflow checks) stay on, so arithmetic that could wrap is a crash.
flags=(--fuzz-dir fuzz --target-dir target/fuzz --sanitizer none --debug-assertions)
cargo fuzz build "${flags[@]}"
for target in "${targets[@]}"; do
  scratch="target/fuzz/corpus/$target"
  mkdir -p "$scratch" "target/fuzz/artifacts/$target" "fuzz/corpus/$target"
  log="target/fuzz/$target.log"
  echo "== fuzzing $target for ${secs}s"
  if ! cargo fuzz run "${flags[@]}" "$target" "$scratch" "fuzz/corpus/$target" -- \
    -max_total_time="$secs" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
    -artifact_prefix="target/fuzz/artifacts/$target/" -print_final_stats=1 >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "fuzz target $target failed; its input is in target/fuzz/artifacts/$target/" >&2
    exit 1
  fi
  grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb)" "$log" || true
  echo "corpus: $(find "$scratch" -type f | wc -l) inputs"
done
