#!/usr/bin/env python3
"""bench_incident_docs.py  -- deterministic incident reports for Scripts/bench-analyze.sh (stdlib only).

  probe  GAZETTEER.csv PROBE.jsonl                 one probe document per candidate Malian place
  select GAZETTEER.csv PROBE_OUT.jsonl PLACES.json the places `sahel extract` resolved to themselves (within
                                                   1 km), thinned greedily so that any two are > SPACING km apart
  docs   DEV.jsonl PLACES.json N SEED MODE OUT.jsonl   N documents; MODE is
           random    (the ingest benchmark) place and date drawn at random: some reports fall within a day and
                     25 km of another and merge, as in a real feed;
           distinct  (the 1M-incident store) document i is at place i mod P on day 2 * (i div P) (+ a per-place
                     offset), so no two reports are within a day of each other at one place, and places are
                     more than SPACING km apart: every report stays its own incident.

GAZETTEER.csv is `sahel gazetteer export` (name, lat, lon, population, country, kind, geonameid). Templates are
the 222 French dev texts (../shared/data/incidents-fr-dev.jsonl) whose coded place appears once in them, with
the place replaced, parentheses dropped, and texts naming distances, other areas or borders left out; plus a
few English ACLED-style sentences. Each document gets a date in its text ("Le 12 mars 2019, ..." / "On 3 May
2019, ...") and as "published", and a victims clause ("Bilan : 3 morts et 2 blessés (soldats).") with seeded
numbers. Output files are written atomically; an existing output is left alone (the inputs are reused).
"""
import csv
import datetime
import json
import math
import os
import random
import re
import sys
import unicodedata

from eval_common import haversine_km, write_atomically

SPACING_KM = 30.0      # > DuplicateRule.maximumDistanceKm (25 km) with a margin
FIRST_DAY = datetime.date(2012, 1, 1)
RANDOM_DAYS = 13 * 365  # 2012..2024 for the random mode
ENGLISH_SHARE = 0.15
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ENGLISH = [
    "unidentified gunmen attacked a gendarmerie post in {place}, killing {k} gendarmes.",
    "suspected jihadists ambushed an army convoy near {place}, killing {k} soldiers and wounding {i}.",
    "an improvised explosive device struck a military vehicle near {place}, killing {k} soldiers.",
    "armed men on motorbikes attacked the weekly market of {place}, killing {k} civilians.",
    "clashes between the army and militants in {place} left {k} dead and {i} injured.",
    "gunmen abducted {i} civilians and killed {k} others in the village of {place}.",
]
WHO = ["soldats", "civils", "gendarmes", "assaillants", "casques bleus", "combattants", "militaires"]
SKIP = re.compile(r"\d|km|entre|région|cercle|commune|frontière|route|axe|Bamako|Gao|Kidal|Mopti|Tombouctou|"
                  r"Ménaka|Menaka|Burkina|Niger|Ségou|Segou|Douentza|Ansongo|Anefis|Gossi|Adrar|Macina|Gourma|"
                  r"region|nord|sud|l’Est|l'est|ouest|Gnimignama|environs|alentours|quartier|périphérie|Diengo|Sirakoro",
                  re.IGNORECASE)


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if not unicodedata.combining(c))


def read_places(path):
    """Malian settlements with plain names (letters, spaces, hyphens) unique in the whole exported region."""
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    count = {}
    for r in rows:
        count[fold(r["name"])] = count.get(fold(r["name"]), 0) + 1
    plain = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]+(?:[- ][A-ZÀ-Ý][a-zà-ÿ]+)?$")
    out = [r for r in rows if r["country"] == "ML" and r["kind"] == "city" and count[fold(r["name"])] == 1
           and plain.match(r["name"]) and len(r["name"]) >= 4 and " ou " not in r["name"]]
    out.sort(key=lambda r: (-int(r["population"] or 0), r["name"], r["geonameid"]))
    return out


def probe(gazetteer, out):
    places = read_places(gazetteer)
    lines = [json.dumps({"id": f"probe#{r['geonameid']}", "published": "2019-03-12",
                         "text": f"Attaque contre le poste de gendarmerie de {r['name']}. Bilan : 2 morts (gendarmes)."},
                        ensure_ascii=False) + "\n" for r in places]
    write_atomically(out, "".join(lines))
    print(f"bench_incident_docs: {len(lines)} probe documents -> {out}", file=sys.stderr)


def select(gazetteer, probe_out, out):
    places = {r["geonameid"]: r for r in read_places(gazetteer)}
    good = []
    with open(probe_out, encoding="utf-8") as f:
        for line in f:
            i = json.loads(line)
            gid = i["doc_id"].split("#", 1)[1]
            loc, r = i.get("location"), places.get(gid)
            if loc and r and loc.get("precision") == 1 and \
                    haversine_km(loc["lat"], loc["lon"], float(r["lat"]), float(r["lon"])) <= 1.0:
                good.append(r)
    seen, kept, cell = set(), [], {}
    size = SPACING_KM / 111.0  # grid of ~SPACING_KM cells in latitude; neighbours are checked exactly
    for r in good:  # population first (read_places' order), then name
        if r["geonameid"] in seen:
            continue
        seen.add(r["geonameid"])
        lat, lon = float(r["lat"]), float(r["lon"])
        cy, cx = int(math.floor(lat / size)), int(math.floor(lon / size))
        near = (p for dy in (-1, 0, 1) for dx in (-2, -1, 0, 1, 2) for p in cell.get((cy + dy, cx + dx), ()))
        if any(haversine_km(lat, lon, p[0], p[1]) <= SPACING_KM for p in near):
            continue
        cell.setdefault((cy, cx), []).append((lat, lon))
        kept.append({"name": r["name"], "lat": lat, "lon": lon, "geonameid": r["geonameid"]})
    write_atomically(out, json.dumps({"spacing_km": SPACING_KM, "resolved": len(good), "places": kept},
                                     ensure_ascii=False, indent=0) + "\n")
    print(f"bench_incident_docs: {len(good)} places resolve to themselves, {len(kept)} kept "
          f"(> {SPACING_KM:.0f} km apart) -> {out}", file=sys.stderr)


def templates(dev):
    out = []
    with open(dev, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            text, place = r["text"], r.get("place") or ""
            text = re.sub(r"\s*\([^)]*\)?", "", text).strip().rstrip(".")
            if not place or len(re.findall(r"\b" + re.escape(place) + r"\b", text)) != 1:
                continue
            if re.search(r"[’'`]\s*" + re.escape(place), text):
                continue   # d'Aguelhok: the elision would not fit another name
            t = text.replace(place, "{place}")
            if SKIP.search(t.replace("{place}", "")) or ";" in t or len(t) > 160:
                continue
            out.append(t)
    return sorted(set(out))


def victims(rng):
    k, i, who = rng.choice([1, 1, 2, 2, 3, 4, 5, 6, 8, 12, 17, 25]), rng.randint(1, 9), rng.choice(WHO)
    return rng.choice([f"{k} morts ({who})", f"{k} morts et {i} blessés ({who})", f"{i} blessés ({who})",
                       f"1 mort ({who[:-1]})" if who.endswith("s") else f"1 mort ({who})",
                       "Aucune victime", f"{k} morts et plusieurs blessés"])


def document(n, rng, tpl, place, day):
    if rng.random() < ENGLISH_SHARE:
        k, i = rng.randint(2, 19), rng.randint(1, 9)
        text = f"On {day.day} {MONTHS[day.month - 1]} {day.year}, " + rng.choice(ENGLISH).format(place=place, k=k, i=i)
        lang = "en"
    else:
        body = rng.choice(tpl).format(place=place)
        day_text = "1er" if day.day == 1 else str(day.day)
        text = f"Le {day_text} {MOIS[day.month - 1]} {day.year}, {body[0].lower()}{body[1:]}. Bilan : {victims(rng)}."
        lang = "fr"
    return {"id": f"bench#{n}", "published": day.isoformat(), "lang": lang, "text": text}


def docs(dev, places_json, n, seed, mode, out):
    if os.path.exists(out):
        print(f"bench_incident_docs: {out} exists, kept", file=sys.stderr)
        return
    tpl = templates(dev)
    with open(places_json, encoding="utf-8") as f:
        places = json.load(f)["places"]
    p = len(places)
    rng = random.Random(seed)
    offsets = [random.Random(seed * 1000003 + j).randint(0, 1) for j in range(p)]   # staggers the places' days
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for i in range(n):
            if mode == "distinct":
                place = places[i % p]
                day = FIRST_DAY + datetime.timedelta(days=2 * (i // p) + offsets[i % p])
            else:
                place = places[rng.randrange(p)]
                day = FIRST_DAY + datetime.timedelta(days=rng.randrange(RANDOM_DAYS))
            f.write(json.dumps(document(i, rng, tpl, place["name"], day), ensure_ascii=False) + "\n")
    os.replace(tmp, out)
    last = FIRST_DAY + datetime.timedelta(days=2 * ((n - 1) // p) + 1) if mode == "distinct" else None
    print(f"bench_incident_docs: {n} {mode} documents ({len(tpl)} French templates, {len(ENGLISH)} English, "
          f"{p} places{f', dates up to {last}' if last else ''}) -> {out}", file=sys.stderr)


def main(argv):
    if argv[:1] == ["probe"] and len(argv) == 3:
        probe(*argv[1:])
    elif argv[:1] == ["select"] and len(argv) == 4:
        select(*argv[1:])
    elif argv[:1] == ["docs"] and len(argv) == 7 and argv[5] in ("random", "distinct"):
        docs(argv[1], argv[2], int(argv[3]), int(argv[4]), argv[5], argv[6])
    elif argv[:1] == ["templates"] and len(argv) == 2:
        print("\n".join(templates(argv[1])))
    else:
        print(__doc__, file=sys.stderr)
        return 0 if argv[:1] in (["-h"], ["--help"]) else 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
