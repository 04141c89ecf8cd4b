import Testing

@testable import RoadmapCore

@Suite struct LatinFoldingTests {
    @Test(arguments: [
        ("Álgebra lineal", "algebra lineal"),
        ("München", "Munchen"),
        ("Straße", "Strasse"),
        ("Æsop Œuvre Þing", "aesop oeuvre thing"),
        ("ÿ Ÿ ı İ ł Ł ő ſ", "y y i i l l o s"),
        ("Crème brûlée", "Creme brulee"),
        // Accents written as separate combining marks: e + U+0301.
        ("Cafe\u{301}", "Cafe"),
        // Signs, other scripts and Latin letters beyond U+017F are kept.
        ("3 × 4 ÷ 2", "3 × 4 ÷ 2"),
        ("Δέλτα и 学习", "Δέλτα и 学习"),
        ("ơ", "ơ"),
        ("Plain ASCII stays As It Is", "Plain ASCII stays As It Is"),
    ])
    func accentedLatinLettersFoldToPlainOnes(text: String, folded: String) {
        #expect(LatinFolding.folded(text) == folded)
    }

    /// Every letter of U+00C0…U+017F folds to ASCII letters; the two signs among them do not.
    @Test func everyLetterOfTheCoveredBlocksFoldsToASCII() {
        for value in UInt32(0xC0)...0x17F {
            let text = String(Character(Unicode.Scalar(value)!))
            let folded = LatinFolding.folded(text)
            if value == 0xD7 || value == 0xF7 {
                #expect(folded == text)
            } else {
                #expect(!folded.isEmpty && folded.allSatisfy { $0.isASCII && $0.isLetter }, "U+\(String(value, radix: 16)) \(text) → \(folded)")
                // And to the letter it shows, for the single letters: its first letter, lower-cased.
                #expect(folded.count <= 2, "\(text) → \(folded)")
            }
        }
    }
}
