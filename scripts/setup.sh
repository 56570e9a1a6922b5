#!/usr/bin/env bash
# Installs whatever this project needs and is missing; a second run only checks and returns.
# Debian packages (the wasm32 toolchain route of the README, Chromium), wasm-bindgen-cli at
# exactly the version Cargo.toml pins, and the npm dev packages from package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
# The wasm32 std: Debian's rustc-web ships its sources; rustup cannot download a target here.
if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
  for pkg in rustc-web cargo-web rust-web-src rust-web-llvm lld-22; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
  done
fi
for pkg in chromium chromium-driver python3 nodejs npm gzip; do
  dpkg -s "$pkg" >/dev/null 2>&1 || command -v "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# rustfmt and clippy for the test command's checks.
for comp in rustfmt clippy; do
  rustup component list --installed 2>/dev/null | grep -q "^$comp" || rustup component add "$comp"
done

wb_version=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wb_version" ]; then
  echo "setup: installing wasm-bindgen-cli $wb_version (about two minutes, once)"
  # Not --locked: one locked dependency is missing from the registry mirror (toolchain notes).
  cargo install --quiet wasm-bindgen-cli --version "=$wb_version"
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm dev packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
fi
echo "setup: all tools present"
