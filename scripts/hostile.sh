#!/usr/bin/env bash
# Runs the hostile-input battery against the release CLI and prints a table:
# case, command, exit status (expected), quotes (expected), seconds, peak memory, verdict.
#
# Usage: scripts/hostile.sh [--no-build] [--quick] [--scratch-path DIR] [CASE-NAME-SUBSTRING]
# --no-build uses the release binary already built; --scratch-path builds (or finds) it in DIR
# instead of .build (as `swift build --scratch-path`); --quick skips the large cases
# (those given a limit of 60 seconds or more, million-quote lines and documents allowed by --max-quotes, the 20 MB soup of every
# mark, whose 10-second limit is too close on a loaded machine, and the 36 MB inputs).
# HOSTILE_CORPUS=DIR adds 36 MB of the real text in DIR/*.txt (see scripts/hostile_cases.py).
# Inputs are generated into a temporary folder by scripts/hostile_cases.py and
# removed afterwards. Exits 1 when any case crashes, times out, gives an
# unexpected exit status or quote count, or peaks above its memory limit (1 GB
# unless the case says otherwise; peak resident memory as GNU time reports it,
# not checked where /usr/bin/time is missing).
set -uo pipefail
cd "$(dirname "$0")/.."
# On Linux the release CLI links the Swift runtime and Foundation in (the toolchain's own flag): it starts
# in about 14 ms instead of 36 and runs where Swift is not installed.
static=()
[ "$(uname -s)" = Linux ] && static=(--static-swift-stdlib)

build=1
quick=0
scratch=()
while [ $# -gt 0 ]; do
    case "$1" in
        --no-build) build=0; shift ;;
        --quick) quick=1; shift ;;
        --scratch-path) scratch=(--scratch-path "$2"); shift 2 ;;
        *) break ;;
    esac
done
filter="${1:-}"

if [ "$build" = 1 ]; then
    swift build -c release "${static[@]}" "${scratch[@]}" --product quotekit >/dev/null || { echo "hostile: release build failed"; exit 1; }
fi
bin="$(swift build -c release "${scratch[@]}" --show-bin-path)/quotekit"
[ -x "$bin" ] || { echo "hostile: no release binary at $bin"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/hostile_cases.py "$work/cases" > "$work/manifest" || { echo "hostile: cannot generate cases"; exit 1; }

# GNU time gives the peak resident memory of the case; without it memory is not checked.
timer=()
if /usr/bin/time -f %M -o /dev/null true 2>/dev/null; then timer=(/usr/bin/time -f %M -o "$work/memory"); fi

bad=0
printf '%-30s %-9s %-9s %-20s %7s %8s  %s\n' case command exit quotes seconds "peak MB" verdict
while IFS=$'\t' read -r name command path want_exit want_quotes limit max_mb size; do
    [ -n "$filter" ] && [[ "$name" != *"$filter"* ]] && continue
    [ "$quick" = 1 ] && [ "$size" = large ] && continue
    case "$command" in
        extract) args=(extract --format jsonl "$path") ;;
        extract-corpus) args=(extract --input jsonl --format jsonl "$path") ;;
        extract-max-quotes) args=(extract --max-quotes 1000000 --format jsonl "$path") ;;
        extract-corpus-max-quotes) args=(extract --max-quotes 1000000 --input jsonl --format jsonl "$path") ;;
        lint-fix) args=(lint --fix "$path") ;;
        lint-in-place) args=(lint --fix --in-place "$path") ;;
        lint-json) args=(lint --format json "$path") ;;
        *) args=("$command" "$path") ;;
    esac
    start=$(date +%s.%N)
    rm -f "$work/memory"
    "${timer[@]}" timeout "$limit" "$bin" "${args[@]}" > "$work/out" 2> "$work/err" < /dev/null
    status=$?
    seconds=$(echo "$(date +%s.%N) - $start" | bc)
    peak_mb=-
    if [ -s "$work/memory" ]; then
        # GNU time reports a command killed by a signal on a first line of its own; the figure is the last.
        peak_mb=$(( $(tail -n 1 "$work/memory") / 1024 ))
    fi
    got_quotes=-
    [[ "$command" = extract* ]] && got_quotes=$(wc -l < "$work/out" | tr -d ' ')
    verdict=ok
    if [ "$status" -eq 124 ]; then verdict="TIMEOUT (${limit}s)"
    elif [ "$status" -ge 128 ]; then verdict="CRASH (signal $((status - 128)))"
    elif [ "$want_exit" != - ] && [ "$status" != "$want_exit" ]; then verdict="EXIT $status, want $want_exit"
    elif [[ "$command" = extract* ]] && [ "$want_quotes" != - ] && [ "$got_quotes" != "$want_quotes" ]; then verdict="QUOTES $got_quotes, want $want_quotes"
    # lint reports its findings on standard output (exit 1: an error was found).
    elif [ "$status" -ne 0 ] && [ "$(wc -l < "$work/err")" -lt 1 ] && { [[ "$command" != lint* ]] || [ ! -s "$work/out" ]; }; then verdict="NO MESSAGE on stderr"
    elif [ "$peak_mb" != - ] && [ "$peak_mb" -ge "${max_mb:-1024}" ]; then verdict="MEMORY ${peak_mb} MB, limit ${max_mb:-1024} MB"
    fi
    [ "$verdict" = ok ] || bad=$((bad + 1))
    printf '%-30s %-9s %-9s %-20s %7.2f %8s  %s\n' "$name" "$command" "$status ($want_exit)" "$got_quotes ($want_quotes)" "$seconds" "$peak_mb" "$verdict"
    if [ "$status" -ne 0 ]; then sed -n '1p' "$work/err" | cut -c1-160 | sed 's/^/    stderr: /'; fi
done < "$work/manifest"

if [ "$bad" -gt 0 ]; then echo "hostile: $bad case(s) failed"; exit 1; fi
echo "hostile: all cases passed"
