import Foundation
import Testing

@testable import RoadmapCore

@Suite struct PaceTests {
    /// Noon UTC on a day given as `yyyy-mm-dd`.
    func day(_ text: String, hour: Int = 12) -> Timestamp {
        ISO8601.timestamp(from: "\(text)T\(hour < 10 ? "0" : "")\(hour):00:00Z")!
    }

    @Test func rateOverTheLastFourWeeksAndTheFinishItLeadsTo() {
        // 8 topics over the 28 days up to 2026-03-28; one older finish falls outside the window.
        let finishes = ["2026-02-01", "2026-03-01", "2026-03-05", "2026-03-09", "2026-03-13", "2026-03-17", "2026-03-21",
                        "2026-03-25", "2026-03-28"].map { day($0) }
        let pace = Pace(finishDates: finishes, topicsLeft: 10, now: day("2026-03-28", hour: 18), zone: .utc)
        #expect(pace.measuredDays == 28 && pace.finishedInWindow == 8)
        #expect(pace.topicsPerWeek == 2)
        // 10 topics at 2 a week: 5 weeks from now.
        #expect(pace.projectedFinish == day("2026-03-28", hour: 18).adding(seconds: 35 * 86_400))
    }

    @Test func aNewLearnerIsMeasuredOverTheDaysSinceTheFirstFinish() {
        let finishes = ["2026-03-20", "2026-03-22", "2026-03-26"].map { day($0) }
        let pace = Pace(finishDates: finishes, topicsLeft: 4, now: day("2026-03-26"), zone: .utc)
        #expect(pace.measuredDays == 7 && pace.finishedInWindow == 3)
        #expect(pace.topicsPerWeek == 3)
    }

    @Test(arguments: [
        [String](),
        ["2026-03-27"],
        ["2026-03-26", "2026-03-27", "2026-03-28"],  // three days is too short to call a pace
    ])
    func tooLittleHistoryGivesNoRateAndNoDate(days: [String]) {
        let pace = Pace(finishDates: days.map { day($0) }, topicsLeft: 5, now: day("2026-03-28"), zone: .utc)
        #expect(pace.topicsPerWeek == nil && pace.projectedFinish == nil)
    }

    @Test func allDoneHasARateButNoFinishDate() {
        let finishes = ["2026-03-01", "2026-03-10", "2026-03-20"].map { day($0) }
        let pace = Pace(finishDates: finishes, topicsLeft: 0, now: day("2026-03-21"), zone: .utc)
        #expect(pace.topicsPerWeek != nil && pace.projectedFinish == nil)
    }

    @Test func streaksRunAcrossMonthAndYearEnds() {
        let finishes = ["2025-12-30", "2025-12-31", "2026-01-01", "2026-01-02", "2026-02-27", "2026-02-28", "2026-03-01"]
            .map { day($0) }
        let pace = Pace(finishDates: finishes + [day("2026-03-01", hour: 20)], topicsLeft: 1, now: day("2026-03-01", hour: 22), zone: .utc)
        #expect(pace.currentStreak == 3)
        #expect(pace.longestStreak == 4)
    }

    @Test func aStreakThatReachedYesterdayLastsUntilTodayEnds() {
        let finishes = ["2026-03-26", "2026-03-27"].map { day($0) }
        #expect(Pace(finishDates: finishes, topicsLeft: 1, now: day("2026-03-28"), zone: .utc).currentStreak == 2)
        #expect(Pace(finishDates: finishes, topicsLeft: 1, now: day("2026-03-29"), zone: .utc).currentStreak == 0)
        #expect(Pace(finishDates: finishes, topicsLeft: 1, now: day("2026-03-29"), zone: .utc).longestStreak == 2)
    }

    @Test func daysAreTheLearnersLocalDays() {
        let newYork = LocalZone.named("America/New_York")
        // 23:30 and 01:30 UTC are the same evening in New York, but two days in UTC.
        let finishes = [day("2026-03-10", hour: 23).adding(seconds: 1800), day("2026-03-11", hour: 1).adding(seconds: 1800)]
        let now = day("2026-03-11", hour: 2)
        #expect(Pace(finishDates: finishes, topicsLeft: 1, now: now, zone: newYork).longestStreak == 1)
        #expect(Pace(finishDates: finishes, topicsLeft: 1, now: now, zone: .utc).longestStreak == 2)
    }
}
