/// Byte-level readers for UTF-8 text, used where the parser walks text one unit at a time.
///
/// Markdown's syntax is all ASCII, so the parser reads bytes and decodes a scalar only
/// where a rule depends on a non-ASCII one (white space, letters). Text handed to these
/// functions is well-formed UTF-8: it came from a `String`, or from a file checked by
/// ``isValidUTF8(_:)``.
enum UTF8Bytes {
    /// The scalar that starts at `index`, and how many bytes it takes.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The scalar that ends just before `index`.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, endingBefore index: Int) -> Unicode.Scalar {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(in: bytes, at: start).scalar
    }

    /// Whether the scalar at `index` is white space (Unicode's White_Space), and its length.
    static func whiteSpace(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (isSpace: Bool, length: Int) {
        let byte = bytes[index]
        if byte < 0x80 { return (byte.isASCIIWhiteSpace, 1) }
        let decoded = scalar(in: bytes, at: index)
        return (decoded.scalar.isWhiteSpace, decoded.length)
    }

    /// `range` of `bytes` without the ASCII white space at its ends.
    static func trimmingASCIIWhiteSpace(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var (start, end) = (range.lowerBound, range.upperBound)
        while start < end, bytes[start].isASCIIWhiteSpace { start += 1 }
        while end > start, bytes[end - 1].isASCIIWhiteSpace { end -= 1 }
        return start..<end
    }

    /// Runs of white space (Unicode's White_Space) become one space; the ends are trimmed.
    /// Returns nil when the text already is that way, so callers keep the string they have.
    static func collapsingSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        if isCollapsed(bytes) { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        // Runs of other text are copied whole, each after one space if one came before it.
        var run: Int?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let (isSpace, length) = byte < 0x80 ? (byte.isASCIIWhiteSpace, 1) : mayLeadWhiteSpace(byte) ? whiteSpace(in: bytes, at: index) : (false, 1)
            if isSpace {
                if let start = run {
                    output.append(contentsOf: bytes[start..<index])
                    run = nil
                }
            } else if run == nil {
                if !output.isEmpty { output.append(0x20) }
                run = index
            }
            index += length
        }
        if let start = run { output.append(contentsOf: bytes[start...]) }
        return output
    }

    /// Whether a byte of 0x80 or above may start a white space scalar: U+0085 and U+00A0
    /// (C2), U+1680 (E1), U+2000 to U+205F (E2) and U+3000 (E3). Other bytes of a scalar
    /// that is not white space are copied with it, a byte at a time.
    private static func mayLeadWhiteSpace(_ byte: UInt8) -> Bool {
        byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3
    }

    /// Whether `bytes` hold the ASCII text `prefix` at `index`, compared byte by byte.
    static func hasASCII(_ prefix: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        prefix.withUTF8Buffer { prefix in
            guard index + prefix.count <= bytes.count else { return false }
            for offset in 0..<prefix.count where bytes[index + offset] != prefix[offset] { return false }
            return true
        }
    }

    /// Whether `needle`, lower-case ASCII, occurs in `bytes` with ASCII letters in any case.
    static func contains(_ needle: StaticString, ignoringASCIICaseIn bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        needle.withUTF8Buffer { contains($0, ignoringASCIICaseIn: bytes) }
    }

    /// ``contains(_:ignoringASCIICaseIn:)`` for a needle given as bytes (lower-case ASCII).
    static func contains(_ needle: UnsafeBufferPointer<UInt8>, ignoringASCIICaseIn bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, needle.count <= bytes.count else { return needle.isEmpty }
        // Where the first byte is, in either case when a letter, found eight bytes at a time.
        let isLetter = first.isASCIILetter
        var start = 0
        while let found = isLetter ? firstIndex(ofLetter: first, in: bytes, from: start) : firstIndex(of: first, in: bytes, from: start),
            found + needle.count <= bytes.count
        {
            if (1..<needle.count).allSatisfy({ bytes[found + $0].asciiLowercased == needle[$0] }) { return true }
            start = found + 1
        }
        return false
    }

    /// True when no white space but single spaces between words is in the text.
    private static func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasSpace = true  // so that a leading space counts
        var index = 0
        let raw = bytes.baseAddress.map(UnsafeRawPointer.init)
        while index < bytes.count {
            // Eight bytes at a time while they are printable ASCII or single spaces.
            if let raw, index + 8 <= bytes.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let controlOrHigh = ((word &- lowBits &* 0x20) & ~word & highBits) | (word & highBits)
                if controlOrHigh == 0 {
                    let spaces = zeroBytes(word ^ (lowBits &* 0x20))  // 0x80 in each space byte
                    // A space after a space, inside the word or across from the last one.
                    if spaces & (spaces << 8) != 0 || (previousWasSpace && spaces & 0x80 != 0) { return false }
                    previousWasSpace = spaces >> 56 != 0
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
                index += 1
            } else if byte < 0x80 {
                if byte.isASCIIWhiteSpace { return false }
                previousWasSpace = false
                index += 1
            } else {
                let decoded = scalar(in: bytes, at: index)
                if decoded.scalar.isWhiteSpace { return false }
                previousWasSpace = false
                index += decoded.length
            }
        }
        return !previousWasSpace || bytes.isEmpty
    }
}

extension UInt8 {
    /// Space, tab, line feed, vertical tab, form feed or carriage return.
    var isASCIIWhiteSpace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }

    var isASCIIDigit: Bool { (0x30...0x39).contains(self) }

    var isASCIILetter: Bool { (0x61...0x7A).contains(self | 0x20) }

    /// The byte with an ASCII capital letter made small.
    var asciiLowercased: UInt8 { (0x41...0x5A).contains(self) ? self | 0x20 : self }
}

extension Unicode.Scalar {
    /// Unicode's Alphabetic property, without a table lookup for ASCII.
    var isAlphabeticScalar: Bool {
        value < 0x80 ? UInt8(value).isASCIILetter : properties.isAlphabetic
    }

    /// Unicode's White_Space property, as `properties.isWhitespace` says, without a table
    /// lookup for ASCII.
    var isWhiteSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}

extension StringProtocol {
    /// Calls `body` with the text's UTF-8 bytes in contiguous memory.
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        let copy = Array(utf8)
        return try copy.withUnsafeBufferPointer(body)
    }
}

extension StringProtocol {
    /// The first occurrence of `needle`, compared byte by byte: for finding ASCII markup
    /// without the cost of comparing characters.
    func firstByteRange(of needle: String) -> Range<Index>? {
        let offset: Int? = withUTF8Bytes { haystack in
            var needle = needle
            return needle.withUTF8 { pattern in
                guard let first = pattern.first, pattern.count <= haystack.count else { return nil }
                var start = 0
                let last = haystack.count - pattern.count
                while start <= last, let found = haystack[start...last].firstIndex(of: first) {
                    if haystack[found..<(found + pattern.count)].elementsEqual(pattern) { return found }
                    start = found + 1
                }
                return nil
            }
        }
        guard let offset else { return nil }
        let start = utf8.index(startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }

    /// The index of the first `byte` in the text, searched in contiguous memory.
    func firstByteIndex(of byte: UInt8) -> Index? {
        guard let offset = withUTF8Bytes({ UTF8Bytes.firstIndex(of: byte, in: $0, from: 0) }) else { return nil }
        return utf8.index(startIndex, offsetBy: offset)
    }

    /// Whether `byte` occurs in the text (read from contiguous memory, which is several
    /// times faster than through the UTF-8 view's iterator).
    func containsByte(_ byte: UInt8) -> Bool {
        withUTF8Bytes { UTF8Bytes.firstIndex(of: byte, in: $0, from: 0) != nil }
    }

    /// Whether a byte of the text satisfies `predicate`.
    func containsByte(where predicate: (UInt8) -> Bool) -> Bool {
        withUTF8Bytes { $0.contains(where: predicate) }
    }

    /// True when the text is all ASCII.
    var isASCIIText: Bool { !withUTF8Bytes(UTF8Bytes.containsNonASCII) }

    /// The last byte of the text's UTF-8, read from contiguous memory (the UTF-8 view's
    /// `last` steps back through its indices).
    var lastByte: UInt8? { withUTF8Bytes { $0.last } }
}

extension String {
    /// The text lower-cased as ``Swift/String/lowercased()`` does it (each scalar's
    /// lower-case mapping), with ASCII lower-cased by byte, and ASCII text without a capital
    /// letter returned as it is, without a copy.
    var lowercasedText: String {
        withUTF8Bytes { bytes in
            guard !UTF8Bytes.containsNonASCII(bytes) else { return Self.lowercased(mixedText: bytes) ?? lowercased() }
            var index = 0
            while index < bytes.count, !(0x41...0x5A).contains(bytes[index]) { index += 1 }
            guard index < bytes.count else { return self }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for index in 0..<bytes.count { buffer[index] = bytes[index].asciiLowercased }
                return bytes.count
            }
        }
    }

    /// Text with bytes beyond ASCII lower-cased, ASCII by byte and other scalars by their
    /// mapping; nil if the mappings should ever take more than three times the bytes (the
    /// most they take is one and a half times: `İ` → `i̇`).
    private static func lowercased(mixedText bytes: UnsafeBufferPointer<UInt8>) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 3) { buffer in
            var length = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    guard length < buffer.count else { return nil }
                    buffer[length] = byte.asciiLowercased
                    length += 1
                    index += 1
                    continue
                }
                let (scalar, scalarLength) = UTF8Bytes.scalar(in: bytes, at: index)
                for mapped in scalar.properties.lowercaseMapping.utf8 {
                    guard length < buffer.count else { return nil }
                    buffer[length] = mapped
                    length += 1
                }
                index += scalarLength
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<length]), as: UTF8.self)
        }
    }

    /// The text without its last `count` bytes, which must leave whole characters: cut by
    /// byte offset, without walking characters back as `dropLast` does.
    func droppingLastBytes(_ count: Int) -> String {
        String(self[..<utf8.index(endIndex, offsetBy: -count)])
    }
}
