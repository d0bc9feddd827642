#!/usr/bin/env python3
"""eval-extract.py GOLD.jsonl OUT.jsonl [--misses] [--json FILE] | GOLD.jsonl --write-input INPUT.jsonl

Incident extraction on the development set ../shared/data/incidents-fr-dev.jsonl (222 coded incidents).
--write-input writes the extractor's input: one document per incident, id = "no", published = "date",
text = text + " Bilan : " + victims (the text alone when victims is null).
Then, for `sahel extract` output (one JSON line per incident, "doc_id" = no), per document:
  killed   the first of its incidents with a non-null "killed" (null when none): exact match with the coded
           `killed`; reported strictly (null != 0) and as ACLED reads a silent report (null counted as 0);
  location the first of its incidents with a location, within 25 km of the coded point (haversine, WGS 84
           mean radius 6371.0088 km); a document without one is a miss;
  found    documents with at least one incident.
Python 3 standard library only.
"""
import argparse
import json
import math
import sys

from eval_common import haversine_km, write_atomically


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                sys.exit(f"{path}:{n}: not JSON ({e})")
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("output", nargs="?")
    ap.add_argument("--write-input")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--json")
    a = ap.parse_args()
    gold = read_jsonl(a.gold)
    if a.write_input:
        lines = []
        for r in gold:
            text = r["text"] + (" Bilan : " + r["victims"] if r.get("victims") else "")
            lines.append(json.dumps({"id": str(r["no"]), "text": text, "published": r["date"]}, ensure_ascii=False) + "\n")
        write_atomically(a.write_input, "".join(lines))
        print(f"wrote {a.write_input}: {len(gold)} documents", file=sys.stderr)
        return 0
    if not a.output:
        ap.error("OUT.jsonl is required unless --write-input")
    by_doc = {}
    for incident in read_jsonl(a.output):
        by_doc.setdefault(str(incident.get("doc_id")), []).append(incident)
    n = len(gold)
    strict = acled = located = found = 0
    misses = []
    for r in gold:
        incidents = by_doc.get(str(r["no"]), [])
        found += bool(incidents)
        killed = next((i["killed"] for i in incidents if i.get("killed") is not None), None)
        strict += killed == r["killed"]
        acled += (killed if killed is not None else 0) == r["killed"]
        loc = next((i["location"] for i in incidents if i.get("location")), None)
        km = haversine_km(loc["lat"], loc["lon"], r["lat"], r["lon"]) if loc else math.inf
        located += km <= 25
        if (killed if killed is not None else 0) != r["killed"] or km > 25:
            misses.append((r["no"], r["killed"], killed, None if km == math.inf else round(km), r["text"][:90], r.get("victims")))
    summary = {"documents": n, "with_incident": found, "killed_exact": strict / n,
               "killed_exact_null_as_0": acled / n, "location_within_25km": located / n}
    print(f"incident extraction: sahel extract ({a.output} against {a.gold})")
    print(f"  documents with an incident   {found} / {n}")
    print(f"  killed exact                 {100 * strict / n:.1f} %   (null != 0)")
    print(f"  killed exact, null as 0      {100 * acled / n:.1f} %   (goal >= 90%)")
    print(f"  location within 25 km        {100 * located / n:.1f} %")
    if a.misses:
        for m in misses:
            print("  miss", m)
    if a.json:
        write_atomically(a.json, json.dumps(summary, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
