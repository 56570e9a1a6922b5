#!/usr/bin/env python3
"""Builds tests/fixtures/business-sports/gold.jsonl from the hand gold.

sentences.tsv: `<GMB dev sentence number>\t<text>` (text rebuilt from GMB's tokens as
factlens-eval rebuilds it); annotations.tsv: `<number>\tLABEL=surface; LABEL=surface#2; …`
(`#n`: the n-th occurrence of the surface, whole words only). Writes one JSON object per
sentence in the standoff format of gum_standoff.jsonl (code-point offsets), genre
"business-sports", split "test", so `factlens-eval` reads it with the GUM reader.
Fails on a surface that is not in its sentence. Run from the repository root.
"""
import json
import re
import sys

DIR = "tests/fixtures/business-sports"
LABELS = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT"}


def main():
    texts = {}
    for line in open(f"{DIR}/sentences.tsv", encoding="utf-8"):
        n, text = line.rstrip("\n").split("\t", 1)
        texts[n] = text
    out = []
    errors = []
    for line in open(f"{DIR}/annotations.tsv", encoding="utf-8"):
        n, _, spec = line.rstrip("\n").partition("\t")
        text = texts.pop(n)
        ents = []
        for item in filter(None, (s.strip() for s in spec.split(";"))):
            label, surface = item.split("=", 1)
            nth = 1
            if re.search(r"#\d+$", surface):
                surface, nth = surface.rsplit("#", 1)
                nth = int(nth)
            if label not in LABELS:
                errors.append(f"{n}: unknown label {label}")
                continue
            pat = r"(?<!\w)" + re.escape(surface) + r"(?!\w)"
            found = [m.start() for m in re.finditer(pat, text)]
            if len(found) < nth:
                errors.append(f"{n}: {surface!r} (#{nth}) not in {text!r}")
                continue
            start = found[nth - 1]
            ents.append({"start": start, "end": start + len(surface), "label": label})
        ents.sort(key=lambda e: e["start"])
        for a, b in zip(ents, ents[1:]):
            if a["end"] > b["start"]:
                errors.append(f"{n}: overlapping gold {a} {b}")
        out.append({
            "id": f"gmb-dev-{n}",
            "genre": "business-sports",
            "split": "test",
            "text": text,
            "entities": ents,
        })
    if texts:
        errors.append(f"sentences without annotation: {sorted(texts)}")
    if errors:
        sys.exit("\n".join(errors))
    with open(f"{DIR}/gold.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    counts = {}
    for o in out:
        for e in o["entities"]:
            counts[e["label"]] = counts.get(e["label"], 0) + 1
    print(f"{len(out)} sentences, entities: {dict(sorted(counts.items()))}")


main()
