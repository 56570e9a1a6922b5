"""Paths shared by the binding's tests. `make test-python` installs the wheel into
.tools/python and sets FACTLENS_CLI to the native binary the outputs are compared with."""

import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SEED = FIXTURES / "seed-article.txt"
# The shared scorer sits beside the clone (CI has ../shared); FACTLENS_SHARED points elsewhere.
SHARED = pathlib.Path(os.environ.get("FACTLENS_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def cli():
    """Runs the native `factlens` binary: cli(args, stdin=b"") -> stdout bytes."""
    path = pathlib.Path(os.environ.get("FACTLENS_CLI", ROOT / "target" / "debug" / "factlens"))
    assert path.is_file(), f"no factlens binary at {path}: run `cargo build` or set FACTLENS_CLI"

    def run(args, stdin=b""):
        done = subprocess.run([str(path), *args], input=stdin, capture_output=True, check=True)
        return done.stdout

    return run
