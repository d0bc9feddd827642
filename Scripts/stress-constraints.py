#!/usr/bin/env python3
"""Stress test of resolution under the text's constraints, generated from OCHA's Mali settlements.

For every settlement whose name is shared by two or more settlements (kind "shared name"; "same cercle" when a
namesake lies in the same cercle, which a cercle hint cannot tell apart), and for a seeded sample of settlements
spelled with one of the variant kinds the press uses (ou/w, y/i, a doubled or single letter, a final e, dj/j,
a qualifier such as Peulh or Coura dropped), one sentence per hint style:

  fr-parens   "... le village de X (cercle de C, région de R)."
  en-list     "... the village of X (C, R)."
  en-apposed  "... the village of X, Cercle of C, R Region."
  fr-offset   "... le village de X, à D km de T."   (T the main town of X's commune, D the true distance)

Each sentence is geocoded by `sahel geocode`; the answer for X must be the settlement itself (its P-code, or a
point of another source within 2 km), and must never lie outside the hinted unit (cercle C for the first three
styles, 1.3 D + 15 km of T for the offset). Prints a table per style and kind, and the first misses.

  Scripts/stress-constraints.py --sahel BIN --gazetteer DB [--sample 1000] [--seed 7] [--misses 20] [--json F]

DB must hold the OCHA settlements (sahel gazetteer import ocha ../shared/data/ocha-mali-settlements-2015.csv);
Scripts/eval-all.sh leaves one at /tmp/sahel-eval/gazetteer-imported.sqlite.
Exit codes: 0 done, 1 goals not met with --check, 64 bad usage, 66 a file is missing.
"""
import argparse
import json
import math
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict

STYLES = ["fr-parens", "en-list", "en-apposed", "fr-offset"]
QUALIFIERS = {"peulh", "peul", "dogon", "bambara", "sonrhai", "habe", "ouro", "kouma", "coura", "i", "ii", "bozo",
              "marka", "sarakole", "maure", "touareg"}


def km(a, b, c, d):
    r = 6371.0088
    p1, p2 = math.radians(a), math.radians(c)
    x = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(d - b) / 2) ** 2
    return 2 * r * math.asin(min(1, math.sqrt(x)))


def norm(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if unicodedata.category(c) != "Mn").replace("-", " ").replace("'", "")


def variant(name, rng):
    """One press spelling of `name` and its kind, or None when no rule applies."""
    words = name.split(" ")
    if len(words) > 1 and norm(words[-1]) in QUALIFIERS and len(" ".join(words[:-1])) >= 4:
        return " ".join(words[:-1]), "qualifier"
    rules = []
    low = name.lower()
    if "ou" in low:
        rules.append(("transliteration", lambda s: s.replace("ou", "w", 1) if s.find("ou") > 0 else s.replace("Ou", "W", 1)))
    if "y" in low:
        rules.append(("transliteration", lambda s: s.replace("y", "i", 1)))
    if "dj" in low:
        rules.append(("transliteration", lambda s: s.replace("dj", "j", 1).replace("Dj", "J", 1)))
    for k in range(1, len(name) - 1):
        if name[k] == name[k + 1] and name[k].isalpha():
            rules.append(("doubled", lambda s, k=k: s[:k] + s[k + 1:]))
            break
    else:
        for k in range(1, len(name) - 1):
            if name[k] in "lmnrst" and name[k - 1] in "aeiou" and name[k + 1] in "aeiou":
                rules.append(("doubled", lambda s, k=k: s[:k] + s[k] + s[k:]))
                break
    if name.endswith("e") and len(name) > 4:
        rules.append(("final e", lambda s: s[:-1]))
    elif name[-1:] in "iouan" and len(name) > 4:
        rules.append(("final e", lambda s: s + "e"))
    if not rules:
        return None
    kind, rule = rng.choice(rules)
    spelled = rule(name)
    return (spelled, kind) if norm(spelled) != norm(name) else None


def sentence(style, surface, place, town):
    cercle, region = place["admin2"], place["admin1"]
    if style == "fr-parens":
        return f"Des hommes armés ont attaqué le village de {surface} (cercle de {cercle}, région de {region}) lundi."
    if style == "en-list":
        return f"On Monday, gunmen attacked the village of {surface} ({cercle}, {region}), killing two."
    if style == "en-apposed":
        return f"Gunmen attacked the village of {surface}, Cercle of {cercle}, {region} Region, on Monday."
    d = round(km(place["lat"], place["lon"], town["lat"], town["lon"]))
    return f"Des hommes armés ont attaqué le village de {surface}, à {d} km de {town['name']}, lundi."


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--sahel", default=os.environ.get("SAHEL_BIN", ".build/release/sahel"))
    ap.add_argument("--gazetteer", default=os.path.join(os.environ.get("EVAL_WORK", "/tmp/sahel-eval"),
                                                        "gazetteer-imported.sqlite"))
    ap.add_argument("--sample", type=int, default=1000, help="settlements spelled with a variant (default 1000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--misses", type=int, default=15, help="misses to print (default 15)")
    ap.add_argument("--json", help="write every figure and miss to this file")
    ap.add_argument("--check", action="store_true",
                    help="exit 1 unless >= 95 %% right where the hint tells the place apart, and none outside the unit")
    args = ap.parse_args()
    for path in (args.sahel, args.gazetteer):
        if not os.path.exists(path):
            print(f"stress-constraints: missing {path}", file=sys.stderr)
            return 66

    db = sqlite3.connect(f"file:{args.gazetteer}?mode=ro", uri=True)
    rows = db.execute("select id, source_id, name, admin1, admin2, admin3, feature_rank, lat, lon from place "
                      "where source = 'ocha' and admin1 is not null and admin2 is not null").fetchall()
    if not rows:
        print(f"stress-constraints: {args.gazetteer} holds no OCHA settlements (sahel gazetteer import ocha ...)",
              file=sys.stderr)
        return 66
    places = [dict(id=r[0], pcode=r[1], name=r[2], admin1=r[3], admin2=r[4], admin3=r[5], rank=r[6], lat=r[7],
                   lon=r[8]) for r in rows]
    by_name = defaultdict(list)
    towns = {}
    for p in places:
        by_name[norm(p["name"])].append(p)
        if p["rank"] <= 4 and p["admin3"]:
            towns.setdefault((p["admin2"], p["admin3"]), p)
    rng = random.Random(args.seed)
    cases = []  # (kind, place, surface)
    for group in by_name.values():
        if len({(p["admin2"], round(p["lat"], 2)) for p in group}) < 2:
            continue
        for p in group:
            # A namesake in the same cercle cannot be told apart by a cercle hint: counted on its own.
            twins = [q for q in group if q is not p and q["admin2"] == p["admin2"] and km(q["lat"], q["lon"], p["lat"], p["lon"]) > 2]
            cases.append(("same cercle" if twins else "shared name", p, p["name"]))
    # (Names with brackets or numbers are OCHA's own labels, not names the press writes.)
    pool = [p for p in places if len(p["name"]) >= 4 and not any(c in p["name"] for c in "()0123456789/")]
    rng.shuffle(pool)
    spelled = 0
    for p in pool:
        if spelled >= args.sample:
            break
        v = variant(p["name"], rng)
        if v:
            twins = [q for q in by_name[norm(p["name"])] if q is not p and q["admin2"] == p["admin2"]
                     and km(q["lat"], q["lon"], p["lat"], p["lon"]) > 2]
            cases.append((v[1] + (", same cercle" if twins else ""), p, v[0]))
            spelled += 1

    docs = []
    for n, (kind, place, surface) in enumerate(cases):
        town = towns.get((place["admin2"], place["admin3"]))
        for style in STYLES:
            if style == "fr-offset" and (town is None or town["id"] == place["id"]
                                         or km(place["lat"], place["lon"], town["lat"], town["lon"]) < 3):
                continue
            docs.append(dict(id=f"{n}:{style}", kind=kind, style=style, place=place, town=town, surface=surface,
                             text=sentence(style, surface, place, town)))

    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "stress.jsonl")
        with open(source, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n")
        out = subprocess.run([args.sahel, "geocode", source, "--gazetteer", args.gazetteer, "--quiet"],
                             capture_output=True, text=True)
        if out.returncode not in (0, 65):
            print(out.stderr, file=sys.stderr)
            return 1
    answers = {}
    for line in out.stdout.splitlines():
        r = json.loads(line)
        answers[r["doc_id"]] = r["places"]
    ids = {p["id"]: p for p in places}
    tally = defaultdict(lambda: [0, 0, 0, 0])  # right, outside, unplaced, total
    misses = []
    for d in docs:
        place, key = d["place"], (d["style"], d["kind"])
        tally[key][3] += 1
        got = next((m for m in answers.get(d["id"], []) if m["surface"] == d["surface"]), None)
        if got is None:
            tally[key][2] += 1
            misses.append(dict(text=d["text"], kind=d["kind"], expected=place["pcode"] + " " + place["name"], got=None))
            continue
        chosen = ids.get(got.get("gazetteer_id"))
        right = (chosen is not None and chosen["pcode"] == place["pcode"]) or \
            km(got["lat"], got["lon"], place["lat"], place["lon"]) <= 2
        if d["style"] == "fr-offset":
            town = d["town"]
            limit = 1.3 * round(km(place["lat"], place["lon"], town["lat"], town["lon"])) + 15
            inside = km(got["lat"], got["lon"], town["lat"], town["lon"]) <= limit + 0.5
        else:
            # Inside the cercle: a settlement filed under it, or the answer coded to the unit's main town.
            inside = (chosen is not None and norm(chosen["admin2"] or "") == norm(place["admin2"])) or \
                (got.get("feature") == "relative") or \
                (got.get("admin2") is not None and norm(got["admin2"]) == norm(place["admin2"]))
        tally[key][0] += right
        tally[key][1] += not inside
        if not right or not inside:
            misses.append(dict(text=d["text"], kind=d["kind"], expected=f"{place['pcode']} {place['name']} {place['lat']},{place['lon']}",
                               got=f"{got['name']} {got['lat']},{got['lon']} {got.get('admin2')}",
                               outside=not inside))

    total = [sum(v[i] for v in tally.values()) for i in range(4)]
    print(f"| style | kind | sentences | right place | outside the unit | unplaced |")
    print(f"| --- | --- | ---: | ---: | ---: | ---: |")
    for (style, kind), (right, outside, unplaced, n) in sorted(tally.items()):
        print(f"| {style} | {kind} | {n} | {100 * right / n:.1f} % | {outside} | {unplaced} |")
    told = [sum(v[i] for (s, k), v in tally.items() if "same cercle" not in k) for i in range(4)]
    print(f"| all | told apart by the hint | {told[3]} | {100 * told[0] / told[3]:.1f} % | {told[1]} | {told[2]} |")
    print(f"| all | all | {total[3]} | {100 * total[0] / total[3]:.1f} % | {total[1]} | {total[2]} |")
    for m in misses[:args.misses]:
        print("  miss:", m["text"], "| expected", m["expected"], "| got", m["got"], "(OUTSIDE)" if m.get("outside") else "",
              file=sys.stderr)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(dict(tally={f"{s}/{k}": v for (s, k), v in tally.items()}, total=total, misses=misses), f,
                      ensure_ascii=False, indent=1)
    if args.check and (told[0] < 0.95 * told[3] or total[1] > 0):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
