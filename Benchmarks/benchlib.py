#!/usr/bin/env python3
"""Helpers for Benchmarks/run.sh: timing without hyperfine, peak memory, results, the report.

Subcommands (all times in seconds, memory in KiB):

  time --name NAME --runs R --warmup W [--prepare CMD] --export-json FILE -- CMD ARGS...
      Times CMD (no shell; output to /dev/null) the way hyperfine does, for machines without
      hyperfine. Writes hyperfine-shaped JSON: {"results": [{"command", "times", "median",
      "mean", "min", "max", "exit_codes"}]}. Appends to FILE if it already holds results.
      --prepare runs through `sh -c` before every timed run (warmups included).

  rss --runs R [--prepare CMD] -- CMD ARGS...
      Runs CMD R times and prints the median peak resident set size (max RSS, KiB),
      measured with /usr/bin/time -f %M (GNU time). Fails when GNU time is missing.

  merge OUT IN...
      Merges hyperfine JSON exports: the times of results with the same command name are
      pooled, and median, mean, min and max recomputed. Missing inputs are skipped.

  median-json FILE NAME
      Prints the median time of the result named NAME in a hyperfine JSON export.

  record RESULTS KEY VALUE [--runs N] [--note TEXT] [--unit s|KiB|B|MB/s] [--lower-bound]
      Appends one measurement to the JSON-lines file RESULTS. VALUE may be "null" (not
      measured; say why in --note). --lower-bound: the true value is at least VALUE (a run
      stopped by the time limit).

  report RESULTS
      Prints the table of measurements, ratios, targets and PASS/FAIL, and writes
      RESULTS's folder/summary.json.
"""

import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import time


# --------------------------------------------------------------------------- timing

def run_prepare(command):
    if command:
        subprocess.run(["sh", "-c", command], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def time_once(argv):
    with open(os.devnull, "wb") as null:
        start = time.perf_counter()
        completed = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=null, stderr=null)
        elapsed = time.perf_counter() - start
    return elapsed, completed.returncode


def cmd_time(args):
    argv = args.command
    for _ in range(args.warmup):
        run_prepare(args.prepare)
        time_once(argv)
    times, codes = [], []
    for _ in range(args.runs):
        run_prepare(args.prepare)
        elapsed, code = time_once(argv)
        times.append(elapsed)
        codes.append(code)
    result = {
        "command": args.name,
        "times": times,
        "exit_codes": codes,
        "median": statistics.median(times),
        "mean": statistics.fmean(times),
        "min": min(times),
        "max": max(times),
    }
    data = {"results": []}
    if os.path.exists(args.export_json):
        with open(args.export_json) as existing:
            data = json.load(existing)
    data["results"].append(result)
    with open(args.export_json, "w") as out:
        json.dump(data, out, indent=2)
    print(f"{args.name}: median {result['median'] * 1000:.2f} ms over {args.runs} runs")
    return 0 if all(code == 0 for code in codes) else 1


GNU_TIME = "/usr/bin/time"


def rss_once(argv):
    """Peak RSS of one run of argv, in KiB, from GNU time.

    There is no fallback through wait4 from Python: a child forked by Python carries
    Python's resident pages until exec, and the kernel keeps that high-water mark
    (about 12 MiB, more than the floor program uses). GNU time's own footprint before
    exec is far below anything measured here.
    """
    import tempfile
    with open(os.devnull, "wb") as null, tempfile.NamedTemporaryFile("r", suffix=".rss") as report:
        subprocess.run([GNU_TIME, "-f", "%M", "-o", report.name] + argv,
                       stdin=subprocess.DEVNULL, stdout=null, stderr=null)
        text = report.read().strip().splitlines()
        # The last line is the number; a failing command adds a line before it.
        return int(text[-1])


def cmd_rss(args):
    if not os.access(GNU_TIME, os.X_OK):
        print(f"{GNU_TIME} not found: apt-get install time", file=sys.stderr)
        return 1
    values = []
    for _ in range(args.runs):
        run_prepare(args.prepare)
        values.append(rss_once(args.command))
    print(int(statistics.median(values)))
    return 0


def cmd_merge(args):
    merged = {}
    for path in args.inputs:
        if not os.path.exists(path):
            continue
        with open(path) as source:
            for result in json.load(source).get("results", []):
                entry = merged.setdefault(result["command"], {"command": result["command"], "times": [], "exit_codes": []})
                entry["times"] += result.get("times") or []
                entry["exit_codes"] += result.get("exit_codes") or []
    for entry in merged.values():
        times = entry["times"]
        if times:
            entry.update(median=statistics.median(times), mean=statistics.fmean(times), min=min(times), max=max(times))
    with open(args.output, "w") as out:
        json.dump({"results": list(merged.values())}, out, indent=2)
    return 0 if merged else 1


def cmd_median_json(args):
    with open(args.file) as source:
        data = json.load(source)
    for result in data["results"]:
        if result["command"] == args.name:
            times = result.get("times") or []
            print(repr(statistics.median(times) if times else result["median"]))
            return 0
    print(f"no result named {args.name!r} in {args.file}", file=sys.stderr)
    return 1


# --------------------------------------------------------------------------- results

def cmd_record(args):
    value = None if args.value in ("null", "") else float(args.value)
    entry = {"key": args.key, "value": value, "unit": args.unit}
    if args.runs is not None:
        entry["runs"] = args.runs
    if args.note:
        entry["note"] = args.note
    if args.lower_bound:
        entry["lower_bound"] = True
    with open(args.results, "a") as out:
        out.write(json.dumps(entry) + "\n")
    return 0


def load_results(path):
    results = {}
    if os.path.exists(path):
        with open(path) as source:
            for line in source:
                line = line.strip()
                if line:
                    entry = json.loads(line)
                    results[entry["key"]] = entry
    return results


def fmt_value(entry):
    if entry is None or entry.get("value") is None:
        return "not measured"
    value, unit = entry["value"], entry.get("unit", "s")
    if entry.get("lower_bound"):
        return f"> {value:g} {unit} (stopped at the time limit)"
    if unit == "s":
        text = f"{value * 1000:.2f} ms" if value < 1 else f"{value:.3f} s"
    elif unit == "KiB":
        text = f"{value / 1024:.1f} MiB"
    elif unit == "B":
        text = f"{value / 1e6:.2f} MB"
    elif unit == "MB/s":
        text = f"{value:.2f} MB/s"
    else:
        text = f"{value:g} {unit}"
    if entry.get("runs") is not None:
        text += f" (median of {entry['runs']})" if entry["runs"] > 1 else " (1 run)"
    return text


def cmd_report(args):
    results = load_results(args.results)
    rows = []       # (measurement, value text)
    checks = []     # dicts: name, value, target, result, why

    def get(key):
        entry = results.get(key)
        return None if entry is None else entry.get("value")

    def lower(key):
        entry = results.get(key)
        return bool(entry and entry.get("lower_bound"))

    def note(key):
        entry = results.get(key)
        return "" if entry is None else entry.get("note", "")

    def check(name, value, op, target, fmt, why="", bound=None):
        """bound: None (exact), "lower" (true value >= value) or "upper" (true value <= value)."""
        row = {"name": name, "value": value, "target": f"{op} {target:g}", "why": why}
        if value is None:
            row["result"] = "NOT MEASURED"
        else:
            prefix = {"lower": ">", "upper": "<"}.get(bound, "")
            row["shown"] = prefix + fmt.format(value)
            ok = value <= target if op == "<=" else value >= target
            if bound is None:
                row["result"] = "PASS" if ok else "FAIL"
            elif bound == "lower":  # the true value is at least the shown one
                row["result"] = ("FAIL" if not ok else "NOT MEASURED") if op == "<=" else ("PASS" if ok else "NOT MEASURED")
            else:  # "upper": the true value is at most the shown one
                row["result"] = ("PASS" if ok else "NOT MEASURED") if op == "<=" else ("FAIL" if not ok else "NOT MEASURED")
            if row["result"] == "NOT MEASURED":
                row["why"] = why or "inconclusive: a run hit the time limit"
        checks.append(row)

    def ratio(a, b):
        return None if a is None or b in (None, 0) else a / b

    # ---- measurements, in the order they were taken
    labels = {
        "floor.time": "floor (FoundationEssentials hello) wall time",
        "next.time": "roadmap next (ml-mastery, 5/30 done) wall time",
        "task.time": "task next (60 tasks) wall time",
        "floor.rss": "floor peak RSS",
        "next.rss": "roadmap next peak RSS",
        "task.rss": "task next peak RSS",
        "parse.bytes": "parse input size",
        "cmark.time": "cmark big.md > /dev/null wall time",
        "parse.time": "parse-bench big.md (read + full parse) wall time",
        "cmark.throughput": "cmark throughput",
        "parse.throughput": "parser throughput",
        "parse.inprocess.bundled": "parser in-process, bundled roadmaps one by one (info)",
        "parse.onecore.cmark.time": "cmark big.md on one core (taskset -c 0) wall time (info)",
        "parse.onecore.time": "parse-bench big.md on one core (taskset -c 0) wall time (info)",
    }
    for key, label in labels.items():
        if key in results:
            rows.append((label, fmt_value(results[key]), note(key)))
    one_core = ratio(get("parse.onecore.cmark.time"), get("parse.onecore.time"))
    if one_core is not None:
        rows.append(("parser / cmark on one core (info)", f"{one_core:.2f}x", ""))
    sizes = sorted({int(k.split(".")[1]) for k in results if k.startswith("scale.")})
    for n in sizes:
        for command in ("next", "done"):
            key = f"scale.{n}.{command}"
            if key in results:
                rows.append((f"roadmap {command} at {n:,} topics", fmt_value(results[key]), note(key)))
        key = f"scale.{n}.next-first"
        if key in results:
            rows.append((f"roadmap next at {n:,} topics, first run after an edit (info)", fmt_value(results[key]), note(key)))

    # ---- target 1
    floor, nxt, task = get("floor.time"), get("next.time"), get("task.time")
    check("1 next / floor (wall)", ratio(nxt, floor), "<=", 1.5, "{:.2f}x",
          note("next.time") or note("floor.time"))
    check("1 next / task next (wall)", ratio(nxt, task), "<=", 0.6, "{:.2f}x",
          note("task.time") or note("next.time"))
    check("1 next / floor (peak RSS)", ratio(get("next.rss"), get("floor.rss")), "<=", 1.3, "{:.2f}x",
          note("next.rss") or note("floor.rss"))

    # ---- target 2: same bytes, so throughput ratio = cmark time / parser time
    check("2 parser / cmark throughput", ratio(get("cmark.time"), get("parse.time")), ">=", 2.0, "{:.3g}x",
          note("cmark.time") if get("cmark.time") is None else note("parse.time"),
          bound="upper" if lower("parse.time") else None)

    # ---- target 3: growth (log-log slope between consecutive sizes) and the budget at the largest size
    for command in ("next", "done"):
        points = [(n, get(f"scale.{n}.{command}"), lower(f"scale.{n}.{command}")) for n in sizes]
        for (n1, t1, lb1), (n2, t2, lb2) in zip(points, points[1:]):
            slope = None
            if t1 and t2 and not lb1:
                slope = math.log(t2 / t1) / math.log(n2 / n1)
            why = "" if slope is not None else (note(f"scale.{n1}.{command}") or note(f"scale.{n2}.{command}"))
            check(f"3 {command} growth {n1:,}->{n2:,} (log-log slope)", slope, "<=", 1.1, "{:.2f}", why,
                  bound="lower" if lb2 else None)
        if len(sizes) < 2:
            check(f"3 {command} growth (log-log slope)", None, "<=", 1.1, "",
                  "needs at least two sizes" if sizes else "scale not run")
        biggest = max(sizes) if sizes else 100000
        key = f"scale.{biggest}.{command}"
        check(f"3 {command} at {biggest:,} topics", get(key), "<=", 0.25, "{:.3f} s", note(key),
              bound="lower" if lower(key) else None)

    # ---- print
    lines = []
    lines.append("Measurements")
    width = max([len(r[0]) for r in rows] + [10])
    for label, value, why in rows:
        lines.append(f"  {label:<{width}}  {value}" + (f"  [{why}]" if why else ""))
    lines.append("")
    lines.append("Targets")
    name_width = max(len(c["name"]) for c in checks)
    lines.append(f"  {'check':<{name_width}}  {'measured':>10}  {'target':>8}  result")
    for c in checks:
        shown = c.get("shown", "-")
        line = f"  {c['name']:<{name_width}}  {shown:>10}  {c['target']:>8}  {c['result']}"
        if c["result"] == "NOT MEASURED" and c["why"]:
            why = c["why"] if len(c["why"]) <= 100 else c["why"][:99] + "…"
            line += f" ({why})"
        lines.append(line)
    counts = {k: sum(1 for c in checks if c["result"] == k) for k in ("PASS", "FAIL", "NOT MEASURED")}
    lines.append("")
    lines.append(f"  {counts['PASS']} pass, {counts['FAIL']} fail, {counts['NOT MEASURED']} not measured")
    text = "\n".join(lines)
    print(text)

    folder = os.path.dirname(os.path.abspath(args.results))
    with open(os.path.join(folder, "summary.json"), "w") as out:
        json.dump({"measurements": list(results.values()), "checks": checks}, out, indent=2)
    with open(os.path.join(folder, "summary.txt"), "w") as out:
        out.write(text + "\n")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="sub", required=True)

    p = sub.add_parser("time")
    p.add_argument("--name", required=True)
    p.add_argument("--runs", type=int, default=10)
    p.add_argument("--warmup", type=int, default=1)
    p.add_argument("--prepare")
    p.add_argument("--export-json", required=True)
    p.add_argument("command", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_time)

    p = sub.add_parser("rss")
    p.add_argument("--runs", type=int, default=10)
    p.add_argument("--prepare")
    p.add_argument("command", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_rss)

    p = sub.add_parser("merge")
    p.add_argument("output")
    p.add_argument("inputs", nargs="+")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("median-json")
    p.add_argument("file")
    p.add_argument("name")
    p.set_defaults(func=cmd_median_json)

    p = sub.add_parser("record")
    p.add_argument("results")
    p.add_argument("key")
    p.add_argument("value")
    p.add_argument("--runs", type=int)
    p.add_argument("--note")
    p.add_argument("--unit", default="s")
    p.add_argument("--lower-bound", action="store_true")
    p.set_defaults(func=cmd_record)

    p = sub.add_parser("report")
    p.add_argument("results")
    p.set_defaults(func=cmd_report)

    args = parser.parse_args()
    if getattr(args, "command", None) and args.command and args.command[0] == "--":
        args.command = args.command[1:]
    if hasattr(args, "command") and args.sub in ("time", "rss") and not args.command:
        parser.error("a command to run is required after --")
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
