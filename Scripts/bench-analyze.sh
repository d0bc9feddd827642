#!/usr/bin/env bash
# Benchmark of issue 6 (measured, not a test): documents per second into the incident store, and a GeoJSON
# export of a million incidents beside the ogr2ogr anchor (../shared/bench/peer_ogr2ogr.sh), in one run:
#   1. the release binary; the Malian places `sahel extract` resolves to themselves, > 30 km apart
#      (Scripts/bench_incident_docs.py probe/select, on `sahel gazetteer export`; made once per WORK);
#   2. inputs (Scripts/bench_incident_docs.py docs, seeded, made once): INGEST_DOCS short French/English
#      reports at random places and dates (some merge, as in a real feed), and STORE_DOCS "distinct" ones
#      (place i mod P, every second day) that stay one incident each;
#   3. ingest: `sahel $SAHEL_INGEST_CMD docs.jsonl --store WORK/ingest.sqlite --quiet --timings json` into a
#      new store, under GNU time -v: docs/s and incidents/s end to end (process wall time), peak RSS;
#   4. the export store: `sahel $SAHEL_INGEST_CMD` of the STORE_DOCS documents into a new store, timed the same
#      way (kept in WORK and reused while its inputs and the binary are unchanged; BENCH_REBUILD=1 forces).
#      When STORE_DOCS is below STORE_INCIDENTS (the tool's ingest is too slow for a million documents in the
#      time at hand), the store is copied and then FILLED: SQL copies of its document, incident_source,
#      incident and R*Tree rows, ids suffixed "~cK", until it holds STORE_INCIDENTS incidents (see fill_store);
#      the table says so. STORE_FILL=0 refuses, and exports what the tool stored;
#   5. the points CSV for ogr2ogr (id,lon,lat,date as in WORKLOAD.md; incident order) from
#      `sahel incidents export --format csv`, which is also the "all columns" CSV for a second ogr2ogr run;
#   6. in the same run, each in its own process, two pairs of equal content: `sahel incidents export --format
#      geojson` (every field) against ogr2ogr on the full CSV (the same 30 properties), and `sahel incidents
#      export --format geojson --fields incident_id,date` (a point, id and date) against the ogr2ogr anchor on
#      the points CSV (id, date); ogrinfo's Feature Count of each output;
#   7. the table (Scripts/bench_analyze_table.py) on stdout and in WORK/table.md.
#
#   Scripts/bench-analyze.sh                      # the full size: 100,000 documents, 1,000,000 incidents
#
# Environment (defaults):
#   BENCH_WORK=/tmp/sahel-bench-analyze   work folder (inputs, stores, outputs, *.time logs, table.md)
#   SAHEL_INGEST_CMD=extract              the command that fills a store (`analyze` when it exists)
#   INGEST_DOCS=100000                    documents for the docs/s measure
#   STORE_INCIDENTS=1000000               incidents in the export store
#   STORE_DOCS=$STORE_INCIDENTS           documents the tool ingests for it (fewer: the rest is SQL-filled)
#   STORE_FILL=1                          allow the SQL fill (0: export what the tool stored)
#   BENCH_REBUILD=0                       1: rebuild the export store even when a matching one is in WORK
#   BENCH_SEED=42                         seed of the document generator
#   SAHEL_BIN, SAHEL_SHARED               as for Scripts/bench-geocode.sh
#
# Examples:
#   Scripts/bench-analyze.sh
#   STORE_DOCS=250000 Scripts/bench-analyze.sh                     # 250k through the tool, filled to 1M
#   INGEST_DOCS=10000 STORE_INCIDENTS=20000 Scripts/bench-analyze.sh   # a quick look
#   SAHEL_INGEST_CMD=analyze Scripts/bench-analyze.sh
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${SAHEL_SHARED:-$root/../shared}
bench=$shared/bench
# shellcheck source=Scripts/geocode-common.sh
. "$root/Scripts/geocode-common.sh"

bench_arguments "$0" "$@"

work=${BENCH_WORK:-/tmp/sahel-bench-analyze}
cmd=${SAHEL_INGEST_CMD:-extract}
ingest_docs=${INGEST_DOCS:-100000}
store_incidents=${STORE_INCIDENTS:-1000000}
store_docs=${STORE_DOCS:-$store_incidents}
seed=${BENCH_SEED:-42}
gold=$shared/data/incidents-fr-dev.jsonl
admin1=$bench/data/admin1_sahel.geojson
peer=$bench/peer_ogr2ogr.sh
gen=$root/Scripts/bench_incident_docs.py
for n in "$ingest_docs" "$store_incidents" "$store_docs" "$seed"; do
  [[ $n =~ ^[0-9]+$ && $n -gt 0 ]] || { geocode_log "sizes and the seed must be positive integers, not '$n'"; exit 64; }
done
for f in "$gold" "$admin1" "$peer"; do
  [ -s "$f" ] || { geocode_log "missing $f (is ../shared beside the checkout? else set SAHEL_SHARED)"; exit 66; }
done
for t in ogr2ogr ogrinfo sqlite3; do
  command -v "$t" >/dev/null || { geocode_log "needs $t (apt-get install gdal-bin sqlite3)"; exit 69; }
done
mkdir -p "$work"

# 1. The binary and the places.
if [ -z "${SAHEL_BIN:-}" ]; then (cd "$root" && swift build -c release --product sahel >&2); fi
sahel=$(sahel_release_binary)
help=$("$sahel" "$cmd" --help 2>&1) || true
[[ $help == *"USAGE: "*"$cmd"*--store* ]] || { geocode_log "$sahel has no '$cmd' command with --store"; exit 69; }
timings=()
[[ $help == *--timings* ]] && timings=(--timings json)
if [ ! -s "$work/places.json" ] || [ "$sahel" -nt "$work/places.json" ] || [ "$gen" -nt "$work/places.json" ]; then
  "$sahel" gazetteer export --quiet --output "$work/gazetteer.csv"
  python3 "$gen" probe "$work/gazetteer.csv" "$work/probe.jsonl"
  "$sahel" extract "$work/probe.jsonl" --quiet --output "$work/probe-out.jsonl"
  python3 "$gen" select "$work/gazetteer.csv" "$work/probe-out.jsonl" "$work/places.json"
fi

# 2. Inputs (kept: a name holds its size, seed and mode; remade when the places or the generator change).
input() {  # input MODE N -> prints the path
  local path="$work/docs-$1-$2-seed$seed.jsonl"
  if [ -e "$path" ] && { [ "$work/places.json" -nt "$path" ] || [ "$gen" -nt "$path" ]; }; then rm -f "$path"; fi
  python3 "$gen" docs "$gold" "$work/places.json" "$2" "$seed" "$1" "$path" >&2
  echo "$path"
}
ingest_input=$(input random "$ingest_docs")
store_input=$(input distinct "$store_docs")

count() { sqlite3 "$1" "SELECT count(*) FROM $2"; }
fresh_store() { rm -f "$1" "$1-wal" "$1-shm" "$1-journal"; }

# 3. Ingest.
ingest=$work/ingest.sqlite
fresh_store "$ingest"
bench_measure "$work" ingest "$sahel" "$cmd" "$ingest_input" --store "$ingest" --quiet "${timings[@]}"
[ "$(cat "$work/ingest.status")" = 0 ] || exit 1
sqlite3 "$ingest" "SELECT json_object('documents', (SELECT count(*) FROM document),
  'reports', (SELECT count(*) FROM incident_source), 'incidents', (SELECT count(*) FROM incident))" \
  >"$work/ingest.counts.json"

# 4. The export store.
built=$work/store-built.sqlite store=$work/store.sqlite
stamp="$cmd $(basename "$store_input") $(stat -c %Y "$sahel") $(stat -c %Y "$store_input")"
if [ "${BENCH_REBUILD:-0}" = 1 ] || [ ! -s "$built" ] || [ "$(cat "$built.ready" 2>/dev/null)" != "$stamp" ]; then
  fresh_store "$built"
  rm -f "$built.ready"
  bench_measure "$work" store-build "$sahel" "$cmd" "$store_input" --store "$built" --quiet "${timings[@]}"
  [ "$(cat "$work/store-build.status")" = 0 ] || exit 1
  sqlite3 "$built" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
  echo "$stamp" >"$built.ready"
else
  geocode_log "reusing $built (built by an earlier run: see store-build.time; BENCH_REBUILD=1 to redo)"
fi
tool_incidents=$(count "$built" incident)

# fill_store STORE TARGET: the fixture shortcut. Copies K = 1, 2, ... of every document, report and incident
# (ids and doc ids suffixed "~cK", incident rowids offset by K x max(id), the same dates, places and texts)
# until the store holds TARGET incidents; the last copy takes only the first incidents by id it needs.
# Written in plain SQL, one transaction per copy, beside the tool: the tool's own de-duplication is NOT applied
# (a copy of an incident is the same event on the same day), so this store measures export speed only.
fill_store() {
  local db=$1 target=$2 k=0 have max need
  have=$(count "$db" incident)
  max=$(sqlite3 "$db" "SELECT max(id) FROM incident")
  while [ "$have" -lt "$target" ]; do
    k=$((k + 1))
    need=$((target - have))
    geocode_log "fill: copy $k of up to $need incidents (SQL, beside the tool)"
    sqlite3 "$db" <<SQL
BEGIN;
CREATE TEMP TABLE pick AS SELECT id FROM incident WHERE id <= $max ORDER BY id LIMIT $need;
INSERT INTO document (id, source_file, published, added_at, updated_at)
  SELECT id || '~c$k', source_file, published, added_at, updated_at FROM document
  WHERE id IN (SELECT doc_id FROM incident_source WHERE incident_ref IN (SELECT id FROM pick));
INSERT INTO incident SELECT id + $k * $max, source_count, sort_date, doc_id || '~c$k', incident_id || '~c$k',
  date, day, date_precision, event_type, sub_event_type, killed, injured, killed_by_group, actors, country,
  location_name, lat, lon, geo_precision, admin1, admin2, gazetteer_id, anchor_name, anchor_lat, anchor_lon,
  offset_km, bearing_deg, evidence_start, evidence_end, evidence_text, warnings FROM incident WHERE id IN (SELECT id FROM pick);
INSERT INTO incident_source SELECT incident_ref + $k * $max, position, doc_id || '~c$k', incident_id || '~c$k',
  date, day, date_precision, event_type, sub_event_type, killed, injured, killed_by_group, actors, country,
  location_name, lat, lon, geo_precision, admin1, admin2, gazetteer_id, anchor_name, anchor_lat, anchor_lon,
  offset_km, bearing_deg, evidence_start, evidence_end, evidence_text, warnings FROM incident_source
  WHERE incident_ref IN (SELECT id FROM pick);
INSERT INTO incident_rtree SELECT id + $k * $max, min_lon, max_lon, min_lat, max_lat, min_day, max_day
  FROM incident_rtree WHERE id IN (SELECT id FROM pick);
COMMIT;
SQL
    have=$(count "$db" incident)
  done
  sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
  echo "$k"
}
fresh_store "$store"
cp "$built" "$store"
fill_copies=0
if [ "$tool_incidents" -lt "$store_incidents" ]; then
  if [ "${STORE_FILL:-1}" = 1 ]; then
    s0=$(date +%s.%N)
    fill_copies=$(fill_store "$store" "$store_incidents")
    awk -v k="$fill_copies" -v a="$s0" -v b="$(date +%s.%N)" 'BEGIN { printf "{\"copies\": %d, \"fill_s\": %.2f}\n", k, b - a }' \
      >"$work/fill.json"
  else
    geocode_log "the tool stored $tool_incidents incidents (< $store_incidents); STORE_FILL=0: exporting those"
  fi
fi
[ "$fill_copies" != 0 ] || rm -f "$work/fill.json"
incidents=$(count "$store" incident)
sqlite3 "$store" "SELECT json_object('documents', (SELECT count(*) FROM document),
  'reports', (SELECT count(*) FROM incident_source), 'incidents', (SELECT count(*) FROM incident),
  'tool_incidents', $tool_incidents, 'located', (SELECT count(*) FROM incident WHERE lat IS NOT NULL),
  'first_date', (SELECT min(date) FROM incident), 'last_date', (SELECT max(date) FROM incident))" \
  >"$work/store.counts.json"

# 5. The CSVs: all columns (sahel's own export, also timed) and the points for ogr2ogr.
bench_measure "$work" sahel-export-csv "$sahel" incidents export --store "$store" --format csv \
  --output "$work/incidents.csv" --quiet
[ "$(cat "$work/sahel-export-csv.status")" = 0 ] || exit 1
python3 - "$work/incidents.csv" "$work/points.csv" <<'PY'
import csv, os, sys
src, out = sys.argv[1], sys.argv[2]
with open(src, newline="", encoding="utf-8") as f, open(out + ".tmp", "w", newline="", encoding="utf-8") as o:
    w = csv.writer(o, lineterminator="\n")
    w.writerow(["id", "lon", "lat", "date"])
    for n, r in enumerate(csv.DictReader(f), 1):   # the store's order; unlocated rows keep empty lon/lat
        w.writerow([n, r["lon"], r["lat"], r["date"]])
os.replace(out + ".tmp", out)
PY

# 6. The exports, one after the other in this run.
rm -f "$work"/{sahel,sahel-light,ogr2ogr-points,ogr2ogr-full}.geojson
bench_measure "$work" sahel-export "$sahel" incidents export --store "$store" --format geojson \
  --output "$work/sahel.geojson" --quiet
bench_measure "$work" ogr2ogr-full bash "$peer" "$work/incidents.csv" "$admin1" "$work/ogr2ogr-full.geojson"
light=()
[[ $("$sahel" incidents export --help 2>&1) == *--fields* ]] && light=(--fields incident_id,date)
if [ ${#light[@]} -gt 0 ]; then
  bench_measure "$work" sahel-export-light "$sahel" incidents export --store "$store" --format geojson "${light[@]}" \
    --output "$work/sahel-light.geojson" --quiet
else
  geocode_log "this sahel has no --fields: no light export"
  rm -f "$work"/sahel-export-light.*
fi
bench_measure "$work" ogr2ogr-points bash "$peer" "$work/points.csv" "$admin1" "$work/ogr2ogr-points.geojson"
for out in sahel sahel-light ogr2ogr-points ogr2ogr-full; do
  { ogrinfo -ro -so -al "$work/$out.geojson" 2>/dev/null | sed -n 's/^Feature Count: //p'; } >"$work/$out.features" || true
done

# 7. The table.
python3 "$root/Scripts/bench_analyze_table.py" "$work" "$cmd" "$ingest_docs" "$store_docs" "$store_incidents" \
  "$incidents" "$(basename "$ingest_input")" "$(basename "$store_input")"
geocode_log "outputs, logs and the table are in $work"
