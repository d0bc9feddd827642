#!/usr/bin/env python3
"""bench_sites_peer.py POINTS.csv SITES.csv ROUTES.geojson OUT.csv -- the sites-and-routes workload of
Scripts/bench-sites.sh done with Shapely 2 and pyproj, as a careful user would write it, vectorised:

  sites:  an STRtree of the sites in a lon/lat plane (longitude scaled by the cosine of the mean latitude)
          gives each point a first candidate; pyproj.Geod.inv measures it; every site within that distance
          (plus a margin for the plane's distortion) is measured again with Geod.inv and the nearest kept:
          the geodesic nearest, as sahel finds it.
  routes: an STRtree of the routes in the same plane picks each point's nearest route; the points of each
          route are projected into an azimuthal-equidistant projection centred on that route (one per
          route: pyproj.Transformer), where shapely.distance and shapely.line_locate_point give the distance
          and the position along it.

Writes id,nearest_site,site_km,site_bearing_deg,nearest_route,route_km,route_at_km and prints one JSON line
of phase timings (load_s, sites_s, routes_s, write_s, total_s).
"""
import csv
import json
import sys
import time

import numpy as np
import pyproj
import shapely

points_path, sites_path, routes_path, out_path = sys.argv[1:5]
clock = time.perf_counter()
start = clock


def lap():
    global clock
    now = time.perf_counter()
    spent, clock = now - clock, now
    return spent


table = np.loadtxt(points_path, delimiter=",", skiprows=1)
ids, lat, lon = table[:, 0].astype(np.int64), table[:, 1], table[:, 2]
with open(sites_path, newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
site_names = np.array([r["name"] for r in rows])
site_lat = np.array([float(r["lat"]) for r in rows])
site_lon = np.array([float(r["lon"]) for r in rows])
with open(routes_path, encoding="utf-8") as f:
    features = json.load(f)["features"]
route_names = [f["properties"]["name"] for f in features]
route_coords = [np.array(f["geometry"]["coordinates"]) for f in features]
load_s = lap()

geod = pyproj.Geod(ellps="WGS84")
scale = np.cos(np.radians(np.mean(lat)))
point_geoms = shapely.points(lon * scale, lat)

# Sites: a planar first guess, then every site that could be nearer, measured on the ellipsoid.
site_tree = shapely.STRtree(shapely.points(site_lon * scale, site_lat))
first = site_tree.query_nearest(point_geoms, all_matches=False)[1]
_, _, guess = geod.inv(site_lon[first], site_lat[first], lon, lat)
# A degree of the plane is at least 100 km on the ground over the region (scaled longitude errs < 10 %).
radius = guess * 1.01 / 100_000 * 1.1 + 1e-3
pairs = site_tree.query(point_geoms, predicate="dwithin", distance=radius)
azimuth, _, distance = geod.inv(site_lon[pairs[1]], site_lat[pairs[1]], lon[pairs[0]], lat[pairs[0]])
order = np.lexsort((distance, pairs[0]))
_, firsts = np.unique(pairs[0][order], return_index=True)
best = order[firsts]
nearest_site = pairs[1][best]
site_km = distance[best] / 1000
site_bearing = np.mod(azimuth[best], 360)
sites_s = lap()

# Routes: the nearest in the plane, then distance and position in that route's own projection.
route_tree = shapely.STRtree([shapely.linestrings(c[:, 0] * scale, c[:, 1]) for c in route_coords])
nearest_route = route_tree.query_nearest(point_geoms, all_matches=False)[1]
route_km = np.empty(len(ids))
route_at = np.empty(len(ids))
for r, coords in enumerate(route_coords):
    chosen = np.nonzero(nearest_route == r)[0]
    if len(chosen) == 0:
        continue
    center_lon, center_lat = coords[:, 0].mean(), coords[:, 1].mean()
    transformer = pyproj.Transformer.from_crs(
        "EPSG:4326", f"+proj=aeqd +lat_0={center_lat} +lon_0={center_lon} +datum=WGS84 +units=m", always_xy=True)
    line = shapely.linestrings(*transformer.transform(coords[:, 0], coords[:, 1]))
    projected = shapely.points(*transformer.transform(lon[chosen], lat[chosen]))
    route_km[chosen] = shapely.distance(line, projected) / 1000
    route_at[chosen] = shapely.line_locate_point(line, projected) / 1000
routes_s = lap()

names = np.array(route_names)
with open(out_path, "w", encoding="utf-8") as out:
    out.write("id,nearest_site,site_km,site_bearing_deg,nearest_route,route_km,route_at_km\n")
    out.writelines(
        f"{i},{s},{round(k, 3)},{round(b, 1)},{n},{round(rk, 3)},{round(ra, 3)}\n"
        for i, s, k, b, n, rk, ra in zip(ids.tolist(), site_names[nearest_site].tolist(), site_km.tolist(),
                                         site_bearing.tolist(), names[nearest_route].tolist(), route_km.tolist(),
                                         route_at.tolist()))
write_s = lap()
print(json.dumps({"tool": "shapely-pyproj", "n": len(ids), "load_s": load_s, "sites_s": sites_s,
                  "routes_s": routes_s, "write_s": write_s, "total_s": time.perf_counter() - start}))
