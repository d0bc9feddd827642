#!/usr/bin/env bash
# How a `sahel map` page with many incidents opens: generates N incident Features (default 50,000,
# deterministic: seeded random points over Mali, Burkina Faso and Niger), runs `sahel map`, then times
# headless Chromium loading the page until the script has put every marker on the map (it sets
# <body data-ready="yes" data-markers=N> when done; the DOM is dumped once virtual time allows).
#   Scripts/bench-map.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-50000}"
command -v chromium >/dev/null || { echo "bench-map: chromium is missing; run Scripts/bootstrap.sh" >&2; exit 1; }
sahel="${SAHEL_BIN:-$(swift build -c release --show-bin-path)/sahel}"
[ -x "$sahel" ] || swift build -c release --product sahel >&2
work=$(mktemp -d /tmp/sahel-bench-map.XXXXXX)
trap 'rm -rf "$work"' EXIT
since() { python3 -c 'import sys, time; print(f"{time.time() - float(sys.argv[1]):.2f}")' "$1"; }

python3 - "$count" "$work/incidents.geojson" <<'PY'
import json, random, sys
count, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(7)
types = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
         ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"), ("Riots", "Mob violence"),
         ("Strategic developments", "Looting/property destruction")]
countries = [("ML", 11.0, 17.0, -11.0, 1.0), ("BF", 10.0, 14.5, -5.0, 1.5), ("NE", 12.0, 16.0, 0.5, 10.0)]
with open(path, "w") as out:
    out.write('{"type":"FeatureCollection","features":[\n')
    for i in range(count):
        country, s, n, w, e = countries[i % 3]
        kind, sub = types[rng.randrange(len(types))]
        located = rng.random() > 0.05
        geometry = {"type": "Point", "coordinates": [round(rng.uniform(w, e), 6), round(rng.uniform(s, n), 6)]} if located else None
        day = 1 + rng.randrange(28)
        props = {"doc_id": f"bench-{i // 3}", "incident_id": f"bench-{i // 3}#{i % 3 + 1}",
                 "date": f"2023-{1 + rng.randrange(12):02d}-{day:02d}", "date_precision": 1, "event_type": kind,
                 "sub_event_type": sub, "killed": rng.choice([None, 0, 1, 2, 3, 5, 12, 40]), "injured": None,
                 "actors": ["JNIM", "FAMa"], "country": country, "location_name": f"Village {i}",
                 "admin1": None, "evidence_text": f"Report {i}: an attack on the village killed several people, officials said."}
        out.write(("," if i else "") + json.dumps({"type": "Feature", "geometry": geometry, "properties": props}, ensure_ascii=False) + "\n")
    out.write("]}\n")
PY

start=$(date +%s.%N)
"$sahel" map "$work/incidents.geojson" --capital ML --output "$work/map.html"
map_seconds=$(since "$start")
size=$(stat -c %s "$work/map.html")

start=$(date +%s.%N)
chromium --headless --disable-gpu --no-sandbox --user-data-dir="$work/profile" --virtual-time-budget=60000 \
  --dump-dom "file://$work/map.html" 2>/dev/null > "$work/dom.html"
open_seconds=$(since "$start")
body=$(grep -o '<body[^>]*>' "$work/dom.html" || true)
markers=$(echo "$body" | sed -n 's/.*data-markers="\([0-9]*\)".*/\1/p')
ready=$(echo "$body" | grep -c 'data-ready="yes"' || true)
errors=$(grep -o 'id="sahel-errors" data-count="[0-9]*"' "$work/dom.html" || true)
printf 'bench-map: %d features, sahel map %s s, page %s MB, chromium load+draw %s s, markers drawn %s, ready %s, %s\n' \
  "$count" "$map_seconds" "$(python3 -c "print(f'{$size / 1e6:.1f}')")" "$open_seconds" "${markers:-none}" "$ready" "${errors:-no error box}"
[ "$ready" = 1 ] || { echo "bench-map: the page did not finish drawing" >&2; exit 1; }
