"""examples/spark_annotate.py in Spark's local mode (spark-submit --master local[2]) on a few
hundred articles, its Parquet read back with pyarrow and checked against factlens.annotate.
Run by `make test-python` with the wheel installed in .tools/python (scripts/test-python.sh)."""

import json
import os
import pathlib
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import factlens

ROOT = pathlib.Path(__file__).resolve().parents[1]
JOB = ROOT / "examples" / "spark_annotate.py"
FIXTURES = ROOT / "tests" / "fixtures"
COPIES = 3


def articles():
    """Every fixture corpus's articles and the seed article, COPIES times with fresh ids."""
    base = [{"id": "seed", "text": (FIXTURES / "seed-article.txt").read_text(encoding="utf-8")}]
    for docs in sorted(FIXTURES.glob("*/docs.jsonl")):
        base += [json.loads(line) for line in docs.open(encoding="utf-8") if line.strip()]
    return [{"id": f"{a['id']}#{k}", "text": a["text"]} for k in range(COPIES) for a in base]


def spark_submit(*args):
    """Runs the job; returns its standard output (the log, on failure, in the assertion)."""
    bin_dir = pathlib.Path(sys.executable).parent
    env = dict(
        os.environ,
        PYSPARK_PYTHON=sys.executable,  # the executors' Python: the venv with the wheel
        PYSPARK_DRIVER_PYTHON=sys.executable,
        SPARK_LOCAL_IP="127.0.0.1",
    )
    cmd = [str(bin_dir / "spark-submit"), "--master", "local[2]", "--conf", "spark.ui.enabled=false"]
    done = subprocess.run([*cmd, str(JOB), *map(str, args)], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stdout + done.stderr[-5000:]
    return done.stdout


@pytest.fixture(scope="module")
def jsonl_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("spark")
    rows = articles()
    corpus = tmp / "articles.jsonl"
    with corpus.open("w", encoding="utf-8") as f:
        for row in rows + [{"id": "no-text"}]:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    stdout = spark_submit(corpus, tmp / "facts.parquet", "--partitions", 4)
    return rows, stdout, pq.read_table(tmp / "facts.parquet")


def test_one_row_per_article(jsonl_run):
    rows, stdout, table = jsonl_run
    assert len(rows) > 300
    assert table.num_rows == len(rows) + 1
    assert sorted(table.column("id").to_pylist()) == sorted([r["id"] for r in rows] + ["no-text"])
    assert f"spark_annotate: {len(rows) + 1} articles in" in stdout


def test_schema_is_the_documented_one(jsonl_run):
    schema = jsonl_run[2].schema
    assert schema.names == ["id", "date", "people", "roles", "quotes", "error"]
    role = schema.field("roles").type.value_type
    assert [f.name for f in role] == ["person_id", "person", "title", "organization", "country", "rule", "start", "end"]
    assert role.field("start").type == pa.int32()


def test_a_known_fact_is_in_the_table(jsonl_run):
    facts = {r["id"]: r for r in jsonl_run[2].to_pylist()}
    seed = facts["seed#1"]
    assert seed["date"] == "2025-06-12"
    roles = {(r["person"], r["title"], r["country"]) for r in seed["roles"]}
    assert ("Dovilė Šakalienė", "Minister of National Defence", "Lithuania") in roles
    assert {p["name"] for p in seed["people"]} >= {"Dovilė Šakalienė", "Kenji Wakamiya"}
    assert len(seed["quotes"]) == 2


def test_every_row_holds_what_factlens_annotate_gives(jsonl_run):
    rows, _, table = jsonl_run
    facts = {r["id"]: r for r in table.to_pylist()}
    for row in rows:
        ann = factlens.annotate(row["text"])["facts"]
        got = facts[row["id"]]
        assert [p["name"] for p in got["people"]] == [p["name"] for p in ann["people"]], row["id"]
        assert [r["title"] for r in got["roles"]] == [r["title"] for p in ann["people"] for r in p["roles"]]
        assert [(q["speaker"], q["start"]) for q in got["quotes"]] == [(q["speaker"], q["start"]) for q in ann["quotes"]]
        assert got["error"] is None


def test_a_row_without_text_is_an_error_row(jsonl_run):
    bad = [r for r in jsonl_run[2].to_pylist() if r["id"] == "no-text"][0]
    assert bad["error"] == "text is missing or not a string"
    assert bad["people"] == bad["roles"] == bad["quotes"] == []


def test_parquet_input_with_ids_and_dates(tmp_path):
    texts = ["Officials met on Friday in Paris.", "John Smith, the chief executive of Acme, resigned."]
    corpus = tmp_path / "articles.parquet"
    pq.write_table(pa.table({"id": [7, 8], "text": texts, "date": ["2025-06-12", None]}), corpus)
    spark_submit(corpus, tmp_path / "facts.parquet", "--date", "2024-01-01")
    out = {r["id"]: r for r in pq.read_table(tmp_path / "facts.parquet").to_pylist()}
    assert out["7"]["date"] == "2025-06-12"  # the row's own date
    assert out["8"]["date"] == "2024-01-01"  # --date for a row without one
    roles = [(r["person"], r["title"], r["organization"], r["rule"]) for r in out["8"]["roles"]]
    assert roles == [("John Smith", "chief executive", "Acme", "appositive")]
