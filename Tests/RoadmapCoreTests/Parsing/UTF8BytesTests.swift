import Testing
import TestSupport

@testable import RoadmapCore

/// The byte readers of `UTF8Bytes.swift` agree with the standard library's readings.
@Suite struct UTF8BytesTests {
    @Test(arguments: ["", "topics", "Core Topics:", "ZZ top", "already lower", "MIXED case 42", "Ärger über Öl", "KELVIN \u{212A}", "ß and İ", "İİİ", "Ⱥ\u{2126}", "Andrew Ng’s Machine Learning"])
    func lowercasedTextIsLowercased(text: String) {
        #expect(text.lowercasedText == text.lowercased())
    }

    /// Random texts of letters, marks and a few characters beyond ASCII.
    @Test func lowercasedTextAgreesOnRandomText() {
        var random = SplitMix64(seed: 21)
        let pieces = ["A", "z", "M", "q", " ", ":", "-", "1", "Z", "@", "[", "`", "É", "ø", "Σ", "İ", "’", "\u{212A}", "Ⱥ", "ǅ", "😀"]
        for _ in 0..<2_000 {
            let text = (0..<Int(random.next() % 24)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(text.lowercasedText == text.lowercased(), "\(text)")
        }
    }
}
