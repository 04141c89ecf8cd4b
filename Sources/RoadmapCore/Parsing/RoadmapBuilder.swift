/// The second parsing pass: reads a roadmap's meaning from classified ``Block``s.
///
/// It finds the heading level that carries the plan (the level with the most
/// `Phase N`/`Week N`/`Step N` headings, bold one-line paragraphs counting as a level
/// below `######`), turns each such heading into a phase and what follows into topics,
/// subtopics and resources, and merges a summary table with the sections that detail it.
/// Sections that are not study steps (tips, resource lists, summaries) are left out.
struct RoadmapBuilder {
    private let blocks: [Block]
    private let phaseLevel: Int?

    private var phases: [DraftPhase] = []
    private var context = Context.intro
    private var section: (role: SectionRole, level: Int)?
    private var topic: (index: Int, level: Int)?
    private var pendingItems: [(indent: Int, text: String, checked: Bool?, line: Int)] = []

    private(set) var title: String?
    private var statedEstimate: TimeEstimate?
    private var introEstimate: TimeEstimate?

    private enum Context: Equatable {
        case intro, phase, container, ignored, estimate
    }

    init(blocks: [Block]) {
        self.blocks = blocks
        self.phaseLevel = Self.phaseLevel(in: blocks)
    }

    /// Builds the roadmap, or throws when the document holds no phases.
    static func build(_ source: RoadmapSource) throws(RoadmapError) -> Roadmap {
        let text = TextRepair.removingControlCharacters(TextRepair.repairingMojibake(source.text))
        var builder = RoadmapBuilder(blocks: LineScanner.blocks(in: text))
        builder.readBlocks()
        let drafts = builder.phases
        guard !drafts.isEmpty else { throw .noPhases(file: source.fileName) }
        let phases = Self.finish(drafts)
        return Roadmap(
            id: source.id,
            title: builder.title ?? source.id,
            estimate: builder.statedEstimate ?? builder.introEstimate ?? Self.sum(of: phases),
            phases: phases
        )
    }

    // MARK: - Choosing the phase level

    /// The heading level with the most phase headings; ties go to the higher level. When no
    /// heading names a stage, the level with the most study sections below the title.
    static func phaseLevel(in blocks: [Block]) -> Int? {
        var counts: [Int: Int] = [:]
        var sections: [Int: Int] = [:]
        var firstHeading = true
        for case .heading(let level, let text, _) in blocks {
            defer { firstHeading = false }
            if PhaseHeading(text) != nil { counts[level, default: 0] += 1 }
            if !firstHeading, !SectionRole.isNonStudySection(Title.clean(text)), SectionRole(label: text) == nil {
                sections[level, default: 0] += 1
            }
        }
        if let best = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) { return best.key }
        return sections.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key
    }

    // MARK: - Walking the blocks

    private mutating func readBlocks() {
        for block in blocks {
            if case .listItem(let indent, let text, let checked, let line) = block {
                pendingItems.append((indent, text, checked, line))
                continue
            }
            flushList()
            switch block {
            case .heading(let level, let text, let line): readHeading(level: level, text: text, line: line)
            case .paragraph(let text, _): readParagraph(text)
            case .table(let header, let rows, let line): readTable(header: header, rows: rows, line: line)
            case .listItem: break
            }
        }
        flushList()
    }

    private mutating func readHeading(level: Int, text: String, line: Int) {
        let clean = Title.clean(text)
        if title == nil, level < Block.boldHeadingLevel, PhaseHeading(text) == nil || phaseLevel != level {
            title = clean
            if level < (phaseLevel ?? 7) { return }
        }
        guard let phaseLevel else { return }
        if level == phaseLevel, let heading = PhaseHeading(text) {
            startPhase(DraftPhase(title: heading.title, line: line, periodKey: heading.periodKey, estimate: heading.estimate,
                                  isOptional: heading.isOptional))
            return
        }
        if level <= phaseLevel {
            readSectionHeading(level: level, clean: clean, text: text, line: line)
            return
        }
        guard context == .phase else { return }
        readHeadingInsidePhase(level: level, text: text, clean: clean, line: line)
    }

    /// A heading at or above the phase level that does not start a numbered phase.
    private mutating func readSectionHeading(level: Int, clean: String, text: String, line: Int) {
        section = nil
        topic = nil
        if SectionRole(label: text) == .estimate || clean.lowercased().hasPrefix("time estimat") {
            context = .estimate
        } else if SectionRole.isNonStudySection(clean) {
            context = .ignored
        } else if level == phaseLevel, !phases.isEmpty {
            // A further study section after the numbered ones ("Additional skills").
            let lower = clean.lowercased()
            let optional = ["additional", "optional", "bonus", "extra"].contains { lower.contains($0) }
            startPhase(DraftPhase(title: PhaseHeading.removingEstimate(clean, estimate: nil), line: line,
                                  estimate: EstimateReader.estimate(in: clean), isOptional: optional))
        } else {
            context = phases.isEmpty ? .intro : .container
        }
    }

    private mutating func readHeadingInsidePhase(level: Int, text: String, clean: String, line: Int) {
        if let current = topic, level > current.level {
            if let role = SectionRole(label: text) ?? (Title.isLabel(text) ? .topics(.study) : nil) {
                section = (role, level)
            } else {
                phases[phases.count - 1].topics[current.index].addSubtopic(clean)
            }
            return
        }
        if let current = section, level <= current.level { section = nil }
        if let role = SectionRole(label: text) ?? (Title.isLabel(text) ? .topics(.study) : nil) {
            section = (role, level)
            topic = nil
            return
        }
        var kind = Topic.Kind.study
        if case .topics(let sectionKind)? = section?.role { kind = sectionKind }
        let draft = DraftTopic(title: Title.removingNumbering(clean), kind: kind, line: line)
        phases[phases.count - 1].addTopic(draft)
        if let index = phases[phases.count - 1].topics.firstIndex(where: { $0.mergeKey == draft.mergeKey }) {
            topic = (index, level)
        }
    }

    private mutating func startPhase(_ draft: DraftPhase) {
        context = .phase
        section = nil
        topic = nil
        if let key = draft.periodKey, let index = phases.firstIndex(where: { $0.periodKey == key }) {
            phases[index].merge(draft)
            currentPhaseIndex = index
        } else {
            phases.append(draft)
            currentPhaseIndex = phases.count - 1
        }
    }

    private var currentPhaseIndex = 0

    // MARK: - Paragraphs

    private mutating func readParagraph(_ text: String) {
        let labelled = Self.labelled(text)
        if let labelled, SectionRole(label: labelled.label) == .estimate, context != .phase {
            statedEstimate = statedEstimate ?? EstimateReader.estimate(in: labelled.rest)
            return
        }
        switch context {
        case .intro:
            if introEstimate == nil, let estimate = EstimateReader.estimate(in: text, countingPeriods: false),
                estimate.minWeeks != nil
            {
                introEstimate = estimate
            }
        case .estimate:
            statedEstimate = statedEstimate ?? EstimateReader.estimate(in: text)
        case .phase:
            readPhaseParagraph(text, labelled: labelled)
        case .container, .ignored:
            break
        }
    }

    private mutating func readPhaseParagraph(_ text: String, labelled: (label: String, rest: String)?) {
        var role = section?.role
        var body = text
        if let labelled, let labelRole = SectionRole(label: labelled.label) {
            role = labelRole
            body = labelled.rest
        }
        switch role {
        case .goals?:
            let goal = Title.clean(body)
            if !goal.isEmpty { phases[currentPhaseIndex].goals.append(goal) }
        case .estimate?:
            if phases[currentPhaseIndex].estimate == nil {
                phases[currentPhaseIndex].estimate = EstimateReader.estimate(in: body)
            }
        case .ignored?:
            break
        default:
            for link in InlineText(body).links { addResource(link) }
        }
    }

    private mutating func addResource(_ resource: Resource) {
        if let topic {
            phases[currentPhaseIndex].topics[topic.index].addResource(resource)
        } else {
            phases[currentPhaseIndex].addResource(resource)
        }
    }

    /// `**Goal:** Build your basics` → (`Goal`, `Build your basics`).
    static func labelled(_ text: String) -> (label: String, rest: String)? {
        let trimmed = text.trimmingSpace
        for marker in ["**", "__"] where trimmed.hasPrefix(marker) {
            let afterOpen = trimmed.dropFirst(2)
            guard let close = afterOpen.firstRange(of: marker) else { continue }
            var label = String(afterOpen[..<close.lowerBound]).trimmingSpace
            var rest = afterOpen[close.upperBound...]
            if rest.first == ":" {
                rest = rest.dropFirst()
            } else if label.hasSuffix(":") {
                label.removeLast()
            } else {
                continue
            }
            return (label, String(rest).trimmingSpace)
        }
        return nil
    }

    // MARK: - Lists

    private mutating func flushList() {
        guard !pendingItems.isEmpty else { return }
        let roots = ListNode.forest(from: pendingItems)
        pendingItems = []
        switch context {
        case .phase:
            for root in roots { readPhaseItem(root) }
        case .estimate:
            for root in roots where statedEstimate == nil {
                statedEstimate = EstimateReader.estimate(in: root.flattened)
            }
        case .intro, .container, .ignored:
            break
        }
    }

    private mutating func readPhaseItem(_ node: ListNode) {
        let role = section?.role ?? .topics(.study)
        switch role {
        case .ignored:
            return
        case .goals:
            phases[currentPhaseIndex].goals.append(node.flattened)
        case .estimate:
            if phases[currentPhaseIndex].estimate == nil {
                phases[currentPhaseIndex].estimate = EstimateReader.estimate(in: node.flattened)
            }
        case .resources:
            for resource in ItemReader.resources(in: node) { addResource(resource) }
        case .topics(let kind):
            if let topic {
                var draft = phases[currentPhaseIndex].topics[topic.index]
                ItemReader.addDetails(of: node, to: &draft)
                phases[currentPhaseIndex].topics[topic.index] = draft
            } else {
                var phase = phases[currentPhaseIndex]
                ItemReader.addTopics(from: node, kind: kind, to: &phase)
                phases[currentPhaseIndex] = phase
            }
        }
    }

    // MARK: - Tables

    private mutating func readTable(header: [String], rows: [[String]], line: Int) {
        guard context != .ignored, context != .estimate else { return }
        guard let table = PhaseTable(header: header) else { return }
        for (offset, row) in rows.enumerated() {
            guard let draft = table.phase(from: row, line: line + 2 + offset) else { continue }
            startPhase(draft)
        }
        // What follows the table is not part of its last row.
        context = .container
    }

    // MARK: - Finishing

    /// Numbers phases and topics, gives every topic a unique slug, and turns a phase that
    /// names no topics into one topic, so every phase can be tracked.
    static func finish(_ drafts: [DraftPhase]) -> [Phase] {
        var usedSlugs: Set<String> = []
        var phases: [Phase] = []
        for (phaseOffset, draft) in drafts.enumerated() {
            var draft = draft
            if draft.topics.isEmpty {
                draft.topics = [DraftTopic(title: draft.title, kind: .study, resources: draft.resources, line: draft.line)]
                draft.resources = []
            }
            var phase = Phase(
                number: phaseOffset + 1, title: draft.title, estimate: draft.estimate, goals: draft.goals,
                resources: draft.resources, isOptional: draft.isOptional, line: draft.line)
            for (topicOffset, topic) in draft.topics.enumerated() {
                let base = TopicSlug(title: topic.title).rawValue
                var slug = base
                var suffix = 2
                while usedSlugs.contains(slug) {
                    slug = "\(base)-\(suffix)"
                    suffix += 1
                }
                usedSlugs.insert(slug)
                phase.topics.append(Topic(
                    position: "\(phaseOffset + 1).\(topicOffset + 1)", slug: TopicSlug(rawValue: slug),
                    title: topic.title, kind: topic.kind, subtopics: topic.subtopics, resources: topic.resources,
                    line: topic.line))
            }
            phases.append(phase)
        }
        return phases
    }

    /// The roadmap's length as the sum of its required phases, when each has one.
    static func sum(of phases: [Phase]) -> TimeEstimate? {
        let required = phases.filter { !$0.isOptional }
        guard let total = TimeEstimate.total(of: required.compactMap(\.estimate), text: ""),
            required.allSatisfy({ $0.estimate != nil })
        else { return nil }
        var estimate = total
        estimate.text = EstimateFormatter.weeks(min: total.minWeeks ?? 0, max: total.maxWeeks ?? 0) + " (sum of phases)"
        return estimate
    }
}
