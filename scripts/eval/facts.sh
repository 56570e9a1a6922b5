#!/usr/bin/env bash
# `make eval-facts`: the fact table (people, roles, quotes) scored against hand gold on real text.
# Each folder of tests/fixtures/ with a gold.jsonl and a docs.jsonl is one set; every set is run
# through `factlens annotate --jsonl` and scored by score-facts.py (the project's shared scorer,
# conventions in docs/facts-gold-guidelines.md). MISSES=1 lists every miss.
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --quiet --profile tools --bin factlens
bin=target/tools/factlens
out=target/eval-facts
mkdir -p "$out"
flags=()
[ "${MISSES:-}" = 1 ] && flags+=(--misses)
for gold in tests/fixtures/*/gold.jsonl; do
  set_dir=$(dirname "$gold")
  name=$(basename "$set_dir")
  [ -f "$set_dir/docs.jsonl" ] || continue
  "$bin" annotate --jsonl "$set_dir/docs.jsonl" > "$out/$name.jsonl" 2>/dev/null
  echo "== $name ($(wc -l < "$gold") documents)"
  python3 scripts/eval/score-facts.py "$gold" "$out/$name.jsonl" --json "$out/$name.score.json" ${flags[@]+"${flags[@]}"} \
    | { [ "${MISSES:-}" = 1 ] && cat || tail -n 1; }
done
