/// A document's blocks, indexed as one list but kept as the arrays the scanner made: one, or
/// one per piece of a large document.
///
/// Keeping the pieces apart spares copying them into one array. Splitting the list
/// (``split(at:)``) copies no block either: the two sides share the array cut in two, and the
/// rest of each array belongs to one side only. So each chunk of a reading owns most of its
/// blocks, and the thread that read them frees them.
struct BlockList: RandomAccessCollection {
    private var segments: [ArraySlice<Block>]
    /// The document index of each segment's first block.
    private var starts: [Int]
    /// The document index of the first block held.
    private(set) var startIndex: Int
    private(set) var endIndex: Int

    init(_ first: [Block], then second: [Block] = [], startingAt startIndex: Int = 0) {
        self.init(pieces: [first, second], startingAt: startIndex)
    }

    /// The blocks of `pieces`, one after another; empty pieces are left out.
    init(pieces: [[Block]], startingAt startIndex: Int = 0) {
        self.init(slices: pieces.map { $0[...] }, startingAt: startIndex)
    }

    private init(slices: [ArraySlice<Block>], startingAt startIndex: Int) {
        segments = []
        starts = []
        var index = startIndex
        for slice in slices where !slice.isEmpty {
            segments.append(slice)
            starts.append(index)
            index += slice.count
        }
        self.startIndex = startIndex
        endIndex = index
    }

    subscript(index: Int) -> Block {
        let segment = segment(holding: index)
        let slice = segments[segment]
        return slice[slice.startIndex + index - starts[segment]]
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
            for position in index..<end { body(position, slice[position + offset]) }
            index = end
            segment += 1
        }
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
        let rest = BlockList(slices: [slice[cut...]] + segments[(segment + 1)...], startingAt: index)
        segments.removeSubrange((segment + 1)...)
        starts.removeSubrange((segment + 1)...)
        if cut == slice.startIndex {
            segments.removeLast()
            starts.removeLast()
        } else {
            segments[segment] = slice[..<cut]
        }
        endIndex = index
        return rest
    }
}
