import Foundation
import Testing
import TestSupport

@testable import RoadmapCore

/// The writer must give `JSONEncoder`'s bytes exactly, so a file does not change when the
/// writer does and the two cannot drift apart unnoticed.
@Suite struct ProgressWriterTests {
    @Test(arguments: ProgressSamples.chosen.indices)
    func writesWhatJSONEncoderWrites(sample: Int) throws {
        let progress = ProgressSamples.chosen[sample]
        let written = try #require(ProgressWriter.bytes(for: progress))
        let expected = try ProgressSamples.encoded(progress)
        #expect(written == expected, "\(String(decoding: written, as: UTF8.self))\n---\n\(String(decoding: expected, as: UTF8.self))")
    }

    @Test func writesWhatJSONEncoderWritesForRandomProgress() throws {
        var random = SplitMix64(seed: 42)
        for round in 0..<300 {
            let progress = ProgressSamples.random(&random)
            let written = try #require(ProgressWriter.bytes(for: progress))
            #expect(written == (try ProgressSamples.encoded(progress)), "round \(round)")
        }
    }

    /// A roadmap with enough topics has the second half of its entries written on another
    /// thread; the bytes are still JSONEncoder's, with two such roadmaps and one just under.
    @Test func writesLargeRoadmapsAsJSONEncoderDoes() throws {
        var random = SplitMix64(seed: 11)
        var progress = ProgressSamples.random(&random)
        for (name, count) in [("big", ProgressWriter.parallelTopicCount + 1), ("bigger", ProgressWriter.parallelTopicCount * 2), ("under", ProgressWriter.parallelTopicCount - 1)] {
            var topics: [String: TopicProgress] = [:]
            for index in 0..<count {
                let date = Timestamp(secondsSince1970: Double(1_700_000_000 + index * 37))
                topics["topic-\(index)"] = index % 3 == 0
                    ? TopicProgress(status: .done, updated: date, finished: date, notes: index % 300 == 0 ? [Note(date: date, text: "n\"\\\(index)")] : [])
                    : TopicProgress(status: .notStarted, updated: date)
            }
            progress.roadmaps[name] = RoadmapProgress(topics: topics)
        }
        let written = try #require(ProgressWriter.bytes(for: progress))
        #expect(written == (try ProgressSamples.encoded(progress)))
    }

    /// The bytes go to the sink a chunk at a time, so a large file is never whole in memory;
    /// only a large roadmap's second half, written on another thread, comes in one piece.
    @Test func handsTheBytesOverInChunks() throws {
        var progress = StudyProgress()
        for (name, count) in [("a", 3000), ("b", ProgressWriter.parallelTopicCount * 2)] {
            for index in 0..<count {
                let date = Timestamp(secondsSince1970: Double(1_700_000_000 + index))
                progress.roadmaps[name, default: RoadmapProgress()].topics["topic-\(index)"] = TopicProgress(status: .done, updated: date, finished: date)
            }
        }
        var chunks: [[UInt8]] = []
        ProgressWriter.write(progress) { chunks.append(Array($0)) }
        #expect(chunks.joined().elementsEqual(try ProgressSamples.encoded(progress)))
        let large = chunks.filter { $0.count > ProgressWriter.chunkSize }
        #expect(large.count == 1)
        #expect(chunks.count > 10)
        #expect(!chunks.contains { $0.isEmpty })
    }

    /// A note as long as a chunk, or about, goes to the sink as it is or fills the chunk
    /// exactly; escapes near the chunk's end are written whole.
    @Test(arguments: [-1, 0, 1, 2])
    func writesNotesAboutAChunkLongAsJSONEncoderDoes(extra: Int) throws {
        var progress = StudyProgress()
        for (index, escapeAt) in [nil, 10, ProgressWriter.chunkSize - 200].enumerated() {
            var text = String(repeating: "n", count: ProgressWriter.chunkSize + extra)
            if let escapeAt {
                let position = text.index(text.startIndex, offsetBy: escapeAt)
                text.replaceSubrange(position...position, with: "\"\\\n")
            }
            let date = Timestamp(secondsSince1970: 1_700_000_000)
            progress.roadmaps["r", default: RoadmapProgress()].topics["t\(index)"] =
                TopicProgress(status: .inProgress, updated: date, started: date, notes: [Note(date: date, text: text)])
        }
        var chunks: [[UInt8]] = []
        ProgressWriter.write(progress) { chunks.append(Array($0)) }
        #expect(chunks.joined().elementsEqual(try ProgressSamples.encoded(progress)))
    }

    /// Dates are written as Foundation formats the second they fall in (`JSONEncoder`'s
    /// `.iso8601`), including fractions within a millionth of a second's edge.
    @Test func writesEveryDateAsFoundationFormatsIt() throws {
        var random = SplitMix64(seed: 7)
        var progress = StudyProgress()
        var expected: [String: String] = [:]
        for index in 0..<2000 {
            // From 1600 (Foundation turns Julian before 1582) to the end of 9999.
            let whole = Double(Int.random(in: -11_676_096_000...253_402_300_798, using: &random))
            let seconds = switch index % 3 {
            case 0: whole
            case 1: whole + Double.random(in: 0..<1, using: &random)
            default: whole + (Bool.random(using: &random) ? 1e-6 : -1e-6)
            }
            let date = Timestamp(secondsSince1970: seconds)
            progress.roadmaps["r", default: RoadmapProgress()].topics["t\(index)"] = TopicProgress(status: .notStarted, updated: date)
            expected["t\(index)"] = Date(timeIntervalSince1970: seconds.rounded(.down)).formatted(.iso8601)
        }
        let written = try #require(ProgressWriter.bytes(for: progress))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(written)) as? [String: Any])
        let topics = try #require((json["roadmaps"] as? [String: Any])?["r"] as? [String: Any])["topics"] as? [String: [String: Any]]
        #expect(try #require(topics).mapValues { $0["updated"] as? String } == expected)
    }

    @Test func leavesNumbersJSONCannotHoldToTheGeneralEncoder() {
        for hours in [Double.infinity, -.infinity, .nan] {
            #expect(ProgressWriter.bytes(for: StudyProgress(settings: Settings(hoursPerWeek: hours))) == nil)
        }
    }

    @Test func writtenProgressReadsBack() throws {
        var random = SplitMix64(seed: 3)
        for _ in 0..<200 {
            let progress = ProgressSamples.random(&random, wholeSeconds: true)
            let written = try #require(ProgressWriter.bytes(for: progress))
            #expect(try ProgressStore.decode(written, path: "p") == progress)
        }
    }
}
