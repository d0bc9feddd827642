#!/usr/bin/env bash
# Benchmark (measured, not a test): `sahel geocode` beside the French geoparsing peer of ../shared/bench/geoparse
# (spaCy fr_core_news_sm NER + exact gazetteer lookup, peer_spacy_fr.py), in one run, on the same places:
#   1. the peer's venv (${BENCH_VENV:-/tmp/sahel-bench-venv}) with spaCy, else ../shared/bench/prepare.sh makes it;
#   2. the release binary, and a copy of the gazetteer with the OCHA Mali settlements (as Scripts/eval-geocode.sh);
#   3. `sahel gazetteer export` of that gazetteer -> WORK/gazetteer_ours.csv, the peer's gazetteer;
#   4. inputs: short = the 222 dev-set texts repeated to GEOCODE_BENCH_DOCS documents (ids `no#k`);
#      long = the seed article x20 as one document, repeated to GEOCODE_BENCH_LONG_DOCS documents;
#   5. each tool on each input, its own process, under GNU time -v (wall, peak RSS); sahel with
#      --timings json when it has it; the peer's rate is its own JSON line;
#   6. accuracy of both on the 222 dev documents (Scripts/eval-geocode.py; the peer's first place is its focus);
#   7. the table, with the ratio sahel/peer of docs/s, on stdout and in WORK/geocode-bench.md.
#
#   Scripts/bench-geocode.sh            # 1.5 minutes for the peer's part, plus sahel's own runs
#
# Environment (defaults):
#   GEOCODE_BENCH_DOCS=100000       short documents for sahel
#   GEOCODE_BENCH_LONG_DOCS=500     long documents for sahel
#   PEER_DOCS=10000                 short documents for the peer (the first of the same file; 500-770 docs/s
#                                   here, so 15-20 s; its docs/s is steady long before that)
#   PEER_LONG_DOCS=50               long documents for the peer (about 1.1 docs/s and 2.4 GiB peak RSS for 50:
#                                   500 would take 7 minutes)
#   BENCH_VENV=/tmp/sahel-bench-venv   the peer's venv;  BENCH_PREPARE=0: never run prepare.sh, only say so
#   GEOCODE_BENCH_WORK=${BENCH_WORK:-/tmp/sahel-bench}/geocode   work folder (inputs are reused across runs)
#   SAHEL_BIN                       a binary to use as it is (otherwise: swift build -c release --product sahel)
#   SAHEL_GAZETTEER                 a gazetteer to use as it is (otherwise the OCHA copy, made once in WORK)
#   SAHEL_SHARED                    the team's shared folder (../shared beside the checkout)
#
# Examples:
#   Scripts/bench-geocode.sh
#   GEOCODE_BENCH_DOCS=10000 GEOCODE_BENCH_LONG_DOCS=50 Scripts/bench-geocode.sh      # a quick look
#   PEER_DOCS=100000 Scripts/bench-geocode.sh                                           # the peer on all of it
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1   # keep ../shared free of __pycache__
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${SAHEL_SHARED:-$root/../shared}
bench=$shared/bench
# shellcheck source=Scripts/geocode-common.sh
. "$root/Scripts/geocode-common.sh"

bench_arguments "$0" "$@"

venv=${BENCH_VENV:-/tmp/sahel-bench-venv}
work=${GEOCODE_BENCH_WORK:-${BENCH_WORK:-/tmp/sahel-bench}/geocode}
docs=${GEOCODE_BENCH_DOCS:-100000}
long_docs=${GEOCODE_BENCH_LONG_DOCS:-500}
peer_docs=${PEER_DOCS:-10000}
peer_long_docs=${PEER_LONG_DOCS:-50}
long_repeat=20
gold=$shared/data/incidents-fr-dev.jsonl
article=$shared/data/seed/mali-2022-07-29.fr.txt
peer=$bench/geoparse/peer_spacy_fr.py
for n in "$docs" "$long_docs" "$peer_docs" "$peer_long_docs"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || { geocode_log "document counts must be positive integers, not '$n'"; exit 64; }
done
for f in "$gold" "$article" "$peer"; do
  [ -s "$f" ] || { geocode_log "missing $f (is ../shared beside the checkout? else set SAHEL_SHARED)"; exit 66; }
done
mkdir -p "$work"

# 1. The peer: spaCy and the French model in the bench venv.
peer_ready() { [ -x "$venv/bin/python" ] && "$venv/bin/python" -c 'import spacy, fr_core_news_sm' 2>/dev/null; }
if ! peer_ready; then
  how="BENCH_VENV=$venv BENCH_GEOPARSE=1 bash $bench/prepare.sh"
  if [ "${BENCH_PREPARE:-1}" = 1 ]; then
    geocode_log "no spaCy in $venv: running  $how"
    BENCH_VENV=$venv BENCH_GEOPARSE=1 bash "$bench/prepare.sh" >&2 || true
  fi
  peer_ready || { geocode_log "the spaCy peer is not ready in $venv; run:  $how"; exit 1; }
fi

# 2. sahel: the release binary, and whether it has geocode (and --timings) yet.
if [ -z "${SAHEL_BIN:-}" ]; then (cd "$root" && swift build -c release --product sahel >&2); fi
sahel=$(sahel_release_binary)
timings=()
if sahel_has_geocode "$sahel"; then
  have_geocode=1
  if sahel_geocode_has_timings "$sahel"; then timings=(--timings json); fi
else
  have_geocode=0
  geocode_log "$sahel has no 'geocode' command: measuring the peer only"
fi
gazetteer=$(scratch_gazetteer "$sahel" "$work")

# 3. The same places for the peer.
"$sahel" gazetteer export --gazetteer "$gazetteer" --output "$work/gazetteer_ours.csv"

# 4. Inputs, made once per size (written to a temporary name, then renamed).
python3 "$root/Scripts/eval-geocode.py" "$gold" --write-input "$work/dev-input.jsonl"
python3 - "$work" "$gold" "$article" "$long_repeat" "$docs" "$peer_docs" "$long_docs" "$peer_long_docs" <<'PY'
import json, os, sys
work, gold, article, repeat = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
short_sizes, long_sizes = {int(sys.argv[5]), int(sys.argv[6])}, {int(sys.argv[7]), int(sys.argv[8])}
with open(gold, encoding="utf-8") as f:
    dev = [json.loads(line) for line in f if line.strip()]
with open(article, encoding="utf-8") as f:
    long_text = "\n\n".join([f.read().strip()] * repeat)

def write(path, lines):
    if os.path.exists(path):
        return
    with open(path + ".tmp", "w", encoding="utf-8") as out:
        for line in lines:
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    os.replace(path + ".tmp", path)

for n in short_sizes:   # document i is dev text i % 222, id "no#k" with k = i // 222: a prefix of any larger size
    write(f"{work}/short-{n}.jsonl",
          ({"id": f"{dev[i % len(dev)]['no']}#{i // len(dev)}", "text": dev[i % len(dev)]["text"]} for i in range(n)))
for n in long_sizes:
    write(f"{work}/long-{n}.jsonl", ({"id": f"long#{k}", "text": long_text} for k in range(n)))
json.dump({"long_chars": len(long_text), "dev_docs": len(dev)}, open(f"{work}/inputs.json", "w"))
PY

# 5. The runs: measure NAME CMD...  -> NAME.stdout, NAME.stderr, NAME.time (GNU time -v wording), NAME.status
measure() { bench_measure "$work" "$@"; }   # Scripts/geocode-common.sh
rm -f "$work"/{sahel,peer}-{short,long}.status "$work"/{sahel,peer}-dev-eval.json
peer_cmd=("$venv/bin/python" "$peer")   # then IN.jsonl OUT.jsonl --gazetteer CSV
if [ "$have_geocode" = 1 ]; then
  measure sahel-short "$sahel" geocode "$work/short-$docs.jsonl" --gazetteer "$gazetteer" \
    --output "$work/sahel-short.jsonl" "${timings[@]}"
  measure sahel-long "$sahel" geocode "$work/long-$long_docs.jsonl" --gazetteer "$gazetteer" \
    --output "$work/sahel-long.jsonl" "${timings[@]}"
fi
measure peer-short "${peer_cmd[@]}" "$work/short-$peer_docs.jsonl" "$work/peer-short.jsonl" \
  --gazetteer "$work/gazetteer_ours.csv"
measure peer-long "${peer_cmd[@]}" "$work/long-$peer_long_docs.jsonl" "$work/peer-long.jsonl" \
  --gazetteer "$work/gazetteer_ours.csv"

# 6. Accuracy on the 222 dev documents.
evaluate() {  # evaluate TOOL OUTPUT LABEL
  python3 "$root/Scripts/eval-geocode.py" "$gold" "$2" --label "$3" --json "$work/$1-dev-eval.json" \
    >"$work/$1-dev-eval.txt" || geocode_log "evaluating $1 failed (see $work/$1-dev-eval.txt)"
}
if [ "$have_geocode" = 1 ]; then
  if "$sahel" geocode "$work/dev-input.jsonl" --gazetteer "$gazetteer" --output "$work/sahel-dev.jsonl" \
       2>"$work/sahel-dev.stderr"; then
    evaluate sahel "$work/sahel-dev.jsonl" "sahel geocode (focus)"
  else
    geocode_log "sahel geocode failed on the dev documents (see $work/sahel-dev.stderr)"
  fi
fi
if "${peer_cmd[@]}" "$work/dev-input.jsonl" "$work/peer-dev.jsonl" --gazetteer "$work/gazetteer_ours.csv" \
     >"$work/peer-dev.stdout" 2>"$work/peer-dev.stderr"; then
  evaluate peer "$work/peer-dev.jsonl" "spacy-fr (first place as focus)"
else
  geocode_log "the peer failed on the dev documents (see $work/peer-dev.stderr)"
fi

# 7. The table.
python3 - "$work" "$docs" "$long_docs" "$peer_docs" "$peer_long_docs" "$long_repeat" "$gazetteer" <<'PY'
import datetime, json, os, platform, sys
work, docs, long_docs, peer_docs, peer_long_docs, repeat, gazetteer = sys.argv[1:]
inputs = json.load(open(f"{work}/inputs.json"))
csv_path = f"{work}/gazetteer_ours.csv"
rows = sum(1 for _ in open(csv_path, encoding="utf-8")) - 1
meta = {"date": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "sahel_short_docs": int(docs), "sahel_long_docs": int(long_docs),
        "peer_short_docs": int(peer_docs), "peer_long_docs": int(peer_long_docs),
        "long_repeat": int(repeat), "long_chars": inputs["long_chars"], "dev_docs": inputs["dev_docs"],
        "gazetteer": gazetteer, "gazetteer_csv": csv_path, "gazetteer_rows": rows}
with open(f"{work}/meta.json.tmp", "w") as f:
    json.dump(meta, f, indent=1)
os.replace(f"{work}/meta.json.tmp", f"{work}/meta.json")
PY
python3 "$root/Scripts/bench_geocode_table.py" "$work"
for t in sahel peer; do
  [ -s "$work/$t-dev-eval.txt" ] && sed -n '1,11p' "$work/$t-dev-eval.txt" >&2
done
geocode_log "outputs, logs and the table are in $work"
