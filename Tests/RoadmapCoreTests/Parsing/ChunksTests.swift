import Foundation
import Testing
import TestSupport

@testable import RoadmapCore

/// A large document is read by two threads, each piece read into phases as soon as it is
/// scanned (``RoadmapBuilder/readInPipeline(_:pieceBytes:collectingWarnings:)``); or, when
/// that cannot be done, in pieces for the first pass (``ScannedDocument``) and chunks for the
/// second (``RoadmapBuilder/readBlocksInChunks(blocksPerChunk:)``). Its phases are made in two
/// halves. Whatever the document, and however finely it is cut, each way must give the roadmap
/// and warnings one reading gives.
@Suite struct ChunksTests {
    /// The ways of cutting every document checked: in two (pieces and chunks as large as can
    /// be), and in as many as the limits allow (16 pieces and 32 chunks, which in these
    /// documents is a piece or chunk every few headings); each piece by piece as scanned, and
    /// in two passes.
    static let cuttings: [(pieceBytes: Int, blocksPerChunk: Int, inPipeline: Bool)] = [
        (.max, .max, true), (1, 1, true), (.max, .max, false), (1, 1, false),
    ]

    /// The roadmap and warnings from one reading, and from each of ``cuttings`` (every size
    /// cut).
    static func readings(_ bytes: [UInt8]) -> (whole: Result<(Roadmap, [ParseWarning]), RoadmapError>,
                                                cut: [Result<(Roadmap, [ParseWarning]), RoadmapError>]) {
        let source = RoadmapSource(id: "doc", fileName: "doc.md", bytes: bytes)
        let whole = Result { () throws(RoadmapError) in try RoadmapBuilder.build(source, inParallelFrom: .max) }
        let cut = cuttings.map { cutting in
            Result { () throws(RoadmapError) in
                try RoadmapBuilder.build(
                    source, inParallelFrom: 0, pieceBytes: cutting.pieceBytes, blocksPerChunk: cutting.blocksPerChunk,
                    inPipeline: cutting.inPipeline, finishingOnTwoThreadsFrom: 0)
            }
        }
        return (whole, cut)
    }

    static func expectSameReading(_ bytes: [UInt8], _ comment: Comment, sourceLocation: SourceLocation = #_sourceLocation) {
        let (whole, cut) = readings(bytes)
        for (cutting, reading) in zip(cuttings, cut) {
            let comment: Comment = "\(comment), cut \(cutting)"
            switch (whole, reading) {
            case (.success(let one), .success(let two)):
                #expect(one.0 == two.0, comment, sourceLocation: sourceLocation)
                #expect(one.1 == two.1, comment, sourceLocation: sourceLocation)
            case (.failure(let one), .failure(let two)):
                #expect(one == two, comment, sourceLocation: sourceLocation)
            default:
                Issue.record("one reading failed and the other did not: \(comment)", sourceLocation: sourceLocation)
            }
        }
    }

    static let fixtureNames = ["bold-weeks", "code-and-front-matter", "estimates", "html-emoji", "links", "mixed-levels",
                               "overview-wrapped", "tables", "task-list", "unnumbered-sections"]

    static func bundledBytes() throws -> [[UInt8]] {
        try TestFiles.bundledIDs.map { try [UInt8](Data(contentsOf: TestFiles.packageFolder.appending(path: "Roadmaps/\($0).md"))) }
    }

    @Test func everyBundledRoadmapAndFixtureReadsTheSameInChunks() throws {
        for (id, bytes) in zip(TestFiles.bundledIDs, try Self.bundledBytes()) {
            Self.expectSameReading(bytes, "\(id)")
        }
        for name in Self.fixtureNames {
            let bytes = try [UInt8](Data(contentsOf: TestFiles.testsFolder.appending(path: "Fixtures/\(name).md")))
            Self.expectSameReading(bytes, "\(name)")
        }
    }

    /// The benchmark's input: the roadmaps one after another, repeated. Phases of the same
    /// month or week merge across chunks, and both passes really are cut.
    @Test func concatenatedRoadmapsSplitAndReadTheSame() throws {
        let unit = try Self.bundledBytes().joined(separator: Array("\n\n".utf8)) + Array("\n\n".utf8)
        let bytes = Array([[UInt8]](repeating: Array(unit), count: 3).joined())
        let split = try #require(ScannedDocument.cuts(bytes, pieces: 2).first)
        #expect(bytes[..<split].withUnsafeBufferPointer { LineScanner.scan($0).endsAtRest })
        #expect(ScannedDocument.cuts(bytes, pieces: 8).count == 7)
        let builder = RoadmapBuilder(ScannedDocument.scan(bytes, inParallelFrom: .max))
        #expect(builder.phaseStarts(dividingInto: 8).count == 7)
        Self.expectSameReading(bytes, "three copies of the bundled roadmaps")
    }

    /// Read piece by piece, the benchmark's input needs no second pass: its first piece, which
    /// holds every roadmap at least once, has the document's phase level, and it has no
    /// reference links.
    @Test func concatenatedRoadmapsAreReadPieceByPiece() throws {
        let unit = try Self.bundledBytes().joined(separator: Array("\n\n".utf8)) + Array("\n\n".utf8)
        let bytes = Array([[UInt8]](repeating: Array(unit), count: 8).joined())
        #expect(RoadmapBuilder.readInPipeline(bytes, pieceBytes: bytes.count / 4, collectingWarnings: true) != nil)
    }

    /// Where reading piece by piece cannot give what one reading gives, it gives up, and the
    /// document is read in two passes: the first piece's phase level is not the document's
    /// (three long `## Week` sections, then many `### Day` ones), or a reference link needs a
    /// definition in another piece (a footnote's definition counts).
    @Test(arguments: [
        (1...3).map { "\n## Week \($0)\n- " + String(repeating: "long item ", count: 30) + "\n" }.joined()
            + (1...60).map { "\n### Day \($0)\n- item \($0)\n" }.joined(),
        "# Plan\n\n[guide]: https://example.org\n\n## Phase 1\n- a\n" + (2...40).map { "\n## Phase \($0)\n- see [guide]\n" }.joined(),
        "# Plan\n\n" + (1...40).map { "\n## Phase \($0)\n- topic \($0)\n" }.joined() + "\nSee the note[^1].\n\n[^1]: from a course\n",
    ])
    func piecesThatCannotBeReadAloneAreReadInTwoPasses(text: String) throws {
        let bytes = Array(text.utf8)
        #expect(ScannedDocument.cuts(bytes, pieces: 16).count > 2)
        #expect(RoadmapBuilder.readInPipeline(bytes, pieceBytes: 1, collectingWarnings: true) == nil)
        Self.expectSameReading(bytes, "\(text.prefix(40))")
    }

    /// A piece that ends inside a fence is read again with the piece after it; when the two
    /// still end inside one (fences across cut after cut), the document is read in two passes.
    /// Either way it reads as one reading does. A `# ` line in a fence is a comment more often
    /// than a heading, so cuts go before `##` headings where there are some.
    @Test(arguments: [
        "# Plan\n\n" + (1...20).map { "\n## Phase \($0)\n- topic \($0)\n\n```bash\n" + String(repeating: "\n## step\nrun\n", count: 8) + "```\n" }.joined(),
        "# Plan\n\n## Phase 1\n```\n" + (2...40).map { "\n## Phase \($0)\n- in code\n" }.joined() + "```\n",
    ])
    func aFenceAcrossACutIsReadAgainWithThePiecesAfterIt(text: String) throws {
        let bytes = Array(text.utf8)
        let cuts = ScannedDocument.cuts(bytes, pieces: 16)
        #expect(cuts.count > 2)
        #expect(cuts.contains { !bytes[..<$0].withUnsafeBufferPointer { LineScanner.scan($0).endsAtRest } })
        Self.expectSameReading(bytes, "\(text.prefix(40))")
    }

    /// Cuts go before a `##` heading rather than a `# ` one within reach: in a plan whose shell
    /// blocks hold `# ` comments, no cut falls inside a block.
    @Test func cutsPreferHeadingsOfLevelTwo() {
        let text = "# Plan\n\n" + (1...20).map { "\n## Phase \($0)\n- topic \($0)\n\n```bash\n" + String(repeating: "\n# step\nrun\n", count: 8) + "```\n" }.joined()
            + "\n## Phase 21\n- last\n"
        let bytes = Array(text.utf8)
        let cuts = ScannedDocument.cuts(bytes, pieces: 16)
        #expect(cuts.count > 8)
        #expect(cuts.allSatisfy { bytes[$0...].starts(with: "## Phase".utf8) })
        #expect(RoadmapBuilder.readInPipeline(bytes, pieceBytes: 1, collectingWarnings: true) != nil)
        Self.expectSameReading(bytes, "shell comments")
    }

    /// What comes before a piece's first phase heading continues the piece before it: here a
    /// tips section left out, whose subsections fall in the next piece, stay left out.
    @Test func aPieceContinuesTheSectionThePieceBeforeItEnded() throws {
        let phases = (1...30).map { "## Phase \($0)\n- topic \($0)\n" }.joined(separator: "\n")
        let text = "# Plan\n\n\(phases)\n## Useful tips\n\n### Sleep well\n- rest\n\n### Take breaks\n- walk\n\n## Phase 31\n- last\n"
        let bytes = Array(text.utf8)
        let read = try #require(RoadmapBuilder.readInPipeline(bytes, pieceBytes: 1, collectingWarnings: true))
        #expect(read.phases.count == 31)
        #expect(!read.phases.contains { $0.topics.contains { $0.title == "Sleep well" || $0.title == "Take breaks" } })
        Self.expectSameReading(bytes, "tips between phases")
    }

    /// The blocks are cut for reading at the phase heading nearest the middle line, not the
    /// middle block: fifty one-line items weigh less than two hundred lines of paragraph.
    @Test func blocksSplitAtThePhaseNearestTheMiddleLine() throws {
        let items = (1...50).map { "- item \($0)" }.joined(separator: "\n")
        let short = (1...50).map { "line \($0) of a paragraph" }.joined(separator: "\n")
        let long = (1...200).map { "line \($0) of a longer paragraph" }.joined(separator: "\n")
        let text = "# Plan\n## Phase 1: A\n\(items)\n## Phase 2: B\n\(short)\n## Phase 3: C\n\(long)\n- last\n"
        let builder = RoadmapBuilder(ScannedDocument.scan(Array(text.utf8), inParallelFrom: .max))
        let starts = builder.phaseStarts(dividingInto: 2)
        #expect(starts.map { builder.blocks[$0] } == [.heading(level: 2, text: "Phase 3: C", line: 104)])
    }

    /// Cut in more chunks, each starts at the phase heading nearest one of the lines that divide
    /// the document into shrinking parts; a heading nearest two of them starts one chunk, and
    /// the first block never starts one.
    @Test(arguments: [
        (2, ["Phase 3"]),
        (4, ["Phase 3", "Phase 4"]),
        (8, ["Phase 2", "Phase 3", "Phase 4"]),
    ])
    func chunksStartAtThePhasesNearestEvenlySpacedLines(count: Int, starts: [String]) throws {
        let phases = (1...4).map { "## Phase \($0)\n" + (1...20).map { "- item \($0)" }.joined(separator: "\n") }
        let text = phases.joined(separator: "\n")
        let builder = RoadmapBuilder(ScannedDocument.scan(Array(text.utf8), inParallelFrom: .max))
        let titles = builder.phaseStarts(dividingInto: count).map { index -> String in
            guard case .heading(_, let text, _) = builder.blocks[index] else { return "not a heading" }
            return text
        }
        #expect(titles == starts)
    }

    @Test(arguments: [
        // The split falls before the heading after the middle that follows a blank line.
        ("# T\n\n## Phase 1\n- a\n\n## Phase 2\n- b\n", "## Phase 2", 6),
        ("# T\r\n\r\n## Phase 1\r\n- a\r\n\r\n## Phase 2\r\n- b\r\n", "## Phase 2", 6),
        // None after the middle: the last one before it.
        ("# T\n\n## Phase 1\n- a long item, longer than the rest of the document\n- b\n", "## Phase 1", 3),
    ])
    func splitFallsBeforeAHeadingAfterABlankLine(text: String, tailStart: String, line: Int) throws {
        let bytes = Array(text.utf8)
        let cut = try #require(ScannedDocument.cuts(bytes, pieces: 2).first)
        #expect(bytes[cut...].starts(with: tailStart.utf8))
        #expect(bytes[..<cut].filter { $0 == UInt8(ascii: "\n") }.count + 1 == line)
    }

    @Test(arguments: ["no headings at all\n\njust text\n", "# Only a title\n", "## A\n## B\n#hashtag\n"])
    func noSplitWithoutAHeadingAfterABlankLine(text: String) {
        #expect(ScannedDocument.cuts(Array(text.utf8), pieces: 2).first == nil)
    }

    /// A fence open across a cut: the piece after it would read its code as headings, so the
    /// two pieces are read again as one.
    @Test func aFenceAcrossTheSplitIsReadInOnePiece() {
        let text = "# Plan\n\n## Phase 1\n- a\n\n```\n\n## Phase 7: Not a phase\n- not a topic\n```\n\n## Phase 2\n- b\n"
        let bytes = Array(text.utf8)
        Self.expectSameReading(bytes, "fence")
        for reading in Self.readings(bytes).cut {
            guard case .success(let (roadmap, _)) = reading else {
                Issue.record("did not parse")
                continue
            }
            #expect(roadmap.phases.map(\.title) == ["Phase 1", "Phase 2"])
        }
    }

    /// A fence open across many cuts: the pieces inside it are read again with the rest of
    /// the document, and the headings in the fence stay code.
    @Test func aFenceAcrossManyCutsIsReadAsCode() throws {
        let phases = (1...6).map { "## Phase \($0)\n- topic \($0)\n" }
        let fenced = (1...12).map { "\n## comment \($0)\n" }.joined()
        let text = "# Plan\n\n" + phases[0] + "\n```\n" + fenced + "```\n\n" + phases[1...].joined(separator: "\n")
        let bytes = Array(text.utf8)
        #expect(ScannedDocument.cuts(bytes, pieces: 16).count > 8)
        Self.expectSameReading(bytes, "fence across many cuts")
        guard case .success(let (roadmap, _)) = Self.readings(bytes).cut[1] else {
            Issue.record("did not parse")
            return
        }
        #expect(roadmap.phases.map(\.title) == (1...6).map { "Phase \($0)" })
    }

    /// A definition in one piece resolves links in another, headings included: the pieces
    /// then take the round that resolves links before the reading (documents without links
    /// skip it: the bundled roadmaps and most fixtures above).
    @Test func definitionsInOneHalfResolveLinksInTheOther() throws {
        let (roadmap, _) = try Self.halvesReading(
            preamble: "[guide]: https://example.org/guide\n\n", secondPhase: "## Phase 2: [Guide]\n- Read the [guide]\n")
        #expect(roadmap.phases.last?.topics.first?.resources.map(\.url) == ["https://example.org/guide"])
    }

    /// Each piece looks for `][` and `]()` in its bytes once repaired, not as read: removing a
    /// control character can bring `]` and `()` together, and the link then has no target.
    @Test func aReferenceMarkMadeByRepairIsStillFound() throws {
        let (_, warnings) = try Self.halvesReading(secondPhase: "## Phase 2: More\n- Read [the guide]\u{07}() first\n")
        #expect(warnings.map(\.message) == ["a link without a target: Read the guide first"])
    }

    /// A plan whose first phase fills its first half, so that `secondPhase` starts the second:
    /// read in halves, after checking that reading it whole, or cut finely, gives the same.
    private static func halvesReading(preamble: String = "", secondPhase: String) throws -> (Roadmap, [ParseWarning]) {
        let filler = (1...400).map { "- item \($0) of the first phase, long enough to fill half" }.joined(separator: "\n")
        let bytes = Array("# Plan\n\n\(preamble)## Phase 1: Start\n\(filler)\n\n\(secondPhase)".utf8)
        let cut = try #require(ScannedDocument.cuts(bytes, pieces: 2).first)
        #expect(bytes[cut...].starts(with: "## Phase 2".utf8))
        expectSameReading(bytes, "\(secondPhase)")
        return try readings(bytes).cut[0].get()
    }

    /// Seeded mutations of concatenated roadmaps, with fences, front matter, tables and
    /// reference links dropped in anywhere.
    @Test(arguments: [11, 12, 13] as [UInt64])
    func mutatedDocumentsReadTheSameInChunks(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let originals = try Self.bundledBytes()
        let tokens: [[UInt8]] = ["\n", "\n\n## Phase 3: Merge (2 weeks)\n", "\n\n# Title\n", "**", "- ", "  - ", "```\n", "---\n",
                                 "| Month | Topics |\n|---|---|\n| 1 | a<br>b |\n", "[a]: http://b\n", "[x][a]", "\n\n## Week 1\n- x\n",
                                 "**Goals:** learn\n", "Ã©", "\r\n", "(4 weeks)"].map { Array($0.utf8) }
        for _ in 0..<60 {
            var bytes: [UInt8] = []
            for _ in 0..<(2 + random.next() % 3) {
                let original = originals[Int(random.next() % UInt64(originals.count))]
                let start = Int(random.next() % UInt64(original.count))
                bytes += original[start..<min(original.count, start + 500 + Int(random.next() % 4_000))]
                bytes += Array("\n\n".utf8)
            }
            for _ in 0..<(1 + random.next() % 6) {
                let position = Int(random.next() % UInt64(bytes.count))
                bytes.insert(contentsOf: tokens[Int(random.next() % UInt64(tokens.count))], at: position)
            }
            Self.expectSameReading(bytes, "seed \(seed)")
        }
    }
}
