#!/usr/bin/env bash
# Article text from saved web pages: `sahel pages text` beside Python's trafilatura (PyPI) on the same N
# generated pages of 50-200 kB (default 10,000; Scripts/bench_pages_generate.py, seeded: WordPress, Drupal,
# Joomla and generic news shapes with menus, sidebars, "Lire aussi" lists, comments, cookie banners and inline
# scripts), in one run. Prints pages per second and peak memory (/usr/bin/time -v) of each, the ratio, and
# text agreement (token-level F1 of the article body against the known text) on the team's test pages
# (Tests/PagesTests/Fixtures) and on a sample of the generated ones. sahel runs on all cores and, for the
# per-core figure, on one (taskset -c 0); trafilatura runs in one process, as it is called.
#   Scripts/bench-pages.sh [N]
# trafilatura is installed from PyPI into a virtualenv under /tmp (kept between runs: $SAHEL_BENCH_VENV).
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-10000}"
sahel="${SAHEL_BIN:-$(swift build -c release --show-bin-path)/sahel}"
[ -x "$sahel" ] || swift build -c release --product sahel >&2
[ -x /usr/bin/time ] || { echo "bench-pages: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
venv="${SAHEL_BENCH_VENV:-/tmp/sahel-bench-trafilatura}"
if ! "$venv/bin/python" -c "import trafilatura" 2>/dev/null; then
  echo "bench-pages: installing trafilatura from PyPI into $venv" >&2
  python3 -m venv "$venv"
  # lxml 5.2+ moved lxml.html.clean out (trafilatura's justext needs it).
  "$venv/bin/pip" install --quiet --disable-pip-version-check trafilatura lxml_html_clean \
    || { echo "bench-pages: pip cannot reach PyPI; no peer to compare with" >&2; exit 1; }
fi
peer_version=$("$venv/bin/python" -c "import trafilatura; print(trafilatura.__version__)")
work=$(mktemp -d /tmp/sahel-bench-pages.XXXXXX)
trap 'rm -rf "$work"' EXIT
fixtures=Tests/PagesTests/Fixtures

echo "bench-pages: generating $count pages in $work" >&2
python3 Scripts/bench_pages_generate.py "$count" "$work/pages" 300
bytes=$(du -sb "$work/pages" | cut -f1)

# One measured run: wall seconds and peak RSS (MiB) from GNU time's report.
measure() {
  local name=$1; shift
  /usr/bin/time -v "$@" 2> "$work/$name.time" >/dev/null || { cat "$work/$name.time" >&2; exit 1; }
  python3 - "$work/$name.time" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1).split(":")
seconds = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall)))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
print(f"{seconds:.3f} {rss:.1f}")
PY
}

# Warm the page cache so neither tool pays for the first read from disk.
cat "$work"/pages/*.html > /dev/null
echo "bench-pages: sahel (all cores)" >&2
read -r sahel_s sahel_mib < <(measure sahel "$sahel" pages text "$work/pages" --quiet --output "$work/sahel.jsonl")
echo "bench-pages: sahel (one core)" >&2
read -r one_s one_mib < <(measure sahel1 taskset -c 0 "$sahel" pages text "$work/pages" --quiet --output "$work/sahel1.jsonl")
echo "bench-pages: trafilatura $peer_version" >&2
read -r peer_s peer_mib < <(measure peer "$venv/bin/python" Scripts/bench_pages_peer.py extract "$work/pages" "$work/peer.jsonl")

# Agreement on the team's pages and on the generated sample.
"$sahel" pages text "$fixtures" --quiet --output "$work/team-sahel.jsonl" 2>/dev/null || true
"$venv/bin/python" Scripts/bench_pages_peer.py extract "$fixtures" "$work/team-peer.jsonl"
python3 Scripts/bench_pages_peer.py score "$fixtures/pages.json" "$work/team-sahel.jsonl" "$work/team-peer.jsonl" team > "$work/agreement.jsonl"
python3 Scripts/bench_pages_peer.py score "$work/known.jsonl" "$work/sahel.jsonl" "$work/peer.jsonl" generated >> "$work/agreement.jsonl"

python3 - "$count" "$bytes" "$sahel_s" "$sahel_mib" "$one_s" "$one_mib" "$peer_s" "$peer_mib" "$peer_version" "$work/agreement.jsonl" <<'PY'
import json, sys
count, size = int(sys.argv[1]), int(sys.argv[2])
sahel_s, sahel_mib, one_s, one_mib, peer_s, peer_mib = map(float, sys.argv[3:9])
version = sys.argv[9]
scores = {(r["set"], r["tool"]): r for r in map(json.loads, open(sys.argv[10]))}
rate = lambda s: count / s if s > 0 else 0
print(f"bench-pages: {count:,} pages, {size / 1e6:,.0f} MB ({size / count / 1e3:.0f} kB a page on average)")
print(f"| | sahel pages text (2 cores) | sahel, one core | trafilatura {version} | ratio (2 cores / one core) |")
print("| --- | ---: | ---: | ---: | ---: |")
print(f"| pages / s | {rate(sahel_s):,.0f} | {rate(one_s):,.0f} | {rate(peer_s):,.1f} | {rate(sahel_s) / rate(peer_s):.1f}x / {rate(one_s) / rate(peer_s):.1f}x |")
print(f"| wall time | {sahel_s:.1f} s | {one_s:.1f} s | {peer_s:.1f} s | |")
print(f"| peak memory | {sahel_mib:.0f} MiB | {one_mib:.0f} MiB | {peer_mib:.0f} MiB | |")
for label, name in [("team", "team's test pages"), ("generated", "generated sample")]:
    s, p = scores[(label, "sahel")], scores[(label, "trafilatura")]
    print(f"| token F1, {name} ({s['pages']}) | {s['f1']:.3f} (P {s['precision']:.3f}, R {s['recall']:.3f}) | | "
          f"{p['f1']:.3f} (P {p['precision']:.3f}, R {p['recall']:.3f}) | |")
PY
