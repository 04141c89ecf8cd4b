/// JSON read token by token in place, for ``ProgressScanner``: strings without escapes are
/// handed out as the bytes between their quotes, and nothing is built that the caller does not
/// ask for.
///
/// It accepts only what ``JSONValue`` accepts, decodes strings exactly as it does, and throws
/// `GaveUp` at anything else; it keeps no positions for messages, because the careful reader
/// words every error.
struct JSONTokens {
    typealias GaveUp = ProgressScanner.GaveUp

    enum Container {
        case object, array
    }

    /// A string's contents: its bytes in the buffer, or decoded when it has escapes.
    enum Text {
        case bytes(UnsafeBufferPointer<UInt8>)
        case decoded(String)

        var string: String {
            switch self {
            case .bytes(let bytes): String(decoding: bytes, as: UTF8.self)
            case .decoded(let string): string
            }
        }

        func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            switch self {
            case .bytes(let bytes): return body(bytes)
            case .decoded(var string): return string.withUTF8(body)
            }
        }
    }

    /// Walks the members of an object or the elements of an array, separators included.
    struct Contents {
        fileprivate let close: UInt8
        private var first = true

        fileprivate init(close: UInt8) {
            self.close = close
        }

        /// True when another member or element follows; false after the closing bracket.
        mutating func next(_ tokens: inout JSONTokens) throws(GaveUp) -> Bool {
            if first {
                first = false
                return !tokens.take(close)
            }
            if tokens.take(UInt8(ascii: ",")) { return true }
            try tokens.require(close)
            return false
        }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// How many bytes are still to be read.
    var bytesLeft: Int { bytes.count - index }

    /// Reads the opening bracket of `container` and returns the walk over its contents.
    mutating func open(_ container: Container) throws(GaveUp) -> Contents {
        switch container {
        case .object:
            try require(UInt8(ascii: "{"))
            return Contents(close: UInt8(ascii: "}"))
        case .array:
            try require(UInt8(ascii: "["))
            return Contents(close: UInt8(ascii: "]"))
        }
    }

    /// Takes `null` if it comes next.
    mutating func null() -> Bool {
        skipSpace()
        guard bytes.count - index >= 4, bytes[index] == UInt8(ascii: "n"), bytes[index + 1] == UInt8(ascii: "u"),
            bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l")
        else { return false }
        index += 4
        return true
    }

    /// A member's key and the `:` after it.
    mutating func key() throws(GaveUp) -> Text {
        let key = try text()
        try require(UInt8(ascii: ":"))
        return key
    }

    mutating func string() throws(GaveUp) -> String {
        try text().string
    }

    /// A number, read as ``JSONValue`` reads it.
    mutating func number() throws(GaveUp) -> Double {
        skipSpace()
        let start = index
        guard index < bytes.count, bytes[index] == UInt8(ascii: "-") || (0x30...0x39).contains(bytes[index]) else { throw GaveUp() }
        index += 1
        while index < bytes.count, "+-.eE0123456789".utf8.contains(bytes[index]) { index += 1 }
        // A short run of digits (the format version) is a whole number Double holds exactly:
        // no need for the text-to-Double parser.
        if index - start <= 15 {
            var whole = 0
            for byte in bytes[start..<index] {
                guard (0x30...0x39).contains(byte) else { whole = -1; break }
                whole = whole * 10 + Int(byte - 0x30)
            }
            if whole >= 0 { return Double(whole) }
        }
        guard let number = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) else {
            throw GaveUp()
        }
        return number
    }

    /// Requires that only space is left.
    mutating func end() throws(GaveUp) {
        skipSpace()
        guard index == bytes.count else { throw GaveUp() }
    }

    /// The string that comes next.
    mutating func text() throws(GaveUp) -> Text {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw GaveUp() }
        index += 1
        let start = index
        // Eight bytes at a time up to the first quote, backslash or control character.
        while bytes.count - index >= 8 {
            let marks = ByteWords.specialMarks(ByteWords.load(bytes, at: index))
            guard marks == 0 else {
                index += ByteWords.offset(ofFirst: marks)
                break
            }
            index += 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return .bytes(UnsafeBufferPointer(rebasing: bytes[start..<index - 1]))
            }
            if byte == UInt8(ascii: "\\") { return .decoded(try escaped(from: start)) }
            if byte < 0x20 { throw GaveUp() }
            index += 1
        }
        throw GaveUp()
    }

    /// The rest of a string that has escapes, from its first byte at `start` (with `index` at
    /// the first backslash), decoded as ``JSONValue`` decodes it.
    private mutating func escaped(from start: Int) throws(GaveUp) -> String {
        var utf8 = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 { throw GaveUp() }
            index += 1
            if byte == UInt8(ascii: "\"") { return String(decoding: utf8, as: UTF8.self) }
            guard byte == UInt8(ascii: "\\") else {
                utf8.append(byte)
                continue
            }
            guard index < bytes.count else { throw GaveUp() }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
            case UInt8(ascii: "n"): utf8.append(0x0A)
            case UInt8(ascii: "t"): utf8.append(0x09)
            case UInt8(ascii: "r"): utf8.append(0x0D)
            case UInt8(ascii: "b"): utf8.append(0x08)
            case UInt8(ascii: "f"): utf8.append(0x0C)
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800..<0xDC00).contains(code), bytes.count - index >= 2, bytes[index] == UInt8(ascii: "\\"),
                    bytes[index + 1] == UInt8(ascii: "u")
                {
                    index += 2
                    let low = try hex4()
                    code = (0xDC00..<0xE000).contains(low) ? 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
                }
                utf8.append(contentsOf: String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8)
            default:
                throw GaveUp()
            }
        }
        throw GaveUp()
    }

    /// Four hex digits, strictly (``JSONValue`` is more lenient; it decides the rest).
    private mutating func hex4() throws(GaveUp) -> UInt32 {
        guard bytes.count - index >= 4 else { throw GaveUp() }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: throw GaveUp()
            }
            value = value << 4 | UInt32(digit)
        }
        index += 4
        return value
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            index += 1
            // The spaces that follow (indentation), up to eight at a time.
            while bytes.count - index >= 8 {
                let others = ByteWords.load(bytes, at: index) ^ ByteWords.spaces
                guard others == 0 else {
                    index += others.trailingZeroBitCount / 8
                    break
                }
                index += 8
            }
        }
    }

    /// Skips space and takes `byte` if it comes next.
    private mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func require(_ byte: UInt8) throws(GaveUp) {
        guard take(byte) else { throw GaveUp() }
    }
}
