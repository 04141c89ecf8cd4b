extension UTF8Bytes {
    /// `bytes` without the UTF-8 byte order mark some editors write first, which is no part of
    /// the text (a roadmap, or a progress file saved by hand).
    static func droppingByteOrderMark(_ bytes: [UInt8]) -> [UInt8] {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    }

    /// Whether `bytes` are well-formed UTF-8: what `String(decoding:as:)` keeps unchanged.
    ///
    /// Runs of ASCII, most of a roadmap, are skipped 32 and then eight bytes at a time; each multi-byte
    /// sequence is checked against the table of well-formed sequences (Unicode, table 3-7),
    /// which leaves out overlong forms, surrogates and values past U+10FFFF.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var index = 0
        while index < count {
            // Long runs of ASCII 32 bytes at a time, then eight.
            while index + 32 <= count,
                (raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self)) & highBits == 0
            {
                index += 32
            }
            if index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & highBits == 0 {
                index += 8
                continue
            }
            guard index < count else { break }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // The range the second byte must fall in, and how many bytes the sequence has.
            let second: ClosedRange<UInt8>
            let length: Int
            switch lead {
            case 0xC2...0xDF: (second, length) = (0x80...0xBF, 2)
            case 0xE0: (second, length) = (0xA0...0xBF, 3)
            case 0xE1...0xEC, 0xEE...0xEF: (second, length) = (0x80...0xBF, 3)
            case 0xED: (second, length) = (0x80...0x9F, 3)
            case 0xF0: (second, length) = (0x90...0xBF, 4)
            case 0xF1...0xF3: (second, length) = (0x80...0xBF, 4)
            case 0xF4: (second, length) = (0x80...0x8F, 4)
            default: return false
            }
            guard index + length <= count, second.contains(bytes[index + 1]) else { return false }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }

    /// ``isValidUTF8(_:)`` for `bytes`, in two halves on two threads (``SharedJobs``) when there
    /// are `threshold` bytes or more: cut before an ASCII byte, which no sequence runs across, the
    /// text is well-formed exactly when both halves are.
    static func isValidUTF8(_ bytes: [UInt8], inParallelFrom threshold: Int) -> Bool {
        bytes.withUnsafeBufferPointer { whole in
            guard whole.count >= threshold, whole.count >= 2,
                let cut = whole[(whole.count / 2)...].firstIndex(where: { $0 < 0x80 })
            else { return isValidUTF8(whole) }
            return !SharedJobs.run(2) { half in
                bytes.withUnsafeBufferPointer { isValidUTF8(UnsafeBufferPointer(rebasing: half == 0 ? $0[..<cut] : $0[cut...])) }
            }.contains(false)
        }
    }
}
