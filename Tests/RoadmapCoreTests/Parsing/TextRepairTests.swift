import Testing
import TestSupport

@testable import RoadmapCore

@Suite struct TextRepairTests {
    @Test(arguments: [
        ("Andrew Ngâ€™s course", "Andrew Ng’s course"),
        ("AurÃ©lien GÃ©ron", "Aurélien Géron"),
        ("## ðŸ“… **Plan**", "## 📅 **Plan**"),
        ("RMSE, RÂ²)", "RMSE, R²)"),
        ("FranÃ§ois", "François"),
    ])
    func repairsDoubleEncodedText(broken: String, repaired: String) {
        #expect(TextRepair.repairingMojibake(broken) == repaired)
    }

    // The last three read back as an overlong form, a surrogate and a value past U+10FFFF:
    // not UTF-8, so not mojibake either.
    @Test(arguments: ["Aurélien Géron", "François Chollet", "naïve café", "Gradients – high-level", "plain ASCII", "🔰 emoji", "Ãx",
                      "à€€", "í\u{A0}€", "ô\u{90}€€"])
    func leavesGenuineTextAlone(text: String) {
        #expect(TextRepair.repairingMojibake(text) == text)
    }

    /// Every control character is removed wherever it falls among the eight-byte words the
    /// check reads, and text without one is returned as it is.
    @Test(arguments: Array(0..<17))
    func removesControlsAtEveryOffset(offset: Int) {
        let controls = (0x00...0x1F).filter { ![0x09, 0x0A, 0x0D].contains($0) } + [0x7F] + Array(0x80...0x9F)
        let base = Array("0123456789abcdefg".unicodeScalars)
        for value in controls {
            var scalars = base
            scalars.insert(Unicode.Scalar(UInt32(value))!, at: offset)
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            #expect(TextRepair.removingControlCharacters(text) == "0123456789abcdefg", "U+\(String(value, radix: 16)) at \(offset)")
        }
        let clean = String(String.UnicodeScalarView(base[..<offset])) + "\t\r\n" + "é ¡ ~" + String(String.UnicodeScalarView(base[offset...]))
        #expect(TextRepair.removingControlCharacters(clean) == clean)
    }

    /// The word-at-a-time tests never miss a byte they look for, at any position, and count
    /// every newline.
    @Test func wordTestsMissNoByte() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<200 {
            // Printable ASCII and high bytes other than C2: none of them a candidate.
            let fill = (0..<8).map { _ in UInt8([0x20, 0x41, 0x7E, 0x80, 0xC3, 0xFF, 0x61, 0x0B][Int(random.next() % 8)]) }
            for position in 0..<8 {
                for value in 0...255 {
                    var bytes = fill
                    bytes[position] = UInt8(value)
                    let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    if value < 0x20 || value == 0x7F || value == 0xC2 {
                        #expect(UTF8Bytes.mayContainControl(word), "byte \(value) at \(position)")
                    }
                    let isASCII = bytes.allSatisfy { $0 < 0x80 }
                    #expect(bytes.withUnsafeBufferPointer(UTF8Bytes.containsNonASCII) == !isASCII)
                    let newlines = bytes.filter { $0 == 0x0A }.count
                    #expect(bytes.withUnsafeBufferPointer { UTF8Bytes.count(of: 0x0A, in: $0) } == newlines)
                }
            }
        }
    }

    /// Collapsing white space, which checks eight bytes at a time whether there is anything
    /// to do, gives what a plain reading of the rule gives: runs of white space become one
    /// space, and the ends are trimmed.
    @Test func collapsingSpacesMatchesThePlainRule() {
        var random = SplitMix64(seed: 11)
        let pieces = ["a", "bc", "word", " ", "  ", "\t", "\n", "\u{A0}", "é", "\u{3000}", "x.y", "\u{7F}"]
        for _ in 0..<3_000 {
            let text = (0..<Int(random.next() % 24)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let expected = text.split(whereSeparator: { $0.unicodeScalars.allSatisfy(\.properties.isWhitespace) })
                .joined(separator: " ")
            #expect(Title.collapsingSpaces(text) == expected, "\(Array(text.unicodeScalars))")
        }
    }
}
