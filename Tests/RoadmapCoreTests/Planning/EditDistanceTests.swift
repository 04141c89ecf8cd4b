import TestSupport
import Testing

@testable import RoadmapCore

@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("kitten", "sitting", 3), ("calclus", "calculus", 1),
        ("linear", "linaer", 2), ("flaw", "lawn", 2), ("same", "same", 0), ("é", "e", 2),
    ])
    func countsSingleByteEdits(a: String, b: String, distance: Int) {
        #expect(EditDistance.between(a, b) == distance)
        #expect(EditDistance.between(b, a) == distance)
        #expect(EditDistance.between(a, b, atMost: distance) == distance)
        #expect(EditDistance.between(a, b, atMost: distance - 1) == nil)
    }

    /// The bounded distance is the full one wherever that is within the bound, and nil
    /// elsewhere, over random words (the full one checked against the textbook table).
    @Test func theBoundedDistanceAgreesWithTheFullOne() {
        var random = SplitMix64(seed: 7)
        let letters = Array("abcde")
        for _ in 0..<3_000 {
            let a = String((0..<Int.random(in: 0...8, using: &random)).map { _ in letters.randomElement(using: &random)! })
            let b = String((0..<Int.random(in: 0...8, using: &random)).map { _ in letters.randomElement(using: &random)! })
            let full = EditDistance.between(a, b)
            #expect(full == Self.textbook(Array(a.utf8), Array(b.utf8)), "\(a) \(b)")
            for limit in 0...5 {
                #expect(EditDistance.between(a, b, atMost: limit) == (full <= limit ? full : nil), "\(a) \(b) \(limit)")
            }
        }
    }

    /// The whole table, kept in full.
    static func textbook(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
        }
        return table[a.count][b.count]
    }
}
