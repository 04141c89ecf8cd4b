/// Bytes eight at a time: the word-sized tests with which the progress reader and writer pass
/// over plain text quickly.
enum ByteWords {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    static let spaces: UInt64 = 0x2020_2020_2020_2020

    /// The eight bytes at `offset` (which must have eight bytes after it), first byte lowest.
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
    }

    /// The top bit of the first byte of `word` (in memory order) that is `byte`, and perhaps
    /// of later bytes; zero when no byte is.
    static func marks(_ word: UInt64, equalTo byte: UInt8) -> UInt64 {
        marks(word ^ (ones &* UInt64(byte)), below: 1)
    }

    /// The top bit of the first byte of `word` below `limit` (at most 0x80), and perhaps of
    /// later bytes; zero when no byte is.
    static func marks(_ word: UInt64, below limit: UInt8) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & (ones &* 0x80)
    }

    /// Marks of the bytes JSON cannot have as they are in a string: `"`, `\` and control characters.
    static func specialMarks(_ word: UInt64) -> UInt64 {
        marks(word, equalTo: 0x22) | marks(word, equalTo: 0x5C) | marks(word, below: 0x20)
    }

    /// How many bytes of `word` come before the first one marked in `marks`.
    static func offset(ofFirst marks: UInt64) -> Int {
        marks.trailingZeroBitCount / 8
    }

    /// Whether two runs of bytes are the same.
    static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        let count = a.count
        func word<T: FixedWidthInteger>(_ run: UnsafeBufferPointer<UInt8>, at offset: Int, as type: T.Type) -> T {
            UnsafeRawPointer(run.baseAddress! + offset).loadUnaligned(as: T.self)
        }
        // Whole words, then one last word that may overlap the one before.
        if count >= 8 {
            var offset = 0
            while offset < count - 8 {
                guard word(a, at: offset, as: UInt64.self) == word(b, at: offset, as: UInt64.self) else { return false }
                offset += 8
            }
            return word(a, at: count - 8, as: UInt64.self) == word(b, at: count - 8, as: UInt64.self)
        }
        if count >= 4 {
            return word(a, at: 0, as: UInt32.self) == word(b, at: 0, as: UInt32.self)
                && word(a, at: count - 4, as: UInt32.self) == word(b, at: count - 4, as: UInt32.self)
        }
        return (0..<count).allSatisfy { a[$0] == b[$0] }
    }

    static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: StaticString) -> Bool {
        same(a, UnsafeBufferPointer(start: b.utf8Start, count: b.utf8CodeUnitCount))
    }

    /// The first sixteen bytes (padded with zeros) as two numbers that order as the bytes do.
    static func sortingWords(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { raw in
            raw.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes).prefix(16)))
        }
        return (UInt64(bigEndian: words.0), UInt64(bigEndian: words.1))
    }
}
