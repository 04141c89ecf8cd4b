import Testing
import TestSupport

@testable import RoadmapCore

@Suite struct KeyOrderTests {
    func byBytes(_ keys: [String]) -> [String] {
        keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    @Test func sortsKeysByTheirBytes() {
        let keys = ProgressSamples.awkwardKeys + [
            "", "a", "a\u{0}", "a\u{0}\u{0}", "topic-name-10000", "topic-name-100000", "topic-name-1000", "ab", "aa", "a\u{7F}",
            "same sixteen byt", "same sixteen bytes, then more", "same sixteen bytes, and others", "same sixteen bytes",
        ]
        #expect(KeyOrder.indices(sorting: keys).map { keys[$0] } == byBytes(keys))
    }

    @Test func sortsManyRandomKeys() {
        var random = SplitMix64(seed: 5)
        let alphabet = Array("ab-0\u{0}é😀Z".unicodeScalars)
        for count in [0, 1, 2, 17, 300, 5000] {
            let keys = (0..<count).map { _ in
                let prefix = Bool.random(using: &random) ? "topic-name-" : ""
                let length = Int.random(in: 0...24, using: &random)
                return prefix + String(String.UnicodeScalarView((0..<length).map { _ in alphabet.randomElement(using: &random)! }))
            }
            #expect(KeyOrder.indices(sorting: keys).map { keys[$0] } == byBytes(keys), "\(count) keys")
        }
    }
}
