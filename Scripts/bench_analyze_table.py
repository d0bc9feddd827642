#!/usr/bin/env python3
"""bench_analyze_table.py WORK CMD INGEST_DOCS STORE_DOCS STORE_TARGET INCIDENTS INGEST_INPUT STORE_INPUT
-- the table of Scripts/bench-analyze.sh, on stdout and (atomically) in WORK/table.md.

Reads what the runs left in WORK (NAME.time from GNU time -v, NAME.stdout/.stderr, NAME.status, NAME.features
for the GeoJSON outputs, *.counts.json, fill.json). Wall times and peak RSS are GNU time's for each process
(start-up and the gazetteer load included). The ratio is ogr2ogr's wall time / sahel's: above 1, sahel is faster.
"""
import datetime
import json
import os
import platform
import sys

from bench_geocode_table import fmt, gnu_time, json_lines, read
from eval_common import write_atomically


def run(work, name):
    status = (read(os.path.join(work, name + ".status")) or "").strip()
    wall, rss = gnu_time(read(os.path.join(work, name + ".time")))
    lines = json_lines(read(os.path.join(work, name + ".stdout")), read(os.path.join(work, name + ".stderr")))
    return {"status": status or "not run", "wall": wall, "rss": rss, "timings": lines[-1] if lines else {}}


def size_mib(path):
    return os.path.getsize(path) / 2**20 if os.path.exists(path) else None


def features(work, name):
    text = (read(os.path.join(work, name + ".features")) or "").strip()
    return int(text) if text.isdigit() else None


def main(argv):
    if len(argv) != 8:
        print(__doc__, file=sys.stderr)
        return 2
    work, cmd, ingest_docs, store_docs, target, incidents, ingest_input, store_input = argv
    ingest_docs, store_docs, target, incidents = int(ingest_docs), int(store_docs), int(target), int(incidents)
    ingest, build = run(work, "ingest"), run(work, "store-build")
    ingest_counts = json.loads(read(os.path.join(work, "ingest.counts.json")) or "{}")
    store_counts = json.loads(read(os.path.join(work, "store.counts.json")) or "{}")
    fill = json.loads(read(os.path.join(work, "fill.json")) or "null")
    out = [f"# sahel ingest and GeoJSON export against ogr2ogr ({datetime.datetime.now():%Y-%m-%d %H:%M})", "",
           f"Machine: {platform.machine()}, {os.cpu_count()} cores. Work folder `{work}`. Ingest command "
           f"`sahel {cmd} DOCS.jsonl --store STORE --quiet --timings json` (stdout to a file).", ""]

    out += ["## Documents into the store", "",
            "| run | documents | reports | incidents in store | wall s | docs/s | reports/s | in-process docs/s "
            "| load s | extract s | write s | peak RSS MiB |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    build_counts = {"documents": store_docs, "incidents": store_counts.get("tool_incidents")}
    for label, r, docs, counts, name in (("ingest (random places and dates)", ingest, ingest_docs, ingest_counts,
                                          ingest_input),
                                         ("export store (distinct incidents)", build, store_docs, build_counts,
                                          store_input)):
        t = r["timings"]
        reports = t.get("incidents")
        if r["status"] != "0" or not r["wall"]:
            out.append(f"| {label} | {docs:,} | | | {r['status']} | | | | | | | |")
            continue
        out.append(f"| {label} (`{name}`) | {docs:,} | {fmt(reports)} | {fmt(counts.get('incidents'))} "
                   f"| {r['wall']:.1f} | {docs / r['wall']:,.0f} | {fmt(reports / r['wall'] if reports else None)} "
                   f"| {fmt(t.get('docs_per_s'))} | {fmt(t.get('load_s'), 2)} | {fmt(t.get('extract_s'), 1)} "
                   f"| {fmt(t.get('write_s'), 1)} | {fmt(r['rss'])} |")
    out += ["", "docs/s and reports/s: process wall time (GNU time), everything included. In-process docs/s is the "
            "tool's own `docs_per_s` (documents / extract_s, store writes excluded); write s includes the store.", ""]

    out += [f"## GeoJSON export of {incidents:,} incidents", ""]
    if fill:
        out.append(f"**Fixture shortcut**: the tool stored {store_counts.get('tool_incidents'):,} incidents from "
                   f"{store_docs:,} documents; {fill['copies']} SQL copies of its rows (ids suffixed `~cK`, same "
                   f"dates, places and texts, no de-duplication) filled it to {incidents:,} in {fill['fill_s']:.1f} s.")
        out.append("")
    out += ["Two pairs of equal content, each ratio against its own sahel run (ogr2ogr wall s / sahel wall s: "
            "above 1, sahel is faster).", "",
            "| tool | features | wall s | peak RSS MiB | output MiB | features/s | MiB/s | ratio ogr2ogr/sahel |",
            "|---|---:|---:|---:|---:|---:|---:|---:|"]
    pairs = ((("sahel incidents export --format geojson (30 properties)", "sahel-export", "sahel"),
              ("ogr2ogr, sahel's full CSV (30 columns)", "ogr2ogr-full", "ogr2ogr-full")),
             (("sahel incidents export --format geojson --fields incident_id,date", "sahel-export-light", "sahel-light"),
              ("ogr2ogr anchor, points.csv (id, date)", "ogr2ogr-points", "ogr2ogr-points")))
    ratios = {}
    for (ours, peer) in pairs:
        sahel = run(work, ours[1])
        for label, name, output in (ours, peer):
            r = run(work, name)
            n = features(work, output)
            size = size_mib(os.path.join(work, output + ".geojson"))
            if r["status"] != "0" or not r["wall"]:
                out.append(f"| {label} | {fmt(n)} | {r['status']} | | | | | |")
                continue
            ratio = r["wall"] / sahel["wall"] if sahel["wall"] and sahel["status"] == "0" else None
            ratios[name] = ratio
            out.append(f"| {label} | {fmt(n)} | {r['wall']:.2f} | {fmt(r['rss'])} | {fmt(size, 1)} "
                       f"| {fmt(n / r['wall'] if n else None)} | {fmt(size / r['wall'] if size else None, 1)} "
                       f"| {'1.00' if name == ours[1] else fmt(ratio, 2)} |")
    csv_run = run(work, "sahel-export-csv")
    if csv_run["wall"]:
        out.append(f"| (sahel incidents export --format csv, for the CSVs) | | {csv_run['wall']:.2f} "
                   f"| {fmt(csv_run['rss'])} | {fmt(size_mib(os.path.join(work, 'incidents.csv')), 1)} | | | |")
    names = ("sahel", "sahel-light", "ogr2ogr-points", "ogr2ogr-full")
    counts = {name: features(work, name) for name in names}
    same = len(set(counts.values())) == 1 and None not in counts.values()
    light = ratios.get("ogr2ogr-points")
    out += ["", "- ogrinfo Feature Count: " + ", ".join(f"{name} {fmt(counts[name])}" for name in names)
            + f": {'equal' if same else '**NOT equal**'}; store holds "
            f"{incidents:,} incidents ({fmt(store_counts.get('located'))} located, "
            f"{store_counts.get('first_date')} .. {store_counts.get('last_date')}).",
            f"- full export (30 properties) against ogr2ogr on the same columns: ratio "
            f"**{fmt(ratios.get('ogr2ogr-full'), 2)}**.",
            f"- goal (issue 6): sahel at least 3x faster than the ogr2ogr anchor on equal content (id, date): ratio "
            f"**{fmt(light, 2)}** -> {'met' if (light or 0) >= 3 else 'NOT met'}.",
            "- wall s and peak RSS: GNU time -v of each process (peer_ogr2ogr.sh's own JSON line agrees within "
            "its bash start-up).", ""]
    text = "\n".join(out)
    write_atomically(os.path.join(work, "table.md"), text)
    print(text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
