#!/usr/bin/env bash
# Benchmarks/run.sh: measures roadmap against the targets in BENCHMARKS.md and prints a
# report of measurements, ratios, targets and PASS/FAIL.
#
#   bash Benchmarks/run.sh [options]
#
# It builds the package it lives in (swift build -c release), builds the floor program and
# the parse benchmark with swiftc, generates its inputs in a temporary folder, and writes
# raw results (hyperfine JSON, logs, summary) to Benchmarks/out/<UTC timestamp>/ with
# Benchmarks/out/latest pointing at the newest run.
#
# Exit status: 0 when the report was produced (even if targets fail: it is a report),
# 1 when it cannot run (build failure, a required tool missing), 2 for a usage error.
set -uo pipefail

usage() {
    cat <<'EOF'
usage: bash Benchmarks/run.sh [options]

  --quick              fewer runs (5 for startup, 3 for parse and scale) and shorter
                       time limits (60 s); for a check, not for published figures
  --runs N             timed runs per command (default 20 for startup comparisons,
                       30 for parse against cmark, 10 for the rest of parse and scale)
  --parse-runs N       timed runs of the parser and of cmark for target 2 (default 30;
                       after --runs or --quick, it overrides them, and they override it
                       when they come after it)
  --warmup N           warmup runs per command for the startup comparison, in the first
                       round (default 3; parse and scale warm up once)
  --round-runs N       about N runs of each command in a round before the next command's
                       (default 1: the commands take turns run by run)
  --sizes "A B C"      scale sizes in topics (default "1000 10000 100000")
  --parse-mb N         size of the parse input in MB (10^6 bytes; default 10)
  --timeout S          time limit for one run of a slow command (parse, scale;
                       default 300 s); a run over it is reported as a lower bound
  --no-build           use the existing release build instead of running swift build
  --no-hyperfine       time with the built-in loop even when hyperfine is installed
  --install-tools      apt-get install the missing hyperfine, cmark, taskwarrior and
                       time packages first (needs root or sudo)
  -h, --help           this help
EOF
}

RUNS=20
SLOW_RUNS=10
# Target 2 compares two commands of 0.1 and 0.2 s whose single runs spread by 4-20% on a
# shared host: the median of 10 runs each moved the ratio by about 6% from one run.sh run to
# the next. Resampled, the ratio fell below 2 in about 18% of draws of 10 runs each and in 6%
# of draws of 30 (BENCHMARKS.md, "Timing").
PARSE_RUNS=30
WARMUP=3
ROUND_RUNS=1
SIZES="1000 10000 100000"
PARSE_MB=10
TIMEOUT=300
BUILD=1
INSTALL=0
QUICK=0
NO_HYPERFINE=0
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) QUICK=1; RUNS=5; SLOW_RUNS=3; PARSE_RUNS=3; WARMUP=1; TIMEOUT=60 ;;
        --runs) [ $# -ge 2 ] || { usage >&2; exit 2; }; RUNS=$2; SLOW_RUNS=$2; PARSE_RUNS=$2; shift ;;
        --parse-runs) [ $# -ge 2 ] || { usage >&2; exit 2; }; PARSE_RUNS=$2; shift ;;
        --warmup) [ $# -ge 2 ] || { usage >&2; exit 2; }; WARMUP=$2; shift ;;
        --round-runs) [ $# -ge 2 ] || { usage >&2; exit 2; }; ROUND_RUNS=$2; shift ;;
        --sizes) [ $# -ge 2 ] || { usage >&2; exit 2; }; SIZES=$2; shift ;;
        --parse-mb) [ $# -ge 2 ] || { usage >&2; exit 2; }; PARSE_MB=$2; shift ;;
        --timeout) [ $# -ge 2 ] || { usage >&2; exit 2; }; TIMEOUT=$2; shift ;;
        --no-build) BUILD=0 ;;
        --no-hyperfine) NO_HYPERFINE=1 ;;
        --install-tools) INSTALL=1 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "run.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    esac
    shift
done
# Each number checked, then read in base 10 (bash would read 010 as octal 8, and 08 not at all).
whole() {
    case "$2" in ''|*[!0-9]*) echo "run.sh: $1 '$2' is not a whole number" >&2; exit 2 ;; esac
    printf '%d' "$((10#$2))"
}
RUNS=$(whole --runs "$RUNS") || exit 2
SLOW_RUNS=$(whole --runs "$SLOW_RUNS") || exit 2
PARSE_RUNS=$(whole --parse-runs "$PARSE_RUNS") || exit 2
WARMUP=$(whole --warmup "$WARMUP") || exit 2
ROUND_RUNS=$(whole --round-runs "$ROUND_RUNS") || exit 2
PARSE_MB=$(whole --parse-mb "$PARSE_MB") || exit 2
TIMEOUT=$(whole --timeout "$TIMEOUT") || exit 2
[ "$RUNS" -ge 1 ] || { echo "run.sh: --runs must be at least 1" >&2; exit 2; }
[ "$PARSE_RUNS" -ge 1 ] || { echo "run.sh: --parse-runs must be at least 1" >&2; exit 2; }
[ "$ROUND_RUNS" -ge 1 ] || { echo "run.sh: --round-runs must be at least 1" >&2; exit 2; }
for size in $SIZES; do
    case "$size" in ''|*[!0-9]*) echo "run.sh: size '$size' is not a whole number" >&2; exit 2 ;; esac
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/Benchmarks"
LIB="$BENCH/benchlib.py"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="$BENCH/out"
RAW="$OUT/$STAMP"
RESULTS="$RAW/results.jsonl"
mkdir -p "$RAW" "$OUT/bin" || { echo "run.sh: cannot create $RAW" >&2; exit 1; }
ln -sfn "$STAMP" "$OUT/latest"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/roadmap-bench.XXXXXX")" || exit 1
trap 'rm -rf "$TMP"' EXIT

log() { printf '==> %s\n' "$*" >&2; }
warn() { printf 'run.sh: %s\n' "$*" >&2; }
die() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }
record() { python3 "$LIB" record "$RESULTS" "$@"; }
# A command line for hyperfine -N (no shell): each word quoted.
qcmd() { local word out=""; for word in "$@"; do out+="$(printf '%q' "$word") "; done; printf '%s' "${out% }"; }
now_ns() { date +%s%N; }
seconds_since() { python3 -c "import sys; print((int(sys.argv[2]) - int(sys.argv[1])) / 1e9)" "$1" "$(now_ns)"; }
# The first line of a file that looks like an error or a Swift trap location, for notes.
first_error() {
    local file=$1 line
    line="$(grep -m1 -oE '[A-Za-z0-9_+]+\.swift:[0-9]+(:[0-9]+)?' "$file" 2>/dev/null)"
    if [ -n "$line" ]; then printf 'trap at %s' "$line"; return; fi
    line="$(grep -m1 -E 'error|Fatal|fatal|crash' "$file" 2>/dev/null || head -n1 "$file" 2>/dev/null)"
    printf '%s' "${line:0:160}"
}
# Describes an exit status: "exit 1", "signal 4 (SIGILL)", "timed out after 300 s".
describe_status() {
    local rc=$1
    if [ "$rc" -eq 124 ]; then printf 'timed out after %s s' "$TIMEOUT"
    elif [ "$rc" -gt 128 ]; then printf 'killed by signal %d (SIG%s)' $((rc - 128)) "$(kill -l $((rc - 128)) 2>/dev/null)"
    else printf 'exit %d' "$rc"; fi
}

# ---------------------------------------------------------------- tools

command -v python3 >/dev/null || die "python3 is required"
if ! command -v swift >/dev/null && [ -x /opt/swift/usr/bin/swift ]; then
    export PATH="/opt/swift/usr/bin:$PATH"
fi
command -v swift >/dev/null || die "swift is required (put the toolchain's usr/bin on PATH)"
command -v swiftc >/dev/null || die "swiftc is required"
command -v timeout >/dev/null || die "timeout (coreutils) is required"

if [ "$INSTALL" -eq 1 ]; then
    missing=()
    command -v hyperfine >/dev/null || missing+=(hyperfine)
    command -v cmark >/dev/null || missing+=(cmark)
    command -v task >/dev/null || missing+=(taskwarrior)
    [ -x /usr/bin/time ] || missing+=(time)
    if [ ${#missing[@]} -gt 0 ]; then
        SUDO=""
        [ "$(id -u)" -eq 0 ] || SUDO="sudo"
        log "installing ${missing[*]} with apt-get (benchmark tools only)"
        { $SUDO apt-get update && $SUDO apt-get install -y "${missing[@]}"; } >"$RAW/apt.log" 2>&1 \
            || warn "apt-get failed (see $RAW/apt.log); continuing with what is installed"
    fi
fi
HAVE_HYPERFINE=0; command -v hyperfine >/dev/null && [ "$NO_HYPERFINE" -eq 0 ] && HAVE_HYPERFINE=1
HAVE_CMARK=0; command -v cmark >/dev/null && HAVE_CMARK=1
HAVE_TASK=0; command -v task >/dev/null && HAVE_TASK=1
[ "$HAVE_HYPERFINE" -eq 1 ] || warn "hyperfine not found: timing with the built-in loop (benchlib.py time)"

# Times commands side by side. Usage: bench JSON RUNS WARMUP [--prepare CMD] -- NAME CMD [NAME CMD]...
# CMD is a qcmd-quoted command line. The runs are split into rounds of about ROUND_RUNS runs
# of each command (1 unless --round-runs says otherwise: the commands take turns run by run);
# each round times every command, in alternating order, so a change in machine load during
# the run hits all commands alike. On a shared host the load changes from one second to the
# next: with rounds of 5, one round's runs of one command could all fall in a busy spell that
# the other command's missed (BENCHMARKS.md, "Timing"). WARMUP warmup runs of each command
# come in the first round; later rounds have none when the commands take turns, and one (as
# before 2026-12-07) with longer rounds. Writes the merged hyperfine JSON (all times per
# command) to JSON.
bench() {
    local json=$1 runs=$2 warmup=$3; shift 3
    local prepare=""
    if [ "$1" = "--prepare" ]; then prepare=$2; shift 2; fi
    [ "$1" = "--" ] && shift
    local -a pairs=("$@") order
    local rounds=$(( runs / ROUND_RUNS )); [ "$rounds" -ge 1 ] || rounds=1
    local round status=0 parts=() count i
    for (( round = 0; round < rounds; round++ )); do
        count=$(( runs / rounds + (round < runs % rounds ? 1 : 0) ))
        order=()
        for (( i = 0; i < ${#pairs[@]}; i += 2 )); do
            if (( round % 2 == 0 )); then order+=("${pairs[i]}" "${pairs[i+1]}")
            else order=("${pairs[i]}" "${pairs[i+1]}" "${order[@]}"); fi
        done
        local part="$json.round$round"
        parts+=("$part")
        rm -f "$part"
        if [ "$HAVE_HYPERFINE" -eq 1 ]; then
            local args=(-N --style basic --warmup "$warmup" --runs "$count" --export-json "$part")
            [ -n "$prepare" ] && args+=(--prepare "$prepare")
            for (( i = 0; i < ${#order[@]}; i += 2 )); do args+=(-n "${order[i]}" "${order[i+1]}"); done
            hyperfine "${args[@]}" >>"$RAW/hyperfine.log" 2>&1 || status=1
        else
            for (( i = 0; i < ${#order[@]}; i += 2 )); do
                local -a words
                eval "words=(${order[i+1]})"
                python3 "$LIB" time --name "${order[i]}" --runs "$count" --warmup "$warmup" \
                    ${prepare:+--prepare "$prepare"} --export-json "$part" -- "${words[@]}" \
                    >>"$RAW/hyperfine.log" 2>&1 || status=1
            done
        fi
        # Later rounds follow runs of the same commands: taking turns, they need no warming up.
        if [ "$ROUND_RUNS" -eq 1 ]; then warmup=0; elif [ "$warmup" -gt 1 ]; then warmup=1; fi
    done
    python3 "$LIB" merge "$json" "${parts[@]}" || status=1
    rm -f "${parts[@]}"
    return $status
}
median() { python3 "$LIB" median-json "$1" "$2"; }

# ---------------------------------------------------------------- machine

{
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "commit: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null | grep -q . && echo ' (with uncommitted changes)')"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //') x $(nproc 2>/dev/null)"
    echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo 2>/dev/null)"
    echo "os: $(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME"), kernel $(uname -r)"
    echo "swift: $(swift --version 2>&1 | grep -m1 -i 'swift version')"
    echo "timing: $([ "$HAVE_HYPERFINE" -eq 1 ] && hyperfine --version || echo 'built-in loop (benchlib.py time)')"
    echo "cmark: $(cmark --version 2>/dev/null | head -n1 || echo 'not installed')"
    echo "task: $(task --version 2>/dev/null || echo 'not installed')"
    echo "runs: $RUNS startup, $PARSE_RUNS parse against cmark, $SLOW_RUNS other parse/scale, $WARMUP warmup, rounds of $ROUND_RUNS$([ "$QUICK" -eq 1 ] && echo ' (quick mode)')"
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
} >"$RAW/machine.txt"
busy=$(awk '{print ($1 > 0.5) ? 1 : 0}' /proc/loadavg 2>/dev/null || echo 0)
[ "$busy" = 1 ] && warn "load average is $(cut -d' ' -f1 /proc/loadavg): other work on this machine will add noise"

# ---------------------------------------------------------------- build

if [ "$BUILD" -eq 1 ]; then
    log "swift build -c release"
    if ! (cd "$ROOT" && swift build -c release) >"$RAW/build.log" 2>&1; then
        tail -n 30 "$RAW/build.log" >&2
        die "swift build -c release failed (log: $RAW/build.log)"
    fi
fi
BIN="$(cd "$ROOT" && swift build -c release --show-bin-path 2>/dev/null)"
ROADMAP="$BIN/roadmap"
[ -x "$ROADMAP" ] || die "no release build at $ROADMAP (run without --no-build)"

log "building the floor program (swiftc -O, FoundationEssentials)"
FLOOR="$OUT/bin/floor"
# The same code generation and (on Linux) linking flags Package.swift gives the release
# roadmap targets, so the comparison stays fair.
floor_flags=(-O -g -Xfrontend -disable-concrete-type-metadata-mangled-name-accessors)
[ "$(uname -s)" = Linux ] && floor_flags+=(-Xfrontend -function-sections -use-ld=lld)
swiftc "${floor_flags[@]}" -Xlinker --gc-sections "$BENCH/Floor/main.swift" -o "$FLOOR" >"$RAW/floor-build.log" 2>&1 \
    || { cat "$RAW/floor-build.log" >&2; die "cannot build the floor program"; }

log "building the parse benchmark against the release RoadmapCore"
PARSE_BENCH="$OUT/bin/parse-bench"
core_objects=()
if [ -f "$BIN/roadmap.product/Objects.LinkFileList" ]; then
    # Exactly the RoadmapCore objects the release roadmap binary was linked with (a stale
    # object left by a deleted source file would otherwise be linked too).
    while IFS= read -r object; do
        object="${object#\'}"; object="${object%\'}"; object="${object#\"}"; object="${object%\"}"
        case "$object" in */RoadmapCore.build/*.o) core_objects+=("$object") ;; esac
    done <"$BIN/roadmap.product/Objects.LinkFileList"
fi
[ ${#core_objects[@]} -gt 0 ] || core_objects=("$BIN"/RoadmapCore.build/*.o)
PARSE_BENCH_OK=0
# Built as Package.swift builds the roadmap targets: without the implicit _Concurrency and
# _StringProcessing imports, so the process loads the libraries RoadmapCore needs and no more.
parse_flags=(-O -Xfrontend -disable-implicit-concurrency-module-import -Xfrontend -disable-implicit-string-processing-module-import)
if swiftc "${parse_flags[@]}" -I "$BIN/Modules" -I "$BIN" "$BENCH/ParseBench/main.swift" "${core_objects[@]}" \
    -o "$PARSE_BENCH" >"$RAW/parse-bench-build.log" 2>&1; then
    PARSE_BENCH_OK=1
else
    warn "cannot build the parse benchmark (log: $RAW/parse-bench-build.log)"
    PARSE_BENCH_NOTE="parse-bench did not compile against this RoadmapCore: $(grep -m1 'error:' "$RAW/parse-bench-build.log" | cut -c1-160)"
fi

# ---------------------------------------------------------------- 1. startup: next vs floor vs task

log "1. roadmap next vs the floor and task next ($RUNS runs)"
export ROADMAP_HOME="$TMP/home-next"
mkdir -p "$ROADMAP_HOME"
NEXT_OK=1
{ "$ROADMAP" use ml-mastery && "$ROADMAP" done 1.1 1.2 1.3 1.4 2.1 && "$ROADMAP" next; } \
    >"$RAW/next-setup.txt" 2>&1 || NEXT_OK=0

TASK_OK=0
TASK_NOTE="task (taskwarrior) not installed: apt-get install taskwarrior, or run with --install-tools"
if [ "$HAVE_TASK" -eq 1 ]; then
    mkdir -p "$TMP/task/data"
    export TASKRC="$TMP/task/taskrc" TASKDATA="$TMP/task/data"
    cat >"$TASKRC" <<EOF
data.location=$TASKDATA
confirmation=off
hooks=off
news.version=$(task --version 2>/dev/null)
EOF
    {
        for i in $(seq 1 60); do
            task add "Study topic $i of the roadmap" "project:learning.phase$(( (i - 1) / 10 + 1 ))" \
                "priority:$(case $((i % 3)) in 0) echo H ;; 1) echo M ;; *) echo L ;; esac)" || exit 1
        done
        task next
    } >"$RAW/task-setup.txt" 2>&1 && TASK_OK=1
    [ "$TASK_OK" -eq 1 ] || TASK_NOTE="task setup failed (see task-setup.txt)"
fi

startup=(floor "$(qcmd "$FLOOR")")
[ "$NEXT_OK" -eq 1 ] && startup+=("roadmap next" "$(qcmd "$ROADMAP" next)")
[ "$TASK_OK" -eq 1 ] && startup+=("task next" "$(qcmd task next)")
bench "$RAW/startup.json" "$RUNS" "$WARMUP" -- "${startup[@]}" || warn "a startup command failed (see hyperfine.log)"
record floor.time "$(median "$RAW/startup.json" floor)" --runs "$RUNS"
if [ "$NEXT_OK" -eq 1 ]; then
    record next.time "$(median "$RAW/startup.json" "roadmap next")" --runs "$RUNS"
else
    record next.time null --note "roadmap next failed: $(first_error "$RAW/next-setup.txt")"
fi
if [ "$TASK_OK" -eq 1 ]; then
    record task.time "$(median "$RAW/startup.json" "task next")" --runs "$RUNS"
else
    record task.time null --note "$TASK_NOTE"
fi

log "1. peak memory ($RUNS runs each)"
if [ -x /usr/bin/time ]; then
    record floor.rss "$(python3 "$LIB" rss --runs "$RUNS" -- "$FLOOR")" --unit KiB --runs "$RUNS"
    if [ "$NEXT_OK" -eq 1 ]; then
        record next.rss "$(python3 "$LIB" rss --runs "$RUNS" -- "$ROADMAP" next)" --unit KiB --runs "$RUNS"
    else
        record next.rss null --unit KiB --note "roadmap next failed"
    fi
    if [ "$TASK_OK" -eq 1 ]; then
        record task.rss "$(python3 "$LIB" rss --runs "$RUNS" -- task next)" --unit KiB --runs "$RUNS"
    fi
else
    for key in floor.rss next.rss; do
        record "$key" null --unit KiB --note "GNU time (/usr/bin/time) not installed: apt-get install time, or run with --install-tools"
    done
fi

# ---------------------------------------------------------------- 2. parse vs cmark

log "2. parsing ${PARSE_MB} MB of concatenated bundled roadmaps vs cmark"
BIG="$TMP/big.md"
ALL="$TMP/all-roadmaps.md"
: >"$ALL"
for file in $(LC_ALL=C ls "$ROOT"/Roadmaps/*.md); do cat "$file" >>"$ALL"; printf '\n' >>"$ALL"; done
all_bytes=$(wc -c <"$ALL")
copies=$(( (PARSE_MB * 1000000 + all_bytes - 1) / all_bytes ))
for _ in $(seq 1 "$copies"); do cat "$ALL"; done >"$BIG"
big_bytes=$(wc -c <"$BIG")
record parse.bytes "$big_bytes" --unit B --note "5 bundled roadmaps (sorted by id, blank line between) x $copies"

PARSE_STATUS="not run"
if [ "$PARSE_BENCH_OK" -eq 1 ]; then
    start=$(now_ns)
    ( timeout "$TIMEOUT" "$PARSE_BENCH" "$BIG" >/dev/null ) 2>"$RAW/parse-probe.txt"
    rc=$?
    probe=$(seconds_since "$start")
    if [ "$rc" -eq 0 ]; then
        PARSE_STATUS=ok
        grep -m1 'topics=' "$RAW/parse-probe.txt" >"$RAW/parse-model.txt"
    elif [ "$rc" -eq 124 ]; then
        PARSE_STATUS=timeout
    else
        PARSE_STATUS="parser failed on big.md: $(describe_status "$rc"), $(first_error "$RAW/parse-probe.txt") (stderr in parse-probe.txt)"
    fi
else
    PARSE_STATUS="${PARSE_BENCH_NOTE:-parse-bench not built}"
fi

cmd_cmark="$(qcmd cmark "$BIG")"
cmd_parse="$(qcmd "$PARSE_BENCH" "$BIG")"
slow_cap=$(python3 -c "print(int(max(1, $TIMEOUT) / max(1, $PARSE_RUNS + 1)))")
parse_pair=()
[ "$HAVE_CMARK" -eq 1 ] && parse_pair+=(cmark "$cmd_cmark")
if [ "$PARSE_STATUS" = ok ] && python3 -c "import sys; sys.exit(0 if $probe <= $slow_cap else 1)"; then
    parse_pair+=(parser "$cmd_parse")
fi
if [ ${#parse_pair[@]} -gt 0 ]; then
    bench "$RAW/parse.json" "$PARSE_RUNS" 1 -- "${parse_pair[@]}" || warn "a parse command failed (see hyperfine.log)"
fi
if [ "$HAVE_CMARK" -eq 1 ]; then
    t=$(median "$RAW/parse.json" cmark)
    record cmark.time "$t" --runs "$PARSE_RUNS"
    record cmark.throughput "$(python3 -c "print($big_bytes / 1e6 / $t)")" --unit MB/s
else
    record cmark.time null --note "cmark not installed: apt-get install cmark, or run with --install-tools"
fi
case "$PARSE_STATUS" in
    ok)
        if [ ${#parse_pair[@]} -gt 0 ] && [ "${parse_pair[-2]}" = parser ]; then
            t=$(median "$RAW/parse.json" parser); runs=$PARSE_RUNS; note=""
        else
            t=$probe; runs=1; note="one run: $probe s is over $slow_cap s, so not repeated"
        fi
        record parse.time "$t" --runs "$runs" ${note:+--note "$note"}
        record parse.throughput "$(python3 -c "print($big_bytes / 1e6 / $t)")" --unit MB/s
        ;;
    timeout)
        record parse.time "$TIMEOUT" --lower-bound --note "timed out after $TIMEOUT s (lower bound)"
        ;;
    *)
        record parse.time null --note "$PARSE_STATUS"
        ;;
esac

# Information: both on one core. The parser shares its work between two threads and cmark
# uses one, so a host that takes time from either core moves the ratio above; pinned to the
# same core, the two compare work for work.
if [ "$PARSE_STATUS" = ok ] && [ "$HAVE_CMARK" -eq 1 ] && [ ${#parse_pair[@]} -gt 0 ] && [ "${parse_pair[-2]}" = parser ] && command -v taskset >/dev/null; then
    if bench "$RAW/parse-one-core.json" "$SLOW_RUNS" 1 -- \
        cmark-one-core "$(qcmd taskset -c 0 cmark "$BIG")" parser-one-core "$(qcmd taskset -c 0 "$PARSE_BENCH" "$BIG")"; then
        record parse.onecore.cmark.time "$(median "$RAW/parse-one-core.json" cmark-one-core)" --runs "$SLOW_RUNS"
        record parse.onecore.time "$(median "$RAW/parse-one-core.json" parser-one-core)" --runs "$SLOW_RUNS"
    else
        warn "a one-core parse command failed (see hyperfine.log)"
    fi
fi

if [ "$PARSE_BENCH_OK" -eq 1 ]; then
    # Information: in-process parse time (no process start, no file read), per bundled roadmap.
    : >"$RAW/parse-inprocess.txt"
    for file in $(LC_ALL=C ls "$ROOT"/Roadmaps/*.md); do
        printf '%s\t' "$(basename "$file")" >>"$RAW/parse-inprocess.txt"
        ( timeout "$TIMEOUT" "$PARSE_BENCH" "$file" 20 >/dev/null ) 2>>"$RAW/parse-inprocess.txt" \
            || echo "failed" >>"$RAW/parse-inprocess.txt"
    done
    mbps=$(python3 - "$RAW/parse-inprocess.txt" <<'EOF'
import re, sys
total_bytes = total_ns = 0
for line in open(sys.argv[1]):
    fields = dict(re.findall(r"(\w+)=(\S+)", line))
    if "median_ns" not in fields:
        print("null"); sys.exit()
    total_bytes += int(fields["bytes"]); total_ns += int(fields["median_ns"])
print(total_bytes / 1e6 / (total_ns / 1e9) if total_ns else "null")
EOF
)
    record parse.inprocess.bundled "$mbps" --unit MB/s --note "median of 20 parses of each file, total bytes / total time"
fi

# ---------------------------------------------------------------- 3. scale

log "3. scale: roadmap next and done at $SIZES topics"
SCALE="$TMP/scale"
mkdir -p "$SCALE"
budget_cap=$(python3 -c "print(min(2.5, $TIMEOUT))")   # 10x the 0.25 s budget
SCALE_SKIP=""
for n in $SIZES; do
    if [ -n "$SCALE_SKIP" ]; then
        record "scale.$n.next" null --note "$SCALE_SKIP"
        record "scale.$n.done" null --note "$SCALE_SKIP"
        continue
    fi
    python3 "$BENCH/generate-scale-roadmap.py" "$n" "$SCALE" >"$RAW/scale-$n.txt" \
        || { record "scale.$n.next" null --note "generator failed"; record "scale.$n.done" null --note "generator failed"; continue; }
    md="$SCALE/scale-$n.md"
    pristine="$SCALE/scale-$n.progress.json"
    expected_next=$(sed -n 's/^next=//p' "$RAW/scale-$n.txt")
    target=$(sed -n 's/^done_target=//p' "$RAW/scale-$n.txt")
    home="$TMP/home-scale-$n"
    mkdir -p "$home"
    reset_cmd="$(qcmd cp "$pristine" "$home/progress.json")"

    # A probe run of each command: does it work, is the answer right, how slow is it?
    declare -A probe_time=() probe_note=() probe_rc=()
    for command in next done; do
        cp "$pristine" "$home/progress.json"
        if [ "$command" = next ]; then args=(next --roadmap "$md"); else args=(done "$target" --roadmap "$md"); fi
        start=$(now_ns)
        ( ROADMAP_HOME="$home" timeout "$TIMEOUT" "$ROADMAP" "${args[@]}" >"$RAW/scale-$n-$command.out" ) \
            2>"$RAW/scale-$n-$command.err"
        rc=$?
        probe_rc[$command]=$rc
        probe_time[$command]=$(seconds_since "$start")
        if [ "$rc" -eq 124 ]; then
            probe_note[$command]=timeout
        elif [ "$rc" -ne 0 ]; then
            probe_note[$command]="roadmap $command --roadmap <file> failed: $(describe_status "$rc"): $(first_error "$RAW/scale-$n-$command.err" | sed "s|$SCALE/||g")"
        elif [ "$command" = next ] && ! grep -qw -- "$expected_next" "$RAW/scale-$n-$command.out"; then
            probe_note[$command]="roadmap next did not offer $expected_next (output in scale-$n-next.out)"
        elif [ "$command" = done ] && ! python3 -c '
import json, sys
topics = json.load(open(sys.argv[1]))["roadmaps"][sys.argv[2]]["topics"]
sys.exit(0 if topics[sys.argv[3]]["status"] == "done" and len(topics) == int(sys.argv[4]) else 1)
' "$home/progress.json" "scale-$n" "$target" "$n" 2>/dev/null; then
            probe_note[$command]="roadmap done did not record $target as done (or lost entries)"
        else
            probe_note[$command]=ok
        fi
    done

    pair=()
    for command in next done; do
        if [ "${probe_note[$command]}" = ok ] \
            && python3 -c "import sys; sys.exit(0 if ${probe_time[$command]} <= $budget_cap else 1)"; then
            if [ "$command" = next ]; then
                pair+=("next" "$(qcmd "$ROADMAP" next --roadmap "$md")")
            else
                pair+=("done" "$(qcmd "$ROADMAP" "done" "$target" --roadmap "$md")")
            fi
        fi
    done
    if [ ${#pair[@]} -gt 0 ]; then
        ROADMAP_HOME="$home" bench "$RAW/scale-$n.json" "$SLOW_RUNS" 1 --prepare "$reset_cmd" -- "${pair[@]}" \
            || warn "a scale command failed at $n topics (see hyperfine.log)"
    fi
    # The first command after the roadmap file changed parses it and writes the cache entry
    # that later commands read; measured on its own (information, not a target).
    if [ "${probe_note[next]}" = ok ]; then
        first_cmd="$(qcmd sh -c "$(qcmd rm -rf "$home/cache") && $reset_cmd")"
        if ROADMAP_HOME="$home" bench "$RAW/scale-$n-first.json" "$SLOW_RUNS" 0 --prepare "$first_cmd" \
            -- "next-first" "$(qcmd "$ROADMAP" next --roadmap "$md")"; then
            record "scale.$n.next-first" "$(median "$RAW/scale-$n-first.json" "next-first")" --runs "$SLOW_RUNS"
        else
            warn "roadmap next after removing the cache failed at $n topics (see hyperfine.log)"
        fi
    fi
    for command in next done; do
        key="scale.$n.$command"
        case "${probe_note[$command]}" in
            ok)
                if printf '%s\n' "${pair[@]}" | grep -qx "$command"; then
                    record "$key" "$(median "$RAW/scale-$n.json" "$command")" --runs "$SLOW_RUNS"
                else
                    record "$key" "${probe_time[$command]}" --runs 1 \
                        --note "one run: over ${budget_cap} s (10x the budget), so not repeated"
                fi
                ;;
            timeout)
                record "$key" "$TIMEOUT" --lower-bound --note "timed out after $TIMEOUT s (lower bound)"
                ;;
            *)
                record "$key" null --note "${probe_note[$command]}"
                ;;
        esac
    done
    printf '%s\n' "${probe_note[next]}" "${probe_note[done]}" | grep -qv '^ok$' \
        && warn "scale $n: next: ${probe_note[next]}; done: ${probe_note[done]}"
    if [ "${probe_rc[next]}" -ge 1 ] && [ "${probe_rc[next]}" -le 125 ] && [ "${probe_rc[next]}" -ne 124 ] \
        && [ "${probe_rc[done]}" -ge 1 ] && [ "${probe_rc[done]}" -le 125 ] && [ "${probe_rc[done]}" -ne 124 ]; then
        SCALE_SKIP="skipped: both commands already failed at $n topics"
    fi
    unset probe_time probe_note probe_rc
done

# ---------------------------------------------------------------- report

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)" >>"$RAW/machine.txt"
echo
echo "roadmap benchmarks, $(sed -n 's/^date: //p' "$RAW/machine.txt")"
sed 's/^/  /' "$RAW/machine.txt" | grep -v '^  date:'
echo
python3 "$LIB" report "$RESULTS" || die "cannot write the report"
echo
echo "raw results: $RAW (also Benchmarks/out/latest)"
exit 0
