#!/usr/bin/env bash
# Accuracy of the release CLI on the seed page and the development sets in ../shared/dev: one
# table (span F1, kind, speaker, precision of given speakers, work), attribution by rule, and a
# ratchet against Tests/eval-floors.json. The scoring is scripts/eval.py (see its header); this
# wrapper builds the CLI and hands it over.
#
# Usage: scripts/eval.sh [--no-build] [--bin PATH] [--check] [--update-floors [--force]]
#                        [--sets a,b] [--misses N] [--json FILE]
#   (default)        build with `swift build -c release --static-swift-stdlib --product quotekit`, use the binary
#                    in `swift build -c release --show-bin-path`
#   --no-build       skip the build; use that binary as it is
#   --bin PATH       use another quotekit executable (nothing is built)
#   --check          exit 1 when a figure is more than 0.01 below its floor, or the seed page
#                    misses its hard minimum
#   --update-floors  raise the floors to the current figures (--force also lowers them)
#   --sets a,b       only these sets: seed, zh-news, en-news, zh-novel, zh-novel+list,
#                    en-novels, en-novels+list
#   --misses N       print the first N speaker misses per set
#   --json FILE      write all figures as JSON
# Without ../shared/dev beside the checkout it prints one line and exits 0 (nothing to measure,
# so nothing is built). Exit status: 0 fine, 1 a drop below a floor, 2 a command failed.
set -euo pipefail
caller=$PWD
cd "$(dirname "$0")/.."
# On Linux the release CLI links the Swift runtime and Foundation in (the toolchain's own flag): it starts
# in about 14 ms instead of 36 and runs where Swift is not installed.
static=()
[ "$(uname -s)" = Linux ] && static=(--static-swift-stdlib)

build=1
bin=""
args=()
# Paths given on the command line are the caller's; the script runs from the repository root.
absolute() { case "$1" in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$caller/$1" ;; esac; }
while [ $# -gt 0 ]; do
    case "$1" in
        --no-build) build=0; shift ;;
        --bin) [ $# -ge 2 ] || { echo "eval: --bin needs a path" >&2; exit 2; }
               bin=$(absolute "$2"); build=0; shift 2 ;;
        --bin=*) bin=$(absolute "${1#--bin=}"); build=0; shift ;;
        --json) [ $# -ge 2 ] || { echo "eval: --json needs a file" >&2; exit 2; }
                args+=(--json "$(absolute "$2")"); shift 2 ;;
        --json=*) args+=(--json "$(absolute "${1#--json=}")"); shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) args+=("$1"); shift ;;
    esac
done

if [ ! -d ../shared/dev ]; then
    echo "eval: ../shared/dev not found beside the checkout; skipping the accuracy run"
    exit 0
fi

if [ "$build" = 1 ]; then
    echo "eval: building the release CLI" >&2
    # Quiet when it works; the whole log when it does not.
    if ! log=$(swift build -c release "${static[@]}" --product quotekit 2>&1); then
        printf '%s\n' "$log" >&2
        echo "eval: release build failed" >&2
        exit 2
    fi
fi
if [ -z "$bin" ]; then
    bin="$(swift build -c release --show-bin-path)/quotekit"
fi

exec python3 scripts/eval.py --bin "$bin" ${args[@]+"${args[@]}"}
