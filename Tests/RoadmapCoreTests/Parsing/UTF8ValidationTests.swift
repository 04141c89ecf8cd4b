import Testing
import TestSupport

@testable import RoadmapCore

/// `UTF8Bytes.isValidUTF8` agrees with the standard library on what is well-formed, so a
/// file it passes reads exactly as the same file decoded into a `String`.
@Suite struct UTF8ValidationTests {
    /// Every lead byte with every second byte and a choice of later ones, at each position
    /// in and after an eight-byte word, and after a 32-byte stretch, of ASCII.
    @Test(arguments: [0, 3, 7, 8, 13, 31, 32, 45])
    func everyShortSequenceIsJudgedAsTheStandardLibraryDoes(asciiBefore: Int) {
        let prefix = [UInt8](repeating: UInt8(ascii: "a"), count: asciiBefore)
        for lead in 0x80...0xFF {
            for second in 0...255 {
                for tail: [UInt8] in [[], [0x41], [0x80], [0xBF, 0x80], [0xC0, 0x80], [0x8F, 0xBF, 0x41]] {
                    let bytes = prefix + [UInt8(lead), UInt8(second)] + tail
                    #expect(Self.isValid(bytes) == Self.standardLibraryAccepts(bytes), "\(bytes)")
                }
            }
        }
    }

    /// Random text of ASCII, well-formed scalars and stray bytes, cut anywhere.
    @Test func randomTextIsJudgedAsTheStandardLibraryDoes() {
        var random = SplitMix64(seed: 11)
        let pieces: [[UInt8]] = ["a", " ", "\n", "é", "–", "漢", "🚀", "\u{10FFFF}"].map { Array($0.utf8) }
            + [[0x80], [0xC3], [0xE2, 0x80], [0xF0, 0x9F], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xFF]]
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(random.next() % 40) {
                // Mostly well-formed pieces, a stray byte now and then.
                let index = Int(random.next() % UInt64(random.next() % 6 == 0 ? pieces.count : 8))
                bytes += pieces[index]
            }
            bytes = Array(bytes.prefix(Int(random.next() % UInt64(bytes.count + 1))))
            #expect(Self.isValid(bytes) == Self.standardLibraryAccepts(bytes), "\(bytes)")
        }
    }

    /// Checked in two halves, text is judged as it is whole, wherever a broken or a long
    /// sequence falls: the cut is never inside a sequence.
    @Test func halvesAreJudgedAsTheWhole() {
        var random = SplitMix64(seed: 19)
        let pieces: [[UInt8]] = ["a", "é", "漢", "🚀"].map { Array($0.utf8) } + [[0x80], [0xE2, 0x80], [0xFF]]
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(random.next() % 60) {
                bytes += pieces[Int(random.next() % UInt64(random.next() % 5 == 0 ? pieces.count : 4))]
            }
            #expect(UTF8Bytes.isValidUTF8(bytes, inParallelFrom: 0) == Self.isValid(bytes), "\(bytes)")
        }
        // No ASCII byte after the middle: read whole.
        let wide = Array(String(repeating: "漢", count: 50).utf8)
        #expect(UTF8Bytes.isValidUTF8(wide, inParallelFrom: 0))
        #expect(!UTF8Bytes.isValidUTF8(wide.dropLast(), inParallelFrom: 0))
    }

    @Test func emptyTextIsWellFormed() {
        #expect(Self.isValid([]))
    }

    /// A file is kept byte for byte when it is well-formed; otherwise its broken sequences
    /// read as U+FFFD, and a byte order mark is dropped either way.
    @Test(arguments: sources)
    func sourcesHoldWellFormedText(bytes: [UInt8], text: String) {
        let source = RoadmapSource(id: "plan", fileName: "plan.md", bytes: bytes)
        #expect(source.text == text)
        #expect(source.utf8 == Array(text.utf8))
    }

    private static let sources: [([UInt8], String)] = [
        ([0xEF, 0xBB, 0xBF] + Array("# Plan é".utf8), "# Plan é"),
        (Array("# Plan ".utf8) + [0xE2, 0x80] + Array(" x".utf8), "# Plan \u{FFFD} x"),
        ([0xEF, 0xBB, 0xBF, 0xFF] + Array("a".utf8), "\u{FFFD}a"),
    ]

    private static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(UTF8Bytes.isValidUTF8)
    }

    private static func standardLibraryAccepts(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }
}
