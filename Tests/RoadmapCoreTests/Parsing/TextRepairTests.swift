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
}
