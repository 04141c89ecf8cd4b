/// The headings of a document that read as phase headings, by block index, in order, and how
/// many there are at each heading level with each stage word.
///
/// Arrays rather than a dictionary: the headings are found in block order, so they are
/// appended in order and found again by binary search, without hashing and without the
/// dictionary's empty buckets and resized copies (a large document's headings took megabytes
/// of fresh memory that way, each page a fault). The headings of a document read in pieces
/// stay in one segment per piece: joining them copies none, on one thread, after the pieces
/// are read on two.
struct PhaseHeadings {
    private var segments: [Segment] = []
    /// The headings at each level, by stage word (``RoadmapBuilder/phaseLevel(in:phaseHeadings:)``).
    private(set) var tally = Tally()

    /// Some headings, their block indices ascending and all moved by `offset`.
    private struct Segment {
        var offset: Int
        var blockIndices: [Int] = []
        var headings: [PhaseHeading] = []

        var firstIndex: Int { offset + blockIndices[0] }
        var lastIndex: Int { offset + blockIndices[blockIndices.count - 1] }
    }

    var count: Int { segments.reduce(0) { $0 + $1.blockIndices.count } }

    /// The block index of each heading, ascending.
    var blockIndices: [Int] {
        segments.flatMap { segment in segment.blockIndices.map { $0 + segment.offset } }
    }

    /// Appends `heading`, of heading level `level`, for the block at `index`, which comes
    /// after every block held.
    mutating func append(_ heading: PhaseHeading, at index: Int, level: Int) {
        precondition(segments.last.map { $0.lastIndex < index } ?? true, "phase headings are appended in block order")
        if segments.isEmpty { segments.append(Segment(offset: 0)) }
        let last = segments.count - 1
        segments[last].blockIndices.append(index - segments[last].offset)
        segments[last].headings.append(heading)
        tally.add(level: level, keyword: heading.keyword)
    }

    /// Appends the headings of `later`, whose blocks come after every block held, their
    /// indices moved by `offset`.
    mutating func append(contentsOf later: PhaseHeadings, offset: Int) {
        for var segment in later.segments where !segment.blockIndices.isEmpty {
            segment.offset += offset
            precondition(segments.last.map { $0.lastIndex < segment.firstIndex } ?? true, "later headings come after these")
            segments.append(segment)
        }
        tally.add(later.tally)
    }

    /// The phase heading of the block at `index`, or nil when that block is none.
    subscript(index: Int) -> PhaseHeading? {
        // The last segment that starts at or before the block, then the heading in it.
        var low = 0
        var high = segments.count
        while low < high {
            let middle = (low + high) / 2
            if segments[middle].firstIndex <= index { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let segment = segments[low - 1]
        let wanted = index - segment.offset
        low = 0
        high = segment.blockIndices.count
        while low < high {
            let middle = (low + high) / 2
            if segment.blockIndices[middle] < wanted { low = middle + 1 } else { high = middle }
        }
        return low < segment.blockIndices.count && segment.blockIndices[low] == wanted ? segment.headings[low] : nil
    }

    /// How many phase headings stand at each heading level (1 to the bold level), and with
    /// which stage words: counted as headings are appended, on the thread that reads them.
    struct Tally: Equatable {
        private(set) var counts = [Int](repeating: 0, count: Block.boldHeadingLevel + 1)
        /// The stage words at each level and how often each is used there (a plan names a handful).
        private(set) var keywords = [[KeywordCount]](repeating: [], count: Block.boldHeadingLevel + 1)

        struct KeywordCount: Equatable {
            var word: String
            var count: Int
        }

        mutating func add(level: Int, keyword: String, count: Int = 1) {
            precondition((1...Block.boldHeadingLevel).contains(level), "a heading's level is 1 to \(Block.boldHeadingLevel), not \(level)")
            counts[level] += count
            if let seen = keywords[level].firstIndex(where: { $0.word == keyword }) {
                keywords[level][seen].count += count
            } else {
                keywords[level].append(KeywordCount(word: keyword, count: count))
            }
        }

        mutating func add(_ other: Tally) {
            for level in 1...Block.boldHeadingLevel {
                for entry in other.keywords[level] { add(level: level, keyword: entry.word, count: entry.count) }
            }
        }

        /// The level with the most phase headings (of levels counted as often, the higher one:
        /// the smaller number) and its most used stage word (of words used as often, the one
        /// that sorts first); nil when there are none.
        var mostUsed: (level: Int, keyword: String)? {
            let levels = 1...Block.boldHeadingLevel
            guard let best = levels.reduce(nil, { best, level in counts[level] > (best.map { counts[$0] } ?? 0) ? level : best }),
                let keyword = keywords[best].reduce(nil, { (best: KeywordCount?, entry) in
                    guard let best else { return entry }
                    return (entry.count, best.word) > (best.count, entry.word) ? entry : best
                })
            else { return nil }
            return (best, keyword.word)
        }
    }
}
