#!/usr/bin/env bash
# Builds a libFuzzer target of Fuzz/ (with AddressSanitizer) and runs it.
#
# Usage: scripts/fuzz.sh <extract|lint|decode> [seconds=60] [extra libFuzzer flags...]
# The seed corpus is every text under Fixtures/ (copied, never modified); new
# inputs go to Fuzz/.build-fuzz/corpus-<target>, crashes to Fuzz/.build-fuzz/artifacts/.
# Exits non-zero when libFuzzer reports a crash, a leak or a timeout.
# FUZZ_CONFIG=debug builds without optimisation (slower runs, quicker build; default release).
set -uo pipefail
cd "$(dirname "$0")/.."

target="${1:-}"
seconds="${2:-60}"
shift $(( $# > 2 ? 2 : $# ))
case "$target" in
    extract) product=FuzzExtract ;;
    lint) product=FuzzLint ;;
    decode) product=FuzzDecode ;;
    *) echo "usage: scripts/fuzz.sh <extract|lint|decode> [seconds] [libFuzzer flags]" >&2; exit 2 ;;
esac

scratch="$PWD/Fuzz/.build-fuzz"
mkdir -p "$scratch"
config="${FUZZ_CONFIG:-release}"
flags=(-c "$config" --package-path Fuzz --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
swift build "${flags[@]}" --product "$product" >/dev/null 2>"$scratch/build.log" || { cat "$scratch/build.log" >&2; echo "fuzz: build failed" >&2; exit 1; }
bin="$(swift build "${flags[@]}" --show-bin-path)/$product"

corpus="$scratch/corpus-$target"
seeds="$scratch/seeds"
mkdir -p "$corpus" "$seeds" "$scratch/artifacts"
# Seeds: the fixtures (at most 64 KiB each, libFuzzer's -max_len below), a few hostile shapes.
find Fixtures -type f \( -name '*.txt' -o -name '*.jsonl' -o -name '*.expected' \) | while read -r f; do
    head -c 65536 "$f" > "$seeds/$(echo "$f" | tr '/' '_')"
done
printf '\xef\xbb\xbf\xe4\xbb\x96\xe8\xaf\xb4\xef\xbc\x9a\xe2\x80\x9c\xe5\xa5\xbd\xe2\x80\x9d\r\n' > "$seeds/bom-crlf"
printf 'a \x22b\x00c\x22 \xff\xfe d\r\xe2\x80\x9c\xe2\x80\x9c\xe2\x80\x9d' > "$seeds/nul-invalid"

echo "fuzz: $product for ${seconds}s (corpus $corpus)"
"$bin" "$corpus" "$seeds" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="$scratch/artifacts/$target-" -print_final_stats=1 "$@"
