import Testing
import TestSupport

@testable import RoadmapCore

@Suite struct PackedTextTests {
    @Test func caseDoesNotCountAndEveryOtherDifferenceDoes() {
        #expect(PackedText("Core Topics") == PackedText("core topics"))
        #expect(PackedText("a") != PackedText("aa"))
        #expect(PackedText("ab") != PackedText("ba"))
        #expect(PackedText("abcdefghijklm") != PackedText("bcdefghijklm"))
    }

    @Test(arguments: ["Tips & tricks", "Topics 2", "ópticos", "topics:", String(repeating: "a", count: 25)])
    func textWithOtherCharactersOrTooLongDoesNotPack(text: String) {
        #expect(PackedText(text) == nil)
    }

    /// Random texts of packing characters, up to the capacity: two pack alike only when they
    /// are the same text lower-cased.
    @Test func differentTextsPackDifferently() {
        var random = SplitMix64(seed: 9)
        let alphabet = Array("abcXYZ -'.")
        var seen: [PackedText: String] = [:]
        for _ in 0..<20_000 {
            let text = String((0..<Int(random.next() % 25)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            let packed = PackedText(text)
            #expect(packed != nil, "\(text)")
            guard let packed else { continue }
            if let other = seen[packed] { #expect(other == text.lowercased(), "\(text) packs as \(other)") }
            seen[packed] = text.lowercased()
        }
    }
}
