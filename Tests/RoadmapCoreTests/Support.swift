import Foundation
import Testing

@testable import RoadmapCore

/// Files beside the tests: fixtures, snapshots and the package's bundled roadmaps.
enum TestFiles {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageFolder = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    /// A roadmap from `Roadmaps/`, read from disk exactly as the plugin embeds it.
    static func bundled(_ id: String) throws -> Roadmap {
        let url = packageFolder.appending(path: "Roadmaps/\(id).md")
        let bytes = try [UInt8](Data(contentsOf: url))
        return try RoadmapParser.parse(RoadmapSource(id: id, fileName: "\(id).md", bytes: bytes))
    }

    /// A fixture from `Tests/RoadmapCoreTests/Fixtures/`.
    static func fixture(_ name: String) throws -> Roadmap {
        let url = testsFolder.appending(path: "Fixtures/\(name).md")
        let bytes = try [UInt8](Data(contentsOf: url))
        return try RoadmapParser.parse(RoadmapSource(id: name, fileName: "\(name).md", bytes: bytes))
    }

    /// Parses inline Markdown.
    static func parse(_ markdown: String, id: String = "test") throws -> Roadmap {
        try RoadmapParser.parse(RoadmapSource(id: id, fileName: "\(id).md", text: markdown))
    }

    static let bundledIDs = ["ml-6-months", "ml-beginner-to-expert", "ml-engineer-24-weeks", "ml-mastery", "python-ml-steps"]

    /// A hand-made roadmap whose two phases are both numbered 2 (the parser numbers 1, 2,
    /// 3…): "Twin 0" with one topic, "Twin 1" with two, so their counts differ.
    static let twins: Roadmap = {
        let phases = (0..<2).map { index in
            Phase(number: 2, title: "Twin \(index)", topics: (0...index).map { item in
                Topic(position: "2.\(item + 1)", slug: TopicSlug(rawValue: "twin-\(index)-\(item)"), title: "T \(index) \(item)")
            })
        }
        return Roadmap(id: "twins", title: "Twins", phases: phases)
    }()
}

/// Compares `actual` with the golden file `Snapshots/<name>`.
///
/// With `RECORD_SNAPSHOTS=1` in the environment the file is rewritten and the test fails on
/// purpose, so a recording run never passes silently.
func expectSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = TestFiles.testsFolder.appending(path: "Snapshots/\(name)")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
        try actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("Recorded snapshot \(name); run again without RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("Missing snapshot \(name); record it with RECORD_SNAPSHOTS=1 swift test", sourceLocation: sourceLocation)
        return
    }
    if actual != expected {
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let first = Array(zip(actualLines, expectedLines)).firstIndex { $0 != $1 } ?? min(actualLines.count, expectedLines.count)
        let got = first < actualLines.count ? String(actualLines[first]) : "<end>"
        let want = first < expectedLines.count ? String(expectedLines[first]) : "<end>"
        Issue.record("Snapshot \(name) differs at line \(first + 1):\n  expected: \(want)\n  actual:   \(got)", sourceLocation: sourceLocation)
    }
}

/// Whether a number of weeks is the expected one, within floating-point rounding.
func isClose(_ actual: Double?, _ expected: Double) -> Bool {
    guard let actual else { return false }
    return abs(actual - expected) < 1e-9
}

/// What the store wrote before ``ProgressWriter`` and the JSON renderer's own encoder:
/// Foundation's `JSONEncoder` with the options they match byte for byte.
let foundationEncoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
}()

extension LocalZone {
    /// A zone whose offsets come from Foundation's time zone database, for checking the
    /// core's local days against a real zone's daylight saving.
    static func named(_ identifier: String) -> LocalZone {
        let zone = TimeZone(identifier: identifier)!
        return LocalZone(name: identifier) { zone.secondsFromGMT(for: Date(timeIntervalSince1970: $0.secondsSince1970)) }
    }
}
