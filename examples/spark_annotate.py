"""Annotates a corpus of news articles with PySpark and writes the fact table as Parquet.

    spark-submit examples/spark_annotate.py INPUT OUTPUT [--input-format auto|jsonl|parquet]
                 [--offsets codepoints|utf16|bytes] [--date YYYY-MM-DD] [--partitions N]

INPUT is JSONL or Parquet with one article per row: ``id`` (any type, written as a string) and
``text`` (string); an optional ``date`` column (YYYY-MM-DD) is each article's date, ``--date``
the default. Each executor needs the ``factlens`` wheel installed (README, "Spark"); the
annotation runs in ``mapPartitions``, importing factlens inside the partition function (one
annotator per partition, nothing pickled but rows).

OUTPUT (Parquet, overwritten) has one row per article, the fact table nested in it:

    id       string                 the input id
    date     string                 document.date: the article date used (null if none)
    people   array<struct<id, name: string, mentions, quotes: int>>
             every person; mentions = how often named, quotes = quotes attributed to them
    roles    array<struct<person_id, person, title, organization, country, rule: string,
                          start, end: int>>
             one per (person, role); organization/country null when the text names none;
             rule = the fact rule that read it (first evidence); start/end in --offsets units
    quotes   array<struct<id, speaker, speaker_id, text, rule: string, start, end: int>>
             every quotation; speaker/speaker_id null when no speaker was found
    error    string                 why the row was not annotated (text missing or not a
                                    string; its arrays are then empty), else null

Flat tables are one ``explode`` away: ``df.select("id", F.explode("roles").alias("r"))
.select("id", "r.*")``. The job prints the articles it annotated and articles/s.
"""

import argparse
import itertools
import sys
import time

from pyspark.sql import SparkSession
from pyspark.sql import types as T

# How many articles go to factlens.annotate_many at a time (it releases the GIL while it works).
BATCH = 64

PERSON = T.StructType(
    [
        T.StructField("id", T.StringType()),
        T.StructField("name", T.StringType()),
        T.StructField("mentions", T.IntegerType()),
        T.StructField("quotes", T.IntegerType()),
    ]
)
ROLE = T.StructType(
    [
        T.StructField("person_id", T.StringType()),
        T.StructField("person", T.StringType()),
        T.StructField("title", T.StringType()),
        T.StructField("organization", T.StringType()),
        T.StructField("country", T.StringType()),
        T.StructField("rule", T.StringType()),
        T.StructField("start", T.IntegerType()),
        T.StructField("end", T.IntegerType()),
    ]
)
QUOTE = T.StructType(
    [
        T.StructField("id", T.StringType()),
        T.StructField("speaker", T.StringType()),
        T.StructField("speaker_id", T.StringType()),
        T.StructField("text", T.StringType()),
        T.StructField("rule", T.StringType()),
        T.StructField("start", T.IntegerType()),
        T.StructField("end", T.IntegerType()),
    ]
)
SCHEMA = T.StructType(
    [
        T.StructField("id", T.StringType()),
        T.StructField("date", T.StringType()),
        T.StructField("people", T.ArrayType(PERSON)),
        T.StructField("roles", T.ArrayType(ROLE)),
        T.StructField("quotes", T.ArrayType(QUOTE)),
        T.StructField("error", T.StringType()),
    ]
)


def fact_row(article_id, ann):
    """One output row (a tuple in SCHEMA's order) from one factlens annotation."""
    facts = ann["facts"]
    people = [(p["id"], p["name"], len(p["mentions"]), len(p["quotes"])) for p in facts["people"]]
    roles = [
        (
            p["id"],
            p["name"],
            r["title"],
            r.get("organization"),
            r.get("country"),
            r["evidence"][0]["rule"] if r["evidence"] else None,
            r["start"],
            r["end"],
        )
        for p in facts["people"]
        for r in p["roles"]
    ]
    quotes = [
        (q["id"], q["speaker"], q["speaker_id"], q["text"], q["rule"], q["start"], q["end"])
        for q in facts["quotes"]
    ]
    return (article_id, ann["document"].get("date"), people, roles, quotes, None)


def annotate_partition(rows, offsets="codepoints", default_date=None):
    """mapPartitions: the rows of one partition -> their fact rows, annotated in batches."""
    import factlens  # on the executor: one module (one annotator) per Python worker

    rows = iter(rows)
    while True:
        batch = list(itertools.islice(rows, BATCH))
        if not batch:
            return
        # Rows of one article date are annotated together; most corpora have one date or none.
        good, bad = [], []
        for row in batch:
            article_id = None if row["id"] is None else str(row["id"])
            if isinstance(row["text"], str):
                good.append((article_id, row["text"], row["date"] or default_date))
            else:
                bad.append((article_id, None, [], [], [], "text is missing or not a string"))
        for date, group in itertools.groupby(good, key=lambda g: g[2]):
            group = list(group)
            anns = factlens.annotate_many([g[1] for g in group], offsets=offsets, date=date)
            for (article_id, _, _), ann in zip(group, anns):
                yield fact_row(article_id, ann)
        yield from bad


def read_articles(spark, path, input_format):
    if input_format == "auto":
        input_format = "parquet" if path.rstrip("/").endswith(".parquet") else "jsonl"
    df = spark.read.parquet(path) if input_format == "parquet" else spark.read.json(path)
    missing = {"id", "text"} - set(df.columns)
    if missing:
        sys.exit(f"spark_annotate: {path} has no column {', '.join(sorted(missing))}")
    date = df["date"].cast("string") if "date" in df.columns else None
    from pyspark.sql import functions as F

    return df.select(
        df["id"].cast("string").alias("id"),
        df["text"],
        (date if date is not None else F.lit(None).cast("string")).alias("date"),
    )


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--input-format", choices=["auto", "jsonl", "parquet"], default="auto")
    ap.add_argument("--offsets", choices=["codepoints", "utf16", "bytes"], default="codepoints")
    ap.add_argument("--date", help="article date (YYYY-MM-DD) of rows without their own")
    ap.add_argument("--partitions", type=int, help="repartition the input into N partitions")
    args = ap.parse_args(argv)

    spark = SparkSession.builder.appName("factlens-annotate").getOrCreate()
    articles = read_articles(spark, args.input, args.input_format)
    if args.partitions:
        articles = articles.repartition(args.partitions)
    offsets, date = args.offsets, args.date
    facts = articles.rdd.mapPartitions(lambda rows: annotate_partition(rows, offsets, date))
    started = time.perf_counter()
    spark.createDataFrame(facts, SCHEMA).write.mode("overwrite").parquet(args.output)
    took = time.perf_counter() - started
    n = spark.read.parquet(args.output).count()
    cores = spark.sparkContext.defaultParallelism
    print(
        f"spark_annotate: {n} articles in {took:.2f} s: {n / took:.1f} articles/s "
        f"on {cores} cores ({n / took / cores:.1f} per core) -> {args.output}"
    )
    spark.stop()


if __name__ == "__main__":
    main()
