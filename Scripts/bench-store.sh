#!/usr/bin/env bash
# The incident store: SQLite beside PostGIS, in one run, against a throwaway PostgreSQL 15 + PostGIS cluster on
# loopback (Scripts/with-postgis.sh starts it when SAHEL_TEST_PG_URL is unset).
#   1. ingest: `sahel extract DOCS --store …` of the same INGEST_DOCS generated reports (default 4,000;
#      Scripts/bench_incident_docs.py random: some reports merge) into SQLite (one writer), PostGIS (one
#      writer), and PostGIS with four writers at once (the documents dealt out to four processes);
#      documents per second over the wall time, and the store-writing seconds of each run (--timings json);
#      every run must give the same incidents (counted).
#   2. export: STORE_INCIDENTS incidents (default 1,000,000; made in the database by SQL, one report each)
#      written as GeoJSON by `sahel incidents export` beside `ogr2ogr -f GeoJSON out.geojson PG:… incidents_map`,
#      wall seconds and peak memory (/usr/bin/time -v) of each, and the ratio.
#   Scripts/bench-store.sh [INGEST_DOCS [STORE_INCIDENTS]]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${SAHEL_TEST_PG_URL:-}" ]; then exec bash Scripts/with-postgis.sh bash "$0" "$@"; fi
ingest_docs=${1:-4000}
store_incidents=${2:-1000000}
seed=${SEED:-7}
log() { echo "bench-store: $*" >&2; }
for n in "$ingest_docs" "$store_incidents"; do
  [[ $n =~ ^[0-9]+$ && $n -gt 0 ]] || { log "sizes must be positive integers, not '$n'"; exit 64; }
done
shared=${SAHEL_SHARED:-../shared}
gold=$shared/data/incidents-fr-dev.jsonl
[ -s "$gold" ] || { log "missing $gold (is ../shared beside the checkout? else set SAHEL_SHARED)"; exit 66; }
for t in ogr2ogr psql /usr/bin/time; do command -v "$t" >/dev/null || { log "needs $t (apt-get install gdal-bin time)"; exit 69; }; done
sahel="${SAHEL_BIN:-$(swift build -c release --show-bin-path)/sahel}"
[ -x "$sahel" ] || swift build -c release --product sahel >&2
work=${SAHEL_BENCH_WORK:-/tmp/sahel-bench-store}
mkdir -p "$work"
gen=Scripts/bench_incident_docs.py

# A new empty database on the bench server, with PostGIS; prints its URL.
new_database() {
  local name="bench_$1_$$"
  psql -X -q "$SAHEL_TEST_PG_URL" -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name TEMPLATE sahel_template"
  echo "${SAHEL_TEST_PG_URL%/*}/$name"
}
# Wall seconds of a command (its output to /dev/null).
seconds() { python3 -c 'import subprocess, sys, time; t = time.monotonic(); r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); print(f"{time.monotonic() - t:.3f}"); sys.exit(r.returncode)' "$@"; }

# 1. Ingest.
if [ ! -s "$work/places.json" ]; then
  "$sahel" gazetteer export --quiet --output "$work/gazetteer.csv"
  python3 "$gen" probe "$work/gazetteer.csv" "$work/probe.jsonl"
  "$sahel" extract "$work/probe.jsonl" --quiet --output "$work/probe-out.jsonl"
  python3 "$gen" select "$work/gazetteer.csv" "$work/probe-out.jsonl" "$work/places.json"
fi
docs=$work/docs-random-$ingest_docs-seed$seed.jsonl
python3 "$gen" docs "$gold" "$work/places.json" "$ingest_docs" "$seed" random "$docs" >&2
for p in 0 1 2 3; do awk -v p=$p 'NR % 4 == p' "$docs" > "$work/part-$p.jsonl"; done

ingest() {  # ingest NAME STORE -> one line of figures
  local name=$1 store=$2
  local t; t=$(seconds "$sahel" extract "$docs" --store "$store" --quiet --timings json --output /dev/null 2> "$work/$name.timings")
  echo "$name $t $(grep -o '"write_s":[0-9.]*' "$work/$name.timings" | cut -d: -f2)"
}
rm -f "$work/bench.sqlite"*
sqlite_line=$(ingest sqlite "$work/bench.sqlite")
pg1=$(new_database one)
pg1_line=$(ingest postgis-1 "$pg1")
pg4=$(new_database four)
start=$(date +%s.%N)
pids=()
for p in 0 1 2 3; do
  "$sahel" extract "$work/part-$p.jsonl" --store "$pg4" --quiet --output /dev/null & pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done
pg4_seconds=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.3f}')" "$start" "$(date +%s.%N)")
count_pg() { psql -X -At "$1" -c "SELECT count(*) FROM incident"; }
incidents_sqlite=$("$sahel" incidents list --store "$work/bench.sqlite" 2>&1 >/dev/null | grep -o '[0-9]*' | head -1)
incidents_pg1=$(count_pg "$pg1"); incidents_pg4=$(count_pg "$pg4")
[ "$incidents_sqlite" = "$incidents_pg1" ] && [ "$incidents_pg1" = "$incidents_pg4" ] \
  || { log "the stores disagree: $incidents_sqlite / $incidents_pg1 / $incidents_pg4 incidents"; exit 3; }

# 2. Export of STORE_INCIDENTS incidents: a store made by sahel (its schema), filled by SQL on the server.
big=$(new_database export)
"$sahel" extract "$work/probe.jsonl" --store "$big" --quiet --output /dev/null 2>/dev/null
log "filling $store_incidents incidents"
psql -X -q -v ON_ERROR_STOP=1 "$big" <<SQL
TRUNCATE incident, incident_source, document;
INSERT INTO document (id, source_file, published, added_at, updated_at)
  SELECT 'doc-' || g, 'bench.jsonl:' || g, '2020-01-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
  FROM generate_series(1, $store_incidents) g;
INSERT INTO incident (source_count, sort_date, doc_id, incident_id, date, day, date_precision, event_type, sub_event_type,
    killed, injured, killed_by_group, actors, country, location_name, lat, lon, geo_precision, admin1, admin2, gazetteer_id,
    evidence_start, evidence_end, evidence_text, warnings, geog)
  SELECT 1, d, 'doc-' || g, 'doc-' || g || '#1', d, 737425 + g % 1500, 1, 'Violence against civilians', 'Attack',
    g % 17, CASE WHEN g % 3 = 0 THEN NULL ELSE g % 5 END, '{}', '["Unidentified armed group"]', 'ML', 'Place ' || (g % 5000),
    lat, lon, 1, 'Mopti', 'Douentza', g % 5000, 0, 60,
    'Le ' || d || ', des hommes armés ont attaqué le village, tuant ' || (g % 17) || ' civils.', '[]',
    ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography
  FROM (SELECT g, to_char(date '2020-01-01' + g % 1500, 'YYYY-MM-DD') AS d,
               round((10 + (g::bigint * 7919 % 100000) / 10000.0)::numeric, 6)::float8 AS lat,
               round((-12 + (g::bigint * 104729 % 160000) / 10000.0)::numeric, 6)::float8 AS lon
        FROM generate_series(1, $store_incidents) g) s;
INSERT INTO incident_source (incident_ref, position, doc_id, incident_id, date, day, date_precision, event_type,
    sub_event_type, killed, injured, killed_by_group, actors, country, location_name, lat, lon, geo_precision, admin1,
    admin2, gazetteer_id, evidence_start, evidence_end, evidence_text, warnings)
  SELECT id, 0, doc_id, incident_id, date, day, date_precision, event_type, sub_event_type, killed, injured,
    killed_by_group, actors, country, location_name, lat, lon, geo_precision, admin1, admin2, gazetteer_id,
    evidence_start, evidence_end, evidence_text, warnings FROM incident;
VACUUM ANALYZE;
SQL
measure() {  # measure NAME COMMAND... -> "seconds peak_MiB"
  local name=$1; shift
  /usr/bin/time -v "$@" 2> "$work/$name.time" >/dev/null || { cat "$work/$name.time" >&2; exit 1; }
  python3 - "$work/$name.time" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", text)
h, m, s = wall.groups()
seconds = (int(h) if h else 0) * 3600 + int(m) * 60 + float(s)
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
print(f"{seconds:.2f} {rss:.0f}")
PY
}
rm -f "$work/sahel.geojson" "$work/sahel-view.geojson" "$work/ogr2ogr.geojson"
read -r sahel_s sahel_mb < <(measure export-sahel "$sahel" incidents export --store "$big" --format geojson --quiet -o "$work/sahel.geojson")
# The fields of incidents_map (what ogr2ogr writes), for a comparison on equal content.
view_fields=doc_id,incident_id,date,date_precision,event_type,sub_event_type,killed,injured,actors,country,location_name,precision,admin1,admin2,sources
read -r view_s view_mb < <(measure export-sahel-view "$sahel" incidents export --store "$big" --format geojson --quiet --fields "$view_fields" -o "$work/sahel-view.geojson")
read -r ogr_s ogr_mb < <(measure export-ogr2ogr ogr2ogr -f GeoJSON "$work/ogr2ogr.geojson" "PG:$big" incidents_map)
features() { grep -o '"type": *"Feature"' "$1" | wc -l; }

python3 - "$ingest_docs" "$incidents_sqlite" "$sqlite_line" "$pg1_line" "$pg4_seconds" "$store_incidents" \
  "$sahel_s" "$sahel_mb" "$ogr_s" "$ogr_mb" "$(features "$work/sahel.geojson")" "$(features "$work/ogr2ogr.geojson")" \
  "$view_s" "$view_mb" "$(features "$work/sahel-view.geojson")" \
  "$(psql -X -At "$SAHEL_TEST_PG_URL" -c 'SHOW server_version')" "$(ogr2ogr --version)" <<'PY'
import sys
docs, incidents, sqlite_line, pg1_line, pg4_s, n, s_s, s_mb, o_s, o_mb, s_f, o_f, v_s, v_mb, v_f, pg_version, gdal = sys.argv[1:]
docs = int(docs)
def parse(line):
    _, wall, write = line.split()
    return float(wall), float(write)
sq, p1 = parse(sqlite_line), parse(pg1_line)
p4 = float(pg4_s)
print(f"## Incident store (PostgreSQL {pg_version.split()[0]}, {gdal.split(',')[0]})\n")
print(f"Ingest: {docs:,} documents -> {int(incidents):,} incidents, `sahel extract --store`, wall time (extraction included)\n")
print("| store | writers | s | documents/s | store writing s | vs SQLite |")
print("| --- | ---: | ---: | ---: | ---: | ---: |")
print(f"| SQLite | 1 | {sq[0]:.2f} | {docs / sq[0]:,.0f} | {sq[1]:.2f} | 1.00 |")
print(f"| PostGIS | 1 | {p1[0]:.2f} | {docs / p1[0]:,.0f} | {p1[1]:.2f} | {sq[0] / p1[0]:.2f} |")
print(f"| PostGIS | 4 | {p4:.2f} | {docs / p4:,.0f} | – | {sq[0] / p4:.2f} |")
print(f"\nExport: {int(n):,} incidents from PostGIS to GeoJSON\n")
print("| tool | s | peak MiB | features | speed vs ogr2ogr |")
print("| --- | ---: | ---: | ---: | ---: |")
print(f"| sahel incidents export --format geojson (all 30 properties) | {float(s_s):.2f} | {s_mb} | {int(s_f):,} | {float(o_s) / float(s_s):.2f}× |")
print(f"| the same, --fields of incidents_map (15 properties) | {float(v_s):.2f} | {v_mb} | {int(v_f):,} | {float(o_s) / float(v_s):.2f}× |")
print(f"| ogr2ogr -f GeoJSON … PG:… incidents_map (16 properties) | {float(o_s):.2f} | {o_mb} | {int(o_f):,} | 1.00× |")
PY
