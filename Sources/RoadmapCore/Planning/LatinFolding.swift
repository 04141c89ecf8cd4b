/// Latin letters with accents read as their plain letters, for matching what a user types:
/// `algebra` finds "Álgebra lineal", `munchen` finds "München", `strasse` finds "Straße".
///
/// Only comparisons fold; slugs, and so the keys of stored progress, keep the letters as the
/// roadmap writes them. Covers Latin-1 and Latin Extended-A (Western, Central and Northern
/// European languages and Turkish) and drops combining accents
/// (U+0300…U+036F), so text written with separate accents folds too. Other letters (other
/// scripts, and Latin letters beyond U+017F such as Vietnamese `ơ`) are kept.
enum LatinFolding {
    /// `text` with each accented Latin letter replaced by its plain letter or letters, lower
    /// case (`Ä` → `a`, `Æ` → `ae`); ASCII text is returned as it is.
    static func folded(_ text: String) -> String {
        guard !text.isASCIIText else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (0x300...0x36F).contains(value) { continue }
            if let plain = plainLetters(of: value) {
                result.append(contentsOf: plain.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The plain letters of an accented Latin letter, or nil for any other scalar.
    private static func plainLetters(of value: UInt32) -> Substring? {
        let (table, offset): (Substring, UInt32)
        switch value {
        case 0xC0...0xFF: (table, offset) = (latin1, 0xC0)
        case 0x100...0x17F: (table, offset) = (extendedA, 0x100)
        default: return nil
        }
        let index = table.index(table.startIndex, offsetBy: Int(value - offset))
        switch table[index] {
        case "-": return nil
        case "*": return ligatures[value].map { $0[...] }
        default: return table[index...index]
        }
    }

    /// U+00C0…U+00FF, capitals then small letters: `-` for the signs × and ÷, `*` for a
    /// letter of two (``ligatures``).
    private static let latin1: Substring = "aaaaaa*ceeeeiiiidnooooo-ouuuuy**aaaaaa*ceeeeiiiidnooooo-ouuuuy*y"
    /// U+0100…U+017F, in the order Unicode lists them (each capital before its small letter).
    private static let extendedA: Substring =
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"

    private static let ligatures: [UInt32: String] = [
        0xC6: "ae", 0xDE: "th", 0xDF: "ss", 0xE6: "ae", 0xFE: "th", 0x132: "ij", 0x133: "ij", 0x152: "oe", 0x153: "oe",
    ]
}
