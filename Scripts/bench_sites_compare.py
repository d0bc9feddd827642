#!/usr/bin/env python3
"""bench_sites_compare.py OURS.csv PEER.csv OURS.log PEER.log [OURS.time PEER.time]

Checks that sahel and the Shapely + pyproj peer agree (same nearest site and distance to 1 m; same nearest
route, and how far their route distances and positions differ), then prints each phase's time side by side
with the ratio peer / sahel (above 1: sahel is faster). Exits 3 when the nearest sites disagree.
"""
import csv
import json
import re
import statistics
import sys


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return {r["id"]: r for r in csv.DictReader(f)}


def timing(path):
    lines = [l for l in open(path, encoding="utf-8") if l.startswith("{") and "total_s" in l]
    return json.loads(lines[-1])


def wall_and_rss(path):
    text = open(path).read()
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", text)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    seconds = int(wall[1] or 0) * 3600 + int(wall[2]) * 60 + float(wall[3]) if wall else None
    return seconds, (int(rss[1]) / 1024 if rss else None)


ours, peer = rows(sys.argv[1]), rows(sys.argv[2])
assert ours.keys() == peer.keys(), "the two outputs hold different ids"
site_same = sum(ours[i]["nearest_site"] == peer[i]["nearest_site"] for i in ours)
site_delta = [abs(float(ours[i]["site_km"]) - float(peer[i]["site_km"])) for i in ours]
route_same = [i for i in ours if ours[i]["nearest_route"] == peer[i]["nearest_route"]]
route_delta = sorted(abs(float(ours[i]["route_km"]) - float(peer[i]["route_km"])) * 1000 for i in route_same)
at_delta = sorted(abs(float(ours[i]["route_at_km"]) - float(peer[i]["route_at_km"])) * 1000 for i in route_same)
n = len(ours)
print(f"agreement over {n} points:")
print(f"  nearest site: same for {site_same} ({100 * site_same / n:.3f} %); site_km max |diff| {max(site_delta) * 1000:.1f} m")
print(f"  nearest route: same for {len(route_same)} ({100 * len(route_same) / n:.3f} %)")
if route_delta:
    p99 = route_delta[int(0.99 * (len(route_delta) - 1))]
    print(f"  route_km |diff| (same route): median {statistics.median(route_delta):.1f} m, p99 {p99:.1f} m, "
          f"max {route_delta[-1]:.1f} m (the peer's single projection per route drifts away from its centre)")
    print(f"  route_at_km |diff|: median {statistics.median(at_delta):.1f} m, max {at_delta[-1]:.1f} m")

t_ours, t_peer = timing(sys.argv[3]), timing(sys.argv[4])
print()
print(f"| phase | sahel s | shapely+pyproj s | ratio (peer / sahel) |")
print(f"|---|---|---|---|")
for ours_key, peer_key in [("load_s", "load_s"), ("sites_s", "sites_s"), ("sites_s", "routes_s"), ("write_s", "write_s"),
                           ("total_s", "total_s")]:
    if ours_key == "sites_s" and peer_key == "routes_s":
        continue
    a, b = t_ours.get(ours_key), t_peer.get(peer_key)
    if peer_key == "sites_s":
        b = t_peer["sites_s"] + t_peer["routes_s"]
        label = "sites + routes"
    else:
        label = ours_key[:-2]
    print(f"| {label} | {a:.3f} | {b:.3f} | {b / a:.1f}x |")
if len(sys.argv) > 6:
    (wo, ro), (wp, rp) = wall_and_rss(sys.argv[5]), wall_and_rss(sys.argv[6])
    print(f"| wall clock (process) | {wo:.2f} | {wp:.2f} | {wp / wo:.1f}x |")
    print(f"| peak RSS MB | {ro:.0f} | {rp:.0f} | {rp / ro:.1f}x |")
sys.exit(0 if site_same == n else 3)
