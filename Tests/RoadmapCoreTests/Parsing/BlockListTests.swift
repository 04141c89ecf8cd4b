import Testing

@testable import RoadmapCore

/// A document's blocks held as one or two arrays read as one list, and split between the
/// two halves of a reading without losing or repeating a block.
@Suite struct BlockListTests {
    private static let blocks = (1...7).map { Block.paragraph(text: "p\($0)", line: $0) }

    /// Every way of holding the seven blocks (all in the first array, or cut anywhere
    /// between two), split at every index.
    @Test(arguments: 0...7)
    func splittingKeepsEveryBlockOnce(join: Int) {
        for index in 0...7 {
            var list = BlockList(Array(Self.blocks[..<join]), then: Array(Self.blocks[join...]))
            #expect(Array(list) == Self.blocks)
            let rest = list.split(at: index)
            #expect(Array(list) == Array(Self.blocks[..<index]), "join \(join), split \(index)")
            #expect(Array(rest) == Array(Self.blocks[index...]), "join \(join), split \(index)")
            #expect(rest.indices == index..<7)
            for position in rest.indices { #expect(rest[position] == Self.blocks[position]) }
        }
    }

    /// A list split off can be split again, still indexed as the whole document.
    @Test func aSplitListSplitsAgain() {
        var list = BlockList(Array(Self.blocks[..<3]), then: Array(Self.blocks[3...]))
        var rest = list.split(at: 2)
        let last = rest.split(at: 5)
        #expect(Array(list) == Array(Self.blocks[..<2]))
        #expect(Array(rest) == Array(Self.blocks[2..<5]))
        #expect(Array(last) == Array(Self.blocks[5...]))
        #expect(last[6] == Self.blocks[6])
    }
}
