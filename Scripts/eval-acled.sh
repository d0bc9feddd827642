#!/usr/bin/env bash
# Incident extraction on the English development set ../shared/data/acled-burkina-faso-dev.jsonl (254 ACLED
# events in Burkina Faso): each row's note is a document published the day after the event; runs `sahel extract`
# and Scripts/eval-acled.py compares the first incident of each document with the coding (found, killed exact,
# event and sub-event type, date, location within 25 km and 161 km, median error).
#
#   Scripts/eval-acled.sh [--misses] [--json FILE]      (arguments are passed to eval-acled.py)
#
# Environment:
#   SAHEL_BIN        the sahel binary (default: the release build; this script builds nothing)
#   SAHEL_GAZETTEER  the gazetteer to use as it is (default: a copy of Gazetteer/build/sahel.sqlite with the
#                    GeoNames dump of Burkina Faso, ../shared/data/geonames-BF.txt, imported, made in the work folder)
#   SAHEL_SHARED     the team's shared folder (default: ../shared beside the checkout)
#   EVAL_WORK        keep the input, output and gazetteer copy in this folder (default: a temporary folder, removed)
#   EXTRACT_ARGS     extra arguments for sahel extract
#
# Examples:
#   Scripts/eval-acled.sh --misses
#   EVAL_WORK=/tmp/sahel-eval Scripts/eval-acled.sh --json /tmp/acled.json   # the gazetteer copy is reused
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${SAHEL_SHARED:-$root/../shared}
if [ -d "$shared" ]; then shared=$(cd "$shared" && pwd); fi  # absolute: the import runs from the checkout
gold=$shared/data/acled-burkina-faso-dev.jsonl
# shellcheck source=Scripts/geocode-common.sh
. "$root/Scripts/geocode-common.sh"
case ${1:-} in
  -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
esac
[ -s "$gold" ] || { geocode_log "no development set at $gold (is ../shared beside the checkout? else set SAHEL_SHARED)"; exit 66; }
sahel=$(sahel_release_binary) || exit 66
if [ -n "${EVAL_WORK:-}" ]; then
  mkdir -p "$EVAL_WORK"
  work=$(cd "$EVAL_WORK" && pwd)
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi

# A gazetteer with GeoNames BF: $SAHEL_GAZETTEER as it is, else a copy of the default gazetteer in $work with
# geonames-BF.txt imported, redone when the binary or the default gazetteer is newer than its ".ready" marker.
geonames_gazetteer() {
  if [ -n "${SAHEL_GAZETTEER:-}" ]; then
    [ -s "$SAHEL_GAZETTEER" ] || { geocode_log "SAHEL_GAZETTEER=$SAHEL_GAZETTEER: no such database"; return 1; }
    echo "$SAHEL_GAZETTEER"
    return 0
  fi
  local default=$root/Gazetteer/build/sahel.sqlite geonames=$shared/data/geonames-BF.txt copy=$work/sahel-geonames-bf.sqlite
  [ -s "$default" ] || { geocode_log "no gazetteer at $default: run  bash Scripts/bootstrap.sh"; return 1; }
  [ -s "$geonames" ] || { geocode_log "no GeoNames dump at $geonames (is ../shared beside the checkout?)"; return 1; }
  if [ ! -e "$copy.ready" ] || [ "$default" -nt "$copy.ready" ] || [ "$sahel" -nt "$copy.ready" ]; then
    rm -f "$copy" "$copy-wal" "$copy-shm" "$copy.ready"
    cp "$default" "$copy"
    if [ -s "$default-wal" ]; then cp "$default-wal" "$copy-wal"; fi
    geocode_log "importing GeoNames BF into a copy of the gazetteer ($copy; report in $work/geonames-bf-import.log)"
    # from the checkout, as a user runs it (the importer re-applies Gazetteer/aliases.tsv and capitals.tsv)
    (cd "$root" && "$sahel" gazetteer import geonames "$geonames" --db "$copy") >"$work/geonames-bf-import.log" 2>&1 \
      || { geocode_log "the GeoNames import failed (see $work/geonames-bf-import.log)"; return 1; }
    touch "$copy.ready"
  fi
  echo "$copy"
}

gazetteer=$(geonames_gazetteer) || exit 66
python3 "$root/Scripts/eval-acled.py" "$gold" --write-input "$work/acled-input.jsonl"
# shellcheck disable=SC2086  # EXTRACT_ARGS is a list of words
"$sahel" extract "$work/acled-input.jsonl" --gazetteer "$gazetteer" --output "$work/acled-output.jsonl" --quiet ${EXTRACT_ARGS:-}
python3 "$root/Scripts/eval-acled.py" "$gold" "$work/acled-output.jsonl" "$@"
