/// Short ASCII text packed into two integers, five bits a character, so that fixed words and
/// labels are looked up without making a `String` and hashing its bytes.
///
/// Letters (either case, packed as lower case), space, `-`, `'` and `.` pack, up to 24 of them;
/// other text does not. No character packs as zero, so different texts pack differently.
struct PackedText: Hashable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// The most characters that pack.
    static let capacity = 24

    /// Packs `bytes`, or returns nil when one of them does not pack or there are too many.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= Self.capacity else { return nil }
        for index in 0..<bytes.count {
            let code = Self.code(of: bytes[index])
            guard code != 0 else { return nil }
            if index < 12 {
                low = low << 5 | code
            } else {
                high = high << 5 | code
            }
        }
    }

    init?(_ text: String) {
        guard let packed = text.withUTF8Bytes(PackedText.init) else { return nil }
        self = packed
    }

    /// 1…26 for a letter of either case, 27…30 for space, `-`, `'` and `.`, and 0 for a byte
    /// that does not pack.
    private static func code(of byte: UInt8) -> UInt64 {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): UInt64(byte - 0x60)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt64(byte - 0x40)
        case UInt8(ascii: " "): 27
        case UInt8(ascii: "-"): 28
        case UInt8(ascii: "'"): 29
        case UInt8(ascii: "."): 30
        default: 0
        }
    }
}
