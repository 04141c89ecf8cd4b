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

    @Test func writesEveryDateAsJSONEncoderDoes() throws {
        var random = SplitMix64(seed: 7)
        var progress = StudyProgress()
        for index in 0..<2000 {
            // Whole seconds, arbitrary fractions, and fractions within a millionth of a second's edge.
            let whole = Double(Int.random(in: -13_000_000_000...255_000_000_000, using: &random))
            let seconds = switch index % 3 {
            case 0: whole
            case 1: whole + Double.random(in: 0..<1, using: &random)
            default: whole + (Bool.random(using: &random) ? 1e-6 : -1e-6)
            }
            let date = Date(timeIntervalSince1970: seconds)
            progress.roadmaps["r", default: RoadmapProgress()].topics["t\(index)"] = TopicProgress(status: .notStarted, updated: date)
        }
        #expect(ProgressWriter.bytes(for: progress) == (try ProgressSamples.encoded(progress)))
    }

    @Test func leavesNumbersJSONCannotHoldToJSONEncoder() {
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
