#!/usr/bin/env bash
# Runs the Spark job in local[2] mode on the repository's fixtures and checks
# that its quotes equal a plain `quotekit extract` run on the same corpus.
#
#   bash Examples/spark/run-local.sh
#
# Needs Java 17 (on the machine) and network access to PyPI for pyspark.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== building quotekit (release)"
(cd "$root" && swift build -c release --static-swift-stdlib --product quotekit >/dev/null)
bin="$(cd "$root" && swift build -c release --static-swift-stdlib --show-bin-path)/quotekit"

venv="${QUOTEKIT_SPARK_VENV:-$here/.venv}"
if [ ! -x "$venv/bin/python" ]; then
    echo "== creating $venv and installing pyspark"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q pyspark
fi

echo "== making a JSON Lines corpus from Fixtures/"
python3 - "$root/Fixtures" "$work/corpus.jsonl" <<'PY'
import json, os, sys
root, out = sys.argv[1], sys.argv[2]
with open(out, "w", encoding="utf-8") as f:
    for folder, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            if not name.endswith(".txt"):
                continue
            path = os.path.join(folder, name)
            text = open(path, encoding="utf-8", errors="replace").read()
            if text.strip():
                f.write(json.dumps({"id": os.path.relpath(path, root), "text": text}, ensure_ascii=False) + "\n")
PY
echo "   $(wc -l < "$work/corpus.jsonl") documents"

echo "== spark local[2]"
"$venv/bin/python" "$here/quotes_job.py" --master "local[2]" --partitions 4 \
    --input "$work/corpus.jsonl" --output "$work/spark-out" --quotekit "$bin" 2> "$work/spark.log" \
    || { tail -n 40 "$work/spark.log"; exit 1; }
cat "$work"/spark-out/part-* > "$work/spark.jsonl"

echo "== plain CLI"
"$bin" extract --input jsonl --format jsonl --no-progress "$work/corpus.jsonl" > "$work/cli.jsonl" || true

spark_count=$(wc -l < "$work/spark.jsonl")
cli_count=$(wc -l < "$work/cli.jsonl")
echo "   spark: $spark_count quotes, cli: $cli_count quotes"
if cmp -s <(sort "$work/spark.jsonl") <(sort "$work/cli.jsonl") && [ "$cli_count" -gt 0 ]; then
    echo "OK: the Spark job's quotes equal the plain CLI run"
else
    echo "MISMATCH between Spark and CLI output" >&2
    diff <(sort "$work/spark.jsonl") <(sort "$work/cli.jsonl") | head -20 >&2
    exit 1
fi
