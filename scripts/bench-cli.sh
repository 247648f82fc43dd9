#!/usr/bin/env bash
# Times the release CLI against the Python `re` baseline as commands, on the same files, the way a
# user runs them: `quotekit extract --jobs 1 --format jsonl FILE` (read, decode, quotes, kinds,
# speakers, works, JSON Lines) against a script that reads FILE line by line and runs
# `re.finditer('“[^”]*”')`. Both include their start-up and reading the file.
#
# Fair on a noisy 2-vCPU machine: both commands run on the same core (taskset, when present),
# one after the other, alternating which goes first, and each figure is the median of RUNS runs.
#
#   scripts/bench-cli.sh [FILE ...]      # default: ../shared/corpus/*.txt, and all of it in one file
#   RUNS=15 scripts/bench-cli.sh big.txt
#
# A benchmark, not a test: it prints figures and asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
# On Linux the release CLI links the Swift runtime and Foundation in (the toolchain's own flag): it starts
# in about 14 ms instead of 36 and runs where Swift is not installed.
static=()
[ "$(uname -s)" = Linux ] && static=(--static-swift-stdlib)
RUNS=${RUNS:-11}
swift build -c release "${static[@]}" --product quotekit >/dev/null 2>&1
BIN=.build/release/quotekit
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

cat > "$WORK/baseline.py" <<'EOF'
import re, sys
pattern = re.compile('“[^”]*”')
n = 0
for path in sys.argv[1:]:
    with open(path, encoding='utf-8') as f:
        for line in f:
            for m in pattern.finditer(line):
                n += 1
print(n)
EOF

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
    if ls ../shared/corpus/*.txt >/dev/null 2>&1; then
        files=(../shared/corpus/*.txt)
        cat ../shared/corpus/*.txt > "$WORK/corpus-all.txt"
        files+=("$WORK/corpus-all.txt")
    else
        files=(Fixtures/*.txt)
    fi
fi
pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi

# The interpreter itself, not a launcher shim (pyenv's adds tens of milliseconds to every start).
PYTHON=$(python3 -c 'import sys; print(sys.executable)')
python3 - "$RUNS" "$BIN" "$WORK/baseline.py" "$PYTHON" "${pin[@]+"${pin[@]}"}" -- "${files[@]}" <<'EOF'
import os, statistics, subprocess, sys, time
runs, binary, baseline, python = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
split = sys.argv.index('--')
pin, files = sys.argv[5:split], sys.argv[split + 1:]

def timed(cmd):
    start = time.perf_counter()
    subprocess.run(pin + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start

print(f"quotekit CLI against the Python re baseline, {runs} alternating runs each, same core{' (taskset -c 0)' if pin else ''}")
print(f"{'file':38} {'MB':>6} {'quotekit s':>11} {'python s':>9} {'quotekit MB/s':>14} {'python MB/s':>12} {'ratio':>6}")
ratios = []
for path in files:
    size = os.path.getsize(path) / 1e6
    ours, theirs = [], []
    for k in range(runs):
        pair = [('q', [binary, 'extract', '--jobs', '1', '--format', 'jsonl', path]), ('p', [python, baseline, path])]
        if k % 2: pair.reverse()
        for name, cmd in pair:
            (ours if name == 'q' else theirs).append(timed(cmd))
    q, p = statistics.median(ours), statistics.median(theirs)
    ratios.append(p / q)
    print(f"{os.path.basename(path)[:38]:38} {size:6.2f} {q:11.3f} {p:9.3f} {size / q:14.1f} {size / p:12.1f} {p / q:5.2f}×")
print(f"ratio = python time / quotekit time (above 1: quotekit is faster); median over files {statistics.median(ratios):.2f}×")
EOF
