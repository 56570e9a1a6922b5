# Sourced by the wasm scripts: picks the toolchain that can build wasm32 on this machine.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR_WASM:-target/wasm}"
# 128-bit SIMD (every browser since 2023, Node 16.4): the tagger's weight rows are summed and
# memchr searches 16 bytes at a time. 3 % faster a real article, 5 % on 1 MB, in A/B pages
# (BENCHMARKS.md, ninth session). Applies to the std that -Zbuild-std compiles too.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-C target-feature=+simd128"
if rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
  WASM_CARGO=(cargo)
  WASM_BUILD_STD=()
else
  # Debian's compiler by explicit path: rustup's proxies come first on PATH otherwise.
  export RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1
  WASM_CARGO=(/usr/bin/cargo)
  WASM_BUILD_STD=(-Zbuild-std=std,panic_abort)
  # The page's release build only (build-wasm.sh): a panic traps at once, as abort did after
  # formatting a message nobody sees, so the bounds checks' panic paths shrink to a trap: 23 KB
  # less gzip and 1.7 % fewer instructions per article (BENCHMARKS.md, sixteenth session). Not
  # for the wasm tests, whose debug build prints a panic through console_error_panic_hook.
  WASM_RELEASE_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
fi
