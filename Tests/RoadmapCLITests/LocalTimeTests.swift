import Foundation
import Testing

/// The CLI places dates in the user's time zone (`TZ`, else `/etc/localtime`) through the C
/// library, and links no Foundation library to do it.
@Suite struct LocalTimeTests {
    @Test func logShowsTimesInTheZoneTZNames() throws {
        let cli = try CLI()
        #expect(try cli.run("done", "1.1").status == 0)
        func firstTime(_ zone: String) throws -> Date? {
            let line = try cli.run(arguments: ["log"], environment: ["TZ": zone]).stdout.split(separator: "\n").first ?? ""
            let formatter = DateFormatter()
            formatter.dateFormat = "yyyy-MM-dd HH:mm"
            formatter.timeZone = TimeZone(identifier: "UTC")
            return formatter.date(from: String(line.prefix(16)))
        }
        let utc = try #require(try firstTime("UTC"))
        // Tokyo is nine hours ahead all year; Kathmandu five hours and three quarters.
        #expect(try firstTime("Asia/Tokyo") == utc.addingTimeInterval(9 * 3600))
        #expect(try firstTime("Asia/Kathmandu") == utc.addingTimeInterval(5.75 * 3600))
    }

    #if os(Linux)
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/ldd")))
    func theBinaryLoadsTheSwiftCoreLibraryOnly() throws {
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
