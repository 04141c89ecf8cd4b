/// A moment in time: seconds since 1970-01-01T00:00:00Z, as the progress file records it.
///
/// The core's own type rather than Foundation's `Date`, so that `roadmap` links no Foundation
/// library at all (loading one costs more start-up time than the whole command). It encodes
/// as the ISO 8601 text the progress file holds, `2026-11-22T10:05:00Z`.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var secondsSince1970: Double

    public init(secondsSince1970: Double) {
        self.secondsSince1970 = secondsSince1970
    }

    /// This moment moved by `seconds` (earlier when negative).
    public func adding(seconds: Double) -> Timestamp {
        Timestamp(secondsSince1970: secondsSince1970 + seconds)
    }

    /// The earliest and latest moments written: 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z,
    /// the years ISO 8601 writes in four digits, so that whatever is written reads back.
    static let earliest = Timestamp(secondsSince1970: -62_167_219_200)
    static let latest = Timestamp(secondsSince1970: 253_402_300_799)

    /// The whole second this moment falls in (seconds since 1970, rounded down), kept between
    /// ``earliest`` and ``latest``, so that what is written always reads back and calendar
    /// arithmetic cannot overflow.
    var wholeSeconds: Int {
        let low = Self.earliest.secondsSince1970, high = Self.latest.secondsSince1970
        guard secondsSince1970.isFinite else { return Int(secondsSince1970 > 0 ? high : low) }
        return Int(min(max(secondsSince1970.rounded(.down), low), high))
    }

    public static func < (left: Timestamp, right: Timestamp) -> Bool {
        left.secondsSince1970 < right.secondsSince1970
    }

    /// `2026-11-22T10:05:00Z`: UTC, whole seconds.
    public var description: String {
        var bytes: [UInt8] = []
        ISO8601.append(self, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Timestamp: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let timestamp = ISO8601.timestamp(from: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected an ISO 8601 date, found '\(text)'.")
        }
        self = timestamp
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
