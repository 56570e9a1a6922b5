#!/usr/bin/env bash
# tests/web.rs under wasm-bindgen-test in headless Debian Chromium (through chromedriver).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/wasm-env.sh
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/tests/webdriver.json"
export WASM_BINDGEN_TEST_TIMEOUT=120
"${WASM_CARGO[@]}" test --target wasm32-unknown-unknown "${WASM_BUILD_STD[@]}" --test web
