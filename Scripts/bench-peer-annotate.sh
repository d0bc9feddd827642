#!/usr/bin/env bash
# Adapter for ../shared/bench/run_peers.sh, which calls every peer as  CMD POINTS.csv ADMIN1.geojson OUT.geojson.
# Runs `sahel annotate` with the workload's capital, rings and properties (WORKLOAD.md) and its JSON lines.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
exec "${SAHEL_BIN:-$here/.build/release/sahel}" annotate "$1" \
  --capital 12.6392,-8.0029 --rings 50,100,200,300,500 \
  --regions "$2" --region-field name --fields dist_km,ring,region \
  --output "$3" --timings json --quiet
