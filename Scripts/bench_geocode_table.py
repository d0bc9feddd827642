#!/usr/bin/env python3
"""bench_geocode_table.py WORK [--time-command TIMEFILE CMD...]  -- the table of Scripts/bench-geocode.sh.

Table mode (what bench-geocode.sh calls last): reads what the runs left in WORK and prints a markdown table,
also written (atomically) to WORK/geocode-bench.md:

  TOOL-RUN.stdout / .stderr / .time / .status   for TOOL in sahel, peer and RUN in short, long
  TOOL-dev-eval.json                            Scripts/eval-geocode.py --json on the 222 dev documents
  meta.json                                     document counts and settings written by the bench script

Throughput, per tool:
  sahel  documents / geocode_s from its `--timings json` line ({"load_s", "geocode_s", "write_s", "documents",
         "peak_rss_mib"}, on stderr or stdout) when it prints one; otherwise documents / process wall time
         (GNU time), load included, marked with a dagger.
  peer   its own last JSON line (docs_per_s: NER + lookup + writing, after the model and gazetteer loads).
Peak RSS comes from GNU time -v (or the Python fallback below) for both, so they are measured alike.
A ratio sahel/peer above 1 means sahel is faster (docs/s) or, for memory, larger.

Timing mode (used when /usr/bin/time is missing): `--time-command TIMEFILE CMD...` runs CMD with this
process's stdin/stdout/stderr and writes its wall time and peak RSS to TIMEFILE in GNU time -v's wording.
"""
import json
import os
import re
import resource
import subprocess
import sys
import time

from eval_common import write_atomically

RUNS = ("short", "long")


def time_command(timefile, cmd):
    start = time.perf_counter()
    try:
        status = subprocess.call(cmd)
    except OSError as e:
        print(f"bench_geocode_table: cannot run {cmd[0]}: {e.strerror}", file=sys.stderr)
        return 127
    wall = time.perf_counter() - start
    rss_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    minutes, seconds = divmod(wall, 60)
    with open(timefile, "w", encoding="utf-8") as f:
        f.write(f"\tCommand being timed: \"{' '.join(cmd)}\"\n"
                f"\tElapsed (wall clock) time (h:mm:ss or m:ss): {int(minutes)}:{seconds:05.2f}\n"
                f"\tMaximum resident set size (kbytes): {rss_kib}\n"
                f"\tExit status: {status}\n")
    return status


def read(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError:
        return None


def json_lines(*texts):
    """Every line of the texts that parses as a JSON object, in order."""
    out = []
    for text in texts:
        for line in (text or "").splitlines():
            line = line.strip()
            if line.startswith("{"):
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(obj, dict):
                    out.append(obj)
    return out


def gnu_time(text):
    """(wall seconds, peak RSS MiB) from a GNU time -v report."""
    text = text or ""
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", text)
    return (int(wall[1] or 0) * 3600 + int(wall[2]) * 60 + float(wall[3]) if wall else None,
            int(rss[1]) / 1024 if rss else None)


def run_result(work, tool, run, docs):
    """What one run measured: docs, docs/s (and how), load s, RSS, or why there is nothing."""
    base = os.path.join(work, f"{tool}-{run}")
    status = read(base + ".status")
    if status is None:
        return {"state": "not run"}
    status = status.strip()
    if status != "0":
        return {"state": f"failed ({status}; see {base}.stderr)"}
    wall, rss = gnu_time(read(base + ".time"))
    lines = json_lines(read(base + ".stdout"), read(base + ".stderr"))
    result = {"state": "ok", "docs": docs, "wall_s": wall, "rss_mib": rss, "load_s": None, "rate": None,
              "rate_note": ""}
    if tool == "peer":
        timing = [l for l in lines if "docs_per_s" in l]
        info = [l for l in lines if "model_load_s" in l]
        if timing:
            result["docs"] = timing[-1].get("docs", docs)
            result["rate"] = timing[-1].get("docs_per_s")
        if info:
            result["load_s"] = (info[-1].get("model_load_s") or 0) + (info[-1].get("gazetteer_load_s") or 0)
            result["model"] = info[-1].get("model")
    else:
        timing = [l for l in lines if "geocode_s" in l]
        if timing:
            t = timing[-1]
            result["docs"] = t.get("documents", docs)
            result["load_s"] = t.get("load_s")
            if t.get("geocode_s"):
                result["rate"] = result["docs"] / t["geocode_s"]
            if t.get("peak_rss_mib") and rss is None:
                result["rss_mib"] = t["peak_rss_mib"]
        elif wall:
            result["rate"] = docs / wall
            result["rate_note"] = "†"
    return result


def fmt(value, digits=0, suffix=""):
    return "n/a" if value is None else f"{value:,.{digits}f}{suffix}"


def accuracy(work, tool):
    doc = None
    text = read(os.path.join(work, f"{tool}-dev-eval.json"))
    if text:
        try:
            doc = json.loads(text)
        except json.JSONDecodeError:
            doc = None
    return doc


def table(work):
    meta = json.loads(read(os.path.join(work, "meta.json")) or "{}")
    tools = [("sahel", "sahel geocode"), ("peer", "spaCy fr_core_news_sm + gazetteer lookup")]
    results = {(t, r): run_result(work, t, r, meta.get(f"{t}_{r}_docs")) for t, _ in tools for r in RUNS}
    acc = {t: accuracy(work, t) for t, _ in tools}

    def rate_cell(res):
        if res["state"] != "ok":
            return res["state"]
        return f"{fmt(res['rate'], 1)}{res['rate_note']} ({res['docs']:,} docs)" if res["docs"] else "n/a"

    lines = [f"# sahel geocode against the spaCy peer ({meta.get('date', '')})", ""]
    lines.append(f"Machine: {meta.get('machine', '?')}. Gazetteer for both: `{meta.get('gazetteer_csv', '?')}` "
                 f"({meta.get('gazetteer_rows', '?')} rows, exported by `sahel gazetteer export` from "
                 f"`{meta.get('gazetteer', '?')}`).")
    lines.append(f"Short documents: the {meta.get('dev_docs', 222)} dev-set texts repeated (ids `no#k`); long: the seed "
                 f"article x{meta.get('long_repeat', 20)} ({fmt(meta.get('long_chars'))} characters) as one document, "
                 "repeated.")
    lines.append("")
    lines.append("| tool | docs/s short | docs/s long | load s | peak RSS MiB short / long "
                 "| within 25 km | within 161 km | median km |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|")
    for tool, name in tools:
        short, long_ = results[(tool, "short")], results[(tool, "long")]
        load = next((r["load_s"] for r in (short, long_) if r.get("load_s") is not None), None)
        rss = " / ".join(fmt(r.get("rss_mib")) for r in (short, long_))
        a = acc[tool]
        if a:
            within25, within161 = f"{100 * a['within_25km']:.1f} %", f"{100 * a['within_161km']:.1f} %"
            median = "inf" if a["median_error_km"] is None else f"{a['median_error_km']:.1f}"
        else:
            within25 = within161 = median = "n/a"
        lines.append(f"| {name} | {rate_cell(short)} | {rate_cell(long_)} | {fmt(load, 2)} | {rss} "
                     f"| {within25} | {within161} | {median} |")
    lines.append("")
    for run in RUNS:
        ours, peer = results[("sahel", run)], results[("peer", run)]
        if ours.get("rate") and peer.get("rate"):
            lines.append(f"- ratio sahel/peer docs/s, {run}: **{ours['rate'] / peer['rate']:.1f}**")
        else:
            lines.append(f"- ratio sahel/peer docs/s, {run}: n/a (sahel {ours['state']}, peer {peer['state']})")
    if results[("sahel", "short")].get("rss_mib") and results[("peer", "short")].get("rss_mib"):
        ratio = results[("sahel", "short")]["rss_mib"] / results[("peer", "short")]["rss_mib"]
        lines.append(f"- ratio sahel/peer peak RSS, short run: {ratio:.2f} (each for its own document count)")
    lines.append("")
    lines.append("Notes: peer docs/s is its own figure (NER + lookup + writing, model and gazetteer load excluded); "
                 "its load column is model + gazetteer load. sahel docs/s is documents / geocode_s from "
                 "`--timings json` when printed, else documents / process wall time (†, load included). "
                 "The peer runs fewer documents (PEER_DOCS, PEER_LONG_DOCS): its rate is steady after the first "
                 "batches. Accuracy: the 222 dev documents, sahel's focus point, the peer's first resolved place "
                 "(it selects no focus); an unresolved document is a miss. Peak RSS from GNU time -v "
                 "(or the Python fallback); the peer holds all its input in memory, so its RSS grows with the "
                 "document count.")
    for tool, _ in tools:
        for run in RUNS:
            r = results[(tool, run)]
            if r["state"] == "ok" and r.get("wall_s"):
                lines.append(f"- {tool} {run}: process wall time {r['wall_s']:.2f} s")
    return "\n".join(lines) + "\n"


def main(argv):
    if len(argv) >= 3 and argv[0] == "--time-command":
        return time_command(argv[1], argv[2:])
    if len(argv) != 1 or argv[0].startswith("-"):
        print(__doc__, file=sys.stderr)
        return 0 if argv[:1] in (["-h"], ["--help"]) else 2
    work = argv[0]
    if not os.path.isdir(work):
        print(f"bench_geocode_table: {work}: no such folder", file=sys.stderr)
        return 2
    text = table(work)
    write_atomically(os.path.join(work, "geocode-bench.md"), text)
    print(text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
