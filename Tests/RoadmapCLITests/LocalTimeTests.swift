import Foundation
import Testing

/// The CLI places dates in the user's time zone (`TZ`, else `/etc/localtime`) through the C
/// library, and links no Foundation library to do it.
@Suite struct LocalTimeTests {
    /// Two changes, in January and in July, both at 12:00 UTC.
    static let progress = Data("""
        {"version": 2, "activeRoadmap": "ml-mastery", "history": [
          {"action": "done", "date": "2026-01-15T12:00:00Z", "entries": [], "roadmap": "ml-mastery", "summary": "done in winter"},
          {"action": "done", "date": "2026-07-15T12:00:00Z", "entries": [], "roadmap": "ml-mastery", "summary": "done in summer"}]}
        """.utf8)

    /// `TZ` as POSIX rules, so no zone database is needed: a fixed offset, one of 45 minutes,
    /// and US Eastern time with its daylight saving from March to November.
    @Test(arguments: [
        ("UTC", "2026-07-15 12:00", "2026-01-15 12:00"),
        ("JST-9", "2026-07-15 21:00", "2026-01-15 21:00"),
        ("<+0545>-5:45", "2026-07-15 17:45", "2026-01-15 17:45"),
        ("EST5EDT,M3.2.0,M11.1.0", "2026-07-15 08:00", "2026-01-15 07:00"),
    ])
    func logShowsTimesInTheZoneTZNames(zone: String, summer: String, winter: String) throws {
        let cli = try CLI()
        try FileManager.default.createDirectory(at: cli.dataFolder, withIntermediateDirectories: true)
        try Self.progress.write(to: cli.progressFile)
        let result = try cli.run(arguments: ["log"], environment: ["TZ": zone])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map { String($0.prefix(16)) }
        #expect(lines == [summer, winter], "\(result.stdout)")
    }

    /// Where a day starts follows the zone too: a topic finished at 02:30 UTC is on the day
    /// before in New York.
    @Test func showGivesTheLocalDayATopicWasFinished() throws {
        let cli = try CLI()
        try FileManager.default.createDirectory(at: cli.dataFolder, withIntermediateDirectories: true)
        try Data("""
            {"version": 2, "activeRoadmap": "ml-mastery",
             "roadmaps": {"ml-mastery": {"topics": {"calculus": {"status": "done", "finished": "2026-07-16T02:30:00Z", "updated": "2026-07-16T02:30:00Z"}}}}}
            """.utf8).write(to: cli.progressFile)
        #expect(try cli.run(arguments: ["show", "calculus"]).stdout.contains("done on 2026-07-16"))
        #expect(try cli.run(arguments: ["show", "calculus"], environment: ["TZ": "EST5EDT,M3.2.0,M11.1.0"]).stdout.contains("done on 2026-07-15"))
    }

    #if os(Linux)
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/ldd")))
    func theBinaryLoadsNoFoundationLibrary() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        process.arguments = [CLI.binary.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let libraries = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(libraries.contains("libswiftCore"))
        for slow in ["Foundation", "_Concurrency", "_StringProcessing", "libdispatch"] {
            #expect(!libraries.contains(slow), "\(slow) in:\n\(libraries)")
        }
    }
    #endif
}
