import Testing

@testable import RoadmapCore

@Suite struct LatinFoldingTests {
    @Test(arguments: [
        ("Álgebra lineal", "algebra lineal"),
        ("München", "Munchen"),
        ("Straße", "Strasse"),
        ("Æsop Œuvre Þing", "aesop oeuvre thing"),
        ("ÿ Ÿ ı İ ł Ł ő ſ ŧ", "y y i i l l o s t"),
        ("Crème brûlée", "Creme brulee"),
        ("Tiếng Việt, Ơn, ư", "Tieng Viet, on, u"),
        // Accents written as separate marks after a Latin letter: e and U+0301, e and two.
        ("Cafe\u{301}", "Cafe"),
        ("Vie\u{323}\u{302}t", "Viet"),
        // After any other letter, a mark stays with it; so do signs, other scripts, and
        // Latin letters that are not a plain letter with marks.
        ("\u{3B5}\u{301} Δέλτα и 学习", "\u{3B5}\u{301} Δέλτα и 学习"),
        ("3 × 4 ÷ 2, ə", "3 × 4 ÷ 2, ə"),
        ("Plain ASCII stays As It Is", "Plain ASCII stays As It Is"),
    ])
    func accentedLatinLettersFoldToPlainOnes(text: String, folded: String) {
        #expect(LatinFolding.folded(text) == folded)
    }

    /// Each letter of the covered ranges that Unicode writes as a plain letter and marks
    /// (found through Swift's canonical equivalence: `é` == `e` + U+0301) folds to that letter,
    /// as its decomposed spelling does; the rest fold to ASCII letters or are kept.
    @Test func foldingFollowsUnicodesDecompositions() {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        // The marks Latin letters use, one or two of them.
        let marks = (0x300...0x31B).map { Unicode.Scalar($0)! } + (0x323...0x328).map { Unicode.Scalar($0)! }
        var plain: [Character: (letter: Character, spelling: String)] = [:]
        for letter in letters {
            for first in marks {
                plain[Character("\(letter)\(first)")] = (letter, "\(letter)\(first)")
                for second in marks { plain[Character("\(letter)\(first)\(second)")] = (letter, "\(letter)\(first)\(second)") }
            }
        }
        var decomposed = 0
        for value in Array(0xC0...0x24F) + Array(0x1E00...0x1EFF) {
            let scalar = Unicode.Scalar(UInt32(value))!
            let text = String(scalar)
            let folded = LatinFolding.folded(text)
            if let (letter, spelling) = plain[Character(scalar)] {
                decomposed += 1
                #expect(folded == letter.lowercased(), "U+\(String(value, radix: 16)) \(text) → \(folded)")
                // (The plain letter before the marks keeps its case, as ASCII letters do.)
                #expect(LatinFolding.folded(spelling).lowercased() == folded, "U+\(String(value, radix: 16)) written in parts")
            } else {
                #expect(folded == text || (!folded.isEmpty && folded.count <= 2 && folded.allSatisfy { $0.isASCII && $0.isLowercase }),
                        "U+\(String(value, radix: 16)) \(text) → \(folded)")
            }
        }
        // Most of the ranges are letters with marks: the check above is not vacuous.
        #expect(decomposed > 450)
    }
}
