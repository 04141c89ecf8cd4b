#!/usr/bin/env python3
"""Time every `roadmap` command on generated roadmaps of growing size, and show how each grows.

Usage:
    python3 Benchmarks/commands-at-scale.py [--sizes "10000 100000"] [--per-phase "100 1"]
                                            [--runs 3] [--no-build | --binary PATH]

Target 3 of BENCHMARKS.md times `next` and `done` only. This script is its companion for the
other commands, so that a command whose time grows faster than its roadmap shows up: it found
`status --json`, `list --json`, `lint --json` and `export --format json` (and `list --all`)
looking up each phase's count by a search (time growing as the square of the phases), and
`status` cutting each line's padding one character at a time.

For each shape (topics per phase: 100 gives 1,000 phases at 100,000 topics; 1 gives one phase
per topic) and each size, it generates the roadmap and a progress file with as many entries
(`generate-scale-roadmap.py`), runs each command once to fill the parse cache, then times
`--runs` runs with a fresh copy of the progress file before each, and reports the median. The
growth column is the log-log slope between consecutive sizes: 1.0 is linear, 2.0 grows as the
square; above 1.3 is marked with `!` (on a shared 2-core host, slopes of linear commands read
0.85-1.2 from run to run). Times include starting the process (about 2 ms) and writing the output to
/dev/null. Nothing is written outside a temporary folder, deleted at the end.

Exit status: 0 when every command ran; 1 when a command failed (its cell reads `failed` and
its exit status is printed), or the build or a generator failed; 2 for a usage error.
"""

import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def commands(md: str, last: str) -> list[tuple[str, list[str]]]:
    """Each command as a user would run it on the roadmap file `md`; `last` is its last topic."""
    on = ["--roadmap", md]
    return [
        ("next", ["next", *on]),
        ("next --json", ["next", "--json", *on]),
        ("status", ["status", *on]),
        ("status --json", ["status", "--json", *on]),
        ("list", ["list", *on]),
        ("list --json", ["list", "--json", *on]),
        ("list 1", ["list", "1", *on]),
        ("list --all", ["list", "--all", *on]),
        ("show <last>", ["show", last, *on]),
        ("done <last>", ["done", last, *on]),
        ("start <last>", ["start", last, *on]),
        ("skip <last>", ["skip", last, *on]),
        ("reset <first>", ["reset", "topic-name-1", *on]),
        ("note <last>", ["note", last, "read chapter 2", *on]),
        ("log", ["log", *on]),
        ("export", ["export", *on]),
        ("export --format json", ["export", "--format", "json", *on]),
        ("lint", ["lint", md]),
        ("lint --json", ["lint", "--json", md]),
    ]


def release_binary(build: bool) -> str:
    if build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "roadmap"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    bin_path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout.strip()
    binary = os.path.join(bin_path, "roadmap")
    if not os.path.exists(binary):
        sys.exit(f"commands-at-scale: {binary} not found (run without --no-build)")
    return binary


def median_time(binary: str, arguments: list[str], home: str, pristine: str, runs: int) -> tuple[float | None, int]:
    """The median wall time of `runs` runs (after one untimed run), or None and the exit
    status of the first run that failed."""
    times = []
    for run in range(runs + 1):
        shutil.copyfile(pristine, os.path.join(home, "progress.json"))
        start = time.perf_counter()
        status = subprocess.run([binary, *arguments], env={**os.environ, "ROADMAP_HOME": home},
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        if status != 0:
            return None, status
        if run > 0:
            times.append(time.perf_counter() - start)
    return statistics.median(times), 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000 100000", help="topic counts (default \"10000 100000\")")
    parser.add_argument("--per-phase", default="100 1", help="roadmap shapes, topics per phase (default \"100 1\")")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per command (default 3)")
    parser.add_argument("--no-build", action="store_true", help="use the existing release build")
    parser.add_argument("--binary", help="time this roadmap binary instead of the package's release build")
    args = parser.parse_args()
    try:
        sizes = sorted({int(size) for size in args.sizes.split()})
        shapes = list(dict.fromkeys(int(shape) for shape in args.per_phase.split()))
    except ValueError as error:
        parser.error(f"sizes and shapes are whole numbers: {error}")
    if not sizes or not shapes or min(sizes + shapes) < 1 or args.runs < 1:
        parser.error("sizes, shapes and runs must be positive")

    binary = os.path.abspath(args.binary) if args.binary else release_binary(not args.no_build)
    failures = 0
    if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        parser.error(f"{binary} is not an executable file")
    scratch = tempfile.mkdtemp(prefix="roadmap-commands-")
    try:
        for per_phase in shapes:
            print(f"\n{per_phase} topic{'s' if per_phase > 1 else ''} per phase "
                  f"(median of {args.runs} run{'s' if args.runs > 1 else ''}, warm parse cache)")
            header = ["command"] + [f"{size:,} topics" for size in sizes]
            header += [f"growth {a:,}->{b:,}" for a, b in zip(sizes, sizes[1:])]
            rows = []
            timings: dict[str, list[float | None]] = {}
            for size in sizes:
                folder = os.path.join(scratch, f"shape-{per_phase}-{size}")
                generated = subprocess.run(
                    [sys.executable, os.path.join(HERE, "generate-scale-roadmap.py"), str(size), folder,
                     "--per-phase", str(per_phase)], capture_output=True, text=True)
                if generated.returncode != 0:
                    print(generated.stderr, file=sys.stderr)
                    return 1
                md = os.path.join(folder, f"scale-{size}.md")
                pristine = os.path.join(folder, f"scale-{size}.progress.json")
                home = os.path.join(folder, "home")
                os.makedirs(home)
                for name, arguments in commands(md, f"topic-name-{size}"):
                    seconds, status = median_time(binary, arguments, home, pristine, args.runs)
                    timings.setdefault(name, []).append(seconds)
                    if seconds is None:
                        failures += 1
                        print(f"  {name} at {size:,} topics exited with {status}", file=sys.stderr)
            for name, times in timings.items():
                row = [name] + [f"{t * 1000:.0f} ms" if t is not None else "failed" for t in times]
                for (a, ta), (b, tb) in zip(zip(sizes, times), zip(sizes[1:], times[1:])):
                    if ta and tb:
                        slope = math.log(tb / ta) / math.log(b / a)
                        row.append(f"{slope:.2f}{' !' if slope > 1.3 else ''}")
                    else:
                        row.append("-")
                rows.append(row)
            widths = [max(len(row[i]) for row in [header] + rows) for i in range(len(header))]
            for row in [header] + rows:
                print("  " + "  ".join(cell.ljust(width) if i == 0 else cell.rjust(width)
                                       for i, (cell, width) in enumerate(zip(row, widths))))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
