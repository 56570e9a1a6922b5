#!/usr/bin/env bash
# `make test-python`: the Python package end to end, each part timed. Installs the pinned tools
# (scripts/setup-python.sh), checks the binding crate's format and lints, builds the abi3 wheel
# (`make wheel`) and the native CLI the outputs are compared with, installs the wheel into
# .tools/python, then runs pytest on python/tests/ and the Spark example's local-mode test
# (examples/test_spark_annotate.py).
set -euo pipefail
cd "$(dirname "$0")/.."

timings=()
step() { # step NAME COMMAND…: runs and times one part
  local name=$1 t0=$SECONDS
  shift
  "$@"
  timings+=("$name $((SECONDS - t0)) s")
}

venv=.tools/python
step "setup (venv, pip installs)" bash scripts/setup-python.sh
# The root `make check` covers the root crate only; python/ is its own workspace.
step "fmt + clippy (python crate)" bash -c 'cargo fmt --check --manifest-path python/Cargo.toml &&
  cargo clippy --quiet --manifest-path python/Cargo.toml --target-dir target/python --all-targets -- -D warnings'
step "wheel (maturin, profile tools)" make --no-print-directory wheel
# The binary the tests compare with; `cargo test` (make test-native) has usually built it.
step "cli (cargo build)" cargo build --quiet --bin factlens
wheel=$(ls -t target/wheels/factlens-*-abi3-*.whl | head -n 1)
step "wheel install" "$venv/bin/pip" install --quiet --disable-pip-version-check --force-reinstall --no-deps "$wheel"
export FACTLENS_CLI=$PWD/target/debug/factlens
# -p no:cacheprovider: nothing written into the source tree. Run from python/tests' parent so
# `import factlens` finds the installed wheel, never python/factlens/ without its native module.
step "pytest python/tests" "$venv/bin/python" -m pytest -q -p no:cacheprovider python/tests
step "spark test (local mode)" "$venv/bin/python" -m pytest -q -p no:cacheprovider examples/test_spark_annotate.py
printf 'test-python: %s\n' "${timings[@]}"
