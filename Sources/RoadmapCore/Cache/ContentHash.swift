/// A 64-bit hash of bytes, FNV-1a over eight bytes at a time: enough to tell whether a
/// roadmap file changed since its model was cached (with the byte count beside it), not a
/// defence against forgery.
struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    let value: UInt64

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = 0
        if let base = bytes.baseAddress {
            while bytes.count - index >= 8 {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                hash = (hash ^ UInt64(littleEndian: word)) &* prime
                hash ^= hash >> 29
                index += 8
            }
        }
        while index < bytes.count {
            hash = (hash ^ UInt64(bytes[index])) &* prime
            index += 1
        }
        value = hash
    }

    init(_ text: String) {
        var text = text
        self = text.withUTF8 { ContentHash($0) }
    }

    /// Sixteen hex digits.
    var description: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
