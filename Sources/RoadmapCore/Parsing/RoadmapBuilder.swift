/// The second parsing pass: reads a roadmap's meaning from classified ``Block``s.
///
/// It finds the heading level that carries the plan (the level with the most
/// `Phase N`/`Week N`/`Step N` headings, bold one-line paragraphs counting as a level
/// below `######`), turns each such heading into a phase and what follows into topics,
/// subtopics and resources, and merges a summary table with the sections that detail it.
/// Sections that are not study steps (tips, resource lists, summaries) are left out.
struct RoadmapBuilder {
    /// The blocks this builder reads; ``readBlocksInChunks(blocksPerChunk:)`` hands each chunk
    /// to another builder and lets go of them all once read.
    var blocks: BlockList
    let phaseLevel: Int?
    /// The stage word of the phase headings (`week`); headings with it start phases at any
    /// level, so a document that mixes levels still reads as one plan.
    let phaseKeyword: String?
    /// Each heading read as a phase heading (nil when it is not one), by block index, read
    /// once by the scan (which tallies them for choosing the phase level) and found again for
    /// building; let go of with the blocks.
    var phaseHeadings: PhaseHeadings

    /// What could not be placed, with line numbers, for `roadmap lint`.
    var warnings: [ParseWarning] = []
    /// False when nobody reads the warnings (``RoadmapParser/parse(_:)``): then none are
    /// written, which spares a large document thousands of messages.
    var collectsWarnings = true
    var metadataTitle: String?
    var phaseIndexByPeriod: [String: Int] = [:]

    var phases: [DraftPhase] = []
    var context = Context.intro
    var section: (role: SectionRole, level: Int)?
    var topic: (index: Int, level: Int)?
    var pendingItems: [ListItemLine] = []

    var title: String?
    /// The line of the heading read as the title, while nothing but its own text has followed
    /// it: a list there is told apart in the warning.
    var titleLine: Int?
    var statedEstimate: TimeEstimate?
    var introEstimate: TimeEstimate?

    enum Context: Equatable {
        case intro, phase, container, ignored, estimate
    }

    init(_ document: ScannedDocument) {
        blocks = document.blocks
        warnings = document.warnings
        phaseHeadings = document.phaseHeadings
        (phaseLevel, phaseKeyword) = Self.phaseLevel(in: blocks, phaseHeadings: phaseHeadings)
    }

    /// A builder for `blocks` whose phase level and stage word are known already.
    init(_ blocks: BlockList, phaseHeadings: PhaseHeadings, phaseLevel: Int, phaseKeyword: String) {
        self.blocks = blocks
        self.phaseHeadings = phaseHeadings
        self.phaseLevel = phaseLevel
        self.phaseKeyword = phaseKeyword
    }

    /// Builds the roadmap and the warnings for what could not be placed, or throws when the
    /// document holds no phases. A document of `threshold` bytes or more is read by two
    /// threads in pieces of about `pieceBytes`, each piece read into phases as soon as it is
    /// scanned (``readInPipeline(_:pieceBytes:collectingWarnings:)``); when that cannot be done,
    /// or without `inPipeline`, in pieces for the first pass (``ScannedDocument``) and then
    /// chunks of about `blocksPerChunk` for the second (``readBlocksInChunks(blocksPerChunk:)``).
    /// Whatever its size, a roadmap's phases are made on two threads when they hold
    /// `finishTopics` topics or more (``finish(onTwoThreadsFrom:)``).
    static func build(
        _ source: RoadmapSource, inParallelFrom threshold: Int = ScannedDocument.parallelThreshold,
        pieceBytes: Int = ScannedDocument.pieceBytes, blocksPerChunk: Int = chunkBlocks, inPipeline: Bool = true,
        finishingOnTwoThreadsFrom finishTopics: Int = twoThreadFinishTopics, collectingWarnings: Bool = true
    ) throws(RoadmapError) -> (Roadmap, [ParseWarning]) {
        let utf8 = source.utf8
        guard utf8.count <= RoadmapParser.maximumBytes else {
            throw .tooLarge(file: source.fileName, bytes: utf8.count, limit: RoadmapParser.maximumBytes)
        }
        var builder: RoadmapBuilder
        if utf8.count >= threshold {
            HeapGrowth.useLargeSteps()
            HeapGrowth.adviseHugePagesOnThisThread(forDocumentOf: utf8.count)
        }
        if utf8.count >= threshold, inPipeline,
            let read = readInPipeline(utf8, pieceBytes: pieceBytes, collectingWarnings: collectingWarnings)
        {
            builder = read
        } else {
            builder = RoadmapBuilder(ScannedDocument.scan(utf8, inParallelFrom: threshold, pieceBytes: pieceBytes))
            builder.collectsWarnings = collectingWarnings
            if utf8.count >= threshold {
                builder.readBlocksInChunks(blocksPerChunk: blocksPerChunk)
            } else {
                builder.readBlocks(builder.blocks.indices)
            }
        }
        guard !builder.phases.isEmpty else { throw .noPhases(file: source.fileName) }
        let phases = builder.finish(onTwoThreadsFrom: finishTopics)
        let roadmap = Roadmap(
            id: source.id,
            title: builder.title ?? builder.metadataTitle ?? source.id,
            estimate: builder.statedEstimate ?? builder.introEstimate ?? Self.sum(of: phases),
            phases: phases
        )
        return (roadmap, builder.warnings.sorted { $0.line < $1.line })
    }

    // MARK: - Choosing the phase level

    /// The heading level with the most phase headings (ties go to the higher level, the smaller
    /// number) and their most common stage word (ties go to the word that sorts first). When
    /// no heading names a stage, the level with the most study sections below the title, and
    /// no stage word.
    static func phaseLevel(in blocks: BlockList, phaseHeadings: PhaseHeadings) -> (level: Int?, keyword: String?) {
        // Counted as the headings were read (on two threads, for a large document).
        if let (level, keyword) = phaseHeadings.tally.mostUsed { return (level, keyword) }
        var sections: [Int: Int] = [:]
        var firstHeading = true
        for case .heading(let level, let text, _) in blocks {
            defer { firstHeading = false }
            let clean = Title.clean(text)
            if !firstHeading, !SectionRole.isNonStudySection(clean), SectionRole(cleanLabel: clean) == nil {
                sections[level, default: 0] += 1
            }
        }
        return (sections.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key, nil)
    }

    // MARK: - Walking the blocks

    mutating func readBlocks(_ range: Range<Int>) {
        // Read from a copy of the list (sharing its blocks), so that reading may change this builder.
        let list = blocks
        list.forEach(in: range) { index, block in
            if case .listItem(let indent, let text, let checked, let line) = block {
                pendingItems.append(ListItemLine(indent: indent, text: text, checked: checked, line: line))
                return
            }
            flushList()
            switch block {
            case .heading(let level, let text, let line): readHeading(level: level, text: text, line: line, heading: phaseHeadings[index])
            case .paragraph(let text, let line): readParagraph(text, line: line)
            case .table(let header, let rows, let line): readTable(header: header, rows: rows, line: line)
            case .metadataTitle(let title, _): metadataTitle = metadataTitle ?? title
            case .listItem, .linkDefinition: break
            }
        }
        flushList()
    }

    private mutating func readHeading(level: Int, text: String, line: Int, heading: PhaseHeading?) {
        let clean = heading?.clean ?? Title.clean(text)
        titleLine = nil
        if title == nil, phases.isEmpty, level < Block.boldHeadingLevel, heading == nil || phaseLevel != level,
            phaseKeyword == nil || !SectionRole.isTableOfContents(clean)
        {
            // The document's title: the first real heading that does not start a phase. In a
            // plan of numbered phases, a table of contents is none.
            title = clean
            titleLine = line
            return
        }
        guard let phaseLevel else { return }
        if let heading, level == phaseLevel || (heading.keyword == phaseKeyword && level < Block.boldHeadingLevel) {
            if collectsWarnings, heading.estimate == nil, Self.mentionsTime(clean) {
                warn(line: line, "could not read an estimate in \"\(clean)\"")
            }
            startPhase(DraftPhase(title: heading.title, line: line, periodKey: heading.periodKey, estimate: heading.estimate,
                                  isOptional: heading.isOptional))
            return
        }
        if level <= phaseLevel {
            readSectionHeading(level: level, clean: clean, line: line)
            return
        }
        guard context == .phase else { return }
        readHeadingInsidePhase(level: level, text: text, clean: clean, line: line)
    }

    /// A heading at or above the phase level that does not start a numbered phase.
    private mutating func readSectionHeading(level: Int, clean: String, line: Int) {
        section = nil
        topic = nil
        if SectionRole(cleanLabel: clean) == .estimate || clean.lowercasedText.hasPrefix("time estimat") {
            context = .estimate
        } else if SectionRole.isNonStudySection(clean) {
            context = .ignored
        } else if level == phaseLevel, !phases.isEmpty || phaseKeyword == nil {
            // A study section without a stage number: after numbered phases ("Additional
            // skills"), or every section of a plan that numbers none ("## Basics").
            let lower = clean.lowercasedText
            let optional = ["additional", "optional", "bonus", "extra"].contains { lower.firstByteRange(of: $0) != nil }
            let estimate = EstimateReader.estimate(in: clean)
            startPhase(DraftPhase(title: Title.removingNumbering(PhaseHeading.removingEstimate(clean, estimate: estimate)), line: line,
                                  estimate: estimate, isOptional: optional))
        } else {
            context = phases.isEmpty ? .intro : .container
        }
    }

    private mutating func readHeadingInsidePhase(level: Int, text: String, clean: String, line: Int) {
        let role = SectionRole(cleanLabel: clean) ?? (Title.isLabel(text) ? .topics(.study) : nil)
        if let current = topic, level > current.level {
            if let role {
                section = (role, level)
            } else {
                phases[currentPhaseIndex].updateTopic(at: current.index) { $0.addSubtopic(clean) }
            }
            return
        }
        if let current = section, level <= current.level { section = nil }
        if let role {
            section = (role, level)
            topic = nil
            return
        }
        var kind = Topic.Kind.study
        if case .topics(let sectionKind)? = section?.role { kind = sectionKind }
        let draft = DraftTopic(title: Title.removingNumbering(clean), kind: kind, line: line)
        if let index = phases[currentPhaseIndex].addTopic(draft) {
            topic = (index, level)
        }
    }

    mutating func startPhase(_ draft: DraftPhase) {
        context = .phase
        section = nil
        topic = nil
        if let key = draft.periodKey, let index = phaseIndexByPeriod[key] {
            phases[index].merge(draft)
            currentPhaseIndex = index
        } else {
            phases.append(draft)
            currentPhaseIndex = phases.count - 1
            if let key = draft.periodKey { phaseIndexByPeriod[key] = currentPhaseIndex }
        }
    }

    /// Whether a heading speaks of time, so an estimate in it was expected.
    private static func mentionsTime(_ text: String) -> Bool {
        let words = Set(TopicSlug.words(of: text))
        return !words.isDisjoint(with: ["week", "weeks", "month", "months", "day", "days", "hour", "hours", "year", "years"])
    }

    var currentPhaseIndex = 0

    /// Notes `message` for `line`, when warnings are collected.
    mutating func warn(line: Int, _ message: @autoclosure () -> String) {
        if collectsWarnings { warnings.append(ParseWarning(line: line, message: message())) }
    }
}
