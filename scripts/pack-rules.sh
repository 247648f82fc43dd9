#!/usr/bin/env bash
# Compiles the built-in YAML rule packs (Sources/QuoteKit/Resources/RulePacks/*.yaml) into
# Sources/QuoteKit/Rules/BuiltInPackTrees.swift: each pack's YAML tree, parsed once here and read back at
# start-up in one pass, so that the quotekit command parses no YAML and needs no resource files.
# Run it after editing a built-in pack; RulePackTests fails while the file and the YAML differ.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product PackRules >/dev/null
"$(swift build --show-bin-path)/PackRules" Sources/QuoteKit/Rules/BuiltInPackTrees.swift Sources/QuoteKit/Resources/RulePacks/*.yaml
echo "wrote Sources/QuoteKit/Rules/BuiltInPackTrees.swift"
