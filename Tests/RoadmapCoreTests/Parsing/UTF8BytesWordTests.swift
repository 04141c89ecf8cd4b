import Testing
import TestSupport

@testable import RoadmapCore

/// The word-at-a-time readers (`UTF8Bytes+Words.swift`) and what is built on them.
@Suite struct UTF8BytesWordTests {
    /// The word-at-a-time tests find exactly the bytes they look for, at any position, and
    /// count every newline.
    @Test func wordTestsMissNoByte() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<200 {
            // Around the byte under test: printable ASCII, high bytes, white space that is kept,
            // and two that may start a control (a vertical tab, C2).
            let fill = (0..<8).map { _ in UInt8([0x20, 0x41, 0x7E, 0x80, 0xC3, 0xFF, 0x61, 0x0B, 0x09, 0x0A, 0x0D, 0xC2][Int(random.next() % 12)]) }
            for position in 0..<8 {
                for value in 0...255 {
                    var bytes = fill
                    bytes[position] = UInt8(value)
                    let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    // Exactly the bytes that may start a control are marked.
                    let marked = (0..<8).filter { UTF8Bytes.controlCandidates(word) >> (8 * $0 + 7) & 1 == 1 }
                    let candidates = (0..<8).filter {
                        let byte = bytes[$0]
                        return (byte < 0x20 && ![0x09, 0x0A, 0x0D].contains(byte)) || byte == 0x7F || byte == 0xC2
                    }
                    #expect(marked == candidates, "byte \(value) at \(position) in \(bytes)")
                    if !candidates.isEmpty { #expect(UTF8Bytes.mayHoldControlCandidate(word), "byte \(value) at \(position)") }
                    let isASCII = bytes.allSatisfy { $0 < 0x80 }
                    #expect(bytes.withUnsafeBufferPointer(UTF8Bytes.containsNonASCII) == !isASCII)
                    let newlines = bytes.filter { $0 == 0x0A }.count
                    #expect(bytes.withUnsafeBufferPointer { UTF8Bytes.count(of: 0x0A, in: $0) } == newlines)
                }
            }
        }
    }

    /// Counting by byte lanes, summed every 255 words, counts every match in long texts:
    /// all of one byte, none of it, and random mixes, at lengths around each flush.
    @Test func countCountsEveryMatchInLongTexts() {
        var random = SplitMix64(seed: 17)
        for length in [0, 7, 8, 2_039, 2_040, 2_041, 4_087, 4_088, 4_096, 20_001] {
            let mixed = (0..<length).map { _ in UInt8([0x0A, 0x41, 0x0A, 0xC3][Int(random.next() % 4)]) }
            for bytes in [[UInt8](repeating: 0x0A, count: length), [UInt8](repeating: 0x41, count: length), mixed] {
                let expected = bytes.filter { $0 == 0x0A }.count
                #expect(bytes.withUnsafeBufferPointer { UTF8Bytes.count(of: 0x0A, in: $0) } == expected, "\(length)")
            }
        }
    }

    /// A search eight bytes at a time finds the first match wherever it falls, past the
    /// start, in a word or in the bytes after the last whole word.
    @Test func firstIndexFindsTheFirstMatch() {
        var random = SplitMix64(seed: 9)
        for length in 0..<20 {
            for _ in 0..<50 {
                let bytes = (0..<length).map { _ in UInt8([0x41, 0xC3, 0x0A, 0x80, 0x00][Int(random.next() % 5)]) }
                for start in 0...length {
                    for byte: UInt8 in [0xC3, 0x0A, 0x00, 0x7A] {
                        let found = bytes.withUnsafeBufferPointer { UTF8Bytes.firstIndex(of: byte, in: $0, from: start) }
                        #expect(found == bytes[start...].firstIndex(of: byte))
                    }
                }
            }
        }
    }

    /// The letter search finds the first byte that is the letter in either case, and no other.
    @Test func firstIndexOfLetterFindsEitherCase() {
        var random = SplitMix64(seed: 29)
        for length in 0..<20 {
            for _ in 0..<50 {
                let bytes = (0..<length).map { _ in UInt8([0x41, 0x61, 0x5A, 0x7A, 0x01, 0x21, 0xC3, 0xE1, 0x0A][Int(random.next() % 9)]) }
                for start in 0...length {
                    for letter: UInt8 in [0x61, 0x7A] {
                        let found = bytes.withUnsafeBufferPointer { UTF8Bytes.firstIndex(ofLetter: letter, in: $0, from: start) }
                        #expect(found == bytes[start...].firstIndex { $0 == letter || $0 == letter - 0x20 })
                    }
                }
            }
        }
    }

    /// A phrase is found in text with ASCII letters in any case, as lower-casing the text and
    /// searching it would find it.
    @Test func containsIgnoringASCIICaseMatchesLowerCasing() {
        var random = SplitMix64(seed: 31)
        let pieces = ["Request", "REQ", "uest", "re", "Contribut", "ION", "star", " this", "STAR THIS", "(Optional)", "(opt", "ional)",
                      "é", "x", " "]
        for _ in 0..<3_000 {
            let text = (0..<Int(random.next() % 10)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let lower = String(decoding: text.utf8.map(\.asciiLowercased), as: UTF8.self)
            text.withUTF8Bytes { bytes in
                #expect(UTF8Bytes.contains("request", ignoringASCIICaseIn: bytes) == lower.contains("request"), "\(text)")
                #expect(UTF8Bytes.contains("contribut", ignoringASCIICaseIn: bytes) == lower.contains("contribut"), "\(text)")
                #expect(UTF8Bytes.contains("star this", ignoringASCIICaseIn: bytes) == lower.contains("star this"), "\(text)")
                #expect(UTF8Bytes.contains("(optional)", ignoringASCIICaseIn: bytes) == lower.contains("(optional)"), "\(text)")
            }
        }
    }

    /// Collapsing white space, which checks eight bytes at a time whether there is anything
    /// to do, gives what a plain reading of the rule gives: runs of white space become one
    /// space, and the ends are trimmed.
    @Test func collapsingSpacesMatchesThePlainRule() {
        var random = SplitMix64(seed: 11)
        // White space and other text led by the same bytes: C2 (U+00A0, U+0085; ©), E1 (U+1680;
        // ሴ), E2 (U+2009, U+202F; the en dash) and E3 (U+3000; あ).
        let pieces = ["a", "bc", "word", " ", "  ", "\t", "\n", "\r\n", "\u{A0}", "\u{85}", "©", "é", "\u{1680}", "ሴ",
                      "\u{2009}", "\u{202F}", "–", "\u{3000}", "あ", "🚀", "x.y", "\u{7F}"]
        for _ in 0..<3_000 {
            let text = (0..<Int(random.next() % 24)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let expected = text.split(whereSeparator: { $0.unicodeScalars.allSatisfy(\.properties.isWhitespace) })
                .joined(separator: " ")
            #expect(Title.collapsingSpaces(text) == expected, "\(Array(text.unicodeScalars))")
        }
    }
}
