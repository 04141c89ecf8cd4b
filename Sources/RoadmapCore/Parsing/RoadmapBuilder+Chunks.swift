extension RoadmapBuilder {
    // MARK: - Reading a large document in chunks

    /// Reads the blocks in chunks of about `blocksPerChunk`, shared between two threads
    /// (``SharedJobs``), each chunk after the first starting at a phase heading; then folds
    /// each chunk's phases into the ones before exactly as one reading would.
    ///
    /// A heading at the phase level that reads as a phase heading always starts a phase, and
    /// starting a phase forgets the section, topic and list before it, so what follows it
    /// reads the same whatever came before. What does carry over is settled in
    /// ``absorb(_:)``: phases of a period seen before merge into it, and the first title or
    /// estimate found counts.
    mutating func readBlocksInChunks(blocksPerChunk: Int = chunkBlocks) {
        let starts = phaseStarts(dividingInto: Self.chunkCount(for: blocks.count, blocksPerChunk))
        guard !starts.isEmpty else {
            readBlocks(blocks.indices)
            return
        }
        // Each chunk owns its blocks, handed over rather than shared, so that the thread that
        // reads a chunk frees it as soon as it is done (``BlockList/split(at:)``); this builder
        // keeps neither blocks nor headings, so none are freed after the last chunk is read.
        var chunks: [RoadmapBuilder] = []
        for start in starts.reversed() { chunks.append(splittingOff(at: start)) }
        chunks.append(self)
        blocks = BlockList([])
        phaseHeadings = PhaseHeadings()
        let handoffs = Slots(Array(chunks.reversed()))
        chunks = []
        // Each chunk read is folded into the ones before it as soon as they are all read, while
        // the other thread reads on.
        let folded = SharedJobs.run(starts.count + 1, into: nil as RoadmapBuilder?) { index in
            var chunk = handoffs.handOver(index)
            chunk.readBlocks(chunk.blocks.indices)
            // The headings are shared by every chunk: the last chunk read frees them.
            chunk.blocks = BlockList([])
            chunk.phaseHeadings = PhaseHeadings()
            return chunk
        } folding: { builder, chunk in
            if builder == nil { builder = chunk } else { builder!.absorb(chunk) }
        }
        guard let folded else { preconditionFailure("a document read in chunks has a first chunk") }
        self = folded
    }

    /// 12,000 blocks: the 10 MB benchmark document (about 170,000 blocks) is read in 14 chunks.
    /// Phases of one period that fall in different chunks are merged when the chunks are
    /// folded together, work one reading does as it goes: more chunks balance the threads no
    /// better on that document and merge more.
    static let chunkBlocks = 12_000

    /// How many chunks `blockCount` blocks are read in: one per `blocksPerChunk`, at least
    /// two and at most thirty-two.
    static func chunkCount(for blockCount: Int, _ blocksPerChunk: Int) -> Int {
        min(32, max(2, blockCount / max(blocksPerChunk, 1)))
    }

    /// A builder for the blocks from `index` on, which it takes from this one.
    private mutating func splittingOff(at index: Int) -> RoadmapBuilder {
        var chunk = self
        chunk.warnings = []
        chunk.blocks = blocks.split(at: index)
        return chunk
    }

    /// The indices of up to `count - 1` blocks past the first that start a phase whatever comes
    /// before them (a phase heading at the phase level), ascending: for each of the lines that
    /// divide the document into shrinking jobs (``SharedJobs/start(ofPart:of:in:)``, from the
    /// first block's line to the last's; two chunks are halves), the one nearest it. Chunks are
    /// measured in lines, where a heading and a list item would count the same by block.
    func phaseStarts(dividingInto count: Int) -> [Int] {
        guard let phaseLevel, let first = blocks.first?.line, let last = blocks.last?.line, count > 1 else { return [] }
        var candidates: [(index: Int, line: Int)] = []
        for index in phaseHeadings.blockIndices where index > blocks.startIndex {
            guard case .heading(phaseLevel, _, let line) = blocks[index] else { continue }
            candidates.append((index, line))
        }
        var starts: [Int] = []
        var next = 0
        for part in 1..<count {
            let target = first + SharedJobs.start(ofPart: part, of: count, in: last - first)
            // The candidates are in line order: move on while the next one is nearer (of two
            // as near, the first counts).
            while next + 1 < candidates.count, abs(candidates[next + 1].line - target) < abs(candidates[next].line - target) {
                next += 1
            }
            guard next < candidates.count else { break }
            if candidates[next].index > starts.last ?? blocks.startIndex { starts.append(candidates[next].index) }
        }
        return starts
    }

    /// Folds in what `later`, which read the blocks after this builder's, found.
    mutating func absorb(_ later: RoadmapBuilder) {
        warnings += later.warnings
        title = title ?? later.title
        metadataTitle = metadataTitle ?? later.metadataTitle
        statedEstimate = statedEstimate ?? later.statedEstimate
        introEstimate = introEstimate ?? later.introEstimate
        for phase in later.phases {
            startPhase(phase)
        }
    }
}
