#!/usr/bin/env bash
# Benchmark of the gazetteer (measured, not a timed test):
#   1. `sahel gazetteer build` from the bootstrap sources: wall time and database size;
#   2. the OCHA Mali settlements import into a copy of it: wall time;
#   3. in-process lookup latency over 100,000 real names (p50, p99), from the release test build;
#   4. CLI cold start plus one lookup, median of 20 runs.
# Run Scripts/bootstrap.sh first. Goals: build < 60 s, import < 5 s, lookup p50 < 50 µs, cold start < 100 ms.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
shared=${SAHEL_SHARED:-$root/../shared}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product sahel >&2
sahel="$(swift build -c release --show-bin-path)/sahel"

seconds() { python3 -c 'import sys,time; print(f"{time.time()-float(sys.argv[1]):.2f}")' "$1"; }

start=$(date +%s.%N)
"$sahel" gazetteer build --out "$work/sahel.sqlite" --quiet >/dev/null
echo "default build: $(seconds "$start") s, $(du -m "$work/sahel.sqlite" | cut -f1) MB"

start=$(date +%s.%N)
"$sahel" gazetteer import ocha "$shared/data/ocha-mali-settlements-2015.csv" --db "$work/sahel.sqlite" | head -n 1
echo "OCHA import (with the alias re-run): $(seconds "$start") s, database now $(du -m "$work/sahel.sqlite" | cut -f1) MB"

GAZETTEER_BENCH=1 GAZETTEER_BENCH_DB="$work/sahel.sqlite" \
  swift test -c release -Xswiftc -enable-testing --filter LookupBenchmark 2>&1 | grep "GAZETTEER BENCH" || true

python3 - "$sahel" "$work/sahel.sqlite" <<'PY'
import statistics, subprocess, sys, time
sahel, db = sys.argv[1], sys.argv[2]
runs = []
for _ in range(20):
    t = time.perf_counter()
    subprocess.run([sahel, "gazetteer", "lookup", "Tombouctou", "--gazetteer", db], check=True, capture_output=True)
    runs.append(time.perf_counter() - t)
print(f"cold start + one lookup: median {statistics.median(runs) * 1000:.0f} ms, max {max(runs) * 1000:.0f} ms (20 runs)")
PY
