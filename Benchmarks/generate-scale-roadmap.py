#!/usr/bin/env python3
"""Generate a synthetic roadmap with N topics and a progress file with N entries.

Usage:
    python3 Benchmarks/generate-scale-roadmap.py N OUTDIR [--per-phase 100] [--not-done-percent 1]

Writes (deterministically: the same arguments always give byte-identical files):

    OUTDIR/scale-N.md             the roadmap; its id is "scale-N" (file name without .md)
    OUTDIR/scale-N.progress.json  a progress file (format version 2) with N entries

and prints a summary to standard output, one `key=value` per line:

    id=scale-N
    roadmap=OUTDIR/scale-N.md
    progress=OUTDIR/scale-N.progress.json
    topics=N                      topics the parser should read from the roadmap
    phases=P                      ceil(N / per-phase)
    done=D                        entries with status "done"
    not_started=N-D               entries with status "not-started"
    next=topic-name-<D+1>         slug `roadmap next` should offer
    done_target=topic-name-<N>    a not-done topic, used by the `roadmap done` benchmark

Roadmap format (UTF-8, LF line ends, final newline):

    # Scale roadmap N
    <blank>
    Synthetic roadmap with N topics for the scale benchmark.
    <blank>
    ## Phase K: Section K (2 weeks)            for K = 1 ... P
    <blank>
    ### K.J Topic name T                       J = 1 ... per-phase within phase K,
    <blank>                                    T = (K - 1) * per-phase + J, 1 ... N

Topic T has title "Topic name T" and slug "topic-name-T" (unique). The last phase holds
N - (P - 1) * per-phase topics.

Progress format (pretty-printed, keys sorted, 2-space indent, final newline):

    {"version": 2, "activeRoadmap": "scale-N", "history": [],
     "roadmaps": {"scale-N": {"topics": {
        "topic-name-T": {"status": "done", "updated": "2026-01-01T00:00:00Z",
                         "finished": "2026-01-01T00:00:00Z"},          for T = 1 ... D
        "topic-name-T": {"status": "not-started",
                         "updated": "2026-01-01T00:00:00Z"}             for T = D+1 ... N
     }}}}

D = N - max(1, round(N * not-done-percent / 100)): by default all but the last 1% are done
(at least one topic is left), so `roadmap next` has to walk past D done topics.
"""

import argparse
import json
import os
import sys

STAMP = "2026-01-01T00:00:00Z"


def main() -> int:
    parser = argparse.ArgumentParser(description="Generate a scale roadmap and progress file.")
    parser.add_argument("topics", type=int, help="number of topics N (>= 1)")
    parser.add_argument("outdir", help="folder to write scale-N.md and scale-N.progress.json into")
    parser.add_argument("--per-phase", type=int, default=100, help="topics per phase (default 100)")
    parser.add_argument("--not-done-percent", type=float, default=1.0,
                        help="percentage of topics left not done (default 1; at least one topic)")
    args = parser.parse_args()
    n, per_phase = args.topics, args.per_phase
    if n < 1 or per_phase < 1:
        parser.error("N and --per-phase must be positive")
    if not 0 <= args.not_done_percent <= 100:
        parser.error("--not-done-percent must be between 0 and 100")

    os.makedirs(args.outdir, exist_ok=True)
    roadmap_id = f"scale-{n}"
    phases = (n + per_phase - 1) // per_phase
    not_done = min(n, max(1, round(n * args.not_done_percent / 100)))
    done = n - not_done

    lines = [f"# Scale roadmap {n}", "", f"Synthetic roadmap with {n} topics for the scale benchmark.", ""]
    for k in range(1, phases + 1):
        lines += [f"## Phase {k}: Section {k} (2 weeks)", ""]
        first = (k - 1) * per_phase + 1
        for t in range(first, min(n, k * per_phase) + 1):
            lines += [f"### {k}.{t - first + 1} Topic name {t}", ""]
    roadmap_path = os.path.join(args.outdir, f"{roadmap_id}.md")
    with open(roadmap_path, "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(lines))

    topics = {}
    for t in range(1, n + 1):
        if t <= done:
            topics[f"topic-name-{t}"] = {"status": "done", "updated": STAMP, "finished": STAMP}
        else:
            topics[f"topic-name-{t}"] = {"status": "not-started", "updated": STAMP}
    progress = {
        "version": 2,
        "activeRoadmap": roadmap_id,
        "history": [],
        "roadmaps": {roadmap_id: {"topics": topics}},
    }
    progress_path = os.path.join(args.outdir, f"{roadmap_id}.progress.json")
    with open(progress_path, "w", encoding="utf-8", newline="\n") as out:
        json.dump(progress, out, indent=2, sort_keys=True)
        out.write("\n")

    print(f"id={roadmap_id}")
    print(f"roadmap={roadmap_path}")
    print(f"progress={progress_path}")
    print(f"topics={n}")
    print(f"phases={phases}")
    print(f"done={done}")
    print(f"not_started={not_done}")
    print(f"next=topic-name-{done + 1}")
    print(f"done_target=topic-name-{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
