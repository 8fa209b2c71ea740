#!/bin/sh
# Renders one debrief in headless Chromium, to look at: a PNG in the light
# scheme, one in the dark scheme, and the A4 print as PDF. Not part of the
# test suite (Chromium is no CI dependency): apt-get install chromium.
#
#   scripts/report-screenshot.sh [BUILD_DIR] [OUT_DIR]
#
# The session is played through the terminal front end with a scripted
# self-assessment, so the debrief is the one play writes beside the record.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
out=${2:-$build/report-screenshot}
naast="$build/naast"
chromium=$(command -v chromium || command -v chromium-browser || true)
[ -x "$naast" ] || { echo "report-screenshot: build naast first ($naast)" >&2; exit 2; }
[ -n "$chromium" ] || { echo "report-screenshot: chromium is not installed (apt-get install chromium)" >&2; exit 2; }
mkdir -p "$out"
rm -f "$out"/session.*
export SOURCE_DATE_EPOCH=1700000000 NAAST_DATA="$out/data"

# eight choices, seven ratings (one skipped), two sentences
printf '2\n1\n3\n3\n2\n2\n3\n3\n4\n3\n\n4\n2\n3\n4\nDe eerste zin aan de deur: ik zei meteen wat ik niet ben.\nDat ik Wendy ging regelen; dat was niet aan mij.\n' |
  "$naast" play weer-iemand-van-de-gemeente --record "$out/session.json" --trainee Kim >/dev/null

shoot() { # extra flags..., then the output option
  profile=$(mktemp -d)
  "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" "$@" "file://$out/session.html" \
    >/dev/null 2>&1 || true
  rm -rf "$profile"
}
shoot --window-size=1000,1400 --screenshot="$out/light.png"
shoot --window-size=1000,1400 --force-dark-mode --blink-settings=preferredColorScheme=0 --screenshot="$out/dark.png"
shoot --no-pdf-header-footer --print-to-pdf="$out/print.pdf"
ls -l "$out"/session.md "$out"/session.html "$out"/light.png "$out"/dark.png "$out"/print.pdf
