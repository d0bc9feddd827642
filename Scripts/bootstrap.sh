#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for sahel and builds the release binary. Safe to run again.
#   - Debian packages: GEOS, PROJ and SQLite headers; gdal-bin (ogrinfo) and proj-bin (geod) for the tests.
#   - swift build -c release  ->  .build/release/sahel
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(libgeos-dev libproj-dev libsqlite3-dev pkg-config gdal-bin proj-bin)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

command -v swift >/dev/null || { echo "bootstrap: swift is not on PATH (Swift 6 toolchain needed)" >&2; exit 1; }
echo "bootstrap: building the release binary" >&2
swift build -c release --product sahel >&2
echo "bootstrap: ready: $(swift build -c release --show-bin-path)/sahel" >&2
