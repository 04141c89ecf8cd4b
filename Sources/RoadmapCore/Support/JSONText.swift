/// The pieces of JSON text that ``ProgressWriter`` and ``JSONTextEncoder`` both write, as
/// Foundation's `JSONEncoder` writes them: strings with only `"`, `\` and the control characters
/// escaped, and numbers as Swift prints them without a trailing `.0`.
enum JSONText {
    /// A finite number's text: Swift's shortest round-tripping `description` (`0.1`, `1e-07`,
    /// `1.2345678901234568e+17`) less a trailing `.0`, so that `2.0` is `2`.
    static func number<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F) -> String {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    /// A quotation mark, from the program's constant text.
    private static var quote: UnsafeBufferPointer<UInt8> {
        let text: StaticString = "\""
        return UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
    }

    /// Hands `put` the bytes of `text` in quotes, escaped: `"` and `\` get a backslash; the
    /// control characters U+0000 to U+001F become `\b`, `\t`, `\n`, `\f`, `\r` or `\u00xx`
    /// (lowercase hex). Everything else (`/`, DEL, all of non-ASCII) is written as it is, in
    /// runs as long as possible.
    @inline(__always)
    static func writeString(_ text: String, to put: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { utf8 in
            put(quote)
            var start = 0
            var index = 0
            while index < utf8.count {
                // Eight bytes at a time up to one that must be escaped.
                if utf8.count - index >= 8 {
                    let marks = ByteWords.specialMarks(ByteWords.load(utf8, at: index))
                    guard marks != 0 else {
                        index += 8
                        continue
                    }
                    index += ByteWords.offset(ofFirst: marks)
                }
                let byte = utf8[index]
                index += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                put(UnsafeBufferPointer(rebasing: utf8[start..<index - 1]))
                start = index
                escape(byte, to: put)
            }
            put(UnsafeBufferPointer(rebasing: utf8[start...]))
            put(quote)
        }
    }

    /// The escape for `byte`, one that JSON text cannot hold as it is.
    private static func escape(_ byte: UInt8, to put: (UnsafeBufferPointer<UInt8>) -> Void) {
        let backslash = UInt8(ascii: "\\")
        let letter: UInt8? = switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): byte
        case 0x08: UInt8(ascii: "b")
        case 0x09: UInt8(ascii: "t")
        case 0x0A: UInt8(ascii: "n")
        case 0x0C: UInt8(ascii: "f")
        case 0x0D: UInt8(ascii: "r")
        default: nil
        }
        func hex(_ value: UInt8) -> UInt8 { value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10 }
        let sequence: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = if let letter {
            (backslash, letter, 0, 0, 0, 0)
        } else {
            (backslash, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex(byte >> 4), hex(byte & 0x0F))
        }
        withUnsafeBytes(of: sequence) { raw in
            raw.withMemoryRebound(to: UInt8.self) { put(UnsafeBufferPointer(rebasing: $0[..<(letter == nil ? 6 : 2)])) }
        }
    }
}
