# Sourced by the wasm scripts: picks the toolchain that can build wasm32 on this machine.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR_WASM:-target/wasm}"
if rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
  WASM_CARGO=(cargo)
  WASM_BUILD_STD=()
else
  # Debian's compiler by explicit path: rustup's proxies come first on PATH otherwise.
  export RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1
  WASM_CARGO=(/usr/bin/cargo)
  WASM_BUILD_STD=(-Zbuild-std=std,panic_abort)
fi
