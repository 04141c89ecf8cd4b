import Foundation
import Testing
import TestSupport

@testable import RoadmapCore

@Suite struct LocalZoneTests {
    /// Wall-clock times and local days agree with Foundation's calendar in real zones,
    /// daylight saving included.
    @Test(arguments: ["UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Kiritimati"])
    func placesMomentsAsFoundationsCalendarDoes(identifier: String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: identifier)!
        let zone = LocalZone.named(identifier)
        var random = SplitMix64(seed: 33)
        for _ in 0..<500 {
            let seconds = Double(Int.random(in: 0...4_102_444_800, using: &random))
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: seconds))
            let time = zone.civilTime(at: Timestamp(secondsSince1970: seconds))
            #expect([time.year, time.month, time.day, time.hour, time.minute, time.second]
                == [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second], "\(identifier) \(seconds)")
        }
    }

    @Test func dayNumbersCountLocalMidnights() {
        let berlin = LocalZone(fixedSecondsFromUTC: 3600)
        let beforeMidnight = ISO8601.timestamp(from: "2026-03-10T22:59:59Z")!
        #expect(berlin.dayNumber(of: beforeMidnight.adding(seconds: 1)) == berlin.dayNumber(of: beforeMidnight) + 1)
        #expect(LocalZone.utc.dayNumber(of: beforeMidnight.adding(seconds: 1)) == LocalZone.utc.dayNumber(of: beforeMidnight))
        // Before 1970 a day still starts at midnight.
        #expect(LocalZone.utc.dayNumber(of: Timestamp(secondsSince1970: -0.5)) == -1)
        #expect(LocalZone.utc.dayNumber(of: Timestamp(secondsSince1970: -86_400)) == -1)
    }

    @Test(arguments: [(0, "UTC"), (3600, "+01:00"), (-16_200, "-04:30"), (20_700, "+05:45")])
    func fixedZonesAreNamedByOffset(seconds: Int, name: String) {
        #expect(LocalZone(fixedSecondsFromUTC: seconds).name == name)
        #expect(LocalZone(fixedSecondsFromUTC: seconds).secondsFromUTC(at: Timestamp(secondsSince1970: 0)) == seconds)
    }

    @Test func civilTimeRoundTripsAndPadsText() {
        var random = SplitMix64(seed: 34)
        for _ in 0..<2000 {
            let seconds = Int.random(in: -62_135_596_800...253_402_300_799, using: &random)
            #expect(CivilTime(secondsSince1970: seconds).secondsSince1970 == seconds)
        }
        let time = CivilTime(year: 987, month: 3, day: 4, hour: 5, minute: 6)
        #expect(time.dayText == "0987-03-04" && time.minuteText == "0987-03-04 05:06")
    }
}
