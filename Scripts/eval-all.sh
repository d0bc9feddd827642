#!/usr/bin/env bash
# Every development set, with two gazetteers, in one markdown table (a few minutes at most):
#   default   Gazetteer/build/sahel.sqlite as it is (a copy in the work folder)
#   imported  a copy with the OCHA Mali settlements (../shared/data/ocha-mali-settlements-2015.csv, importer ocha)
#             and the GeoNames dump of Burkina Faso (../shared/data/geonames-BF.txt, importer geonames) imported
# For each gazetteer:
#   fr-dev    ../shared/data/incidents-fr-dev.jsonl: sahel extract scored by Scripts/eval-extract.py (killed
#             exact, location within 25 km), and sahel geocode scored by Scripts/eval-geocode.py (focus within
#             25 km; skipped when the binary has no geocode command)
#   ACLED     ../shared/data/acled-burkina-faso-dev.jsonl: sahel extract scored by Scripts/eval-acled.py (found,
#             killed exact, event and sub-event type, date, location within 25 km)
#   articles  ../shared/data/articles-dev.jsonl: ../shared/eval/score_articles.py --lang fr and --lang en, as it is
#             (located recall, precision, produced, killed, date, event type, non-incident, places_absent)
# Prints the table on standard output (progress on standard error) and writes every figure, with the misses,
# to $EVAL_WORK/eval-all.json; each run's input, output and report stay in $EVAL_WORK/<gazetteer>/.
#
#   Scripts/eval-all.sh [-h|--help]
#
# Environment:
#   SAHEL_BIN     the sahel binary (default: the release build; this script builds nothing:
#                 swift build -c release --product sahel)
#   SAHEL_SHARED  the team's shared folder (default: ../shared beside the checkout)
#   EVAL_WORK     the work folder (default: /tmp/sahel-eval); the two gazetteer copies are kept there and redone
#                 only when the binary or Gazetteer/build/sahel.sqlite is newer than their ".ready" marker
#
# Examples:
#   Scripts/eval-all.sh
#   SAHEL_BIN=/tmp/sahel-base EVAL_WORK=/tmp/eval-base Scripts/eval-all.sh > before.md
#
# Exit codes: 0 done, 1 a step failed, 64 bad usage, 66 a binary, gazetteer or data file is missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=$(cd "${SAHEL_SHARED:-$root/../shared}" 2>/dev/null && pwd) \
  || { echo "$(basename "$0"): no shared folder at ${SAHEL_SHARED:-$root/../shared} (set SAHEL_SHARED)" >&2; exit 66; }
# shellcheck source=Scripts/geocode-common.sh
. "$root/Scripts/geocode-common.sh"
bench_arguments "$0" "$@"
started=$SECONDS

default_db=$root/Gazetteer/build/sahel.sqlite
fr_dev=$shared/data/incidents-fr-dev.jsonl
acled=$shared/data/acled-burkina-faso-dev.jsonl
articles=$shared/data/articles-dev.jsonl
ocha=$shared/data/ocha-mali-settlements-2015.csv
geonames=$shared/data/geonames-BF.txt
score_articles=$shared/eval/score_articles.py
[ -s "$default_db" ] || { geocode_log "no gazetteer at $default_db: run  bash Scripts/bootstrap.sh"; exit 66; }
for f in "$fr_dev" "$acled" "$articles" "$ocha" "$geonames" "$score_articles"; do
  [ -s "$f" ] || { geocode_log "missing $f (is ../shared beside the checkout? else set SAHEL_SHARED)"; exit 66; }
done
sahel=$(sahel_release_binary) || exit 66
work=${EVAL_WORK:-/tmp/sahel-eval}
# score_articles.py splits its --extra on white space, so the gazetteer paths in $work must have none
[[ $work != *[[:space:]]* ]] || { geocode_log "EVAL_WORK=$work: a folder without spaces, please"; exit 64; }
mkdir -p "$work"
work=$(cd "$work" && pwd)

# gazetteer_copy NAME [KIND FILE]...: $work/gazetteer-NAME.sqlite, a copy of the default gazetteer with each FILE
# imported by `sahel gazetteer import KIND`; reused while its ".ready" marker is newer than the binary and the
# default gazetteer (an interrupted copy or import has no marker, so it is redone). Prints its path.
gazetteer_copy() {
  local name=$1 copy=$work/gazetteer-$1.sqlite
  shift
  if [ ! -e "$copy.ready" ] || [ "$default_db" -nt "$copy.ready" ] || [ "$sahel" -nt "$copy.ready" ]; then
    rm -f "$copy" "$copy-wal" "$copy-shm" "$copy.ready" "$work/gazetteer-$name.log"
    cp "$default_db" "$copy"
    if [ -s "$default_db-wal" ]; then cp "$default_db-wal" "$copy-wal"; fi
    while [ $# -ge 2 ]; do
      geocode_log "gazetteer $name: importing $1 $(basename "$2") (report in $work/gazetteer-$name.log)"
      # from the checkout, as a user runs it (the importer re-applies Gazetteer/aliases.tsv and capitals.tsv)
      (cd "$root" && "$sahel" gazetteer import "$1" "$2" --db "$copy") >>"$work/gazetteer-$name.log" 2>&1 \
        || { geocode_log "gazetteer $name: the $1 import failed (see $work/gazetteer-$name.log)"; return 1; }
      shift 2
    done
    touch "$copy.ready"
  fi
  echo "$copy"
}

# step NAME CMD...: runs CMD with its standard output in $out/NAME.out and its errors in $out/NAME.err;
# a failure stops the whole run with the end of NAME.err.
step() {
  local name=$1
  shift
  if ! "$@" >"$out/$name.out" 2>"$out/$name.err"; then
    geocode_log "$gazetteer_name: $name failed: $*"
    tail -n 5 "$out/$name.err" >&2
    exit 1
  fi
}

inputs=$work/inputs
mkdir -p "$inputs"
python3 "$root/Scripts/eval-extract.py" "$fr_dev" --write-input "$inputs/fr-dev-extract.jsonl" 2>/dev/null
python3 "$root/Scripts/eval-geocode.py" "$fr_dev" --write-input "$inputs/fr-dev-geocode.jsonl" >/dev/null 2>&1
python3 "$root/Scripts/eval-acled.py" "$acled" --write-input "$inputs/acled.jsonl" 2>/dev/null
has_geocode=0
if sahel_has_geocode "$sahel"; then has_geocode=1; else geocode_log "$sahel has no geocode command: no geocode figures"; fi

for gazetteer_name in default imported; do
  if [ "$gazetteer_name" = default ]; then
    gazetteer=$(gazetteer_copy default) || exit 66
  else
    gazetteer=$(gazetteer_copy imported ocha "$ocha" geonames "$geonames") || exit 66
  fi
  out=$work/$gazetteer_name
  mkdir -p "$out"
  rm -f "$out"/*.json
  geocode_log "$gazetteer_name: fr-dev extract"
  step fr-dev-extract "$sahel" extract "$inputs/fr-dev-extract.jsonl" --gazetteer "$gazetteer" \
    --output "$out/fr-dev-extract.jsonl" --quiet
  step fr-dev-extract-score python3 "$root/Scripts/eval-extract.py" "$fr_dev" "$out/fr-dev-extract.jsonl" \
    --misses --json "$out/fr-dev-extract.json"
  if [ "$has_geocode" = 1 ]; then
    geocode_log "$gazetteer_name: fr-dev geocode"
    step fr-dev-geocode "$sahel" geocode "$inputs/fr-dev-geocode.jsonl" --gazetteer "$gazetteer" \
      --output "$out/fr-dev-geocode.jsonl"
    step fr-dev-geocode-score python3 "$root/Scripts/eval-geocode.py" "$fr_dev" "$out/fr-dev-geocode.jsonl" \
      --label "sahel geocode" --json "$out/fr-dev-geocode.json"
  fi
  geocode_log "$gazetteer_name: ACLED extract"
  step acled-extract "$sahel" extract "$inputs/acled.jsonl" --gazetteer "$gazetteer" --output "$out/acled-extract.jsonl" --quiet
  step acled-score python3 "$root/Scripts/eval-acled.py" "$acled" "$out/acled-extract.jsonl" --misses --json "$out/acled.json"
  for lang in fr en; do
    geocode_log "$gazetteer_name: articles-$lang"
    step "articles-$lang" python3 "$score_articles" --sahel "$sahel" --set "$articles" --lang "$lang" \
      --extra "--gazetteer $gazetteer" --json --show-fails
    head -n 1 "$out/articles-$lang.out" >"$out/articles-$lang.json"
  done
done

python3 - "$root" "$work" "$sahel" "$default_db" "$((SECONDS - started))" <<'PY'
"""Gathers $work/{default,imported}/*.json into $work/eval-all.json and prints the markdown table."""
import json, os, sys, time
root, work, sahel, default_db, seconds = sys.argv[1:]
sys.path.insert(0, os.path.join(root, "Scripts"))
from eval_common import write_atomically

GAZETTEERS = ("default", "imported")
figures = {}
for g in GAZETTEERS:
    figures[g] = {}
    for name in ("fr-dev-extract", "fr-dev-geocode", "acled", "articles-fr", "articles-en"):
        path = os.path.join(work, g, name + ".json")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                figures[g][name] = json.loads(f.read())

def share(v):
    return "–" if v is None else f"{100 * v:.1f} %"

def plain(v):
    return "–" if v is None else str(v)

ROWS = [("fr-dev killed exact (null != 0)", "fr-dev-extract", "killed_exact", share),
        ("fr-dev killed exact (null as 0)", "fr-dev-extract", "killed_exact_null_as_0", share),
        ("fr-dev location ≤25 km (extract)", "fr-dev-extract", "location_within_25km", share),
        ("fr-dev geocode focus ≤25 km", "fr-dev-geocode", "within_25km", share),
        ("ACLED found", "acled", "found", share),
        ("ACLED killed exact (null != 0)", "acled", "killed_exact", share),
        ("ACLED killed exact (null as 0)", "acled", "killed_exact_null_as_0", share),
        ("ACLED event type", "acled", "event_type", share),
        ("ACLED sub-event type", "acled", "sub_event_type", share),
        ("ACLED date exact", "acled", "date_exact", share),
        ("ACLED location ≤25 km", "acled", "within_25km", share)]
for lang in ("fr", "en"):
    a = f"articles-{lang}"
    ROWS += [(f"{a} located recall", a, "located_recall", share),
             (f"{a} precision", a, "precision", share),
             (f"{a} produced", a, "produced", plain),
             (f"{a} killed exact", a, "killed_exact", share),
             (f"{a} date exact", a, "date_exact", share),
             (f"{a} event type", a, "event_type", share),
             (f"{a} non-incident ok", a, "non_incident_ok", plain),
             (f"{a} absent violations", a, "absent_violations", plain)]

lines = ["| measure | " + " | ".join(GAZETTEERS) + " |", "| --- |" + " ---: |" * len(GAZETTEERS)]
for label, source, key, fmt in ROWS:
    if not any(source in figures[g] for g in GAZETTEERS):
        continue
    lines.append(f"| {label} | " + " | ".join(fmt(figures[g].get(source, {}).get(key)) for g in GAZETTEERS) + " |")
print("\n".join(lines))
doc = {"binary": sahel, "binary_mtime": time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(os.path.getmtime(sahel))),
       "default_gazetteer": default_db, "seconds": int(seconds),
       "gazetteers": {"default": "copy of the default gazetteer",
                      "imported": "copy of the default gazetteer + ocha-mali-settlements-2015.csv + geonames-BF.txt"},
       "figures": figures}
write_atomically(os.path.join(work, "eval-all.json"), json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
PY
geocode_log "done in $((SECONDS - started)) s: figures in $work/eval-all.json, runs in $work/default and $work/imported"
