/// Decimal digits written straight into memory, for text made in bulk (topic positions, packed
/// models), where `String(_:)` would make a string for each of hundreds of thousands of numbers.
enum DecimalDigits {
    /// How many decimal digits `value` has: 1 for 0.
    static func count(of value: UInt64) -> Int {
        var digits = 1
        var rest = value / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return digits
    }

    /// Writes the `digits` decimal digits of `value` into `buffer`, the last just before `end`.
    static func write(_ value: UInt64, digits: Int, to buffer: UnsafeMutableBufferPointer<UInt8>, endingAt end: Int) {
        var rest = value
        for index in stride(from: end - 1, through: end - digits, by: -1) {
            buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
    }
}
