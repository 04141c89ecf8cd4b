/// Reads `2026-11-22T10:05:00Z` (also with fractional seconds or a `+01:00` offset), and
/// writes it as Foundation's `JSONEncoder` wrote the progress file's dates from the year 1600
/// on: UTC, whole seconds. (Before 1600 Foundation wrote Julian dates, which its reader then
/// took as Gregorian; both sides are Gregorian now.)
enum ISO8601 {
    static func timestamp(from text: String) -> Timestamp? {
        var text = text
        return text.withUTF8 { timestamp(from: $0) }
    }

    /// The moment in UTF-8 `bytes`, read in place (the progress file has two or three per topic).
    static func timestamp(from bytes: UnsafeBufferPointer<UInt8>) -> Timestamp? {
        func digits(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for index in start..<start + count {
                let digit = bytes[index] &- 0x30
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard bytes.count >= 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            let year = digits(0, 4), let month = digits(5, 2), let day = digits(8, 2),
            let hour = digits(11, 2), let minute = digits(14, 2), let second = digits(17, 2),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var index = 19
        var fraction = 0.0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                fraction += Double(bytes[index] - 0x30) * scale
                scale /= 10
                index += 1
            }
        }
        var offset = 0
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            index += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard let hours = digits(index + 1, 2), index + 3 < bytes.count, bytes[index + 3] == UInt8(ascii: ":"),
                let minutes = digits(index + 4, 2), hours < 24, minutes < 60
            else { return nil }
            offset = (hours * 3600 + minutes * 60) * (bytes[index] == UInt8(ascii: "-") ? -1 : 1)
            index += 6
        default:
            return nil
        }
        guard index == bytes.count else { return nil }
        let wallClock = CivilTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        // An offset can carry a date past the years that are written (9999-12-31T23:00:00-02:00
        // is in the year 10000): it is read, and written back as the nearest date that is.
        return Timestamp(secondsSince1970: Double(wallClock.secondsSince1970 - offset) + fraction)
    }

    /// Appends `moment` as `2026-11-22T10:05:00Z`: UTC, the second rounded down, years on the
    /// proleptic Gregorian calendar, kept within 0000–9999 (``Timestamp/wholeSeconds``).
    static func append(_ moment: Timestamp, to bytes: inout [UInt8]) {
        let time = CivilTime(secondsSince1970: moment.wholeSeconds)
        func field(_ value: Int, _ count: Int, then separator: Unicode.Scalar) {
            CivilTime.append(value, digits: count, to: &bytes)
            bytes.append(UInt8(ascii: separator))
        }
        field(time.year, 4, then: "-")
        field(time.month, 2, then: "-")
        field(time.day, 2, then: "T")
        field(time.hour, 2, then: ":")
        field(time.minute, 2, then: ":")
        field(time.second, 2, then: "Z")
    }
}
