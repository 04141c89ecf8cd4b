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

    /// Byte arrays of every length up to 20 that differ in one byte anywhere, or in length.
    @Test func equalFindsEveryDifference() {
        for length in 0...20 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            bytes.withUnsafeBufferPointer { one in
                #expect(UTF8Bytes.equal(one, one))
                for position in 0..<length {
                    var other = bytes
                    other[position] ^= 0x80
                    #expect(!other.withUnsafeBufferPointer { UTF8Bytes.equal(one, $0) }, "length \(length), byte \(position)")
                }
                let longer = bytes + [0]
                #expect(!longer.withUnsafeBufferPointer { UTF8Bytes.equal(one, $0) })
            }
        }
    }

    @Test(arguments: [
        ("Linear Algebra: Vectors", "Linear Algebra", true), ("Linear Algebra", "Linear Algebra", false), ("ab", "abc", false),
        ("ééé", "abcd", false), ("abcd", "ééé", true), ("éééé", "ééé", true), ("ééé", "abc", false), ("abc", "ééé", false),
        // A carriage return and a line feed are one character.
        ("éabc", "\r\n\r\n\r\n", true),
    ])
    func isLongerCountsCharacters(text: String, other: String, isLonger: Bool) {
        #expect(text.isLonger(than: other) == isLonger)
        #expect(text.isLonger(than: other) == (text.count > other.count))
    }
}
