extension RoadmapBuilder {
    // MARK: - Paragraphs

    mutating func readParagraph(_ text: String, line: Int) {
        let labelled = Self.labelled(text)
        if let labelled, SectionRole(label: labelled.label) == .estimate, context != .phase {
            statedEstimate = statedEstimate ?? EstimateReader.estimate(in: labelled.rest)
            return
        }
        switch context {
        case .intro, .container:
            if context == .intro, introEstimate == nil, let estimate = EstimateReader.estimate(in: text, countingPeriods: false),
                estimate.minWeeks != nil
            {
                introEstimate = estimate
            }
            // Reading the links is worth it only for the warning.
            if collectsWarnings, !InlineText(text).links.isEmpty { warnOutsidePhase("links", line: line) }
        case .estimate:
            statedEstimate = statedEstimate ?? EstimateReader.estimate(in: text)
        case .phase:
            readPhaseParagraph(text, labelled: labelled)
        case .ignored:
            break
        }
    }

    private mutating func readPhaseParagraph(_ text: String, labelled: (label: String, rest: String)?) {
        var role = section?.role
        var body = text
        if let labelled, let labelRole = SectionRole(label: labelled.label) {
            if labelRole == .resources {
                // "**Book:** The Go Programming Language": a named book, its links, or both.
                for resource in ItemReader.resources(labelled: labelled.label, text: labelled.rest, leadsIntoItems: false) { addResource(resource) }
                return
            }
            role = labelRole
            body = labelled.rest
        }
        switch role {
        case .goals?:
            let goal = Title.clean(body)
            if !goal.isEmpty { phases[currentPhaseIndex].addGoal(goal) }
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
            phases[currentPhaseIndex].updateTopic(at: topic.index) { $0.addResource(resource) }
        } else {
            phases[currentPhaseIndex].addResource(resource)
        }
    }

    /// `**Goal:** Build your basics` → (`Goal`, `Build your basics`).
    static func labelled(_ text: String) -> (label: String, rest: String)? {
        // Most items start with a word. A label starts with `*` or `_` past any spaces (which
        // may be white space beyond ASCII, so a byte from 0x80 is read in full below).
        guard let first = text.withUTF8Bytes({ bytes in bytes.first { !$0.isASCIIWhiteSpace } }),
            first >= 0x80 || first == UInt8(ascii: "*") || first == UInt8(ascii: "_")
        else { return nil }
        if let ascii = text.withUTF8Bytes({ UTF8Bytes.containsNonASCII($0) ? nil : labelled(ascii: $0) }) { return ascii }
        let trimmed = text.trimmingSpace
        for marker in ["**", "__"] where trimmed.hasPrefix(marker) {
            let afterOpen = trimmed.dropFirst(2)
            guard let close = afterOpen.firstByteRange(of: marker) else { continue }
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

    /// ``labelled(_:)`` of ASCII text, by byte (each byte is a character), made into strings
    /// once: nil when the text is not ASCII, `.some(nil)` when it has no label.
    private static func labelled(ascii bytes: UnsafeBufferPointer<UInt8>) -> (label: String, rest: String)?? {
        func trimmed(_ range: Range<Int>) -> Range<Int> { UTF8Bytes.trimmingASCIIWhiteSpace(range, in: bytes) }
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        let whole = trimmed(0..<bytes.count)
        for marker in [UInt8(ascii: "*"), UInt8(ascii: "_")]
        where whole.count >= 2 && bytes[whole.lowerBound] == marker && bytes[whole.lowerBound + 1] == marker {
            let afterOpen = whole.lowerBound + 2
            guard let close = (afterOpen..<max(afterOpen, whole.upperBound - 1)).first(where: { bytes[$0] == marker && bytes[$0 + 1] == marker })
            else { continue }
            var label = trimmed(afterOpen..<close)
            var rest = (close + 2)..<whole.upperBound
            if !rest.isEmpty, bytes[rest.lowerBound] == UInt8(ascii: ":") {
                rest = (rest.lowerBound + 1)..<rest.upperBound
            } else if !label.isEmpty, bytes[label.upperBound - 1] == UInt8(ascii: ":") {
                label = label.lowerBound..<(label.upperBound - 1)
            } else {
                continue
            }
            return .some((text(label), text(trimmed(rest))))
        }
        return .some(nil)
    }

    // MARK: - Lists

    mutating func flushList() {
        guard !pendingItems.isEmpty else { return }
        // The array is kept for the next list, so it does not grow again from nothing.
        defer { pendingItems.removeAll(keepingCapacity: true) }
        // Items are read (nested, their markup parsed) only where they can mean something.
        switch context {
        case .phase:
            for root in ListNode.forest(from: pendingItems) { readPhaseItem(root) }
        case .estimate:
            for root in ListNode.forest(from: pendingItems) where statedEstimate == nil {
                statedEstimate = EstimateReader.estimate(in: root.flattened)
            }
        case .intro, .container:
            warnOutsidePhase("a list", line: pendingItems[0].line)
        case .ignored:
            break
        }
    }

    /// Notes content that looks like study material but sits before the first phase or in a
    /// section that is no phase.
    private mutating func warnOutsidePhase(_ what: String, line: Int) {
        if let title, titleLine != nil, SectionRole.isTableOfContents(title) { return }  // its links, to the headings
        if let title, titleLine != nil, phaseKeyword == nil {
            // A plan without stage numbers whose first heading has a list under it: the heading
            // may be a section that was taken for the title.
            warn(line: line, "\(what) under the title \"\(title)\", not read as topics "
                + "(if it is a section, put a '# Title' line above it)")
            return
        }
        let place = phases.isEmpty ? "before the first phase" : "outside any phase"
        warn(line: line, "\(what) \(place), not read as topics")
    }

    private mutating func readPhaseItem(_ node: ListNode) {
        let role = section?.role ?? .topics(.study)
        switch role {
        case .ignored:
            return
        case .goals:
            phases[currentPhaseIndex].addGoal(node.flattened)
        case .estimate:
            if phases[currentPhaseIndex].estimate == nil {
                phases[currentPhaseIndex].estimate = EstimateReader.estimate(in: node.flattened)
            }
        case .resources:
            for resource in ItemReader.resources(in: node) { addResource(resource) }
        case .topics(let kind):
            if let topic {
                phases[currentPhaseIndex].updateTopic(at: topic.index) { ItemReader.addDetails(of: node, to: &$0) }
            } else {
                // In place: a copy of the phase would share its topics, and adding to it
                // would copy all of them.
                ItemReader.addTopics(from: node, kind: kind, to: &phases[currentPhaseIndex])
            }
        }
    }

    // MARK: - Tables

    mutating func readTable(header: [String], rows: [[String]], line: Int) {
        guard context != .ignored, context != .estimate else { return }
        let phaseTable = PhaseTable(header: header)
        if context == .phase, phaseTable == nil, let table = TopicTable(header: header) {
            for (offset, row) in rows.enumerated() {
                guard let draft = table.topic(from: row, line: line + 2 + offset) else { continue }
                phases[currentPhaseIndex].addTopic(draft)
            }
            return
        }
        guard let table = phaseTable else {
            if context != .phase { warnOutsidePhase("a table", line: line) }
            return
        }
        for (offset, row) in rows.enumerated() {
            let rowLine = line + 2 + offset
            guard let draft = table.phase(from: row, line: rowLine) else { continue }
            // The row's contents go straight into the phase it starts or joins.
            startPhase(draft)
            table.addContents(of: row, line: rowLine, to: &phases[currentPhaseIndex])
        }
        // What follows the table is not part of its last row.
        context = .container
    }
}
