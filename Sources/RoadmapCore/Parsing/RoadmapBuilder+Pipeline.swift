extension RoadmapBuilder {
    // MARK: - Reading each piece as soon as it is scanned

    /// A large document read piece by piece on two threads (``SharedJobs``), each piece's blocks
    /// read into phases by the thread that scanned them, at once: no piece waits for the whole
    /// document to be scanned, and each piece's blocks are freed while they are still in the
    /// cache, their memory used again for the next piece rather than taken fresh from the system.
    ///
    /// Reading needs the phase level and stage word, which the whole document decides. The
    /// first piece's are taken as a guess (every other piece waits for it to be scanned) and
    /// checked once every piece is scanned. Each piece after the first is read from its first
    /// phase heading at that level, which starts a phase whatever came before. The blocks
    /// before it continue the piece before (a section, a topic), so they are read in order by
    /// that piece's builder, before it is folded in (as ``readBlocksInChunks(blocksPerChunk:)``
    /// folds its chunks). Each piece's lines, counted from 1, are moved down by the lines before it.
    ///
    /// Nil, for the caller to read the document in two passes, when the guess was wrong or the
    /// document has reference links to resolve, which needs every piece's definitions first.
    /// A document that may have some (`][`, `]()` or `]:` in its bytes) is not read piece by
    /// piece at all: found in its last piece, one would have cost a second reading of the
    /// whole. Once a piece cannot be read alone, the pieces not yet taken are left unread.
    static func readInPipeline(_ utf8: [UInt8], pieceBytes: Int, collectingWarnings: Bool) -> RoadmapBuilder? {
        guard !utf8.withUnsafeBufferPointer(ReferenceLinks.mayHoldReferenceLinks(inText:)) else { return nil }
        let count = ScannedDocument.pieceCount(for: utf8.count, pieceBytes)
        guard let ranges = ScannedDocument.pieceRanges(utf8, count: count) else { return nil }
        let firstPieceLevel = Latch<(level: Int, keyword: String)?>()
        let givenUp = Flag()
        var folded = SharedJobs.run(ranges.count, into: PipelineFold(givenUp: givenUp)) { index -> ReadPiece in
            // The first piece is always scanned: every other piece waits for its phase level.
            guard index == 0 || !givenUp.isRaised else { return .unread(index..<(index + 1)) }
            HeapGrowth.adviseHugePagesOnThisThread(forDocumentOf: utf8.count)
            // A piece that does not end at rest (a fence open across its end) is read again with
            // the piece after it; the fold then leaves out what that piece read alone. If the two
            // still do not end at rest, fences cross cuts all along (shell comments read as
            // headings): the two-pass reading, which shares the rest between the threads, is left
            // to read the document.
            var end = index + 1
            var scan = ScannedDocument.PieceScan(utf8, ranges[index], isLast: end == ranges.count)
            if !scan.endsAtRest, end < ranges.count {
                end += 1
                scan = ScannedDocument.PieceScan(utf8, ranges[index].lowerBound..<ranges[end - 1].upperBound, isLast: end == ranges.count)
            }
            let headings = scan.endsAtRest || end == ranges.count ? scan.phaseHeadings : nil
            if index == 0 { firstPieceLevel.set(headings?.tally.mostUsed) }
            // Whether the pipeline gives up is the fold's to say: a piece read again with the one
            // before it does not count, whatever it found alone.
            guard let headings, let guess = firstPieceLevel.wait(), !givenUp.isRaised else { return .unread(index..<end) }
            let start = index == 0 ? 0 : firstPhaseStart(in: scan.blocks, headings: headings, level: guess.level)
            let blockCount = scan.blocks.count
            // The list holds the only copy of the blocks, so the chunk frees those it reads.
            var head = BlockList(scan.blocks)
            scan.blocks = []
            var chunk = RoadmapBuilder(head.split(at: start), phaseHeadings: headings, phaseLevel: guess.level,
                                       phaseKeyword: guess.keyword)
            chunk.collectsWarnings = collectingWarnings
            chunk.readBlocks(chunk.blocks.indices)
            chunk.blocks = BlockList([])
            chunk.phaseHeadings = PhaseHeadings()
            return .read(PieceReading(pieces: index..<end, head: head, headings: headings, chunk: chunk,
                                      readsFromPhaseHeading: start < blockCount, lineFeeds: scan.lineFeeds))
        } folding: { fold, piece in
            fold.add(piece)
        }
        guard !folded.failed, let builder = folded.finish(), let wanted = folded.tally.mostUsed,
            wanted.level == builder.phaseLevel, wanted.keyword == builder.phaseKeyword
        else { return nil }
        return builder
    }

    /// The index of the first block that is a phase heading at `level`, or the end.
    private static func firstPhaseStart(in blocks: [Block], headings: PhaseHeadings, level: Int) -> Int {
        for index in headings.blockIndices {
            if case .heading(level, _, _) = blocks[index] { return index }
        }
        return blocks.count
    }

    /// This builder's phases, topics and warnings `lines` lines further down.
    mutating func moveLines(by lines: Int) {
        guard lines != 0 else { return }
        for index in phases.indices { phases[index].moveLines(by: lines) }
        warnings = warnings.map { ParseWarning(line: $0.line + lines, message: $0.message) }
    }
}

/// What a job of ``RoadmapBuilder/readInPipeline(_:pieceBytes:collectingWarnings:)`` gives for
/// its piece: the piece read, or the pieces it could not read alone.
private enum ReadPiece: Sendable {
    case read(PieceReading)
    case unread(Range<Int>)
}

/// One piece read: the blocks before its first phase heading, to be read after the pieces
/// before it, and what the rest read into, its lines counted from 1 at the piece's first line.
private struct PieceReading: Sendable {
    /// The pieces it read: more than one when a fence was open across a cut.
    let pieces: Range<Int>
    var head: BlockList
    let headings: PhaseHeadings
    var chunk: RoadmapBuilder
    /// False when the piece has no phase heading at the phase level: its blocks are all head.
    let readsFromPhaseHeading: Bool
    let lineFeeds: Int
}

/// The pieces read so far, folded in order into one builder.
///
/// The blocks before a piece's first phase heading continue what the piece before it was
/// reading (a section, a topic, a part to leave out), so they are read by that piece's
/// builder, which is folded in only then.
private struct PipelineFold: Sendable {
    /// Every piece folded in but the last read.
    var builder: RoadmapBuilder?
    /// The builder of the last piece that read from a phase heading, its lines moved into place.
    var last: RoadmapBuilder?
    /// The lines of the pieces folded in.
    var lineOffset = 0
    /// The first piece not yet read by a piece folded in.
    var nextPiece = 0
    var tally = PhaseHeadings.Tally()
    /// Whether a piece could not be read on its own.
    var failed = false
    /// Raised with `failed`, so that the jobs leave the pieces not yet taken.
    let givenUp: Flag

    init(givenUp: Flag) {
        self.givenUp = givenUp
    }

    mutating func add(_ result: consuming ReadPiece) {
        guard !failed else { return }
        switch consume result {
        case .unread(let pieces):
            // A piece read again with one before it, which did not end at rest, does not count.
            guard pieces.lowerBound >= nextPiece else { return }
            failed = true
            givenUp.raise()
        case .read(let piece):
            add(piece)
        }
    }

    private mutating func add(_ piece: consuming PieceReading) {
        var piece = piece
        // Read again with a piece before it, which did not end at rest.
        guard piece.pieces.lowerBound >= nextPiece else { return }
        nextPiece = piece.pieces.upperBound
        tally.add(piece.headings.tally)
        if last != nil, !piece.head.isEmpty {
            piece.head.moveLines(by: lineOffset)
            last!.blocks = piece.head
            last!.phaseHeadings = piece.headings
            last!.readBlocks(last!.blocks.indices)
            last!.blocks = BlockList([])
            last!.phaseHeadings = PhaseHeadings()
        }
        // A piece without a phase heading at the phase level was all head.
        if last == nil || piece.readsFromPhaseHeading {
            piece.chunk.moveLines(by: lineOffset)
            if let done = last.take() {
                if builder == nil { builder = done } else { builder!.absorb(done) }
            }
            last = piece.chunk
        }
        lineOffset += piece.lineFeeds
    }

    /// Every piece folded in, once the last is.
    mutating func finish() -> RoadmapBuilder? {
        guard let done = last.take() else { return builder }
        if builder == nil { return done }
        builder!.absorb(done)
        return builder
    }
}
