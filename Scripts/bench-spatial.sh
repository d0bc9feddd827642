#!/usr/bin/env bash
# Benchmark: `sahel annotate` beside Shapely 2 + pyproj, GeoPandas, SpatiaLite and ogr2ogr on the same points,
# in the same run (../shared/bench/run_peers.sh), with compare.py checking that all agree point by point.
# Prints the peers' table, then our time per phase as a ratio to the best peer.
#   Scripts/bench-spatial.sh [N]          N points (default 1000000)
#   BENCH_POINTS=/tmp/sahel-bench/edge_points.csv Scripts/bench-spatial.sh    boundary and capital edge cases
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bench=${SAHEL_SHARED:-$root/../shared}/bench
N=${1:-1000000}
export BENCH_WORK=${BENCH_WORK:-/tmp/sahel-bench}

BENCH_GEOPARSE=${BENCH_GEOPARSE:-0} bash "$bench/prepare.sh" >&2
(cd "$root" && swift build -c release --product sahel >&2)

export PEER_sahel="$root/Scripts/bench-peer-annotate.sh"
export BENCH_PEERS=${BENCH_PEERS:-"shapely geopandas spatialite ogr2ogr sahel"}
rc=0
bash "$bench/run_peers.sh" "$N" || rc=$?
if [ -n "${BENCH_POINTS:-}" ]; then run="$BENCH_WORK/run_$(basename "$BENCH_POINTS" .csv)"; else run="$BENCH_WORK/run_$N"; fi
python3 "$root/Scripts/bench_ratios.py" "$run" $BENCH_PEERS
exit $rc
