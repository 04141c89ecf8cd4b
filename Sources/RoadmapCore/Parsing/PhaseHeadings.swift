/// The headings of a document that read as phase headings, by block index, in order.
///
/// Two arrays rather than a dictionary: the headings are found in block order, so they are
/// appended in order and found again by binary search, without hashing and without the
/// dictionary's empty buckets and resized copies (a large document's headings took megabytes
/// of fresh memory that way, each page a fault).
struct PhaseHeadings: Sequence {
    /// The block index of each heading, ascending.
    private(set) var blockIndices: [Int] = []
    private var headings: [PhaseHeading] = []

    var count: Int { blockIndices.count }

    /// Appends `heading` for the block at `index`, which comes after every block held.
    mutating func append(_ heading: PhaseHeading, at index: Int) {
        precondition(blockIndices.last.map { $0 < index } ?? true, "phase headings are appended in block order")
        blockIndices.append(index)
        headings.append(heading)
    }

    /// Appends the headings of `later`, whose blocks come after every block held, their
    /// indices moved by `offset`.
    mutating func append(contentsOf later: PhaseHeadings, offset: Int) {
        precondition(later.blockIndices.first.map { blockIndices.last ?? -1 < $0 + offset } ?? true, "later headings come after these")
        blockIndices.reserveCapacity(count + later.count)
        for index in later.blockIndices { blockIndices.append(index + offset) }
        headings += later.headings
    }

    /// The phase heading of the block at `index`, or nil when that block is none.
    subscript(index: Int) -> PhaseHeading? {
        var low = 0
        var high = blockIndices.count
        while low < high {
            let middle = (low + high) / 2
            if blockIndices[middle] < index { low = middle + 1 } else { high = middle }
        }
        return low < blockIndices.count && blockIndices[low] == index ? headings[low] : nil
    }

    func makeIterator() -> Zip2Sequence<[Int], [PhaseHeading]>.Iterator {
        zip(blockIndices, headings).makeIterator()
    }
}
