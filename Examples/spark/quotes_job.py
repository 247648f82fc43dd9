#!/usr/bin/env python3
"""Extract quotations from a JSON Lines corpus on Spark by piping it through `quotekit`.

Each partition of the corpus (one JSON document per line, {"id": ..., "text": ...})
is streamed through `quotekit extract --input jsonl --format jsonl` with
`RDD.pipe`; the quotes (one JSON object per line, `source` = the record id) are
written as text part files. QuoteKit does the work; Spark only distributes it.

    python3 quotes_job.py --input corpus.jsonl --output out/ --quotekit /path/to/quotekit [--master local[2]]

On a cluster, ship the binary with the job and call it by its file name:

    spark-submit --master yarn --files /path/to/quotekit quotes_job.py \\
        --input hdfs:///corpora/news.jsonl --output hdfs:///quotes/news --quotekit ./quotekit
"""
import argparse
import shlex

from pyspark.sql import SparkSession


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", required=True, help="JSON Lines corpus (local path, hdfs://, s3a://, ...)")
    ap.add_argument("--output", required=True, help="output folder for the quote part files")
    ap.add_argument("--quotekit", default="./quotekit", help="path of the quotekit executable on the workers")
    ap.add_argument("--master", default=None, help="Spark master, e.g. local[2]; default: from spark-submit")
    ap.add_argument("--partitions", type=int, default=None, help="minimum number of input partitions")
    ap.add_argument("--text-field", default="text")
    ap.add_argument("--id-field", default="id")
    ap.add_argument("--strict", action="store_true", help="fail the job when quotekit reports a bad record")
    args = ap.parse_args()

    builder = SparkSession.builder.appName("quotekit-extract")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext

    command = [args.quotekit, "extract", "--input", "jsonl", "--format", "jsonl",
               "--text-field", args.text_field, "--id-field", args.id_field,
               # One process per partition; Spark runs one partition per core.
               "--jobs", "1", "--no-progress"]
    corpus = sc.textFile(args.input, minPartitions=args.partitions) if args.partitions else sc.textFile(args.input)
    quotes = corpus.pipe(" ".join(shlex.quote(c) for c in command), checkCode=args.strict)
    quotes.saveAsTextFile(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
