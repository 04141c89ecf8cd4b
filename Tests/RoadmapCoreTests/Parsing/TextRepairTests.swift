import Testing

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
        #expect(Self.repaired(broken) == repaired)
    }

    // The last three read back as an overlong form, a surrogate and a value past U+10FFFF:
    // not UTF-8, so not mojibake either.
    @Test(arguments: [("Aurélien Géron", "Aurélien Géron"), ("François Chollet", "François Chollet"), ("naïve café", "naïve café"),
                      ("Gradients – high-level", "Gradients – high-level"), ("plain ASCII", "plain ASCII"), ("🔰 emoji", "🔰 emoji"), ("Ãx", "Ãx"),
                      ("à€€", "à€€"), ("í\u{A0}€", "í\u{A0}€"), ("ô\u{90}€€", "ô€€")])
    func leavesGenuineTextAlone(text: String, expected: String) {
        // (The last case holds U+0090, a control, which goes whatever else happens.)
        #expect(Self.repaired(text) == expected)
    }

    /// A document is repaired and rid of controls in one go, and stays well-formed UTF-8.
    @Test func repairsMojibakeAndControlsTogether() {
        let bytes = Array("# Plan\u{1B}]0;x\u{07}\n- AurÃ©lien GÃ©ron\u{85}'s book\n- ðŸ“… â€œnextâ€\u{9D}\n".utf8)
        let repaired = bytes.withUnsafeBufferPointer(TextRepair.repaired)
        #expect(repaired.map { String(decoding: $0, as: UTF8.self) } == "# Plan]0;x\n- Aurélien Géron's book\n- 📅 “next”\n")
        #expect(repaired?.withUnsafeBufferPointer(UTF8Bytes.isValidUTF8) == true)
    }

    /// The text `repaired` makes of `text`.
    private static func repaired(_ text: String) -> String {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer(TextRepair.repaired).map { String(decoding: $0, as: UTF8.self) } ?? text
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
}
