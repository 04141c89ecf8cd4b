extension RoadmapBuilder {
    // MARK: - Finishing

    /// Numbers phases and topics, gives every topic a unique slug, and turns a phase that
    /// names no topics into one topic, so every phase can be tracked.
    mutating func finish() -> [Phase] {
        var usedSlugs: Set<String> = []
        usedSlugs.reserveCapacity(phases.reduce(1) { $0 + $1.topics.count })
        /// The next suffix to try for each title's slug, so that many topics of one name
        /// stay linear.
        var nextSuffix: [String: Int] = [:]
        var result: [Phase] = []
        for (phaseOffset, draft) in phases.enumerated() {
            var draft = draft
            // A heading of nothing but markup or decoration still names a phase.
            if draft.title.isEmpty { draft.title = "Phase \(phaseOffset + 1)" }
            if draft.topics.isEmpty {
                warn(line: draft.line, "phase \(phaseOffset + 1) \"\(draft.title)\" lists no topics; it is tracked as one topic")
                draft.addPhaseAsTopic()
            }
            var phase = Phase(
                number: phaseOffset + 1, title: draft.title, estimate: draft.estimate, goals: draft.goals,
                resources: draft.resources, isOptional: draft.isOptional, line: draft.line)
            phase.topics.reserveCapacity(draft.topics.count)
            let prefix = String(phaseOffset + 1) + "."
            for (topicOffset, topic) in draft.topics.enumerated() {
                let base = topic.slug
                var slug = base
                if !usedSlugs.insert(slug).inserted {
                    var suffix = nextSuffix[base] ?? 2
                    repeat {
                        slug = base + "-" + String(suffix)
                        suffix += 1
                    } while !usedSlugs.insert(slug).inserted
                    nextSuffix[base] = suffix
                }
                phase.topics.append(Topic(
                    position: prefix + Self.decimal(topicOffset + 1), slug: TopicSlug(rawValue: slug),
                    title: topic.title, kind: topic.kind, subtopics: topic.subtopics, resources: topic.resources,
                    isCheckedInSource: topic.checked, line: topic.line))
            }
            result.append(phase)
        }
        return result
    }

    /// `number` (not negative) in decimal digits, written straight into a string: a topic's
    /// position is made once for each of up to 100,000 topics.
    static func decimal(_ number: Int) -> String {
        var digits = 1
        var rest = number / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return String(unsafeUninitializedCapacity: digits) { buffer in
            var value = number
            for index in stride(from: digits - 1, through: 0, by: -1) {
                buffer[index] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            }
            return digits
        }
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
