import Foundation
import Testing

@testable import RoadmapCore

@Suite struct TimeLeftTests {
    let now = Timestamp(secondsSince1970: 1_790_000_000)
    let month = 52.0 / 12

    func timeLeft(_ id: String, done slugs: [String] = [], skipped: [String] = [], hours: Double? = nil) throws -> TimeLeft {
        let roadmap = try TestFiles.bundled(id)
        var progress = StudyProgress(settings: Settings(hoursPerWeek: hours))
        let topics = { (wanted: [String]) in roadmap.topics.filter { wanted.contains($0.slug.rawValue) } }
        progress.apply(.done, to: topics(slugs), in: id, at: now)
        progress.apply(.skip, to: topics(skipped), in: id, at: now)
        return TimeLeft(report: ProgressReport(roadmap: roadmap, progress: progress), hoursPerWeek: hours)
    }

    @Test func untouchedPhasesCountWholeAndOngoingOnesAreNamed() throws {
        let time = try timeLeft("ml-mastery")
        // 2-3 + 1-2 + 3-4 + 3-4 + 2-3 months; phases 6 and 7 are ongoing.
        #expect(isClose(time.minWeeks, 11 * month) && isClose(time.maxWeeks, 16 * month))
        #expect(time.omitted.map(\.phase.number) == [6, 7])
        #expect(time.omitted.allSatisfy { $0.reason == .ongoing })
    }

    @Test func aPhaseHalfDoneHasHalfItsEstimateLeft() throws {
        let time = try timeLeft("ml-mastery", done: ["linear-algebra", "calculus"])
        #expect(isClose(time.minWeeks, 10 * month) && isClose(time.maxWeeks, 14.5 * month))
    }

    @Test func skippedTopicsNeedNoTime() throws {
        let time = try timeLeft("ml-mastery", done: ["linear-algebra"], skipped: ["calculus"])
        #expect(isClose(time.minWeeks, 10 * month) && isClose(time.maxWeeks, 14.5 * month))
    }

    @Test func aRoadmapWithOnlyATotalSpreadsItOverTheTopics() throws {
        // 45-50 days over 18 topics; 9 done leaves half.
        let roadmap = try TestFiles.bundled("python-ml-steps")
        let half = roadmap.topics.prefix(9).map(\.slug.rawValue)
        let time = try timeLeft("python-ml-steps", done: half)
        #expect(isClose(time.minWeeks, 22.5 / 7) && isClose(time.maxWeeks, 25.0 / 7))
        #expect(time.omitted.isEmpty)
    }

    @Test func phasesWithoutEstimateAreNamed() throws {
        let time = try timeLeft("ml-engineer-24-weeks")
        #expect(time.minWeeks == 24 && time.maxWeeks == 24)
        #expect(time.omitted.map(\.reason) == [.noEstimate])
        #expect(time.omitted.first?.phase.title == "Additional skills that will be helpful")
    }

    @Test func weeklyHoursScaleEstimatesPlannedAtAnotherIntensity() throws {
        // 6 months at 15-20 hours a week is 9-12 months at 10.
        let time = try timeLeft("ml-6-months", hours: 10)
        #expect(isClose(time.minWeeks, 9 * month) && isClose(time.maxWeeks, 12 * month))
        #expect(time.isScaled && time.hoursPerWeek == 10)
        let faster = try timeLeft("ml-6-months", hours: 30)
        #expect(isClose(faster.minWeeks, 3 * month) && isClose(faster.maxWeeks, 4 * month))
    }

    @Test func weeklyHoursDoNotChangeARoadmapThatStatesNone() throws {
        let time = try timeLeft("ml-engineer-24-weeks", hours: 10)
        #expect(time.minWeeks == 24 && !time.isScaled && time.hoursPerWeek == 10)
    }

    @Test func nothingLeftIsZero() throws {
        let roadmap = try TestFiles.bundled("ml-engineer-24-weeks")
        let time = try timeLeft("ml-engineer-24-weeks", done: roadmap.topics.map(\.slug.rawValue))
        #expect(time.minWeeks == 0 && time.maxWeeks == 0 && time.omitted.isEmpty)
    }

    /// A length too large for an `Int` (a document may state `99999999999999999999 months`) is
    /// written, not trapped on.
    @Test func hugeLengthsAreWrittenAsNumbers() {
        let months = 99_999_999_999_999_999_999.0
        let text = EstimateFormatter.weeks(min: months * TimeEstimate.weeksPerMonth, max: months * TimeEstimate.weeksPerMonth)
        #expect(text.hasSuffix(" months") && text.hasPrefix("1"))
        #expect(EstimateFormatter.number(1e30) == "1e+30")
        #expect(EstimateFormatter.weeks(min: 8, max: 12) == "8-12 weeks")
    }
}
