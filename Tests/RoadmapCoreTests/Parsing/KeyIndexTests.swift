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

    @Test(arguments: [3, 16, 17, 40, 500])
    func positionsAreThoseOfFirstEntry(distinctKeys: Int) {
        var random = SplitMix64(seed: UInt64(distinctKeys))
        var index = KeyIndex()
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
}
