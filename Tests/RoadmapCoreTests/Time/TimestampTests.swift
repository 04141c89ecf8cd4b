import Foundation
import Testing
import TestSupport

@testable import RoadmapCore

@Suite struct TimestampTests {
    /// The progress file's dates are the text Foundation wrote for them: whole seconds, UTC.
    @Test func writesDatesAsFoundationDid() {
        var random = SplitMix64(seed: 31)
        // 1970 and its edges, the leap day of 2000, fractions near a second's ends (Foundation
        // rounds them down too), the first second of 1600 and the last of 9999.
        var moments: [Double] = [
            0, 0.4, 0.5, 0.9999999, -0.5, -1, 1e-9, 59, 86_399, 86_400, 951_782_400, 1_767_225_600.123456,
            1_790_000_000, 1_790_000_000.0005, 1_790_000_000.0015, 1_790_000_000.9985, 1_790_000_000.9995,
            1_790_000_000.999_99, 4_107_542_400, -11_676_096_000, 253_402_300_799, 253_402_300_799.5,
        ]
        // Whole seconds from 1600 to 9999 (Foundation turns Julian before 1582), and fractions.
        moments += (0..<3000).map { _ in Double(Int.random(in: -11_676_096_000...253_402_300_799, using: &random)) }
        moments += (0..<1000).map { _ in Double(Int.random(in: -4_000_000_000...5_000_000_000, using: &random)) + Double.random(in: 0..<1, using: &random) }
        for seconds in moments {
            let expected = Date(timeIntervalSince1970: seconds).formatted(.iso8601)
            #expect(Timestamp(secondsSince1970: seconds).description == expected, "\(seconds)")
        }
    }

    /// A moment is written as the second it falls in. Foundation counts from 2001 in a double,
    /// so within about a ten-millionth of a second of 1970 it rounds to the next second; this
    /// writes the second the moment is in.
    @Test func writesTheSecondAMomentFallsIn() {
        #expect(Timestamp(secondsSince1970: -1e-9).description == "1969-12-31T23:59:59Z")
        #expect(Timestamp(secondsSince1970: 1e-9).description == "1970-01-01T00:00:00Z")
        #expect(Timestamp(secondsSince1970: 1_790_000_000.999_999).description == "2026-09-21T14:13:20Z")
    }

    @Test func readsBackWhatItWrites() {
        var random = SplitMix64(seed: 32)
        for _ in 0..<3000 {
            let moment = Timestamp(secondsSince1970: Double(Int.random(in: -62_135_596_800...253_402_300_799, using: &random)))
            #expect(ISO8601.timestamp(from: moment.description) == moment)
        }
    }

    /// Moments outside 0000–9999 are written as the nearest that reads back, never as a year
    /// of five digits or a crash.
    @Test(arguments: [
        (253_402_300_800, "9999-12-31T23:59:59Z"), (1e13, "9999-12-31T23:59:59Z"), (.infinity, "9999-12-31T23:59:59Z"),
        (-62_167_219_200, "0000-01-01T00:00:00Z"), (-1e12, "0000-01-01T00:00:00Z"), (-1e300, "0000-01-01T00:00:00Z"),
        (.nan, "0000-01-01T00:00:00Z"),
    ] as [(Double, String)])
    func writesOnlyYearsItCanReadBack(seconds: Double, text: String) {
        let written = Timestamp(secondsSince1970: seconds).description
        #expect(written == text)
        #expect(ISO8601.timestamp(from: written) != nil)
    }

    @Test func encodesAsISO8601TextAndRefusesOtherText() throws {
        let moment = Timestamp(secondsSince1970: 1_790_000_000)
        let data = try JSONEncoder().encode([moment])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-09-21T14:13:20Z"]"#)
        #expect(try JSONDecoder().decode([Timestamp].self, from: data) == [moment])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Timestamp].self, from: Data(#"["yesterday"]"#.utf8)) }
    }

    @Test func comparesAndMovesByMoment() {
        let moment = Timestamp(secondsSince1970: 100)
        #expect(moment < moment.adding(seconds: 0.5))
        #expect(moment.adding(seconds: -100) == Timestamp(secondsSince1970: 0))
    }
}
