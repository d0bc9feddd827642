#!/usr/bin/env bash
# Screenshot of a `sahel map` page in headless Chromium, for a person to review (not committed).
#   Scripts/map-screenshot.sh [INPUT] [PNG]
# INPUT defaults to the seed article's incidents (extracted now); PNG to /tmp/sahel-map-screenshot.png.
# The HTML is kept beside the PNG. Needs chromium and libjs-leaflet (Scripts/bootstrap.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null || { echo "map-screenshot: chromium is missing; run Scripts/bootstrap.sh" >&2; exit 1; }
sahel="${SAHEL_BIN:-$(swift build --show-bin-path)/sahel}"
[ -x "$sahel" ] || swift build --product sahel >&2
png="${2:-/tmp/sahel-map-screenshot.png}"
html="${png%.png}.html"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
input="${1:-}"
if [ -z "$input" ]; then
  input="$work/seed.geojson"
  "$sahel" extract ../shared/data/seed/mali-2022-07-29.fr.txt --published 2022-07-29 --format geojson --quiet > "$input"
fi
"$sahel" map "$input" --output "$html"
# Headless Chromium runs as root only without its sandbox; the profile is thrown away afterwards.
chromium --headless --disable-gpu --no-sandbox --user-data-dir="$work/profile" --hide-scrollbars \
  --window-size=1400,900 --virtual-time-budget=5000 --screenshot="$png" "file://$(realpath "$html")" 2>/dev/null
echo "map-screenshot: $png (page $html)" >&2
