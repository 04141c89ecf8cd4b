import Foundation
import Testing

@testable import RoadmapCore

@Suite struct ProgressReaderTests {
    @Test(arguments: [
        ("2026-09-21T14:13:20Z", 1_790_000_000.0),
        ("2026-09-21T16:13:20+02:00", 1_790_000_000.0),
        ("2026-09-21T09:13:20-05:00", 1_790_000_000.0),
        ("2026-09-21T14:13:20.250Z", 1_790_000_000.25),
        ("1970-01-01T00:00:00Z", 0),
        ("2000-02-29T12:00:00Z", 951_825_600),
    ])
    func readsISO8601Dates(text: String, seconds: Double) {
        #expect(ISO8601.timestamp(from: text) == Timestamp(secondsSince1970: seconds))
    }

    // Also offsets no zone has.
    @Test(arguments: ["2026-09-21", "2026-13-01T00:00:00Z", "2026-09-21T14:13:20", "yesterday", "2026-09-21T14:13:20Zx",
                      "2026-09-21T14:13:20+24:00", "2026-09-21T14:13:20+99:99", "2026-09-21T14:13:20-01:60"])
    func refusesWhatIsNotADate(text: String) {
        #expect(ISO8601.timestamp(from: text) == nil)
    }

    /// Dates an offset or a fraction carries outside the years that are written are read, and
    /// written back as the nearest date that reads again: a file that loads stays loadable.
    @Test(arguments: [
        ("9999-12-31T23:00:00-02:00", "9999-12-31T23:59:59Z"), ("9999-12-31T23:59:59.999999Z", "9999-12-31T23:59:59Z"),
        ("0000-01-01T00:30:00+01:00", "0000-01-01T00:00:00Z"),
    ])
    func datesAtTheEndsOfTheYearsWrittenReadAndWriteBack(text: String, written: String) throws {
        let moment = try #require(ISO8601.timestamp(from: text))
        #expect(moment.description == written)
        #expect(ISO8601.timestamp(from: written) != nil)
    }

    @Test func decodesEscapesAndSurrogatePairs() {
        let json = try? JSONValue.parse(Array(#"{"a": "line\nnext \"quoted\" \u00e9 \ud83d\ude80 \/", "b": [1, -2.5e3, true, null]}"#.utf8))
        #expect(json == .object([
            "a": .string("line\nnext \"quoted\" é 🚀 /"),
            "b": .array([.number(1), .number(-2500), .bool(true), .null]),
        ]))
    }

    @Test func readsWhatTheEncoderWrites() throws {
        let topic = Topic(position: "1.1", slug: TopicSlug(rawValue: "calculus"), title: "Calculus")
        var progress = StudyProgress(activeRoadmap: "r", settings: Settings(hoursPerWeek: 7.5))
        let day = Timestamp(secondsSince1970: 1_790_000_000)
        progress.apply(.start, to: [topic], in: "r", at: day)
        progress.apply(.note("tabs\tand \"quotes\" and émoji 🚀"), to: [topic], in: "r", at: day)
        progress.apply(.done, to: [topic], in: "r", at: day.adding(seconds: 3600))
        let bytes = Array(try foundationEncoder.encode(progress))
        #expect(try ProgressStore.decode(bytes, path: "p") == progress)
        #expect(try JSONDecoder.iso8601.decode(StudyProgress.self, from: Data(bytes)) == progress)
    }

    @Test(arguments: [
        (#"{"roadmaps": {"r": {"topics": {"a": {"status": "done"}}}}}"#, "missing \"updated\" at roadmaps.r.topics.a"),
        (#"{"roadmaps": {"r": {"topics": {"a": 3}}}}"#, "expected an object at roadmaps.r.topics.a"),
        (#"{"version": "two"}"#, "expected a number at version"),
        (#"{"roadmaps": {"r": {"topics": {"a": {"status": "done", "updated": "soon"}}}}}"#, "expected an ISO 8601 date"),
        (#"{"history": [{"date": "2026-09-21T14:13:20Z"}]}"#, "a change needs"),
    ])
    func wrongShapesSayWhere(text: String, message: String) {
        #expect {
            try ProgressStore.decode(Array(text.utf8), path: "p")
        } throws: { error in
            guard case ProgressError.unreadable(_, let reason) = error else { return false }
            return reason.contains(message)
        }
    }
}

extension JSONDecoder {
    static var iso8601: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
