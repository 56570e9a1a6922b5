"""factlens.annotate / annotate_many / python -m factlens against the native command line."""

import json
import subprocess
import sys
import threading
import time

import pytest

import factlens
from conftest import FIXTURES, SEED, SHARED

# Non-ASCII on purpose: an emoji (two UTF-16 units, four bytes), accents, curly quotes.
NON_ASCII = (
    "😀 VILNIUS, June 12 — “We are ready,” said Dovilė Šakalienė, Lithuania’s Minister of "
    "National Defence. 🇱🇹 Ms Šakalienė met Kenji Wakamiya in Tōkyō on Friday."
)


def test_seed_article_passes_the_shared_gold_check(tmp_path):
    checker = SHARED / "tools" / "check-gold.py"
    assert checker.is_file(), f"no {checker}: put the project's shared/ beside the clone"
    out = tmp_path / "seed.json"
    out.write_text(json.dumps(factlens.annotate(SEED.read_text(encoding="utf-8"))), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(checker), str(SHARED / "fixtures" / "seed-article.gold.json"), str(out)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_seed_article_people_and_roles():
    people = {p["name"]: p for p in factlens.annotate(SEED.read_text(encoding="utf-8"))["facts"]["people"]}
    roles = {r["title"]: r for r in people["Dovilė Šakalienė"]["roles"]}
    assert roles["Minister of National Defence"]["country"] == "Lithuania"


@pytest.mark.parametrize("unit", ["codepoints", "utf16", "bytes"])
@pytest.mark.parametrize("name", ["non-ascii", "seed"])
def test_same_json_as_the_cli(cli, unit, name):
    text = NON_ASCII if name == "non-ascii" else SEED.read_text(encoding="utf-8")
    expected = json.loads(cli(["annotate", "-", "--offsets", unit], text.encode("utf-8")))
    assert factlens.annotate(text, offsets=unit) == expected


def test_codepoint_offsets_are_python_string_indices():
    ann = factlens.annotate(NON_ASCII)
    assert ann["offsets"] == "codepoints"
    assert ann["entities"], "the text names people and places"
    for e in ann["entities"]:
        assert NON_ASCII[e["start"] : e["end"]] == e["text"]
    for q in ann["facts"]["quotes"]:
        assert q["text"] in NON_ASCII[q["start"] : q["end"]]


def test_date_resolves_relative_dates_as_the_cli_does(cli):
    text = "Officials met on Friday in Paris."
    expected = json.loads(cli(["annotate", "-", "--date", "2025-06-12"], text.encode()))
    ann = factlens.annotate(text, date="2025-06-12")
    assert ann == expected
    assert ann["document"]["date"] == "2025-06-12"


@pytest.mark.parametrize("bad", [b"Vilnius", bytearray(b"x"), None, 42, ["a text"]])
def test_a_text_that_is_not_str_is_a_type_error(bad):
    with pytest.raises(TypeError, match=r"text must be str, not "):
        factlens.annotate(bad)


def test_bytes_error_says_to_decode():
    with pytest.raises(TypeError, match=r"not bytes \(decode it first"):
        factlens.annotate(b"Vilnius")


def test_an_unknown_offsets_name_is_a_value_error():
    with pytest.raises(ValueError, match=r'unknown offsets "chars": one of "codepoints"'):
        factlens.annotate("Vilnius", offsets="chars")


def test_a_malformed_date_is_a_value_error():
    with pytest.raises(ValueError, match=r'date "12/06/2025" is not a day written YYYY-MM-DD'):
        factlens.annotate("Vilnius", date="12/06/2025")


def test_a_lone_surrogate_is_a_value_error():
    with pytest.raises(ValueError, match="lone surrogate"):
        factlens.annotate("a\ud800b")


def test_annotate_many_equals_annotate_one_by_one():
    texts = [json.loads(line)["text"] for line in (FIXTURES / "real-news" / "docs.jsonl").open(encoding="utf-8")]
    texts += [NON_ASCII, "", "   "] * 30  # past one batch of 64, and empty texts
    many = factlens.annotate_many(iter(texts))  # any iterable, here a one-shot iterator
    assert len(many) == len(texts)
    assert many == [factlens.annotate(t) for t in texts]
    assert factlens.annotate_many(texts, offsets="utf16") == [factlens.annotate(t, offsets="utf16") for t in texts]


def test_annotate_many_rejects_bad_items_and_non_iterables():
    with pytest.raises(TypeError, match=r"texts\[2\] must be str, not NoneType"):
        factlens.annotate_many(["a", "b", None])
    with pytest.raises(TypeError, match="not one str"):
        factlens.annotate_many("one text")
    with pytest.raises(TypeError, match="iterable of str, not int"):
        factlens.annotate_many(5)
    assert factlens.annotate_many([]) == []


def test_annotate_many_releases_the_gil():
    """While another thread annotates, this one keeps running: the longest pause between two of
    its steps stays far below the annotation's time (holding the GIL, it would span it)."""
    texts = [SEED.read_text(encoding="utf-8")] * 1000
    worker = threading.Thread(target=factlens.annotate_many, args=(texts,))
    started = time.perf_counter()
    longest, last = 0.0, started
    worker.start()  # returns once the worker runs, and later if the worker holds the GIL
    while worker.is_alive():
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    longest = max(longest, time.perf_counter() - last)  # a GIL held to the end shows here
    took = time.perf_counter() - started
    assert took > 0.2, f"the work is too short to tell ({took:.3f} s): annotate more"
    assert longest < took / 4, f"this thread stood still {longest:.3f} s of {took:.3f} s"


def run_module(args, stdin=b""):
    return subprocess.run([sys.executable, "-m", "factlens", *args], input=stdin, capture_output=True)


@pytest.mark.parametrize(
    "args",
    [
        ["annotate", str(SEED)],
        ["annotate", str(SEED), "--pretty", "--offsets", "utf16"],
        ["annotate", str(SEED), "--format", "csv"],
        ["annotate", str(FIXTURES / "real-news" / "docs.jsonl"), "--jsonl", "--date", "2025-06-12"],
    ],
    ids=["json", "pretty-utf16", "csv", "jsonl"],
)
def test_python_m_factlens_prints_what_the_cli_prints(cli, args):
    done = run_module(args)
    assert done.returncode == 0, done.stderr
    assert done.stdout == cli(args)


def test_python_m_factlens_reads_standard_input(cli):
    done = run_module(["annotate", "-"], NON_ASCII.encode("utf-8"))
    assert done.returncode == 0, done.stderr
    assert done.stdout == cli(["annotate", "-"], NON_ASCII.encode("utf-8"))


def test_python_m_factlens_fails_as_the_cli_does():
    done = run_module(["annotate", "-", "--offsets", "chars"])
    assert done.returncode == 1
    assert done.stderr.decode() == 'factlens: unknown --offsets "chars" (codepoints, utf16, bytes)\n'
    assert run_module(["annotate", "/no/such/file"]).returncode == 1
