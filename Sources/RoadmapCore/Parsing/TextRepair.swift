/// Repairs UTF-8 text that was once decoded as Windows-1252 and encoded again
/// (`Ngâ€™s` → `Ng’s`, `AurÃ©lien` → `Aurélien`, `ðŸ“…` → `📅`).
///
/// Each run of characters that maps back to Windows-1252 bytes forming valid multi-byte
/// UTF-8 is replaced by what those bytes say. Genuine accented text (`é` alone) does not
/// form such sequences and is left as it is.
enum TextRepair {
    /// UTF-8 text with its mojibake repaired and its control characters removed, or nil when
    /// `bytes` (well-formed UTF-8) need neither. What comes back is well-formed too: a repair
    /// replaces whole scalars by the one scalar they encode.
    static func repaired(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        written(atMost: bytes.count) { repair(bytes, into: $0) }
    }

    /// Writes `bytes` (well-formed UTF-8) repaired into `output`, which has room for as many
    /// bytes (no repair lengthens text: a run of two-byte or longer characters becomes one
    /// character of as many bytes as the run has characters, and a control goes), and returns
    /// how many it wrote; nil when the bytes need no repair, and `output` then holds nothing
    /// of use. ``RepairedLines`` writes each line it repairs this way.
    static func repair(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        guard let count = repairingMojibake(bytes, into: output) else { return removingControlCharacters(bytes, into: output) }
        // The controls go from the repaired text where it lies, the text moving back over them.
        return removingControlCharacters(UnsafeBufferPointer(rebasing: output[..<count]), into: output) ?? count
    }

    /// The bytes `write` writes into a new array of `capacity`, or nil when it writes none.
    private static func written(atMost capacity: Int, by write: (UnsafeMutableBufferPointer<UInt8>) -> Int?) -> [UInt8]? {
        var wrote = false
        let output = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            let written = write(buffer)
            wrote = written != nil
            count = written ?? 0
        }
        return wrote ? output : nil
    }

    /// Copies `run` into `output` at `offset`, and returns the offset after it. The two may
    /// overlap: the copy moves bytes as `memmove` does.
    private static func put(_ run: Slice<UnsafeBufferPointer<UInt8>>, into output: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        if let source = run.base.baseAddress, let target = output.baseAddress, !run.isEmpty {
            UnsafeMutableRawPointer(target + offset).copyMemory(from: source + run.startIndex, byteCount: run.count)
        }
        return offset + run.count
    }

    /// The index of the first line feed at or after `start` (nil when there is none), and
    /// whether the bytes before it hold a place where a repair may begin: a C3, which starts
    /// every mojibake sequence, or a byte that may start a control character. One pass over
    /// the bytes, eight at a time, for a scanner reading a document line by line.
    static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (newline: Int?, mayNeedRepair: Bool) {
        var mayNeedRepair = false
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let lineFeeds = UTF8Bytes.lowBits &* 0x0A
            let mojibakeLeads = UTF8Bytes.lowBits &* 0xC3
            while index + 8 <= bytes.count {
                // Bytes in memory order: the first is the lowest.
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                // A quick test passes most words: printable ASCII, no byte from 0x80 (which
                // covers C2 and C3), none below 0x20 and no 0x7F. A line feed is below 0x20,
                // so it fails the test as a control would; the exact tests then mark the bytes.
                if word & UTF8Bytes.highBits != 0 || UTF8Bytes.mayHoldByteBelow0x20(word)
                    || UTF8Bytes.hasZeroByte(word ^ (UTF8Bytes.lowBits &* 0x7F))
                {
                    let candidates = UTF8Bytes.controlCandidates(word) | UTF8Bytes.zeroBytes(word ^ mojibakeLeads)
                    let newlines = UTF8Bytes.zeroBytes(word ^ lineFeeds)
                    if newlines != 0 {
                        // The first line feed's mark is bit 8k + 7; the candidates before it
                        // are marked below that bit.
                        let mark = newlines.trailingZeroBitCount
                        return (index + mark / 8, mayNeedRepair || candidates & (1 << mark &- 1) != 0)
                    }
                    if candidates != 0 { mayNeedRepair = true }
                }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A { return (index, mayNeedRepair) }
            if byte == 0xC3 || byte == 0xC2 || isControlByte(byte) { mayNeedRepair = true }
            index += 1
        }
        return (nil, mayNeedRepair)
    }

    /// Writes `bytes` with their mojibake repaired into `output` (room for as many bytes) and
    /// returns how many it wrote, or nil when there is none.
    private static func repairingMojibake(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        // Every mojibake sequence starts with a UTF-8 lead byte read as Â…ô (U+00C2…U+00F4),
        // which UTF-8 stores as C3 82…C3 B4. Read by byte: most text has none.
        var index = 0
        var written = 0
        var copied = 0
        while let lead = UTF8Bytes.firstIndex(of: 0xC3, in: bytes, from: index) {
            index = lead + 1
            guard let (decoded, length) = decodedSequence(in: bytes, at: lead) else { continue }
            written = put(bytes[copied..<lead], into: output, at: written)
            UTF8.encode(decoded) { byte in
                output[written] = byte
                written += 1
            }
            index = lead + length
            copied = index
        }
        guard copied > 0 else { return nil }
        return put(bytes[copied...], into: output, at: written)
    }

    /// Control characters removed, so text from a roadmap cannot drive the terminal: an
    /// `ESC]0;…BEL` title change or an `ESC[2J` clear prints as the harmless `]0;…` or `[2J`.
    /// Tabs and line breaks are kept; so is everything printable.
    static func removingControlCharacters(_ text: String) -> String {
        let bytes = text.withUTF8Bytes { bytes in written(atMost: bytes.count) { removingControlCharacters(bytes, into: $0) } }
        return bytes.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// Writes well-formed UTF-8 `bytes` without their control characters into `output` (room
    /// for as many bytes, or the bytes' own memory) and returns how many it wrote, or nil when
    /// they hold none. C0 controls and DEL are single bytes; C1 controls are C2 80…C2 9F (in
    /// well-formed UTF-8 a C2 always leads a sequence).
    private static func removingControlCharacters(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        func isControl(at index: Int) -> Bool {
            let byte = bytes[index]
            return isControlByte(byte)
                || (byte == 0xC2 && index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]))
        }
        // Eight bytes at a time: most words hold no byte that could start a control.
        func nextControl(from start: Int) -> Int? {
            var index = start
            if let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                while index + 8 <= bytes.count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    // A quick test passes most words; the exact one sees those with a line feed.
                    if UTF8Bytes.mayHoldControlCandidate(word), UTF8Bytes.controlCandidates(word) != 0,
                        let found = (index..<(index + 8)).first(where: isControl)
                    {
                        return found
                    }
                    index += 8
                }
            }
            return (index..<bytes.count).first(where: isControl)
        }
        guard var control = nextControl(from: 0) else { return nil }
        // The text between controls is copied in runs, never ahead of what is still to read.
        var written = 0
        var copied = 0
        while true {
            written = put(bytes[copied..<control], into: output, at: written)
            copied = control + (bytes[control] == 0xC2 ? 2 : 1)
            guard let next = nextControl(from: copied) else { break }
            control = next
        }
        return put(bytes[copied...], into: output, at: written)
    }

    /// Whether `byte` is a control character by itself: C0 other than tab, line feed and
    /// carriage return, or DEL.
    private static func isControlByte(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
    }

    /// The scalar that the Windows-1252 bytes of the scalars starting at `index` encode as
    /// UTF-8, and how many bytes of `bytes` those scalars take.
    private static func decodedSequence(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        guard let (first, firstLength) = Optional(UTF8Bytes.scalar(in: bytes, at: index)),
            let lead = windows1252Byte(first)
        else { return nil }
        let count: Int
        switch lead {
        case 0xC2...0xDF: count = 2
        case 0xE0...0xEF: count = 3
        case 0xF0...0xF4: count = 4
        default: return nil
        }
        // The scalar the bytes encode, decoded as they are read: the lead's payload bits,
        // then six bits from each continuation byte.
        var value = UInt32(lead) & (count == 2 ? 0x1F : count == 3 ? 0x0F : 0x07)
        var position = index + firstLength
        for _ in 1..<count {
            guard position < bytes.count else { return nil }
            let (scalar, length) = UTF8Bytes.scalar(in: bytes, at: position)
            guard let byte = windows1252Byte(scalar), (0x80...0xBF).contains(byte) else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
            position += length
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8: left as they are.
        let smallest: UInt32 = count == 2 ? 0x80 : count == 3 ? 0x800 : 0x10000
        guard value >= smallest, let decoded = Unicode.Scalar(value) else { return nil }
        return (decoded, position - index)
    }

    /// The byte Windows-1252 decodes to `scalar`, if any (bytes it leaves undefined map to C1 controls).
    private static func windows1252Byte(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x80...0xFF: return UInt8(scalar.value)
        default: return specials[scalar.value]
        }
    }

    private static let specials: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]
}
