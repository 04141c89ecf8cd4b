extension RoadmapBuilder {
    // MARK: - Finishing

    /// Numbers phases and topics, gives every topic a unique slug, and turns a phase that
    /// names no topics into one topic, so every phase can be tracked.
    mutating func finish() -> [Phase] {
        for offset in phases.indices {
            // A heading of nothing but markup or decoration still names a phase.
            if phases[offset].title.isEmpty { phases[offset].title = "Phase \(offset + 1)" }
            if phases[offset].topics.isEmpty {
                let (title, line) = (phases[offset].title, phases[offset].line)
                warn(line: line, "phase \(offset + 1) \"\(title)\" lists no topics; it is tracked as one topic")
                phases[offset].addPhaseAsTopic()
            }
        }
        var usedSlugs: Set<String> = []
        usedSlugs.reserveCapacity(phases.reduce(1) { $0 + $1.topics.count })
        /// The next suffix to try for each title's slug, so that many topics of one name
        /// stay linear.
        var nextSuffix: [String: Int] = [:]
        var result: [Phase] = []
        result.reserveCapacity(phases.count)
        for (phaseOffset, draft) in phases.enumerated() {
            var phase = Phase(
                number: phaseOffset + 1, title: draft.title, estimate: draft.estimate, goals: draft.goals,
                resources: draft.resources, isOptional: draft.isOptional, line: draft.line)
            phase.topics.reserveCapacity(draft.topics.count)
            // Each draft's fields are read where they are: a draft copied whole would retain
            // and release its keys too, which cost as much as the rest of the numbering.
            draft.topics.withUnsafeBufferPointer { topics in
                for topicOffset in topics.indices {
                    let base = topics[topicOffset].slug
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
                        position: Self.position(phase: phaseOffset + 1, topic: topicOffset + 1), slug: TopicSlug(rawValue: slug),
                        title: topics[topicOffset].title, kind: topics[topicOffset].kind, subtopics: topics[topicOffset].subtopics,
                        resources: topics[topicOffset].resources, isCheckedInSource: topics[topicOffset].checked,
                        line: topics[topicOffset].line))
                }
            }
            result.append(phase)
        }
        return result
    }

    /// A topic's position, `phase.topic` (`12.3`), written straight into one string: it is
    /// made once for each of up to 100,000 topics.
    static func position(phase: Int, topic: Int) -> String {
        let phaseDigits = digitCount(phase)
        let topicDigits = digitCount(topic)
        return String(unsafeUninitializedCapacity: phaseDigits + 1 + topicDigits) { buffer in
            write(phase, digits: phaseDigits, to: buffer, endingAt: phaseDigits)
            buffer[phaseDigits] = UInt8(ascii: ".")
            write(topic, digits: topicDigits, to: buffer, endingAt: buffer.count)
            return buffer.count
        }
    }

    /// `number` (not negative) in decimal digits, written straight into a string.
    static func decimal(_ number: Int) -> String {
        let digits = digitCount(number)
        return String(unsafeUninitializedCapacity: digits) { buffer in
            write(number, digits: digits, to: buffer, endingAt: digits)
            return digits
        }
    }

    /// How many decimal digits `number` (not negative) has.
    private static func digitCount(_ number: Int) -> Int {
        var digits = 1
        var rest = number / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return digits
    }

    /// Writes the `digits` decimal digits of `number` into `buffer`, the last just before `end`.
    private static func write(_ number: Int, digits: Int, to buffer: UnsafeMutableBufferPointer<UInt8>, endingAt end: Int) {
        var value = number
        for index in stride(from: end - 1, through: end - digits, by: -1) {
            buffer[index] = UInt8(ascii: "0") + UInt8(value % 10)
            value /= 10
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
