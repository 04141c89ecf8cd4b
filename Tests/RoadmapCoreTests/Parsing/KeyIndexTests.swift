import Testing
import TestSupport

@testable import RoadmapCore

/// ``KeyIndex`` gives the positions a dictionary from key to first position gives, with few
/// keys (searched in order) and many (found by digest).
@Suite struct KeyIndexTests {
    private func enter(_ key: String, in index: inout KeyIndex) -> Int {
        var key = key
        return key.withUTF8 { index.position(entering: $0) }
    }

    /// With every digest kept, and with digests narrowed to one bit or none, so that keys
    /// collide and are told apart by their bytes.
    @Test(arguments: [3, 16, 17, 40, 500], [UInt64.max, 1, 0])
    func positionsAreThoseOfFirstEntry(distinctKeys: Int, digestMask: UInt64) {
        var random = SplitMix64(seed: UInt64(distinctKeys))
        var index = KeyIndex(digestMask: digestMask)
        var expected: [String: Int] = [:]
        for _ in 0..<(distinctKeys * 4) {
            let key = "key-\(random.next() % UInt64(distinctKeys))" + (random.next() % 5 == 0 ? "" : "-x")
            let position = expected[key] ?? expected.count
            expected[key] = position
            #expect(enter(key, in: &index) == position, "\(key)")
        }
        #expect(index.count == expected.count)
        for (key, position) in expected {
            #expect(index.withKey(at: position) { String(decoding: $0, as: UTF8.self) } == key)
        }
    }

    @Test func emptyAndPrefixKeysAreDistinct() {
        var index = KeyIndex()
        #expect(enter("", in: &index) == 0)
        #expect(enter("a", in: &index) == 1)
        #expect(enter("ab", in: &index) == 2)
        #expect(enter("", in: &index) == 0)
        #expect(enter("ab", in: &index) == 2)
    }

    /// Keys compare as strings do: canonically equivalent keys are one, before and after the
    /// first key beyond ASCII, whichever form comes first.
    @Test(arguments: [
        ["café", "cafe\u{301}"], ["cafe\u{301}", "café"], ["a;b", "a\u{37E}b"], ["a\u{37E}b", "a;b"],
    ])
    func canonicallyEquivalentKeysAreOne(forms: [String]) {
        for before in [1, 20] {
            var index = KeyIndex()
            for number in 0..<before { #expect(enter("key-\(number)", in: &index) == number) }
            #expect(enter(forms[0], in: &index) == before)
            #expect(enter(forms[1], in: &index) == before)
            #expect(enter("key-0", in: &index) == 0)
            #expect(enter("other", in: &index) == before + 1)
            #expect(index.withKey(at: before) { String(decoding: $0, as: UTF8.self) }.utf8.elementsEqual(forms[0].utf8))
        }
    }
}
