/// A document's blocks, indexed as one list but kept as the arrays the scanner made: one,
/// or one per half of a large document.
///
/// Keeping the halves apart spares copying them into one array, and lets each half of the
/// reading own its own blocks (``split(at:)``), so each thread frees what it read.
struct BlockList: RandomAccessCollection {
    private var first: [Block]
    private var second: [Block]
    /// The document index of the first block held.
    private(set) var startIndex: Int

    init(_ first: [Block], then second: [Block] = [], startingAt startIndex: Int = 0) {
        self.first = first
        self.second = second
        self.startIndex = startIndex
    }

    var endIndex: Int { startIndex + first.count + second.count }

    subscript(index: Int) -> Block {
        let offset = index - startIndex
        return offset < first.count ? first[offset] : second[offset - first.count]
    }

    /// Keeps the blocks before `index` and returns those from it on. Only the blocks on the
    /// wrong side of the join between the arrays are copied.
    mutating func split(at index: Int) -> BlockList {
        let offset = index - startIndex
        if offset <= first.count {
            let rest = BlockList(Array(first[offset...]), then: second, startingAt: index)
            first.removeSubrange(offset...)
            second = []
            return rest
        }
        let cut = offset - first.count
        let rest = BlockList(Array(second[cut...]), startingAt: index)
        second.removeSubrange(cut...)
        return rest
    }
}
