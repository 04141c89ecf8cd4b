/// Finds where a JSON text first goes wrong, so a broken progress file can be reported as
/// `line 3, column 14: expected ',' or '}'` rather than "not valid JSON".
///
/// Only used after decoding has failed, so it favours clear messages over speed.
struct JSONSyntax {
    struct Problem: Equatable, Error {
        let line: Int
        let column: Int
        let message: String

        var description: String { "line \(line), column \(column): \(message)" }
    }

    private let bytes: [UInt8]
    private var index = 0

    /// The first syntax error in `bytes`, or nil when they are well-formed JSON.
    static func firstProblem(in bytes: [UInt8]) -> Problem? {
        var checker = JSONSyntax(bytes: bytes)
        do throws(Problem) {
            checker.skipSpace()
            try checker.value(depth: 0)
            checker.skipSpace()
            if checker.index < bytes.count { throw checker.problem("unexpected text after the end of the JSON value") }
            return nil
        } catch {
            return error
        }
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private func problem(_ message: String) -> Problem {
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

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipSpace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    private mutating func expect(_ character: Character, _ message: String) throws(Problem) {
        skipSpace()
        guard current == character.asciiValue else { throw problem(message) }
        index += 1
    }

    private mutating func value(depth: Int) throws(Problem) {
        guard depth < 512 else { throw problem("nested too deeply") }
        skipSpace()
        guard let byte = current else { throw problem("unexpected end of file") }
        switch byte {
        case UInt8(ascii: "{"):
            index += 1
            skipSpace()
            if current == UInt8(ascii: "}") { index += 1; return }
            while true {
                skipSpace()
                guard current == UInt8(ascii: "\"") else { throw problem("expected a quoted key") }
                try string()
                try expect(":", "expected ':' after the key")
                try value(depth: depth + 1)
                skipSpace()
                if current == UInt8(ascii: ",") { index += 1; continue }
                try expect("}", "expected ',' or '}'")
                return
            }
        case UInt8(ascii: "["):
            index += 1
            skipSpace()
            if current == UInt8(ascii: "]") { index += 1; return }
            while true {
                try value(depth: depth + 1)
                skipSpace()
                if current == UInt8(ascii: ",") { index += 1; continue }
                try expect("]", "expected ',' or ']'")
                return
            }
        case UInt8(ascii: "\""):
            try string()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            index += 1
            while let next = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(next)
                || [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"), UInt8(ascii: "-")].contains(next)
            {
                index += 1
            }
        default:
            for word in ["true", "false", "null"] where bytes[index...].starts(with: word.utf8) {
                index += word.utf8.count
                return
            }
            throw problem("unexpected character '\(Character(Unicode.Scalar(byte)))'")
        }
    }

    private mutating func string() throws(Problem) {
        index += 1
        while let byte = current {
            index += 1
            if byte == UInt8(ascii: "\\") {
                index += 1
            } else if byte == UInt8(ascii: "\"") {
                return
            } else if byte < 0x20 {
                index -= 1
                throw problem("control character in a string")
            }
        }
        throw problem("unterminated string")
    }
}
