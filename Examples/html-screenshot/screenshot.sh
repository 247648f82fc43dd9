#!/usr/bin/env bash
# Renders the HTML review page of the citation fixtures in headless Chromium and saves screenshots.
#
#   Examples/html-screenshot/screenshot.sh [OUTDIR]
#
# Installs Debian's chromium (and CJK fonts) with apt-get when missing, builds `quotekit`,
# writes OUTDIR/{zh,en}-check.html with `quotekit check --format html` against Fixtures/library,
# and OUTDIR/{zh,en}-check.png with `chromium --headless --screenshot`. Look at the PNGs.
# Not part of `swift test`: nothing in the test suite needs a browser.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-out/html-screenshot}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
    echo "screenshot: installing chromium and CJK fonts (apt-get)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
    browser="$(command -v chromium)"
fi
if [ "$(fc-list 2>/dev/null | grep -ci cjk || true)" = "0" ]; then
    echo "screenshot: installing CJK fonts (apt-get)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null || true
fi

swift build --product quotekit >/dev/null
bin="$(swift build --show-bin-path)/quotekit"

for lang in zh en; do
    html="$out/$lang-check.html"
    # check exits 1 when quotes need review (the fixtures plant some): that is expected here.
    "$bin" check "Fixtures/check/$lang-article.txt" --library Fixtures/library --format html > "$html" || [ $? -eq 1 ]
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,1100 \
        --screenshot="$out/$lang-check.png" "file://$html" 2>/dev/null
    echo "screenshot: $out/$lang-check.png ($(wc -c < "$html") bytes of HTML)"
done
