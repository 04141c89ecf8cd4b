/// A 64-bit FNV-1a hash of bytes: enough to tell whether a roadmap file changed since its
/// model was cached (with the byte count beside it), not a defence against forgery.
struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    let value: UInt64

    init(_ bytes: some Sequence<UInt8>) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
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
