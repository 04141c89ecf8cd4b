/// The first pass over a whole document: its text repaired, its lines classified into
/// ``Block``s, reference links resolved, and each heading read once as a possible phase
/// heading.
///
/// A document of ``halvingThreshold`` bytes or more is read in two halves at once, split
/// before an ATX heading that follows a blank line near the middle. The halves give exactly
/// the blocks one reading gives: the first half has to end at rest (outside code fences,
/// front matter, paragraphs and tables), or the document is read again in one piece.
struct ScannedDocument {
    private(set) var blocks: BlockList
    /// Each heading that reads as a phase heading, by block index.
    private(set) var phaseHeadings: PhaseHeadings
    /// Links without a target, found while resolving reference links.
    private(set) var warnings: [ParseWarning]

    /// 256 KiB: twenty times the largest bundled roadmap. Below it a second thread is not
    /// worth starting.
    static let halvingThreshold = 256 << 10

    /// Reads a document's well-formed UTF-8, in two halves when it has `threshold` bytes or more.
    static func scan(_ utf8: [UInt8], halvingFrom threshold: Int = halvingThreshold) -> ScannedDocument {
        if utf8.count >= threshold, let document = scanInHalves(utf8) { return document }
        let scanned = classify(utf8, 0..<utf8.count, firstLine: 1)
        let (blocks, warnings) = ReferenceLinks.resolve(scanned.blocks, bytesMayMentionMarks: scanned.mayMentionReferenceMarks)
        return ScannedDocument(blocks: BlockList(blocks), phaseHeadings: phaseHeadings(in: blocks, offset: 0), warnings: warnings)
    }

    /// The blocks of `utf8[range]` repaired, and whether the repaired bytes may hold a
    /// reference mark (``ReferenceLinks/mentionsReferenceMarks(inText:)``): the bytes as read
    /// hold every mark that repair does not make, and the lines repaired, where repair can
    /// make one (`]`, a control, `[`), are checked as they are made. (The second half starts with a heading, so it cannot open front matter as a
    /// document's first line can.)
    private static func classify(_ utf8: [UInt8], _ range: Range<Int>, firstLine: Int)
        -> (blocks: [Block], endsAtRest: Bool, mayMentionReferenceMarks: Bool)
    {
        utf8.withUnsafeBufferPointer { whole in
            let part = UnsafeBufferPointer(rebasing: whole[range])
            let scanned = LineScanner.scan(part, firstLine: firstLine, repairing: true)
            let mayMention = scanned.repairsMentionReferenceMarks || ReferenceLinks.mentionsReferenceMarks(inText: part)
            return (scanned.blocks, scanned.endsAtRest, mayMention)
        }
    }

    /// The phase headings among `blocks`, keyed by index plus `offset`.
    private static func phaseHeadings(in blocks: [Block], offset: Int) -> PhaseHeadings {
        var headings = PhaseHeadings()
        for (index, block) in blocks.enumerated() {
            if case .heading(_, let text, _) = block, let heading = PhaseHeading(text) { headings.append(heading, at: offset + index) }
        }
        return headings
    }

    /// The document read as two halves, one on another thread; nil when it has no place to
    /// split or the first half does not end at rest.
    private static func scanInHalves(_ utf8: [UInt8]) -> ScannedDocument? {
        guard let cut = split(utf8) else { return nil }
        // The second half's first line number is counted on its thread, while this one reads
        // the first half.
        let tailJob = Background(onThread: true) { HalfScan(utf8, cut..<utf8.count, firstLine: lineNumber(at: cut, in: utf8)) }
        let head = HalfScan(utf8, 0..<cut, firstLine: 1)
        guard head.endsAtRest, let tail = try? tailJob.value() else { return nil }

        if let headHeadings = head.phaseHeadings, let tailHeadings = tail.phaseHeadings {
            // No links to resolve anywhere (most documents): the phase headings each half read
            // stand, and the document is ready without a second round of threads.
            var headings = headHeadings
            headings.append(contentsOf: tailHeadings, offset: head.blocks.count)
            return ScannedDocument(blocks: BlockList(head.blocks, then: tail.blocks), phaseHeadings: headings, warnings: [])
        }

        // Definitions anywhere count for links anywhere, so they are gathered before either
        // half is resolved.
        var definitions = head.definitions
        for (label, url) in tail.definitions where definitions[label] == nil {
            definitions[label] = url
        }
        let offset = head.blocks.count
        let tailBlocks = tail.blocks
        let tailRead = Background(onThread: true) { [definitions] in
            let (blocks, warnings) = ReferenceLinks.resolve(tailBlocks, definitions: definitions)
            return (blocks, warnings, phaseHeadings(in: blocks, offset: offset))
        }
        var (blocks, warnings) = ReferenceLinks.resolve(head.blocks, definitions: definitions)
        var headings = phaseHeadings(in: blocks, offset: 0)
        guard let (moreBlocks, moreWarnings, moreHeadings) = try? tailRead.value() else { return nil }
        warnings += moreWarnings
        headings.append(contentsOf: moreHeadings, offset: 0)
        return ScannedDocument(blocks: BlockList(blocks, then: moreBlocks), phaseHeadings: headings, warnings: warnings)
    }

    /// One half of a document read on its own thread: its blocks, its link definitions, and,
    /// when it has neither definitions nor reference marks, its phase headings (by index in
    /// the half), which stand if the other half has none either.
    private struct HalfScan: Sendable {
        let blocks: [Block]
        let endsAtRest: Bool
        let definitions: [String: String]
        let phaseHeadings: PhaseHeadings?

        init(_ utf8: [UInt8], _ range: Range<Int>, firstLine: Int) {
            let mayMentionReferenceMarks: Bool
            (blocks, endsAtRest, mayMentionReferenceMarks) = classify(utf8, range, firstLine: firstLine)
            // A first half that does not end at rest is read again whole: nothing more to do.
            guard endsAtRest || range.lowerBound > 0 else {
                (definitions, phaseHeadings) = ([:], nil)
                return
            }
            definitions = ReferenceLinks.definitions(in: blocks)
            let unchangedByResolving = ReferenceLinks.leavesUnchanged(
                blocks, definitions: definitions, bytesMayMentionMarks: mayMentionReferenceMarks)
            phaseHeadings = unchangedByResolving ? ScannedDocument.phaseHeadings(in: blocks, offset: 0) : nil
        }
    }

    /// Where to cut a document's UTF-8: before the first ATX heading at or after its middle (or
    /// else the last one before it) that follows a blank line.
    static func split(_ utf8: [UInt8]) -> Int? {
        utf8.withUnsafeBufferPointer { bytes in
            let middle = bytes.count / 2
            func isCut(_ index: Int) -> Bool {
                guard index >= 2, bytes[index] == UInt8(ascii: "#"), bytes[index - 1] == UInt8(ascii: "\n") else { return false }
                let blankBefore = bytes[index - 2] == UInt8(ascii: "\n")
                    || (index >= 3 && bytes[index - 2] == UInt8(ascii: "\r") && bytes[index - 3] == UInt8(ascii: "\n"))
                guard blankBefore else { return false }
                let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                return bytes[index..<end].atxHeading != nil
            }
            var cut: Int?
            var index = middle
            while cut == nil, let hash = bytes[index...].firstIndex(of: UInt8(ascii: "#")) {
                if isCut(hash) { cut = hash }
                index = hash + 1
            }
            index = middle
            while cut == nil, index > 2 {
                index -= 1
                if bytes[index] == UInt8(ascii: "#"), isCut(index) { cut = index }
            }
            return cut
        }
    }

    /// The number of the line that starts at byte `offset`.
    static func lineNumber(at offset: Int, in utf8: [UInt8]) -> Int {
        utf8.withUnsafeBufferPointer { UTF8Bytes.count(of: UInt8(ascii: "\n"), in: UnsafeBufferPointer(rebasing: $0[..<offset])) + 1 }
    }
}
