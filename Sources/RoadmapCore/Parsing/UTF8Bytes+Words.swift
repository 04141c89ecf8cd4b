#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Word-at-a-time readers: eight bytes of UTF-8 tested at once with integer arithmetic, for
/// the passes that look at every byte of a large document.
///
/// The tests rely on the classic bit tricks: `(w - 0x01…01) & ~w & 0x80…80` is non-zero when
/// some byte of `w` is zero, ``zeroBytes(_:)`` marks exactly the bytes that are zero (adding
/// 0x7F to each byte's low seven bits, which cannot carry into the next byte), and
/// ``controlCandidates(_:)`` marks bytes below 0x20 the same way with 0x60.
/// ``UTF8BytesWordTests`` check them against every byte value at every position.
extension UTF8Bytes {
    /// Whether any byte is 0x80 or above: the text is not all ASCII. Read eight bytes at a time.
    static func containsNonASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & highBits != 0 { return true }
                index += 8
            }
        }
        while index < bytes.count {
            if bytes[index] >= 0x80 { return true }
            index += 1
        }
        return false
    }

    /// Whether `word` may hold a byte that ``controlCandidates(_:)`` marks: true for every
    /// word that holds one, and for some others (tabs and line feeds among them).
    static func mayHoldControlCandidate(_ word: UInt64) -> Bool {
        mayHoldByteBelow0x20(word) || hasZeroByte(word ^ (lowBits &* 0x7F)) || hasZeroByte(word ^ (lowBits &* 0xC2))
    }

    /// Whether `word` may hold a byte below 0x20: true for every word that holds one, and for
    /// some others.
    static func mayHoldByteBelow0x20(_ word: UInt64) -> Bool {
        (word &- lowBits &* 0x20) & ~word & highBits != 0
    }

    /// 0x80 in exactly the bytes of `word` that may start a control character: those below
    /// 0x20 other than tab, line feed and carriage return, 0x7F, and 0xC2 (which leads C1
    /// controls, and other characters too, so the caller checks the byte after it).
    static func controlCandidates(_ word: UInt64) -> UInt64 {
        let lowSeven = lowBits &* 0x7F
        // A byte's high bit after adding 0x60 to its low seven bits says they reach 0x20;
        // no sum carries into the next byte.
        let below0x20 = ~(((word & lowSeven) &+ lowBits &* 0x60) | word) & highBits
        let kept = zeroBytes(word ^ (lowBits &* 0x09)) | zeroBytes(word ^ (lowBits &* 0x0A)) | zeroBytes(word ^ (lowBits &* 0x0D))
        return (below0x20 & ~kept) | zeroBytes(word ^ (lowBits &* 0x7F)) | zeroBytes(word ^ (lowBits &* 0xC2))
    }

    /// The index of the first `byte` at or after `start`: the C library's `memchr`, which
    /// reads 32 or 64 bytes at a time where the processor can.
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count else { return nil }
        guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// The index of the first byte at or after `start` that is the lower-case ASCII letter
    /// `letter` in either case, searched eight bytes at a time.
    static func firstIndex(ofLetter letter: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        // Setting bit 5 makes an upper-case letter lower-case; of all bytes only the two cases
        // of `letter` then equal it.
        firstIndex(of: letter, setting: 0x20, in: bytes, from: start)
    }

    /// The index of the first byte at or after `start` that equals `target` once `bits` are
    /// set in it, searched eight bytes at a time.
    @inline(__always)
    private static func firstIndex(of target: UInt8, setting bits: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let pattern = lowBits &* UInt64(target)
            let set = lowBits &* UInt64(bits)
            while index + 8 <= bytes.count {
                let word = (raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) | set) ^ pattern
                if hasZeroByte(word) { break }  // `target` is in this word
                index += 8
            }
        }
        while index < bytes.count {
            if bytes[index] | bits == target { return index }
            index += 1
        }
        return nil
    }

    /// Whether `first` and `second` hold the same bytes, compared eight at a time.
    static func equal(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        guard first.count == second.count else { return false }
        guard let one = first.baseAddress, let two = second.baseAddress else { return true }
        let (a, b) = (UnsafeRawPointer(one), UnsafeRawPointer(two))
        var index = 0
        while index + 8 <= first.count {
            if a.loadUnaligned(fromByteOffset: index, as: UInt64.self) != b.loadUnaligned(fromByteOffset: index, as: UInt64.self) {
                return false
            }
            index += 8
        }
        while index < first.count {
            if one[index] != two[index] { return false }
            index += 1
        }
        return true
    }

    /// How many times `byte` occurs, counted eight bytes at a time.
    static func count(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var index = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let pattern = lowBits &* UInt64(byte)
            while index + 8 <= bytes.count {
                // Each byte lane counts its matches, up to 255 words at a time (the bytes that
                // are zero are those equal to `byte`); then the eight lanes are summed.
                var lanes: UInt64 = 0
                var words = 0
                while words < 255, index + 8 <= bytes.count {
                    lanes &+= zeroBytes(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ pattern) >> 7
                    words += 1
                    index += 8
                }
                let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ (lanes >> 8 & 0x00FF_00FF_00FF_00FF)
                count += Int((pairs &* 0x0001_0001_0001_0001) >> 48)
            }
        }
        while index < bytes.count {
            if bytes[index] == byte { count += 1 }
            index += 1
        }
        return count
    }

    /// Whether a byte of `word` is zero. Exact for the word as a whole, not for which byte.
    static func hasZeroByte(_ word: UInt64) -> Bool { (word &- lowBits) & ~word & highBits != 0 }

    /// 0x80 in exactly the bytes of `word` that are zero.
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        let lowSeven = lowBits &* 0x7F
        return ~(((word & lowSeven) &+ lowSeven) | word | lowSeven)
    }

    static let lowBits: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080
}
