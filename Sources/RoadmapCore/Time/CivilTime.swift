/// A date and time of day on the proleptic Gregorian calendar, without a time zone: what a
/// clock on the wall shows.
struct CivilTime: Equatable {
    var year: Int
    var month: Int
    var day: Int
    var hour = 0
    var minute = 0
    var second = 0
    // The memberwise initializer stays: the one from seconds is in the extension below.

    /// Seconds from 1970-01-01T00:00:00 to this wall-clock time.
    var secondsSince1970: Int {
        Self.days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
    }

    /// Days from 1970-01-01 to a date (Howard Hinnant's `days_from_civil`).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = floorDivide(y, 400)
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Division rounding toward negative infinity: days before 1970 still start at midnight.
    static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }

    /// `2026-11-22`.
    var dayText: String { Self.text([(year, 4, "-"), (month, 2, "-"), (day, 2, nil)]) }

    /// `2026-11-22 14:05`.
    var minuteText: String { Self.text([(year, 4, "-"), (month, 2, "-"), (day, 2, " "), (hour, 2, ":"), (minute, 2, nil)]) }

    /// Numbers in at least so many digits, each followed by its separator.
    private static func text(_ fields: [(value: Int, digits: Int, separator: Unicode.Scalar?)]) -> String {
        var bytes: [UInt8] = []
        for field in fields {
            append(field.value, digits: field.digits, to: &bytes)
            if let separator = field.separator { bytes.append(UInt8(ascii: separator)) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `value` in decimal with at least `count` digits, zeros in front (a minus sign
    /// first when negative).
    static func append(_ value: Int, digits count: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        var width = 1
        while width < count || magnitude / divisor >= 10 {
            divisor *= 10
            width += 1
        }
        while divisor > 0 {
            bytes.append(UInt8(truncatingIfNeeded: 0x30 + magnitude / divisor % 10))
            divisor /= 10
        }
    }
}

extension CivilTime {
    /// The wall-clock time `seconds` after 1970-01-01T00:00:00 (before it when negative).
    init(secondsSince1970 seconds: Int) {
        let days = Self.floorDivide(seconds, 86_400)
        let secondOfDay = seconds - days * 86_400
        // The civil date of a day count (Howard Hinnant's `civil_from_days`).
        let shifted = days + 719_468
        let era = Self.floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        hour = secondOfDay / 3600
        minute = secondOfDay / 60 % 60
        second = secondOfDay % 60
    }
}
