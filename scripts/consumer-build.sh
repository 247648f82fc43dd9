#!/usr/bin/env bash
# Builds a throwaway package that depends on QuoteKit's core library product by path, from clean, the way a new
# user's package would, and prints what its build graph holds and how long the clean build took.
#
#     bash scripts/consumer-build.sh [--version] [QUOTEKIT_DIR] [PRODUCT]
#
# QUOTEKIT_DIR defaults to this checkout and PRODUCT to QuoteKit. By default the consumer depends on QuoteKit by
# path; with --version it depends on it by version, `.package(url:…, from:)`, as a published release is used: the
# checkout's committed tree is copied into a temporary git repository tagged 99.0.0 (nothing is fetched from a
# network). Exits non-zero when the build fails or, for the core product, when Yams, CSV.swift, ZIPFoundation or
# swift-argument-parser is in the graph. The consumer is made under a temporary folder and removed afterwards
# (KEEP=1 keeps it).
set -euo pipefail
mode=path
if [ "${1:-}" = --version ]; then mode=version; shift; fi
root=$(cd "${1:-$(dirname "$0")/..}" && pwd)
product=${2:-QuoteKit}
work=$(mktemp -d "${TMPDIR:-/tmp}/quotekit-consumer.XXXXXX")
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT

identity=$(basename "$root")
dependency=".package(path: \"$root\")"
if [ "$mode" = version ]; then
    git clone -q "$root" "$work/QuoteKit"
    git -C "$work/QuoteKit" tag 99.0.0
    identity=QuoteKit
    dependency=".package(url: \"file://$work/QuoteKit\", from: \"99.0.0\")"
fi

mkdir -p "$work/Consumer/Sources/Consumer"
cat > "$work/Consumer/Package.swift" <<MANIFEST
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Consumer",
    platforms: [.macOS(.v13)],
    dependencies: [$dependency],
    targets: [
        .executableTarget(name: "Consumer", dependencies: [.product(name: "$product", package: "$identity")]),
    ]
)
MANIFEST
# Quotes from a String: what the core product is for.
cat > "$work/Consumer/Sources/Consumer/main.swift" <<'SWIFT'
import QuoteKit

let result = QuoteExtractor().extract(text: "张明教授说：“阅读是一种自由。”")
for quote in result.quotes {
    print(quote.kind, quote.speaker?.name ?? "-", quote.text)
}
SWIFT

cd "$work/Consumer"
start=$(date +%s.%N)
swift package resolve >/dev/null 2>&1 || swift package resolve
resolved=$(date +%s.%N)
# CPU seconds beside the wall clock: on a shared machine the wall clock also counts the other builds' share.
TIMEFORMAT='%U %S'
if ! { time swift build >"$work/Consumer/build.log" 2>&1; } 2>"$work/cpu.txt"; then
    cat "$work/Consumer/build.log"
    exit 1
fi
built=$(date +%s.%N)
cpu=$(awk '{ printf "%.0f", $1 + $2 }' "$work/cpu.txt")
./.build/debug/Consumer

# The packages the resolver cloned, and the Swift modules the build compiled (each leaves a .swiftmodule) and linked.
packages=$(ls .build/checkouts 2>/dev/null | sort | tr '\n' ' ')
modules=$(ls -d .build/debug/Modules/*.swiftmodule 2>/dev/null | xargs -n1 basename | sed 's/\.swiftmodule$//' | sort | tr '\n' ' ')
plugins=$(grep -oE 'Compiling plugin [A-Za-z]+' build.log | sed 's/Compiling plugin //' | sort -u | tr '\n' ' ' || true)
echo "consumer of $product at $root by $mode"
echo "packages resolved: ${packages:-none}"
echo "modules compiled: $modules"
echo "plugins compiled: ${plugins:-none}"
awk -v s="$start" -v r="$resolved" -v b="$built" -v n="$(nproc)" -v c="$cpu" \
    'BEGIN { printf "clean build: %.0f s (resolve %.0f s, compile and link %.0f s, %d CPU s) on %d cores\n", b - s, r - s, b - r, c, n }'
if [ "$product" = QuoteKit ]; then
    heavy=$(echo $modules $plugins | tr ' ' '\n' | grep -xE 'Yams|CYaml|CSV|ZIPFoundation|ArgumentParser[A-Za-z]*|GenerateManual|GenerateDoccReference' | tr '\n' ' ' || true)
    if [ -n "$heavy" ]; then
        echo "consumer-build: the core product's build compiled $heavy" >&2
        exit 1
    fi
    fetched=$(echo $packages | tr ' ' '\n' | grep -xiE 'Yams|CSV\.swift|ZIPFoundation|swift-argument-parser' | tr '\n' ' ' || true)
    # SwiftPM resolves the dependencies of every library product of a package that is used, so the other
    # products' packages are cloned (not compiled); see the README's "Products" section.
    [ -z "$fetched" ] || echo "note: resolved for QuoteKit's other library products, not compiled or linked: $fetched"
fi
