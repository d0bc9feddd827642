#!/usr/bin/env python3
"""eval-geocode.py GOLD.jsonl OUTPUT.jsonl [options]  -- geocoding accuracy against coded incidents.

GOLD is ../shared/data/incidents-fr-dev.jsonl (one incident a line: "no", "text", "place", "admin1", "admin2",
"lat", "lon"). OUTPUT is what a geocoder wrote for the documents {"id": str(no), "text": text}, one JSON line
per document, matched to GOLD by id:

  sahel geocode   {"doc_id": "12", "focus": {"name", "lat", "lon", "precision", ...} | null, "places": [...]}
                  the focus point is the answer; a null focus, or a focus whose lat/lon is null, is unresolved.
  spaCy peer      {"id": "12", "places": [{"surface", "start", "end", "lat", "lon"}, ...]}
                  no focus member: the FIRST place is taken as the answer (the peer has no focus selection);
                  no places is unresolved. --focus first-place does the same for any output.

Distances are great-circle (haversine) on the sphere of the WGS 84 mean radius, 6371.0088 km: within 0.5 % of
the geodesic, which is nothing next to the 25 km and 161 km (100 miles) thresholds. An unresolved or missing
document counts as a miss at an infinite distance (so it weighs on the median too). Reported: the share
within 25 km and within 161 km, the median error, unresolved and missing counts, documents per focus
precision, and the share where ANY of the document's places is within 25 km (an upper bound for focus
selection with these places). Lines of OUTPUT that are not JSON, have no id, repeat an id, or name no GOLD
document are reported and skipped, never fatal.

Options:
  --misses          list each miss (> 25 km): no, text, coded place, our focus, error km
  --json FILE       write the figures (and the misses) as JSON, atomically
  --check           exit 1 unless within 25 km >= 90 % and within 161 km >= 97 % (the goals)
  --label NAME      the tool's name in the report (default: from the output's format)
  --focus MODE      auto (default: focus member if present, else first place) or first-place
  --write-input F   only write the geocoder input for GOLD to F ({"id": str(no), "text": ...}) and exit

Examples:
  Scripts/eval-geocode.py ../shared/data/incidents-fr-dev.jsonl /tmp/out.jsonl --misses
  Scripts/eval-geocode.py ../shared/data/incidents-fr-dev.jsonl /tmp/peer.jsonl --label spacy-fr --json r.json
  Scripts/eval-geocode.py ../shared/data/incidents-fr-dev.jsonl --write-input /tmp/dev-input.jsonl

Exit codes: 0 done (goals met, with --check), 1 goals missed (--check), 2 bad usage or unreadable GOLD.
"""
import argparse
import json
import math
import os
import signal
import statistics
import sys

from eval_common import DISTANCE_METHOD, haversine_km, write_atomically

NEAR_KM, FAR_KM = 25.0, 161.0
GOALS = {"within_25km": 0.90, "within_161km": 0.97}


class GoldError(Exception):
    """A GOLD file problem, with its file and line."""


def coordinate(value, low, high):
    """A finite number in [low, high], else None (JSON booleans are not numbers here)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    value = float(value)
    return value if math.isfinite(value) and low <= value <= high else None


def point_of(obj):
    """(lat, lon) of a dict with numeric lat/lon in range, else None."""
    if not isinstance(obj, dict):
        return None
    lat, lon = coordinate(obj.get("lat"), -90, 90), coordinate(obj.get("lon"), -180, 180)
    return None if lat is None or lon is None else (lat, lon)


def read_gold(path):
    """The coded incidents in file order; any flaw stops with its file and line."""
    docs, seen = [], set()
    try:
        f = open(path, encoding="utf-8")
    except OSError as e:
        raise GoldError(f"{path}: cannot open: {e.strerror}")
    with f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                raise GoldError(f"{path}:{n}: not JSON: {e.msg} (column {e.colno})")
            if not isinstance(d, dict) or "no" not in d or not isinstance(d.get("text"), str):
                raise GoldError(f"{path}:{n}: expected an object with \"no\" and \"text\"")
            point = point_of(d)
            if point is None:
                raise GoldError(f"{path}:{n}: \"lat\"/\"lon\" missing or out of range")
            doc_id = str(d["no"])
            if doc_id in seen:
                raise GoldError(f"{path}:{n}: \"no\" {doc_id} repeats an earlier line")
            seen.add(doc_id)
            docs.append({"id": doc_id, "line": n, "text": d["text"], "point": point,
                         "place": d.get("place"), "admin1": d.get("admin1"), "admin2": d.get("admin2")})
    if not docs:
        raise GoldError(f"{path}: no incidents")
    return docs


def read_output(path, gold_ids, focus_mode):
    """{id: answer} for the documents of GOLD, and the problems met (never fatal).

    answer = {"focus": (lat, lon) | None, "focus_name", "precision", "places": [(lat, lon)...], "format"}."""
    answers, problems = {}, []
    formats = set()
    try:
        f = open(path, encoding="utf-8", errors="replace")
    except OSError as e:
        return answers, [f"{path}: cannot open: {e.strerror}"], formats
    with f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{where}: not JSON ({e.msg}, column {e.colno}); line skipped")
                continue
            if not isinstance(d, dict):
                problems.append(f"{where}: not a JSON object; line skipped")
                continue
            raw_id = d["doc_id"] if "doc_id" in d else d.get("id")
            if raw_id is None:
                problems.append(f"{where}: no \"doc_id\" or \"id\"; line skipped")
                continue
            doc_id = str(raw_id)
            if doc_id not in gold_ids:
                problems.append(f"{where}: id {doc_id!r} is not a document of the gold set; extra line skipped")
                continue
            if doc_id in answers:
                problems.append(f"{where}: id {doc_id!r} again (first at line {answers[doc_id]['line']}); kept the first")
                continue
            places_raw = d.get("places")
            if places_raw is None:
                places_raw = []
            elif not isinstance(places_raw, list):
                problems.append(f"{where}: \"places\" is not an array; taken as none")
                places_raw = []
            places = []
            for k, p in enumerate(places_raw):
                pt = point_of(p)
                if pt is None:
                    problems.append(f"{where}: places[{k}] has no valid lat/lon; ignored")
                else:
                    places.append((pt, p.get("name") or p.get("surface"), p.get("precision")))
            if focus_mode == "auto" and "focus" in d:
                fmt = "focus"
                focus = d["focus"]
                if focus is not None and not isinstance(focus, dict):
                    problems.append(f"{where}: \"focus\" is neither an object nor null; taken as unresolved")
                    focus = None
                point = point_of(focus) if focus else None
                if focus and point is None and (focus.get("lat") is not None or focus.get("lon") is not None):
                    problems.append(f"{where}: focus lat/lon not valid numbers; taken as unresolved")
                name = focus.get("name") if focus else None
                precision = focus.get("precision") if focus else None
            else:
                fmt = "first place"
                point, name, precision = places[0] if places else (None, None, None)
            formats.add(fmt)
            answers[doc_id] = {"line": n, "focus": point, "focus_name": name, "precision": precision,
                               "places": [p[0] for p in places], "format": fmt}
    return answers, problems, formats


def evaluate(gold, answers):
    """Per-document results and the summary figures."""
    results = []
    for g in gold:
        a = answers.get(g["id"])
        status = "missing" if a is None else ("unresolved" if a["focus"] is None else "resolved")
        error = haversine_km(*g["point"], *a["focus"]) if status == "resolved" else math.inf
        nearest_any = min((haversine_km(*g["point"], *p) for p in a["places"]), default=math.inf) if a else math.inf
        results.append({"no": g["id"], "text": g["text"], "status": status, "error_km": error,
                        "nearest_place_km": nearest_any,
                        "coded": {"place": g["place"], "admin2": g["admin2"], "admin1": g["admin1"],
                                  "lat": g["point"][0], "lon": g["point"][1]},
                        "focus": None if not a or a["focus"] is None else
                        {"name": a["focus_name"], "lat": a["focus"][0], "lon": a["focus"][1],
                         "precision": a["precision"]}})
    n = len(results)
    errors = [r["error_km"] for r in results]
    by_precision = {}
    for r in results:
        if r["status"] == "resolved":
            key = str(r["focus"]["precision"]) if r["focus"]["precision"] is not None else "null"
            by_precision[key] = by_precision.get(key, 0) + 1
    summary = {
        "documents": n,
        "within_25km": sum(e <= NEAR_KM for e in errors) / n,
        "within_161km": sum(e <= FAR_KM for e in errors) / n,
        "median_error_km": statistics.median(errors),
        "resolved": sum(r["status"] == "resolved" for r in results),
        "unresolved": sum(r["status"] == "unresolved" for r in results),
        "missing": sum(r["status"] == "missing" for r in results),
        "any_place_within_25km": sum(r["nearest_place_km"] <= NEAR_KM for r in results) / n,
        "any_place_within_161km": sum(r["nearest_place_km"] <= FAR_KM for r in results) / n,
        "by_precision": dict(sorted(by_precision.items())),
    }
    return results, summary


def km(value):
    return "inf" if math.isinf(value) else f"{value:.1f}"


def json_number(value):
    """JSON has no infinity: unresolved distances are written as null."""
    return None if isinstance(value, float) and math.isinf(value) else (round(value, 4) if isinstance(value, float) else value)


def print_report(label, gold_path, output_path, summary, problems, results, show_misses, goals_met):
    s = summary
    pct = lambda x: f"{100 * x:.1f} %"
    print(f"geocoding accuracy: {label}  ({output_path} against {gold_path})")
    print(f"  distance: {DISTANCE_METHOD}")
    rows = [
        ("documents", str(s["documents"])),
        (f"within {NEAR_KM:g} km", f"{pct(s['within_25km'])}  (goal >= {GOALS['within_25km']:.0%})"),
        (f"within {FAR_KM:g} km", f"{pct(s['within_161km'])}  (goal >= {GOALS['within_161km']:.0%})"),
        ("median error", f"{km(s['median_error_km'])} km"),
        ("unresolved", f"{s['unresolved']}  (+ {s['missing']} missing from the output)"),
        ("any place within 25 km", f"{pct(s['any_place_within_25km'])}  (upper bound for focus selection)"),
        ("any place within 161 km", pct(s["any_place_within_161km"])),
        ("focus precision", ", ".join(f"{k}: {v}" for k, v in s["by_precision"].items()) or "none"),
        ("goals", "met" if goals_met else "NOT met"),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value in rows:
        print(f"  {name:<{width}}  {value}")
    if problems:
        print(f"  output problems ({len(problems)}):")
        for p in problems[:20]:
            print(f"    {p}")
        if len(problems) > 20:
            print(f"    ... {len(problems) - 20} more (all in --json)")
    if show_misses:
        misses = [r for r in results if not r["error_km"] <= NEAR_KM]
        print(f"\nmisses (> {NEAR_KM:g} km): {len(misses)}")
        for r in misses:
            c, f = r["coded"], r["focus"]
            coded = f"{c['place']} ({', '.join(x for x in (c['admin2'], c['admin1']) if x)}) {c['lat']:.4f},{c['lon']:.4f}"
            ours = r["status"]
            if f:
                ours = f"{f['name']} {f['lat']:.4f},{f['lon']:.4f}"
                if f["precision"] is not None:
                    ours += f" precision {f['precision']}"
            print(f"  #{r['no']}: {km(r['error_km'])} km  {r['text']}")
            print(f"      coded: {coded}")
            print(f"      focus: {ours}; nearest place {km(r['nearest_place_km'])} km")


def write_input(gold, path):
    text = "".join(json.dumps({"id": g["id"], "text": g["text"]}, ensure_ascii=False) + "\n" for g in gold)
    write_atomically(path, text)
    print(f"wrote {path}: {len(gold)} documents", file=sys.stderr)


def main(argv=None):
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n")[0].split("--", 1)[1].strip(),
        epilog=__doc__.split("\n\n", 1)[1], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", help="the coded incidents, e.g. ../shared/data/incidents-fr-dev.jsonl")
    ap.add_argument("output", nargs="?", help="the geocoder's JSONL output for those documents")
    ap.add_argument("--misses", action="store_true", help="list every document located more than 25 km off")
    ap.add_argument("--json", metavar="FILE", help="also write the figures and misses as JSON (atomically)")
    ap.add_argument("--check", action="store_true", help="exit 1 when the goals (90 %% / 97 %%) are missed")
    ap.add_argument("--label", help="the tool's name in the report")
    ap.add_argument("--focus", choices=["auto", "first-place"], default="auto",
                    help="auto: the focus member when there is one, else the first place (default)")
    ap.add_argument("--write-input", metavar="FILE", help="write the geocoder input for GOLD to FILE and exit")
    a = ap.parse_args(argv)
    try:
        gold = read_gold(a.gold)
    except GoldError as e:
        print(f"eval-geocode: error: {e}", file=sys.stderr)
        return 2
    if a.write_input:
        write_input(gold, a.write_input)
        return 0
    if not a.output:
        ap.error("OUTPUT.jsonl is required (or --write-input FILE)")
    if not os.path.isfile(a.output):
        print(f"eval-geocode: error: {a.output}: no such file", file=sys.stderr)
        return 2

    answers, problems, formats = read_output(a.output, {g["id"] for g in gold}, a.focus)
    results, summary = evaluate(gold, answers)
    goals_met = all(summary[k] >= v for k, v in GOALS.items())
    label = a.label or ("focus" if formats == {"focus"} else "first place as focus" if formats else "no answers")
    print_report(label, a.gold, a.output, summary, problems, results, a.misses, goals_met)
    if a.json:
        doc = {"label": label, "gold": a.gold, "output": a.output, "distance": DISTANCE_METHOD,
               "focus_from": sorted(formats), "goals": GOALS, "goals_met": goals_met,
               **{k: json_number(v) for k, v in summary.items()},
               "problems": problems,
               "misses": [{**r, "error_km": json_number(r["error_km"]),
                           "nearest_place_km": json_number(r["nearest_place_km"])}
                          for r in results if not r["error_km"] <= NEAR_KM]}
        write_atomically(a.json, json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    return 1 if a.check and not goals_met else 0


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends the report quietly
    sys.exit(main())
