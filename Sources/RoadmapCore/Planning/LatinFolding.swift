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
        var result = String.UnicodeScalarView()
        var afterLatinLetter = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (0x300...0x36F).contains(value) {
                if !afterLatinLetter { result.append(scalar) }
                continue
            }
            if let plain = plainLetters(of: value) {
                result.append(contentsOf: plain.unicodeScalars)
                afterLatinLetter = true
            } else {
                result.append(scalar)
                afterLatinLetter = scalar.isASCII && (scalar.properties.isAlphabetic)
            }
        }
        return String(result)
    }

    /// The plain letters of an accented Latin letter, or nil for any other scalar.
    private static func plainLetters(of value: UInt32) -> Substring? {
        let (table, first): (Substring, UInt32)
        switch value {
        case 0xC0...0x24F: (table, first) = (latin, 0xC0)
        case 0x1E00...0x1EFF: (table, first) = (latinAdditional, 0x1E00)
        default: return nil
        }
        let index = table.utf8.index(table.startIndex, offsetBy: Int(value - first))
        switch table[index] {
        case "-": return nil
        case "*": return ligatures[value].map { $0[...] }
        default: return table[index...index]
        }
    }

    // One byte for each scalar from the range's first: its plain letter, `*` for a letter
    // of two (``ligatures``), `-` for a scalar kept as it is. Made from Unicode's canonical
    // decompositions (`LatinFoldingTests` checks them against Swift's own equivalence), and by
    // hand for letters with a stroke or hook, which have none.

    /// U+00C0…U+024F.
    private static let latin: Substring = """
        aaaaaa*ceeeeiiiidnooooo-ouuuuy**aaaaaa*ceeeeiiiidnooooo-ouuuuy*y\
        aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkklllllll\
        lllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs\
        bb-----ccdddd----ffg---ikkl--nn-oo--pp-----ttttuu-vyyzz---------\
        ----*********aaiioouuuuuuuuuu-aaaa**ggggkkoooo--j***gg--nnaa**oo\
        aaaaeeeeiiiioooorrrruuuusstt--hhnd--zzaaeeooooooooyylntj**acclts\
        z--bu-eejjqqrryy
        """

    /// U+1E00…U+1EFF.
    private static let latinAdditional: Substring = """
        aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm\
        mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv\
        wwwwwwwwwwxxxxyyzzzzzzhtwyasss*daaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee\
        eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy**----
        """

    private static let ligatures: [UInt32: String] = [
        0xC6: "ae", 0xDE: "th", 0xDF: "ss", 0xE6: "ae", 0xFE: "th", 0x132: "ij", 0x133: "ij", 0x152: "oe", 0x153: "oe",
        0x1C4: "dz", 0x1C5: "dz", 0x1C6: "dz", 0x1C7: "lj", 0x1C8: "lj", 0x1C9: "lj", 0x1CA: "nj", 0x1CB: "nj", 0x1CC: "nj",
        0x1E2: "ae", 0x1E3: "ae", 0x1F1: "dz", 0x1F2: "dz", 0x1F3: "dz", 0x1FC: "ae", 0x1FD: "ae", 0x238: "db", 0x239: "qp",
        0x1E9E: "ss", 0x1EFA: "ll", 0x1EFB: "ll",
    ]
}
