/// A document's blocks, indexed as one list but kept as the arrays the scanner made: one, or
/// one per piece of a large document, each with the number of lines before its piece (a piece
/// is scanned numbering its lines from 1; its blocks are moved down as they are read).
///
/// Keeping the pieces apart spares copying them into one array. Splitting the list
/// (``split(at:)``) copies no block either: the two sides share the array cut in two, and the
/// rest of each array belongs to one side only. So each chunk of a reading owns most of its
/// blocks, and the thread that read them frees them.
struct BlockList: RandomAccessCollection {
    private var segments: [ArraySlice<Block>]
    /// The document index of each segment's first block.
    private var starts: [Int]
    /// The lines before each segment's piece.
    private var lineOffsets: [Int]
    /// The document index of the first block held.
    private(set) var startIndex: Int
    private(set) var endIndex: Int

    init(_ blocks: [Block]) {
        self.init(pieces: [blocks])
    }

    /// The blocks of `pieces`, one after another, each moved down by its line offset (none
    /// when `lineOffsets` is empty); empty pieces are left out.
    init(pieces: [[Block]], lineOffsets: [Int] = []) {
        precondition(lineOffsets.isEmpty || lineOffsets.count == pieces.count, "a line offset for each piece")
        let offsets = lineOffsets.isEmpty ? Array(repeating: 0, count: pieces.count) : lineOffsets
        self.init(slices: zip(pieces, offsets).map { ($0[...], $1) }, startingAt: 0)
    }

    private init(slices: [(blocks: ArraySlice<Block>, lineOffset: Int)], startingAt startIndex: Int) {
        segments = []
        starts = []
        lineOffsets = []
        var index = startIndex
        for slice in slices where !slice.blocks.isEmpty {
            segments.append(slice.blocks)
            starts.append(index)
            lineOffsets.append(slice.lineOffset)
            index += slice.blocks.count
        }
        self.startIndex = startIndex
        endIndex = index
    }

    subscript(index: Int) -> Block {
        let segment = segment(holding: index)
        let slice = segments[segment]
        return slice[slice.startIndex + index - starts[segment]].movedDown(by: lineOffsets[segment])
    }

    /// The segment that holds the block at `index`: the last that starts at or before it.
    private func segment(holding index: Int) -> Int {
        precondition(index >= startIndex && index < endIndex, "block \(index) is not in \(startIndex)..<\(endIndex)")
        var low = 0
        var high = starts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= index { low = middle } else { high = middle }
        }
        return low
    }

    /// Calls `body` with each block in `range` and its index, in order, a segment at a time.
    func forEach(in range: Range<Int>, _ body: (Int, Block) -> Void) {
        guard !range.isEmpty else { return }
        var segment = segment(holding: range.lowerBound)
        var index = range.lowerBound
        while index < range.upperBound {
            let slice = segments[segment]
            let end = Swift.min(range.upperBound, starts[segment] + slice.count)
            let offset = slice.startIndex - starts[segment]
            let lines = lineOffsets[segment]
            for position in index..<end { body(position, slice[position + offset].movedDown(by: lines)) }
            index = end
            segment += 1
        }
    }

    /// Moves every block `lines` lines further down.
    mutating func moveLines(by lines: Int) {
        for segment in lineOffsets.indices { lineOffsets[segment] += lines }
    }

    /// Keeps the blocks before `index` and returns those from it on.
    mutating func split(at index: Int) -> BlockList {
        guard index < endIndex else { return BlockList(slices: [], startingAt: endIndex) }
        guard index > startIndex else {
            defer { self = BlockList(slices: [], startingAt: startIndex) }
            return self
        }
        let segment = segment(holding: index)
        let slice = segments[segment]
        let cut = slice.startIndex + index - starts[segment]
        let later = zip(segments[(segment + 1)...], lineOffsets[(segment + 1)...]).map { ($0, $1) }
        let rest = BlockList(slices: [(slice[cut...], lineOffsets[segment])] + later, startingAt: index)
        segments.removeSubrange((segment + 1)...)
        starts.removeSubrange((segment + 1)...)
        lineOffsets.removeSubrange((segment + 1)...)
        if cut == slice.startIndex {
            segments.removeLast()
            starts.removeLast()
            lineOffsets.removeLast()
        } else {
            segments[segment] = slice[..<cut]
        }
        endIndex = index
        return rest
    }
}
