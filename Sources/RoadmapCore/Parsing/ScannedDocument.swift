/// The first pass over a whole document: its text repaired, its lines classified into
/// ``Block``s, reference links resolved, and each heading read once as a possible phase
/// heading.
///
/// A document of ``parallelThreshold`` bytes or more is read in pieces of about ``pieceBytes``
/// shared between two threads (``SharedJobs``), each piece cut before an ATX heading that
/// follows a blank line. The pieces give exactly the blocks one reading gives: every piece but
/// the last has to end at rest (outside code fences, front matter, paragraphs and tables), or
/// it is read again together with the piece after it.
struct ScannedDocument {
    private(set) var blocks: BlockList
    /// Each heading that reads as a phase heading, by block index.
    private(set) var phaseHeadings: PhaseHeadings
    /// Links without a target, found while resolving reference links.
    private(set) var warnings: [ParseWarning]

    /// 256 KiB: twenty times the largest bundled roadmap. Below it a second thread is not
    /// worth starting.
    static let parallelThreshold = 256 << 10
    /// 1 MiB: the 10 MB benchmark document is read in 9 pieces, which a busy host shares out
    /// more evenly between the cores than two halves. (Smaller pieces balance the threads no
    /// better there, and each piece costs a little: an array of its own for its blocks and
    /// its phase headings.)
    static let pieceBytes = 1 << 20

    /// Reads a document's well-formed UTF-8: in pieces shared between two threads when it
    /// has `threshold` bytes or more, pieces of about `pieceBytes`.
    static func scan(_ utf8: [UInt8], inParallelFrom threshold: Int = parallelThreshold, pieceBytes: Int = pieceBytes) -> ScannedDocument {
        if utf8.count >= threshold, let document = scanInPieces(utf8, count: pieceCount(for: utf8.count, pieceBytes)) {
            return document
        }
        let scanned = classify(utf8, 0..<utf8.count)
        let (blocks, warnings) = ReferenceLinks.resolve(scanned.blocks, bytesMayMentionMarks: scanned.mayMentionReferenceMarks)
        return ScannedDocument(blocks: BlockList(blocks), phaseHeadings: phaseHeadings(in: blocks, offset: 0), warnings: warnings)
    }

    /// How many pieces a document of `byteCount` bytes is read in: one per `pieceBytes`, at
    /// least two and at most sixteen.
    static func pieceCount(for byteCount: Int, _ pieceBytes: Int) -> Int {
        min(16, max(2, byteCount / max(pieceBytes, 1)))
    }

    /// The blocks of `utf8[range]` repaired, and whether the repaired bytes may hold a
    /// reference mark (``ReferenceLinks/mentionsReferenceMarks(inText:)``): the bytes as read
    /// hold every mark that repair does not make, and the lines repaired, where repair can
    /// make one (`]`, a control, `[`), are checked as they are made. (A piece after the first
    /// starts with a heading, so it cannot open front matter as a document's first line can.)
    private static func classify(_ utf8: [UInt8], _ range: Range<Int>)
        -> (blocks: [Block], endsAtRest: Bool, mayMentionReferenceMarks: Bool, lineFeeds: Int)
    {
        utf8.withUnsafeBufferPointer { whole in
            let part = UnsafeBufferPointer(rebasing: whole[range])
            let scanned = LineScanner.scan(part, repairing: true)
            let mayMention = scanned.repairsMentionReferenceMarks || ReferenceLinks.mentionsReferenceMarks(inText: part)
            return (scanned.blocks, scanned.endsAtRest, mayMention, scanned.lineFeeds)
        }
    }

    /// The phase headings among `blocks`, keyed by index plus `offset`.
    private static func phaseHeadings(in blocks: [Block], offset: Int) -> PhaseHeadings {
        var headings = PhaseHeadings()
        for (index, block) in blocks.enumerated() {
            if case .heading(let level, let text, _) = block, let heading = PhaseHeading(text) {
                headings.append(heading, at: offset + index, level: level)
            }
        }
        return headings
    }

    /// The document read in up to `count` pieces shared between two threads; nil when it has
    /// no place to cut.
    private static func scanInPieces(_ utf8: [UInt8], count: Int) -> ScannedDocument? {
        guard let ranges = pieceRanges(utf8, count: count) else { return nil }
        // Each piece numbers its lines from 1; its blocks are moved down by the lines of the
        // pieces before it (``BlockList``), known once they are all read.
        var pieces = SharedJobs.run(ranges.count) { index in
            PieceScan(utf8, ranges[index], isLast: index == ranges.count - 1)
        }
        // A piece that does not end at rest (a fence open across its end) is read again with
        // the piece after it; if the two still do not end at rest (a fence open across several
        // cuts), with all the pieces after it. So no text is read more than three times,
        // however many cuts fall inside fences.
        while let index = pieces.dropLast().firstIndex(where: { !$0.endsAtRest }) {
            let end = pieces[index].isMerged ? pieces.count - 1 : index + 1
            var merged = PieceScan(utf8, pieces[index].range.lowerBound..<pieces[end].range.upperBound, isLast: end == pieces.count - 1)
            merged.isMerged = true
            pieces.replaceSubrange(index...end, with: [merged])
        }
        guard pieces.count > 1 else { return nil }
        // Every piece but the last ends with a line feed (the next starts a line).
        var lineOffsets = [0]
        for piece in pieces.dropLast() { lineOffsets.append(lineOffsets[lineOffsets.count - 1] + piece.lineFeeds) }

        if pieces.allSatisfy({ $0.phaseHeadings != nil }) {
            // No links to resolve anywhere (most documents): the phase headings each piece
            // read stand, and the document is ready without another round of jobs.
            var headings = PhaseHeadings()
            var offset = 0
            for piece in pieces {
                headings.append(contentsOf: piece.phaseHeadings!, offset: offset)
                offset += piece.blocks.count
            }
            return ScannedDocument(blocks: BlockList(pieces: pieces.map(\.blocks), lineOffsets: lineOffsets), phaseHeadings: headings, warnings: [])
        }

        // Definitions anywhere count for links anywhere, so they are gathered, the first of
        // a label counting, before any piece is resolved.
        var definitions: [String: String] = [:]
        for piece in pieces {
            for (label, url) in piece.definitions where definitions[label] == nil {
                definitions[label] = url
            }
        }
        var offsets = [0]
        for piece in pieces.dropLast() { offsets.append(offsets[offsets.count - 1] + piece.blocks.count) }
        let unresolved = Slots(pieces.map(\.blocks))
        pieces = []
        let resolved = SharedJobs.run(offsets.count) { [definitions, offsets, lineOffsets] index in
            let (blocks, warnings) = ReferenceLinks.resolve(unresolved.handOver(index), definitions: definitions)
            let movedDown = warnings.map { ParseWarning(line: $0.line + lineOffsets[index], message: $0.message) }
            return (blocks, movedDown, phaseHeadings(in: blocks, offset: offsets[index]))
        }
        var headings = PhaseHeadings()
        for (_, _, pieceHeadings) in resolved { headings.append(contentsOf: pieceHeadings, offset: 0) }
        return ScannedDocument(blocks: BlockList(pieces: resolved.map(\.0), lineOffsets: lineOffsets), phaseHeadings: headings,
                               warnings: resolved.flatMap(\.1))
    }

    /// The ranges of up to `count` pieces the document is cut in (``cuts(_:pieces:)``); nil
    /// when it has no place to cut.
    static func pieceRanges(_ utf8: [UInt8], count: Int) -> [Range<Int>]? {
        let bounds = [0] + cuts(utf8, pieces: count) + [utf8.count]
        guard bounds.count > 2 else { return nil }
        return zip(bounds, bounds.dropFirst()).map { $0..<$1 }
    }

    /// One piece of a document, read as one of ``SharedJobs``: its blocks, its link
    /// definitions, and, when it has neither definitions nor reference marks, its phase
    /// headings (by index in the piece), which stand if no other piece has any either.
    struct PieceScan: Sendable {
        let range: Range<Int>
        /// Its blocks, their lines numbered from 1 at the piece's first line.
        var blocks: [Block]
        let endsAtRest: Bool
        let lineFeeds: Int
        let definitions: [String: String]
        let phaseHeadings: PhaseHeadings?
        /// Whether the piece was read again, with the piece after it.
        var isMerged = false

        init(_ utf8: [UInt8], _ range: Range<Int>, isLast: Bool) {
            self.range = range
            let mayMentionReferenceMarks: Bool
            (blocks, endsAtRest, mayMentionReferenceMarks, lineFeeds) = classify(utf8, range)
            // A piece that does not end at rest is read again: nothing more to do.
            guard endsAtRest || isLast else {
                (definitions, phaseHeadings) = ([:], nil)
                return
            }
            definitions = ReferenceLinks.definitions(in: blocks)
            let unchangedByResolving = ReferenceLinks.leavesUnchanged(
                blocks, definitions: definitions, bytesMayMentionMarks: mayMentionReferenceMarks)
            phaseHeadings = unchangedByResolving ? ScannedDocument.phaseHeadings(in: blocks, offset: 0) : nil
        }
    }

    /// Where to cut a document's UTF-8 into up to `pieces` pieces, ascending: for each of the
    /// points that divide it into shrinking jobs (``SharedJobs/start(ofPart:of:in:)``; two
    /// pieces are halves), before the first ATX heading at or after it that follows a blank
    /// line (for the first point, or else the last one before it).
    static func cuts(_ utf8: [UInt8], pieces: Int) -> [Int] {
        var cuts: [Int] = []
        for piece in 1..<max(pieces, 1) {
            let target = SharedJobs.start(ofPart: piece, of: pieces, in: utf8.count)
            let from = max(target, (cuts.last ?? 0) + 1)
            if let cut = firstCut(in: utf8, from: from) {
                cuts.append(cut)
            } else if cuts.isEmpty, let cut = lastCut(in: utf8, before: target) {
                cuts.append(cut)
            } else {
                break
            }
        }
        return cuts
    }

    /// The first cut at or after `start` before a heading of level 2 or more, if there is one
    /// within ``levelTwoReach`` bytes; else the first cut. A `# ` line is as often a comment in
    /// a shell or Python block, where a cut leaves the piece before it inside the fence.
    private static func firstCut(in utf8: [UInt8], from start: Int) -> Int? {
        utf8.withUnsafeBufferPointer { bytes in
            var first: Int?
            var index = start
            while index < bytes.count, let hash = UTF8Bytes.firstIndex(of: UInt8(ascii: "#"), in: bytes, from: index) {
                if let first, hash - first > levelTwoReach { return first }
                if isCut(hash, in: bytes) {
                    if hash + 1 < bytes.count, bytes[hash + 1] == UInt8(ascii: "#") { return hash }
                    first = first ?? hash
                }
                index = hash + 1
            }
            return first
        }
    }

    /// 64 KiB: how far past a cut before a `# ` heading one before a `## ` heading is looked for.
    static let levelTwoReach = 64 << 10

    /// The last cut before `end`.
    private static func lastCut(in utf8: [UInt8], before end: Int) -> Int? {
        utf8.withUnsafeBufferPointer { bytes in
            var index = end
            while index > 2 {
                index -= 1
                if bytes[index] == UInt8(ascii: "#"), isCut(index, in: bytes) { return index }
            }
            return nil
        }
    }

    /// Whether a document can be cut before the `#` at `index`: it starts an ATX heading after
    /// a blank line.
    private static func isCut(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index >= 2, bytes[index] == UInt8(ascii: "#"), bytes[index - 1] == UInt8(ascii: "\n") else { return false }
        let blankBefore = bytes[index - 2] == UInt8(ascii: "\n")
            || (index >= 3 && bytes[index - 2] == UInt8(ascii: "\r") && bytes[index - 3] == UInt8(ascii: "\n"))
        guard blankBefore else { return false }
        let end = UTF8Bytes.firstIndex(of: UInt8(ascii: "\n"), in: bytes, from: index) ?? bytes.count
        return bytes[index..<end].atxHeading != nil
    }
}
