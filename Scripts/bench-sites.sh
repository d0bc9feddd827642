#!/usr/bin/env bash
# `sahel annotate` against the user's sites and routes, beside Shapely 2 + pyproj doing the same in the same run
# (../shared/bench conventions: each tool in its own process under GNU time, outputs checked against each other,
# times reported as ratios). Default: 1,000,000 points, 500 sites, 50 routes of 20 vertices.
#   Scripts/bench-sites.sh [N] [SITES] [ROUTES]
# Needs the peer venv of ../shared/bench/prepare.sh (BENCH_VENV, default /tmp/sahel-bench-venv) and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000000}"; sites="${2:-500}"; routes="${3:-50}"
venv="${BENCH_VENV:-/tmp/sahel-bench-venv}"
[ -x "$venv/bin/python" ] || { echo "bench-sites: no peer venv at $venv: run ../shared/bench/prepare.sh" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench-sites: GNU time is missing (apt-get install time)" >&2; exit 1; }
sahel="${SAHEL_BIN:-$(swift build -c release --show-bin-path)/sahel}"
[ -x "$sahel" ] || swift build -c release --product sahel >&2
run="${BENCH_WORK:-/tmp/sahel-bench}/sites_$n"
mkdir -p "$run"
python3 Scripts/bench_sites_data.py "$n" "$sites" "$routes" "$run"
echo "bench-sites: $n points, $sites sites, $routes routes in $run" >&2

/usr/bin/time -v -o "$run/sahel.time" "$sahel" annotate "$run/points.csv" --capital 12.6392,-8.0029 --no-regions \
  --sites "$run/sites.csv" --routes "$run/routes.geojson" \
  --fields nearest_site,site_km,site_bearing_deg,nearest_route,route_km,route_at_km \
  --format csv --output "$run/sahel.csv" --timings json --quiet > "$run/sahel.log"
# The peer's table has only the columns sahel adds (and the id): cut sahel's to the same.
python3 - "$run/sahel.csv" <<'PY'
import csv, sys
path = sys.argv[1]
with open(path, newline="", encoding="utf-8") as f, open(path + ".cut", "w", newline="", encoding="utf-8") as out:
    reader = csv.DictReader(f)
    keep = ["id", "nearest_site", "site_km", "site_bearing_deg", "nearest_route", "route_km", "route_at_km"]
    writer = csv.DictWriter(out, keep, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(reader)
PY
# OPENBLAS_CORETYPE slows a current numpy (../.library env notes): unset for the peer alone.
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/time -v -o "$run/peer.time" "$venv/bin/python" \
  Scripts/bench_sites_peer.py "$run/points.csv" "$run/sites.csv" "$run/routes.geojson" "$run/peer.csv" > "$run/peer.log"
python3 Scripts/bench_sites_compare.py "$run/sahel.csv.cut" "$run/peer.csv" "$run/sahel.log" "$run/peer.log" \
  "$run/sahel.time" "$run/peer.time" | tee "$run/table.md"
