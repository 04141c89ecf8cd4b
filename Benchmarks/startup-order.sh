#!/usr/bin/env bash
# Benchmarks/startup-order.sh: writes Sources/roadmap/startup-order.txt, the functions of the
# roadmap binary that `roadmap next` runs, the busiest first (as callgrind_annotate lists them).
#
#   bash Benchmarks/startup-order.sh
#
# Linux release builds link those functions first (see Package.swift), so the code start-up
# touches sits in a few pages instead of being spread over the whole binary. A list that has
# gone stale after code changes is harmless: functions missing from it are placed after the
# listed ones. Run this again when `roadmap next`'s peak memory grows (BENCHMARKS.md).
# Needs valgrind; builds the package in release.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The list holds ELF symbol names and is used only by Linux builds.
[ "$(uname -s)" = Linux ] || { echo "startup-order.sh: Linux only" >&2; exit 1; }
command -v valgrind >/dev/null || { echo "startup-order.sh: valgrind is needed (apt-get install valgrind)" >&2; exit 1; }
cd "$ROOT"
swift build -c release >/dev/null
BIN="$(swift build -c release --show-bin-path)/roadmap"
HOME_DIR="$(mktemp -d)"
PROFILE="$(mktemp)"
LIST="$(mktemp)"
trap 'rm -rf "$HOME_DIR" "$PROFILE" "$LIST"' EXIT
# The benchmark's setting: a bundled roadmap with some progress.
ROADMAP_HOME="$HOME_DIR" "$BIN" use ml-mastery >/dev/null
ROADMAP_HOME="$HOME_DIR" "$BIN" done 1.1 1.2 1.3 1.4 2.1 >/dev/null
ROADMAP_HOME="$HOME_DIR" valgrind --tool=callgrind --demangle=no --callgrind-out-file="$PROFILE" "$BIN" next >/dev/null
# Function names as the profile gives them, `file:function [object]`, for this binary only;
# not addresses without a name, nor valgrind's own pseudo-names such as `(below main)`.
callgrind_annotate --threshold=100 "$PROFILE" 2>/dev/null \
    | grep -F "[$(readlink -f "$BIN")]" \
    | sed -E 's/^ *[0-9,]+ +\([ 0-9.]+%\)  //; s/ \[[^]]*\]$//; s/^[^:]*://' \
    | grep -v -e '^0x' -e '^(' | awk '!seen[$0]++' >"$LIST" || true
[ -s "$LIST" ] || { echo "startup-order.sh: the profile named no function of $BIN" >&2; exit 1; }
cat "$LIST" >"$ROOT/Sources/roadmap/startup-order.txt"
echo "startup-order.sh: $(wc -l <"$ROOT/Sources/roadmap/startup-order.txt") functions in Sources/roadmap/startup-order.txt"
