// parse-bench: parses one Markdown roadmap file into the full RoadmapCore model.
//
// Not part of Package.swift. Benchmarks/run.sh compiles it with swiftc against the
// release build of RoadmapCore (see BENCHMARKS.md for the exact command line).
//
// Usage: parse-bench <file.md> [iterations]
//
//   iterations = 1 (the default): read the file as `roadmap` does (`RoadmapSource(path:)`),
//     check its UTF-8, parse it once and exit.
//     This is what run.sh times as a whole process, side by side with
//     `cmark <file.md> > /dev/null` (both read the file and build a document).
//   iterations > 1: read the file once, then parse it `iterations` times in process and
//     report the median parse time (decode excluded) and throughput, as information.
//
// Output (one line, tab-separated key=value pairs, on standard error so that timing a
// single run is not disturbed by terminal output):
//   bytes=<n> topics=<n> phases=<n> iterations=<n> median_ns=<n> min_ns=<n> mb_per_s=<x>
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RoadmapCore

func fail(_ message: String) -> Never {
    fputs("parse-bench: \(message)\n", stderr)
    exit(2)
}

func monotonicNanoseconds() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
}

/// The file's size in bytes, for the report.
func fileSize(_ path: String) -> Int {
    var info = stat()
    guard stat(path, &info) == 0 else { fail("cannot read \(path)") }
    return Int(info.st_size)
}

let arguments = CommandLine.arguments
guard arguments.count == 2 || arguments.count == 3 else {
    fail("usage: parse-bench <file.md> [iterations]")
}
let path = arguments[1]
let iterations = arguments.count == 3 ? Int(arguments[2]) ?? 0 : 1
guard iterations >= 1 else { fail("iterations must be a positive integer") }

// Read as `roadmap` reads a roadmap file (`--roadmap`, `lint`, `add`): the whole file, on two
// threads when it is large, then checked to be well-formed UTF-8.
let source: RoadmapSource
do {
    source = try RoadmapSource(path: path)
} catch {
    fail("\(path): \(error)")
}
let byteCount = fileSize(path)

var times: [UInt64] = []
var topics = 0
var phases = 0
for _ in 0..<iterations {
    let start = monotonicNanoseconds()
    let roadmap: Roadmap
    do {
        roadmap = try RoadmapParser.parse(source)
    } catch {
        fail("\(path): \(error)")
    }
    times.append(monotonicNanoseconds() - start)
    // Use the result so the optimiser cannot drop the parse.
    topics = roadmap.topicCount
    phases = roadmap.phases.count
}
times.sort()
let median = times[times.count / 2]
let megabytesPerSecond = Double(byteCount) / 1_000_000 / (Double(median) / 1e9)
let report = [
    "bytes=\(byteCount)", "topics=\(topics)", "phases=\(phases)", "iterations=\(iterations)",
    "median_ns=\(median)", "min_ns=\(times[0])", "mb_per_s=\((megabytesPerSecond * 10).rounded() / 10)",
].joined(separator: "\t")
fputs(report + "\n", stderr)
