#!/usr/bin/env bash
# Incident extraction on the development set ../shared/data/incidents-fr-dev.jsonl (222 coded incidents in Mali):
# each document is the incident's text + " Bilan : " + its victims, published on its date; runs `sahel extract`
# and Scripts/eval-extract.py compares killed (exact) and the location (within 25 km) with the coding.
#
#   Scripts/eval-extract.sh [--misses] [--json FILE]
#
# Environment: SAHEL_BIN, SAHEL_GAZETTEER, SAHEL_SHARED, EVAL_WORK as for Scripts/eval-geocode.sh;
# EXTRACT_ARGS: extra arguments for sahel extract (e.g. "--relative-points anchor").
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${SAHEL_SHARED:-$root/../shared}
gold=$shared/data/incidents-fr-dev.jsonl
# shellcheck source=Scripts/geocode-common.sh
. "$root/Scripts/geocode-common.sh"
[ -s "$gold" ] || { geocode_log "no development set at $gold (is ../shared beside the checkout?)"; exit 66; }
sahel=$(sahel_release_binary) || exit 66
if [ -n "${EVAL_WORK:-}" ]; then
  work=$EVAL_WORK
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
gazetteer=$(scratch_gazetteer "$sahel" "$work") || exit 66
python3 "$root/Scripts/eval-extract.py" "$gold" --write-input "$work/extract-input.jsonl"
# shellcheck disable=SC2086  # EXTRACT_ARGS is a list of words
"$sahel" extract "$work/extract-input.jsonl" --gazetteer "$gazetteer" --output "$work/extract-output.jsonl" --quiet ${EXTRACT_ARGS:-}
python3 "$root/Scripts/eval-extract.py" "$gold" "$work/extract-output.jsonl" "$@"
