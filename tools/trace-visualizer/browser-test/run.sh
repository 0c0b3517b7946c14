#!/usr/bin/env bash
# Browser test of the trace visualizer: builds reports from the fixture logs and
# checks them in headless Chromium (Debian's package, never a downloaded
# browser) driven by playwright-core, and a report made from a real run of
# target/release/tauraro (built beforehand; this script does not build it).
# Writes docs/img/trace-visualizer.png and docs/img/trace-visualizer-real.png.
# Installs what it needs: chromium (apt, as root) and node_modules (npm ci).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
crate="$(dirname "$here")"
repo="$(cd "$crate/../.." && pwd)"

if ! command -v chromium >/dev/null 2>&1; then
  echo "== installing chromium (Debian package)"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null
fi
cd "$here"
if [ ! -d node_modules/playwright-core ]; then
  echo "== npm ci (playwright-core only; no browser download)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

work="$(mktemp -d /tmp/viz-browser-test-XXXXXX)"
trap 'rm -rf "$work"' EXIT
cd "$repo"
# --release: CI builds release anyway, and then this reuses its binary.
echo "== generating reports"
cargo run -q --release -p trace-visualizer --example make-big-log -- 600 > "$work/big.jsonl"
cargo run -q --release -p trace-visualizer -- tools/trace-visualizer/tests/fixtures/small.jsonl -o "$work/small.html"
cargo run -q --release -p trace-visualizer -- "$work/big.jsonl" -o "$work/big.html"
cargo run -q --release -p trace-visualizer -- tools/trace-visualizer/tests/fixtures/aarch64.jsonl -o "$work/aarch64.html"
# A real run: range_mod.py records one loop trace and two side traces.
tauraro="$repo/target/release/tauraro"
if [ ! -x "$tauraro" ]; then
  echo "missing $tauraro: build it first (cargo build --release)" >&2
  exit 1
fi
TAURARO_TRACE_JSON="$work/real.jsonl" "$tauraro" "$repo/traces/range_mod.py" >/dev/null
cargo run -q --release -p trace-visualizer -- "$work/real.jsonl" -o "$work/real.html"
mkdir -p docs/img
echo "== chromium $(chromium --version 2>/dev/null | head -1)"
node "$here/test.mjs" "$work/small.html" "$work/big.html" "$repo/docs/img/trace-visualizer.png" "$work/aarch64.html" \
  "$work/real.html" "$repo/docs/img/trace-visualizer-real.png"
