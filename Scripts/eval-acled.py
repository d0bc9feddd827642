#!/usr/bin/env python3
"""eval-acled.py GOLD.jsonl OUT.jsonl [--misses] [--json FILE] | GOLD.jsonl --write-input INPUT.jsonl

Incident extraction on the English development set ../shared/data/acled-burkina-faso-dev.jsonl (254 ACLED
events in Burkina Faso; each row's `text` is ACLED's note, `published` the day after the event).
--write-input writes the extractor's input: one document per row, {"id": row id, "text", "published", "lang"}.
ACLED sometimes codes one note as two events (same text, e.g. a clash and the attack on civilians in it): each
row is still its own document and is scored on its own, so such a note can never score 100 %.

Then, for `sahel extract` output (one JSON line per incident, "doc_id" = row id), per row, with the FIRST
incident of its document (the order extract writes them in):
  found          the document has at least one incident;
  killed         exact match of the first incident's "killed" with the coded `killed` (fatalities), strictly
                 (null != 0) and as ACLED reads a silent report (null counted as 0; a document without an
                 incident counts as null too); "best of document": ANY of the document's incidents has the coded
                 killed (strict, and null as 0);
  event type     exact match of "event_type", and of "sub_event_type";
  date           exact match of "date" (YYYY-MM-DD) with the coded `date`;
  location       the first incident's location within 25 km and within 161 km (100 miles) of the coded
                 (lat, lon) (haversine, WGS 84 mean radius 6371.0088 km), and the median error; a row without an
                 incident, or whose first incident has no location (country only), is a miss at an infinite
                 distance, which weighs on the median too.
Lines of OUT whose doc_id names no row are counted and reported, not scored. Shares are of all rows.
Python 3 standard library only. Exit codes: 0 done, 2 bad usage, 65 a file is not JSON lines, 66 a file is missing.
"""
import argparse
import json
import math
import statistics
import sys

from eval_common import DISTANCE_METHOD, haversine_km, write_atomically

NEAR_KM, FAR_KM = 25.0, 161.0


def read_jsonl(path):
    rows = []
    try:
        f = open(path, encoding="utf-8")
    except FileNotFoundError:
        print(f"eval-acled.py: {path}: no such file", file=sys.stderr)
        sys.exit(66)
    with f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                print(f"eval-acled.py: {path}:{n}: not JSON ({e})", file=sys.stderr)
                sys.exit(65)
    return rows


def null_as_0(killed):
    return 0 if killed is None else killed


def point(incident):
    """(lat, lon) of an incident's location, or None (no location, or a location without numbers)."""
    loc = incident.get("location") if incident else None
    if not isinstance(loc, dict):
        return None
    lat, lon = loc.get("lat"), loc.get("lon")
    ok = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon))
    return (lat, lon) if ok else None


def score_row(r, incidents):
    """One row's results: what the first incident says and which measures it meets."""
    first = incidents[0] if incidents else {}
    killed = first.get("killed")
    pt = point(first)
    km = haversine_km(pt[0], pt[1], r["lat"], r["lon"]) if pt else math.inf
    return {
        "id": r["id"],
        "found": bool(incidents),
        "killed_exact": killed == r["killed"],
        "killed_exact_null_as_0": null_as_0(killed) == r["killed"],
        "killed_best": any(i.get("killed") == r["killed"] for i in incidents),
        "killed_best_null_as_0": any(null_as_0(i.get("killed")) == r["killed"] for i in incidents)
        or (not incidents and r["killed"] == 0),
        "event_type": first.get("event_type") == r["event_type"],
        "sub_event_type": first.get("sub_event_type") == r["sub_event_type"],
        "date_exact": first.get("date") == r["date"],
        "error_km": km,
        # what was coded and what was found, for --misses
        "coded": {"killed": r["killed"], "event_type": r["event_type"], "sub_event_type": r["sub_event_type"],
                  "date": r["date"], "location": r["location"], "geo_precision": r.get("geo_precision")},
        "got": {"incidents": len(incidents), "killed": killed, "event_type": first.get("event_type"),
                "sub_event_type": first.get("sub_event_type"), "date": first.get("date"),
                "location": (first.get("location") or {}).get("name") if incidents else None},
        "text": r["text"],
    }


def miss_words(s):
    """The measures a row misses, in words (empty when it meets them all)."""
    if not s["found"]:
        return [f"no incident (coded {s['coded']['event_type']} / {s['coded']['sub_event_type']}, "
                f"killed {s['coded']['killed']}, {s['coded']['location']})"]
    c, g = s["coded"], s["got"]
    words = []
    if not s["killed_exact_null_as_0"]:  # a null read as 0 is left to the strict figure
        words.append(f"killed {c['killed']} got {g['killed']}"
                     + (" (another incident has it)" if s["killed_best_null_as_0"] else ""))
    if not s["event_type"]:
        words.append(f"event {c['event_type']!r} got {g['event_type']!r}")
    if not s["sub_event_type"]:
        words.append(f"sub-event {c['sub_event_type']!r} got {g['sub_event_type']!r}")
    if not s["date_exact"]:
        words.append(f"date {c['date']} got {g['date']}")
    if s["error_km"] > NEAR_KM:
        where = "no location" if s["error_km"] == math.inf else f"{s['error_km']:.0f} km off"
        words.append(f"place {c['location']} (precision {c['geo_precision']}) got {g['location']}: {where}")
    return words


def json_number(value):
    return None if value == math.inf else round(value, 3)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", help="the ACLED rows, e.g. ../shared/data/acled-burkina-faso-dev.jsonl")
    ap.add_argument("output", nargs="?", help="sahel extract's output (JSON lines, one per incident)")
    ap.add_argument("--write-input", metavar="FILE", help="only write the extractor input for GOLD to FILE")
    ap.add_argument("--misses", action="store_true", help="list each row's misses (killed: null read as 0)")
    ap.add_argument("--json", metavar="FILE", help="also write the figures (and misses) as JSON, atomically")
    a = ap.parse_args()
    gold = read_jsonl(a.gold)
    if a.write_input:
        lines = [json.dumps({"id": str(r["id"]), "text": r["text"], "published": r["published"], "lang": r["lang"]},
                            ensure_ascii=False) + "\n" for r in gold]
        write_atomically(a.write_input, "".join(lines))
        print(f"wrote {a.write_input}: {len(gold)} documents", file=sys.stderr)
        return 0
    if not a.output:
        ap.error("OUT.jsonl is required unless --write-input")
    if not gold:
        ap.error(f"{a.gold}: no rows")
    ids = {str(r["id"]) for r in gold}
    by_doc, stray = {}, 0
    for incident in read_jsonl(a.output):
        doc = str(incident.get("doc_id"))
        if doc in ids:
            by_doc.setdefault(doc, []).append(incident)
        else:
            stray += 1
    results = [score_row(r, by_doc.get(str(r["id"]), [])) for r in gold]
    n = len(results)
    count = {k: sum(s[k] for s in results) for k in (
        "found", "killed_exact", "killed_exact_null_as_0", "killed_best", "killed_best_null_as_0",
        "event_type", "sub_event_type", "date_exact")}
    errors = [s["error_km"] for s in results]
    within_near = sum(e <= NEAR_KM for e in errors)
    within_far = sum(e <= FAR_KM for e in errors)
    median = statistics.median(errors)
    summary = {"rows": n, "incidents": sum(len(v) for v in by_doc.values()), "stray_incidents": stray,
               **{k: v / n for k, v in count.items()},
               "within_25km": within_near / n, "within_161km": within_far / n,
               "median_error_km": json_number(median), "distance": DISTANCE_METHOD}

    def pct(k):
        return f"{100 * count[k] / n:5.1f} %"

    print(f"incident extraction, ACLED English: sahel extract ({a.output} against {a.gold})")
    print(f"  rows with an incident            {count['found']} / {n}   ({summary['incidents']} incidents)")
    print(f"  killed exact (first incident)    {pct('killed_exact')}   (null != 0)")
    print(f"  killed exact, null as 0          {pct('killed_exact_null_as_0')}")
    print(f"  killed, best of document         {pct('killed_best')}   (null as 0: {pct('killed_best_null_as_0').strip()})")
    print(f"  event type exact                 {pct('event_type')}")
    print(f"  sub-event type exact             {pct('sub_event_type')}")
    print(f"  date exact                       {pct('date_exact')}")
    print(f"  location within 25 km            {100 * within_near / n:5.1f} %")
    print(f"  location within 161 km           {100 * within_far / n:5.1f} %")
    print(f"  median error                     {'inf' if median == math.inf else f'{median:.1f} km'}")
    if stray:
        print(f"  ({stray} incidents name no row of {a.gold}; not scored)")
    misses = [(s, miss_words(s)) for s in results]
    misses = [(s, w) for s, w in misses if w]
    if a.misses:
        for s, words in misses:
            print(f"  miss {s['id']}: " + "; ".join(words) + f"  | {s['text'][:90]}")
    if a.json:
        doc = {**summary, "misses": [{"id": s["id"], "misses": w, "error_km": json_number(s["error_km"]),
                                      "coded": s["coded"], "got": s["got"]} for s, w in misses]}
        write_atomically(a.json, json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
