import Foundation
import Testing
import TestSupport

@testable import RoadmapCore

@Suite struct StringTextSearchTests {
    /// Pieces that make characters of more than one scalar and of more than one byte.
    static let pieces = ["a", "b", "ab", ". ", "\n", "\r", "\r\n", "e", "\u{301}", "é", "🚀", "🇫🇷", ">", "…", " "]

    static func text(_ random: inout SplitMix64, _ maxPieces: Int) -> String {
        (0..<Int.random(in: 0...maxPieces, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    /// The standard library's own searches agree with the string-processing module's, which
    /// the core does not link.
    @Test func agreesWithTheStringProcessingModule() {
        var random = SplitMix64(seed: 35)
        for _ in 0..<3000 {
            let haystack = Self.text(&random, 8)
            let needle = Self.text(&random, 2)
            guard !needle.isEmpty else { continue }
            let replacement = Self.text(&random, 2)
            // (`firstRange(of:)` is the module's; Foundation's `contains(_:)` also matches inside characters.)
            #expect(haystack.contains(text: needle) == (haystack.firstRange(of: needle) != nil), "\(haystack.debugDescription) \(needle.debugDescription)")
            #expect(haystack.firstRange(ofText: needle) == haystack.firstRange(of: needle))
            #expect(haystack.lastRange(ofText: needle) == haystack.ranges(of: needle).last)
            #expect(haystack.replacing(every: needle, with: replacement) == haystack.replacing(needle as String, with: replacement as String))
        }
    }

    @Test func matchesCharactersNotBytes() {
        #expect("cafe\u{301}".contains(text: "café"))
        #expect(!"cafe\u{301}".contains(text: "cafe"))
        #expect("a\r\nb".replacing(every: "\n", with: ", ") == "a\r\nb")
        #expect("x > y > z".replacing(every: ">", with: "%3E") == "x %3E y %3E z")
        #expect("One. Two. Three".lastRange(ofText: ". ").map { "One. Two. Three"[$0.upperBound...] } == "Three")
    }
}
