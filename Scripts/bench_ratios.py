#!/usr/bin/env python3
"""bench_ratios.py RUN_DIR PEER...  -- our phase times as ratios to the best peer of the same run.

Reads each PEER.log (last JSON line: the phase timings of WORKLOAD.md) and PEER.time (GNU time -v) that
../shared/bench/run_peers.sh left in RUN_DIR. A ratio below 1 means sahel is faster (or smaller).
"""
import json
import os
import re
import sys

OURS = "sahel"
PHASES = ["load_s", "distance_s", "pip_s", "write_s", "total_s"]


def timing(run, peer):
    path = os.path.join(run, peer + ".log")
    if not os.path.exists(path):
        return None
    lines = [l for l in open(path, encoding="utf-8") if l.startswith("{") and "total_s" in l]
    return json.loads(lines[-1]) if lines else None


def gnu_time(run, peer):
    path = os.path.join(run, peer + ".time")
    text = open(path).read() if os.path.exists(path) else ""
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", text)
    return (int(rss[1]) / 1024 if rss else None,
            int(wall[1] or 0) * 3600 + int(wall[2]) * 60 + float(wall[3]) if wall else None)


def main():
    run, peers = sys.argv[1], sys.argv[2:]
    data = {p: timing(run, p) for p in peers}
    ours = data.get(OURS)
    if not ours:
        sys.exit(f"no timings from {OURS} in {run}")
    print(f"\n## sahel against the best peer of this run ({run})\n")
    print("| phase | sahel s | best peer | peer s | ratio sahel/peer |")
    print("|---|---:|---|---:|---:|")
    for phase in PHASES:
        # The ogr2ogr anchor only exports: it counts for the write phase alone.
        rivals = [(d[phase], p) for p, d in data.items()
                  if p != OURS and d and d.get(phase) is not None and (p != "ogr2ogr" or phase == "write_s")]
        if not rivals or ours.get(phase) is None:
            continue
        best, who = min(rivals)
        print(f"| {phase} | {ours[phase]:.3f} | {who} | {best:.3f} | {ours[phase] / best:.2f} |")
    rss = {p: gnu_time(run, p) for p in peers}
    full = [(r[0], p) for p, r in rss.items() if p not in (OURS, "ogr2ogr") and r[0]]
    if rss[OURS][0] and full:
        best, who = min(full)
        print(f"| peak RSS MiB | {rss[OURS][0]:.0f} | {who} | {best:.0f} | {rss[OURS][0] / best:.2f} |")
    if rss[OURS][1]:
        print(f"\nsahel process wall time (GNU time): {rss[OURS][1]:.2f} s")


if __name__ == "__main__":
    main()
