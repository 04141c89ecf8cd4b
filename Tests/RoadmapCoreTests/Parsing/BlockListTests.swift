import Testing

@testable import RoadmapCore

/// A document's blocks held as the arrays of its pieces read as one list, and split between
/// the chunks of a reading without losing or repeating a block.
@Suite struct BlockListTests {
    private static let blocks = (1...7).map { Block.paragraph(text: "p\($0)", line: $0) }

    /// Every way of holding the seven blocks (all in the first array, or cut anywhere
    /// between two), split at every index.
    @Test(arguments: 0...7)
    func splittingKeepsEveryBlockOnce(join: Int) {
        for index in 0...7 {
            var list = BlockList(pieces: [Array(Self.blocks[..<join]), Array(Self.blocks[join...])])
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
        var list = BlockList(pieces: [Array(Self.blocks[..<3]), Array(Self.blocks[3...])])
        var rest = list.split(at: 2)
        let last = rest.split(at: 5)
        #expect(Array(list) == Array(Self.blocks[..<2]))
        #expect(Array(rest) == Array(Self.blocks[2..<5]))
        #expect(Array(last) == Array(Self.blocks[5...]))
        #expect(last[6] == Self.blocks[6])
    }

    /// Held as four pieces (one empty), split into chunks at every set of cuts: each chunk
    /// holds its blocks and no other, and reads them in order with their indices.
    @Test func splittingPiecesIntoChunksKeepsEveryBlockOnce() {
        let pieces = [Array(Self.blocks[..<2]), [], Array(Self.blocks[2..<5]), Array(Self.blocks[5...])]
        for mask in 0..<(1 << 6) {
            let cuts = (1...6).filter { mask >> ($0 - 1) & 1 == 1 }
            var list = BlockList(pieces: pieces)
            var chunks: [BlockList] = []
            for cut in cuts.reversed() { chunks.insert(list.split(at: cut), at: 0) }
            chunks.insert(list, at: 0)
            let bounds = [0] + cuts + [7]
            for (chunk, range) in zip(chunks, zip(bounds, bounds.dropFirst()).map { $0..<$1 }) {
                #expect(chunk.indices == range, "cuts \(cuts)")
                var read: [(Int, Block)] = []
                chunk.forEach(in: chunk.indices) { read.append(($0, $1)) }
                #expect(read.map(\.0) == Array(range), "cuts \(cuts)")
                #expect(read.map(\.1) == Array(Self.blocks[range]), "cuts \(cuts)")
            }
        }
    }

    /// `forEach(in:)` reads any part of the list, across the joins between pieces.
    @Test func readingAPartCrossesPieces() {
        let list = BlockList(pieces: [Array(Self.blocks[..<3]), Array(Self.blocks[3..<4]), Array(Self.blocks[4...])])
        for lower in 0...7 {
            for upper in lower...7 {
                var read: [Block] = []
                list.forEach(in: lower..<upper) { index, block in
                    #expect(block == Self.blocks[index])
                    read.append(block)
                }
                #expect(read == Array(Self.blocks[lower..<upper]))
            }
        }
    }

    /// Each piece's blocks are numbered from line 1 and moved down by the lines before the
    /// piece, however the list is read or split; every kind of block moves.
    @Test func piecesAreMovedDownByTheirLineOffsets() {
        let pieces: [[Block]] = [
            [.metadataTitle("T", line: 2), .heading(level: 1, text: "Plan", line: 4)],
            [.paragraph(text: "p", line: 1), .listItem(indent: 0, text: "a", checked: nil, line: 2)],
            [.table(header: ["h"], rows: [["c"]], line: 1), .linkDefinition(label: "l", url: "u", line: 3)],
        ]
        let expected: [Block] = [
            .metadataTitle("T", line: 2), .heading(level: 1, text: "Plan", line: 4),
            .paragraph(text: "p", line: 11), .listItem(indent: 0, text: "a", checked: nil, line: 12),
            .table(header: ["h"], rows: [["c"]], line: 21), .linkDefinition(label: "l", url: "u", line: 23),
        ]
        var list = BlockList(pieces: pieces, lineOffsets: [0, 10, 20])
        #expect(Array(list) == expected)
        var read: [Block] = []
        list.forEach(in: 1..<6) { read.append($1) }
        #expect(read == Array(expected[1..<6]))
        let rest = list.split(at: 3)
        #expect(Array(list) == Array(expected[..<3]))
        #expect(Array(rest) == Array(expected[3...]))
    }
}
