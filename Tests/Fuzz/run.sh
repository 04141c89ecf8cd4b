#!/usr/bin/env bash
# Fuzzes the roadmap parser with libFuzzer.
#
# Usage: bash Tests/Fuzz/run.sh [seconds]     (default 60)
#
# Builds Tests/Fuzz/FuzzTarget.swift with the RoadmapCore sources into .build/fuzz/, seeds
# a corpus from the bundled roadmaps and the test fixtures, and runs for the given time.
# Crashing inputs are written to .build/fuzz/crashes/. Not part of `swift test`.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
out=.build/fuzz
mkdir -p "$out/corpus" "$out/crashes"
cp Roadmaps/*.md Tests/RoadmapCoreTests/Fixtures/*.md "$out/corpus/"
echo "Building the fuzzer (swiftc -sanitize=fuzzer,address)..."
# Compile a snapshot of the sources, so editing them meanwhile cannot break the build.
rm -rf "$out/sources" && mkdir -p "$out/sources"
cp -R Sources/RoadmapCore "$out/sources/" && cp Tests/Fuzz/FuzzTarget.swift "$out/sources/"
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name RoadmapFuzz \
    $(find "$out/sources" -name '*.swift') \
    -o "$out/roadmap-fuzzer" 2> >(grep -v "Cannot export local symbol" >&2)
echo "Fuzzing for $seconds seconds..."
"$out/roadmap-fuzzer" "$out/corpus" -max_total_time="$seconds" -max_len=65536 -timeout=20 \
    -artifact_prefix="$out/crashes/" -print_final_stats=1
