import Foundation
import TestSupport

@testable import RoadmapCore

/// Progress values for the tests that hold the quick reader and writer to the careful reader
/// and `JSONEncoder`: chosen ones with every field and awkward text, and random ones.
enum ProgressSamples {
    static let day = Timestamp(secondsSince1970: 1_790_000_000)

    /// Text that needs escaping or is not ASCII.
    static let awkwardTexts = [
        "", "plain", "with \"quotes\" and a \\ backslash", "line\nnext\r\ttabbed", "a/b/c", "émoji 🚀 and 漢字",
        "control \u{0}\u{1}\u{8}\u{B}\u{C}\u{1F} and delete \u{7F}", "e\u{301} decomposed", "\u{2028}\u{2029}\u{FEFF}", "\u{10FFFF}",
    ]

    /// Keys whose byte order differs from numeric, case-insensitive or locale order.
    static let awkwardKeys = [
        "topic-name-1", "topic-name-10", "topic-name-2", "topic-name-100000", "Zeta", "alpha", "Äpfel", "épée", "z", "😀",
        "a/b", "A", "_", "-", "ﬁ", "\u{FFFF}", "𐀀", "with \"quote\"", "tab\there",
    ]

    static var chosen: [StudyProgress] {
        var samples: [StudyProgress] = [StudyProgress(), StudyProgress(activeRoadmap: "ml-mastery")]

        var topics: [String: TopicProgress] = [:]
        for (offset, key) in awkwardKeys.enumerated() {
            let status = TopicProgress.Status.allCases[offset % 4]
            topics[key] = TopicProgress(
                status: status, updated: day.adding(seconds: Double(offset) * 3601.25),
                started: offset % 3 == 0 ? day : nil, finished: status == .done ? day.adding(seconds: 60) : nil,
                notes: offset % 2 == 0 ? [] : awkwardTexts.map { Note(date: day.adding(seconds: 0.5), text: $0) })
        }
        var everything = StudyProgress(activeRoadmap: "r \"1\"", roadmaps: ["r \"1\"": RoadmapProgress(topics: topics), "empty": RoadmapProgress()])
        everything.settings.hoursPerWeek = 7.5
        everything.history = [
            ProgressChange(date: day, roadmap: "r", action: .done, summary: "done 1.1 \"Calculus\"", entries: [
                ProgressChange.Entry(slug: "calculus", before: nil, after: TopicProgress(status: .done, updated: day, finished: day)),
                ProgressChange.Entry(slug: "a/b", before: topics["alpha"], after: nil),
            ]),
            ProgressChange(date: day.adding(seconds: 0.999), roadmap: "", action: .reset, summary: "", entries: []),
        ]
        samples.append(everything)

        for hours in [1, 10, 0.1, 7.5, 33.333333333333336, 1e-7, 2.0e-5, 1e16, 1e20, 168, Double.leastNonzeroMagnitude, 1.7976931348623157e308, -0.0] {
            samples.append(StudyProgress(settings: Settings(hoursPerWeek: hours)))
        }

        // Dates: whole and fractional seconds, close to a second's edges, leap days, before
        // 1970, and the ends of the years written here and beyond them.
        let dates: [Double] = [
            0, 0.4, 0.5, 0.9999999, -0.5, -1, -1e-9, 1e-9, 951_782_400, 4_107_542_400, 1_767_225_600.123456,
            1_790_000_000.0005, 1_790_000_000.0015, 1_790_000_000.9985, 1_790_000_000.9995, 1_790_000_000.999_999_9,
            -11_676_096_000, -11_676_096_001, -12_219_292_800, -62_135_596_800, 253_402_300_799, 253_402_300_799.5,
            253_402_300_800, -1e12, 1e13,
        ]
        var dated = StudyProgress()
        for (offset, seconds) in dates.enumerated() {
            let date = Timestamp(secondsSince1970: seconds)
            dated.roadmaps["r", default: RoadmapProgress()].topics["t\(offset)"] = TopicProgress(
                status: .inProgress, updated: date, started: date, notes: [Note(date: date, text: "\(seconds)")])
        }
        samples.append(dated)

        var old = StudyProgress(activeRoadmap: "r")
        old.version = 1
        samples.append(old)
        return samples
    }

    /// A random progress value; `wholeSeconds` keeps dates at whole seconds, as they are once written.
    static func random(_ random: inout SplitMix64, wholeSeconds: Bool = false) -> StudyProgress {
        func text(_ maxLength: Int) -> String {
            let pieces = ["a", "Z", "-", " ", "/", "\"", "\\", "\n", "\t", "\u{0}", "\u{1F}", "\u{7F}", "é", "e\u{301}", "漢", "🚀", "\u{FFFD}", "1"]
            return (0..<Int.random(in: 0...maxLength, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
        func date() -> Timestamp {
            let seconds = Double.random(in: -4e9...5e9, using: &random)
            return Timestamp(secondsSince1970: wholeSeconds || Bool.random(using: &random) ? seconds.rounded(.down) : seconds)
        }
        func topic() -> TopicProgress {
            // A done topic always has a finish date (a file without one is read as finished when updated).
            let status = TopicProgress.Status.allCases.randomElement(using: &random)!
            return TopicProgress(
                status: status, updated: date(), started: Bool.random(using: &random) ? date() : nil,
                finished: status == .done || Bool.random(using: &random) ? date() : nil,
                notes: (0..<Int.random(in: 0...2, using: &random)).map { _ in Note(date: date(), text: text(12)) })
        }
        var progress = StudyProgress(activeRoadmap: Bool.random(using: &random) ? text(6) : nil)
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            var topics: [String: TopicProgress] = [:]
            for _ in 0..<Int.random(in: 0...8, using: &random) { topics[text(10)] = topic() }
            progress.roadmaps[text(5)] = RoadmapProgress(topics: topics)
        }
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            let entries = (0..<Int.random(in: 0...2, using: &random)).map { _ in
                ProgressChange.Entry(slug: text(8), before: Bool.random(using: &random) ? topic() : nil, after: Bool.random(using: &random) ? topic() : nil)
            }
            progress.history.append(ProgressChange(
                date: date(), roadmap: text(5), action: [.start, .done, .skip, .reset, .note].randomElement(using: &random)!,
                summary: text(20), entries: entries))
        }
        if Bool.random(using: &random) {
            progress.settings.hoursPerWeek = Bool.random(using: &random)
                ? Double(Int.random(in: 1...168, using: &random)) : Double.random(in: 0.01...168, using: &random)
        }
        return progress
    }

    /// What the store used to write: `JSONEncoder`'s bytes.
    static func encoded(_ progress: StudyProgress) throws -> [UInt8] {
        Array(try foundationEncoder.encode(progress))
    }
}

extension ProgressWriter {
    /// The file's bytes whole, or nil when the writer cannot write `progress` (the store hands
    /// them to the file a chunk at a time instead).
    static func bytes(for progress: StudyProgress) -> [UInt8]? {
        guard canWrite(progress) else { return nil }
        var bytes: [UInt8] = []
        write(progress) { bytes.append(contentsOf: $0) }
        return bytes
    }
}
