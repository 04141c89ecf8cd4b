import Foundation
import Testing
import TestSupport

@testable import RoadmapCore

@Suite struct TimestampTests {
    /// The progress file's dates are the text Foundation wrote for them: whole seconds, UTC.
    @Test func writesDatesAsFoundationDid() {
        var random = SplitMix64(seed: 31)
        var moments: [Double] = [0, -1, 59, 86_399, 86_400, 951_782_400, 1_790_000_000, 4_107_542_400, -11_676_096_000, 253_402_300_799]
        // Whole seconds from 1600 to 9999 (Foundation turns Julian before 1582), and fractions
        // away from the second's ends, where its own arithmetic rounds either way.
        moments += (0..<3000).map { _ in Double(Int.random(in: -11_676_096_000...253_402_300_799, using: &random)) }
        moments += (0..<1000).map { _ in Double(Int.random(in: -4_000_000_000...5_000_000_000, using: &random)) + Double.random(in: 0.01...0.99, using: &random) }
        for seconds in moments {
            let expected = Date(timeIntervalSince1970: seconds).formatted(.iso8601)
            #expect(Timestamp(secondsSince1970: seconds).description == expected, "\(seconds)")
        }
    }

    @Test func readsBackWhatItWrites() {
        var random = SplitMix64(seed: 32)
        for _ in 0..<3000 {
            let moment = Timestamp(secondsSince1970: Double(Int.random(in: -62_135_596_800...253_402_300_799, using: &random)))
            #expect(ISO8601.timestamp(from: moment.description) == moment)
        }
    }

    @Test func yearsOutsideFourDigitsStillWrite() {
        #expect(Timestamp(secondsSince1970: 253_402_300_800).description == "10000-01-01T00:00:00Z")
        #expect(Timestamp(secondsSince1970: -62_167_219_200).description == "0000-01-01T00:00:00Z")
        // Beyond what calendar arithmetic holds: the nearest it can write, not a crash.
        #expect(Timestamp(secondsSince1970: -1e300).description == "0000-01-01T00:00:00Z")
        #expect(Timestamp(secondsSince1970: .infinity).description == "984320-11-23T07:06:40Z")
        #expect(Timestamp(secondsSince1970: .nan).description == "0000-01-01T00:00:00Z")
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
