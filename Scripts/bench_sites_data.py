#!/usr/bin/env python3
"""bench_sites_data.py N SITES ROUTES DIR -- deterministic points, sites and routes for Scripts/bench-sites.sh.

Points and sites fall uniformly over Mali, Burkina Faso and Niger (as the peer benchmark's points); each route
is a gently turning line of 20 vertices 8 to 20 km apart, redrawn until it does not cross itself (sahel
refuses a self-crossing route). Standard library only.
"""
import json
import math
import random
import sys

BOX = (10.0, 24.0, -12.0, 15.0)  # south, north, west, east


def crosses(a, b, c, d):
    def orient(p, q, r):
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    return (orient(a, b, c) * orient(a, b, d) < 0) and (orient(c, d, a) * orient(c, d, b) < 0)


def simple(line):
    segments = list(zip(line, line[1:]))
    for i in range(len(segments)):
        for j in range(i + 2, len(segments)):
            if crosses(*segments[i], *segments[j]):
                return False
    return True


def route(rng):
    while True:
        lat, lon = rng.uniform(11, 22), rng.uniform(-10, 13)
        heading = rng.uniform(0, 360)
        line = [(round(lon, 6), round(lat, 6))]
        for _ in range(19):
            heading += rng.uniform(-20, 20)
            km = rng.uniform(8, 20)
            lat += km / 111.2 * math.cos(math.radians(heading))
            lon += km / (111.2 * math.cos(math.radians(lat))) * math.sin(math.radians(heading))
            line.append((round(lon, 6), round(lat, 6)))
        if simple(line):
            return line


def main():
    n, sites, routes, out = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    rng = random.Random(18)
    s, north, w, e = BOX
    with open(f"{out}/points.csv", "w") as f:
        f.write("id,lat,lon\n")
        for i in range(n):
            f.write(f"{i},{rng.uniform(s, north):.6f},{rng.uniform(w, e):.6f}\n")
    with open(f"{out}/sites.csv", "w") as f:
        f.write("name,lat,lon,kind\n")
        for i in range(sites):
            f.write(f"site {i},{rng.uniform(s, north):.6f},{rng.uniform(w, e):.6f},office\n")
    features = [{"type": "Feature", "properties": {"name": f"route {i}"},
                 "geometry": {"type": "LineString", "coordinates": route(rng)}} for i in range(routes)]
    with open(f"{out}/routes.geojson", "w") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f)


if __name__ == "__main__":
    main()
