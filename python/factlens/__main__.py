"""``python -m factlens annotate [FILE|-] [--offsets …] [--format …] [--pretty] [--jsonl] [--date …]``:
the command line ``factlens``, the same Rust code as the native binary (factlens::cli)."""

import sys

from ._factlens import cli_main


def main() -> int:
    # Rust writes to the process's standard output itself: nothing of Python's may wait behind it.
    sys.stdout.flush()
    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
