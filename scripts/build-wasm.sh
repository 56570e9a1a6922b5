#!/usr/bin/env bash
# Builds the wasm module for the page into www/pkg/ and prints its size.
# Uses the rustup wasm32 target when installed; otherwise Debian's rustc-web with the std
# sources (-Zbuild-std), as the README's toolchain section explains.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/wasm-env.sh

CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS+="${WASM_RELEASE_RUSTFLAGS:+ $WASM_RELEASE_RUSTFLAGS}" \
  "${WASM_CARGO[@]}" build --quiet --release --lib --target wasm32-unknown-unknown "${WASM_BUILD_STD[@]}"
wasm="$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/factlens.wasm"
mkdir -p www/pkg
wasm-bindgen --target web --out-dir www/pkg "$wasm"
node scripts/glue-strings.mjs www/pkg/factlens.js
# The tape's decoder (src/wasm/tape.js) is the module's one JS snippet: it goes beside the glue
# under a fixed name, which the service worker and the npm package list.
mv www/pkg/snippets/factlens-*/src/wasm/tape.js www/pkg/tape.js
rm -r www/pkg/snippets
sed -i -E "s#from '\./snippets/factlens-[0-9a-f]+/src/wasm/tape\.js'#from './tape.js'#" www/pkg/factlens.js
grep -q "from './tape.js'" www/pkg/factlens.js || { echo "build-wasm: the glue imports the tape decoder differently" >&2; exit 1; }
# npm binaryen, never Debian's 108: its output fails to load (toolchain notes).
node_modules/.bin/wasm-opt -Oz --enable-simd --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals -o www/pkg/factlens_bg.wasm www/pkg/factlens_bg.wasm
# The page's "Try the sample" article: the seed fixture, one source of truth.
cp tests/fixtures/seed-article.txt www/sample.txt
node scripts/size-report.mjs
