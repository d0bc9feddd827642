#!/usr/bin/env bash
# Geocoding accuracy on the development set ../shared/data/incidents-fr-dev.jsonl (222 coded incidents in Mali):
# runs `sahel geocode` on the incident texts, then Scripts/eval-geocode.py compares each document's focus point
# with the coded place (share within 25 km and 161 km, median error, unresolved, misses).
#
#   Scripts/eval-geocode.sh [OPTIONS]
#     --output-only OUT.jsonl   compare an existing geocode output; run nothing else
#     --misses | --check | --json FILE | --label NAME | --focus MODE    passed to eval-geocode.py (see its --help)
#     -h, --help
#
# Environment:
#   SAHEL_BIN        the sahel binary (default: the release build; this script builds nothing:
#                    swift build -c release --product sahel)
#   SAHEL_GAZETTEER  the gazetteer to use as it is (default: a copy of Gazetteer/build/sahel.sqlite with the OCHA
#                    settlements imported, made in the work folder)
#   SAHEL_SHARED     the team's shared folder (default: ../shared beside the checkout)
#   EVAL_WORK        keep the input, output and gazetteer copy in this folder (default: a temporary folder, removed)
#   GEOCODE_ARGS     extra arguments for sahel geocode
#
# Examples:
#   Scripts/eval-geocode.sh --misses
#   Scripts/eval-geocode.sh --check --json /tmp/geocode-eval.json
#   EVAL_WORK=/tmp/sahel-eval Scripts/eval-geocode.sh          # the gazetteer copy is reused next time
#   Scripts/eval-geocode.sh --output-only /tmp/out.jsonl --misses
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${SAHEL_SHARED:-$root/../shared}
gold=$shared/data/incidents-fr-dev.jsonl
# shellcheck source=Scripts/geocode-common.sh
. "$root/Scripts/geocode-common.sh"

output_only=
eval_args=()
while [ $# -gt 0 ]; do
  case $1 in
    --output-only)
      [ $# -ge 2 ] || { geocode_log "--output-only needs a file"; exit 64; }
      output_only=$2; shift 2 ;;
    --json|--label|--focus)
      [ $# -ge 2 ] || { geocode_log "$1 needs a value"; exit 64; }
      eval_args+=("$1" "$2"); shift 2 ;;
    --misses|--check)
      eval_args+=("$1"); shift ;;
    -h|--help)
      sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *)
      geocode_log "unknown option $1 (see --help)"; exit 64 ;;
  esac
done
[ -s "$gold" ] || { geocode_log "no development set at $gold (is ../shared beside the checkout? else set SAHEL_SHARED)"; exit 66; }

if [ -n "$output_only" ]; then
  [ -f "$output_only" ] || { geocode_log "$output_only: no such file"; exit 66; }
  exec python3 "$root/Scripts/eval-geocode.py" "$gold" "$output_only" "${eval_args[@]}"
fi

sahel=$(sahel_release_binary) || exit 66
if ! sahel_has_geocode "$sahel"; then
  geocode_log "$sahel has no 'geocode' command yet; compare an existing output with --output-only OUT.jsonl"
  exit 66
fi
if [ -n "${EVAL_WORK:-}" ]; then
  work=$EVAL_WORK
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
gazetteer=$(scratch_gazetteer "$sahel" "$work") || exit 66
python3 "$root/Scripts/eval-geocode.py" "$gold" --write-input "$work/dev-input.jsonl"
# shellcheck disable=SC2086  # GEOCODE_ARGS is a list of words
"$sahel" geocode "$work/dev-input.jsonl" --gazetteer "$gazetteer" --output "$work/dev-output.jsonl" ${GEOCODE_ARGS:-}
python3 "$root/Scripts/eval-geocode.py" "$gold" "$work/dev-output.jsonl" --label "sahel geocode" "${eval_args[@]}"
