/// Latin letters with accents read as their plain letters, for matching what a user types:
/// `algebra` finds "Álgebra lineal", `munchen` finds "München", `strasse` finds "Straße",
/// `tieng viet` finds "Tiếng Việt".
///
/// Only comparisons fold; slugs, and so the keys of stored progress, keep the letters as the
/// roadmap writes them. Covers U+00C0…U+024F (Latin-1, Latin Extended-A and -B) and
/// U+1E00…U+1EFF (Latin Extended Additional, which holds Vietnamese). Accents written as
/// separate marks (U+0300…U+036F) are dropped after a Latin letter, so text written either
/// way folds the same; after any other letter (Greek `ε` and a mark, say) they are kept, as
/// that letter is. Other letters, and the signs × and ÷, are kept.
enum LatinFolding {
    /// `text` with each accented Latin letter replaced by its plain letter or letters, lower
    /// case (`Ä` → `a`, `Æ` → `ae`); ASCII text is returned as it is.
    static func folded(_ text: String) -> String {
        guard !text.isASCIIText else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var afterLatinLetter = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(value))
                afterLatinLetter = UInt8(value).isASCIILetter
            } else if (0x300...0x36F).contains(value) {
                if !afterLatinLetter { UTF8.encode(scalar) { bytes.append($0) } }
            } else if let plain = plainLetter(of: value) {
                if plain == UInt8(ascii: "*") { bytes += ligatures[value, default: ""].utf8 } else { bytes.append(plain) }
                afterLatinLetter = true
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
                afterLatinLetter = false
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The plain letter of an accented Latin letter, `*` for one of two letters
    /// (``ligatures``), or nil for any other scalar.
    private static func plainLetter(of value: UInt32) -> UInt8? {
        let byte: UInt8
        switch value {
        case 0xC0...0x24F: byte = latin[Int(value - 0xC0)]
        case 0x1E00...0x1EFF: byte = latinAdditional[Int(value - 0x1E00)]
        default: return nil
        }
        return byte == UInt8(ascii: "-") ? nil : byte
    }

    // One byte for each scalar from the range's first: its plain letter, `*` for a letter
    // of two (``ligatures``), `-` for a scalar kept as it is. Made from Unicode's canonical
    // decompositions (`LatinFoldingTests` checks them against Swift's own equivalence), and by
    // hand for letters with a stroke or hook, which have none.

    /// U+00C0…U+024F.
    private static let latin: [UInt8] = Array("""
        aaaaaa*ceeeeiiiidnooooo-ouuuuy**aaaaaa*ceeeeiiiidnooooo-ouuuuy*y\
        aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkklllllll\
        lllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs\
        bb-----ccdddd----ffg---ikkl--nn-oo--pp-----ttttuu-vyyzz---------\
        ----*********aaiioouuuuuuuuuu-aaaa**ggggkkoooo--j***gg--nnaa**oo\
        aaaaeeeeiiiioooorrrruuuusstt--hhnd--zzaaeeooooooooyylntj**acclts\
        z--bu-eejjqqrryy
        """.utf8)

    /// U+1E00…U+1EFF.
    private static let latinAdditional: [UInt8] = Array("""
        aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm\
        mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv\
        wwwwwwwwwwxxxxyyzzzzzzhtwyasss*daaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee\
        eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy**----
        """.utf8)

    private static let ligatures: [UInt32: String] = [
        0xC6: "ae", 0xDE: "th", 0xDF: "ss", 0xE6: "ae", 0xFE: "th", 0x132: "ij", 0x133: "ij", 0x152: "oe", 0x153: "oe",
        0x1C4: "dz", 0x1C5: "dz", 0x1C6: "dz", 0x1C7: "lj", 0x1C8: "lj", 0x1C9: "lj", 0x1CA: "nj", 0x1CB: "nj", 0x1CC: "nj",
        0x1E2: "ae", 0x1E3: "ae", 0x1F1: "dz", 0x1F2: "dz", 0x1F3: "dz", 0x1FC: "ae", 0x1FD: "ae", 0x238: "db", 0x239: "qp",
        0x1E9E: "ss", 0x1EFA: "ll", 0x1EFB: "ll",
    ]
}
