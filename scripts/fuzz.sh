#!/usr/bin/env bash
# Runs the cargo-fuzz targets in fuzz/ one after another (2 shared cores: never in parallel).
#   bash scripts/fuzz.sh                 # every target, 60 s each
#   bash scripts/fuzz.sh 600 annotate    # one target, 10 minutes
# Needs the nightly toolchain (libFuzzer instrumentation); installs cargo-fuzz when missing.
# A crash leaves its input in fuzz/artifacts/<target>/; turn it into a case in tests/cli.rs or
# tests/properties.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(annotate tokenize jsonl_line offsets)

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR_FUZZ:-$PWD/fuzz/target}"
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  # Seed every target with the fixtures so it starts from real news text (as JSONL lines for
  # the JSONL reader).
  if [ "$t" = jsonl_line ]; then
    python3 -c 'import json,sys
for i,p in enumerate(sys.argv[2:]):
    open(f"{sys.argv[1]}/seed{i}.jsonl","w").write(json.dumps({"id":i,"text":open(p).read()})+"\n")' \
      "fuzz/corpus/$t" tests/fixtures/*.txt
  else
    cp tests/fixtures/*.txt "fuzz/corpus/$t/"
  fi
  echo "fuzz: $t for ${seconds}s"
  nice -n 19 cargo +nightly fuzz run "$t" "fuzz/corpus/$t" -- \
    -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=2048 -print_final_stats=1
done
