/// A parsed JSON document: the careful way the progress file is read, when
/// ``ProgressScanner`` leaves it (a broken, hand-edited or unusual file).
///
/// `JSONDecoder` costs millions of instructions at start-up (Codable's type metadata and
/// containers); this reader and ``ProgressReader`` do the same job directly, and say where
/// a broken file goes wrong (`line 3, column 14: expected ',' or '}'`). ``ProgressWriter``
/// writes the file.
enum JSONValue: Equatable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    /// Where and how a JSON text goes wrong.
    struct Problem: Equatable, Error {
        let line: Int
        let column: Int
        let message: String

        var description: String { "line \(line), column \(column): \(message)" }
    }

    /// Parses a whole JSON text, or throws the first problem with its line and column.
    static func parse(_ bytes: [UInt8]) throws(Problem) -> JSONValue {
        var reader = Reader(bytes: bytes)
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        if reader.index < bytes.count { throw reader.problem("unexpected text after the end of the JSON value") }
        return value
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        func problem(_ message: String) -> Problem {
            var line = 1, column = 1
            for byte in bytes[..<min(index, bytes.count)] {
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            return Problem(line: line, column: column, message: message)
        }

        mutating func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
                index += 1
            }
        }

        /// Skips space, then requires `byte`.
        mutating func expect(_ byte: Character, _ message: String) throws(Problem) {
            skipSpace()
            guard index < bytes.count, bytes[index] == byte.asciiValue else { throw problem(message) }
            index += 1
        }

        mutating func value(depth: Int) throws(Problem) -> JSONValue {
            guard depth < 512 else { throw problem("nested too deeply") }
            skipSpace()
            guard index < bytes.count else { throw problem("unexpected end of file") }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                var members: [String: JSONValue] = [:]
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    return .object(members)
                }
                while true {
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw problem("expected a quoted key") }
                    let key = try string()
                    try expect(":", "expected ':' after the key")
                    members[key] = try value(depth: depth + 1)
                    skipSpace()
                    if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
                        index += 1
                        continue
                    }
                    try expect("}", "expected ',' or '}'")
                    return .object(members)
                }
            case UInt8(ascii: "["):
                index += 1
                var elements: [JSONValue] = []
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    return .array(elements)
                }
                while true {
                    elements.append(try value(depth: depth + 1))
                    skipSpace()
                    if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
                        index += 1
                        continue
                    }
                    try expect("]", "expected ',' or ']'")
                    return .array(elements)
                }
            case UInt8(ascii: "\""):
                return .string(try string())
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                let start = index
                index += 1
                while index < bytes.count, "+-.eE0123456789".utf8.contains(bytes[index]) { index += 1 }
                guard let number = Double(String(decoding: bytes[start..<index], as: UTF8.self)) else {
                    index = start
                    throw problem("invalid number")
                }
                return .number(number)
            default:
                for (word, result) in [("true", JSONValue.bool(true)), ("false", .bool(false)), ("null", .null)]
                where bytes[index...].starts(with: word.utf8) {
                    index += word.utf8.count
                    return result
                }
                throw problem("unexpected character '\(Character(Unicode.Scalar(bytes[index])))'")
            }
        }

        /// The string at `index` (which is `"`), with escapes and surrogate pairs decoded.
        mutating func string() throws(Problem) -> String {
            index += 1
            var utf8: [UInt8] = []
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20 { throw problem("control character in a string") }
                index += 1
                if byte == UInt8(ascii: "\"") { return String(decoding: utf8, as: UTF8.self) }
                guard byte == UInt8(ascii: "\\"), index < bytes.count else {
                    utf8.append(byte)
                    continue
                }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code), bytes[index...].starts(with: "\\u".utf8) {
                        index += 2
                        let low = try hex4()
                        code = (0xDC00..<0xE000).contains(low) ? 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
                    }
                    utf8.append(contentsOf: String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8)
                default:
                    utf8.append(escape)  // \" \\ \/
                }
            }
            throw problem("unterminated string")
        }

        mutating func hex4() throws(Problem) -> UInt32 {
            guard index + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
            else { throw problem("expected four hex digits after \\u") }
            index += 4
            return value
        }
    }
}
