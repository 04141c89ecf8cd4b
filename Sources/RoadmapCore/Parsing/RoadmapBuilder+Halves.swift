extension RoadmapBuilder {
    // MARK: - Reading a large document in two halves

    /// Reads the blocks in two halves at once, split at the phase heading nearest the middle,
    /// then folds the second half's phases into the first's exactly as one reading would.
    ///
    /// A heading at the phase level that reads as a phase heading always starts a phase, and
    /// starting a phase forgets the section, topic and list before it, so what follows it
    /// reads the same whatever came before. What does carry over is settled in
    /// ``absorb(_:)``: phases of a period seen before merge into it, and the first title or
    /// estimate found counts.
    mutating func readBlocksInHalves() {
        guard let middle = middlePhaseStart else {
            readBlocks(blocks.indices)
            return
        }
        // Each half owns its blocks, handed over rather than shared, so that each thread
        // frees what it read as soon as it is done.
        let handoff = Handoff(splittingOff(at: middle))
        let tailJob = Background(onThread: true) {
            var tail = handoff.take()
            tail.readBlocks(tail.blocks.indices)
            tail.blocks = BlockList([])
            return tail
        }
        readBlocks(blocks.indices)
        blocks = BlockList([])
        // Room for the second half's phases (about as many again), made while the other thread
        // still reads: the first large allocation after the blocks are freed also pays for the
        // allocator tidying the small pieces they leave (glibc consolidates them then), 2.5–3.5 ms
        // on the 10 MB benchmark, which would otherwise fall after the join.
        phases.reserveCapacity(2 * phases.count + 16)
        // Reading cannot fail (without a thread, the work runs here when its value is asked
        // for), and the second half's blocks are no longer here to read again.
        guard let tail = try? tailJob.value() else { preconditionFailure("reading blocks does not throw") }
        absorb(tail)
    }

    /// A builder for the blocks from `index` on, which it takes from this one.
    private mutating func splittingOff(at index: Int) -> RoadmapBuilder {
        var tail = self
        tail.warnings = []
        tail.blocks = BlockList([])  // no longer shared, so splitting copies no whole array
        tail.blocks = blocks.split(at: index)
        return tail
    }

    /// The index of the block past the first that starts a phase whatever comes before it (a
    /// phase heading at the phase level) and whose line is nearest the middle line (halfway
    /// from the first block's line to the last's): each half then has about as much text to
    /// read, where a heading and a list item would count the same by block.
    var middlePhaseStart: Int? {
        guard let phaseLevel, let first = blocks.first?.line, let last = blocks.last?.line else { return nil }
        let middle = first + (last - first) / 2
        var best: (index: Int, distance: Int)?
        for index in phaseHeadings.blockIndices where index > 0 {
            guard case .heading(phaseLevel, _, let line) = blocks[index] else { continue }
            let distance = abs(line - middle)
            if let best, best.distance <= distance { continue }
            best = (index, distance)
        }
        return best?.index
    }

    /// Folds in what `later`, which read the blocks after this builder's, found.
    private mutating func absorb(_ later: RoadmapBuilder) {
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

/// A value handed to another thread, which takes it: the taker then holds the only copy, so
/// what it frees is freed on its thread.
private final class Handoff<Value>: @unchecked Sendable {
    private var value: Value?

    init(_ value: Value) { self.value = value }

    /// The value; called once, by the thread it was handed to.
    func take() -> Value {
        defer { value = nil }
        return value!
    }
}
