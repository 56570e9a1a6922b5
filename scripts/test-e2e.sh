#!/usr/bin/env bash
# End-to-end tests: the real page in Debian's Chromium, driven by playwright-core.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f www/pkg/factlens_bg.wasm ] && [ -f www/sample.txt ] || bash scripts/build-wasm.sh
node --test --test-concurrency=1 tests/e2e/
