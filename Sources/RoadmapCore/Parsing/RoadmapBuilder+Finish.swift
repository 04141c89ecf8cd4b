extension RoadmapBuilder {
    // MARK: - Finishing

    /// Numbers phases and topics, gives every topic a unique slug, and turns a phase that
    /// names no topics into one topic, so every phase can be tracked. When there are two phases
    /// or more and they hold `topicThreshold` topics or more, they are made in two parts at
    /// once, each thread freeing the drafts it read; the slugs are then made unique in order, as
    /// one pass would.
    mutating func finish(onTwoThreadsFrom topicThreshold: Int) -> [Phase] {
        for offset in phases.indices {
            // A heading of nothing but markup or decoration still names a phase.
            if phases[offset].title.isEmpty { phases[offset].title = "Phase \(offset + 1)" }
            if phases[offset].topics.isEmpty {
                let (title, line) = (phases[offset].title, phases[offset].line)
                warn(line: line, "phase \(offset + 1) \"\(title)\" lists no topics; it is tracked as one topic")
                phases[offset].addPhaseAsTopic()
            }
        }
        var drafts = phases
        phases = []
        var result: [Phase]
        let topicCount = drafts.reduce(0) { $0 + $1.topics.count }
        if topicCount >= topicThreshold, drafts.count >= 2 {
            // Cut at the phase boundary nearest half the topics without going over it (a phase
            // of most of the topics makes the parts uneven). Each thread holds the only copy of
            // its part, so the drafts are freed on the thread that read them.
            var cut = 1
            var before = drafts[0].topics.count
            while cut < drafts.count - 1, before + drafts[cut].topics.count <= topicCount / 2 {
                before += drafts[cut].topics.count
                cut += 1
            }
            let halves = Slots([Array(drafts[..<cut]), Array(drafts[cut...])])
            drafts = []
            let secondNumber = cut + 1
            let made = SharedJobs.run(2) { half in
                Self.phases(from: halves.handOver(half), firstNumber: half == 0 ? 1 : secondNumber)
            }
            result = made[0] + made[1]
        } else {
            result = Self.phases(from: consume drafts, firstNumber: 1)
        }
        Self.makeSlugsUnique(in: &result)
        return result
    }

    /// 8,192 topics: below it making the phases takes a few milliseconds, no more than a second
    /// thread can take to start (the 10 MB benchmark document has 1,512 topics); at 100,000 it
    /// took 148.5 M instructions on one thread.
    static let twoThreadFinishTopics = 8_192

    /// The phases `drafts` stand for, numbered from `firstNumber`, each topic with the slug of
    /// its title.
    private static func phases(from drafts: consuming [DraftPhase], firstNumber: Int) -> [Phase] {
        var result: [Phase] = []
        result.reserveCapacity(drafts.count)
        for (offset, draft) in drafts.enumerated() {
            let number = firstNumber + offset
            var phase = Phase(
                number: number, title: draft.title, estimate: draft.estimate, goals: draft.goals,
                resources: draft.resources, isOptional: draft.isOptional, line: draft.line)
            phase.topics.reserveCapacity(draft.topics.count)
            // Each topic's draft is read where it is: a draft copied whole would retain and
            // release its keys too, which cost as much as the rest of the numbering.
            draft.topics.withUnsafeBufferPointer { topics in
                for index in topics.indices {
                    phase.topics.append(Topic(
                        position: position(phase: number, topic: index + 1), slug: TopicSlug(rawValue: topics[index].slug),
                        title: topics[index].title, kind: topics[index].kind, subtopics: topics[index].subtopics,
                        resources: topics[index].resources, isCheckedInSource: topics[index].checked, line: topics[index].line))
                }
            }
            result.append(phase)
        }
        return result
    }

    /// Gives each topic after the first of a slug that slug with the first free suffix
    /// (`linear-algebra-2`), in order.
    private static func makeSlugsUnique(in phases: inout [Phase]) {
        var usedSlugs: Set<String> = []
        usedSlugs.reserveCapacity(phases.reduce(1) { $0 + $1.topics.count })
        /// The next suffix to try for each title's slug, so that many topics of one name
        /// stay linear.
        var nextSuffix: [String: Int] = [:]
        for phase in phases.indices {
            for topic in phases[phase].topics.indices {
                let base = phases[phase].topics[topic].slug.rawValue
                guard !usedSlugs.insert(base).inserted else { continue }
                var suffix = nextSuffix[base] ?? 2
                var slug: String
                repeat {
                    slug = base + "-" + String(suffix)
                    suffix += 1
                } while !usedSlugs.insert(slug).inserted
                nextSuffix[base] = suffix
                phases[phase].topics[topic].slug = TopicSlug(rawValue: slug)
            }
        }
    }

    /// A topic's position, `phase.topic` (`12.3`), written straight into one string: it is
    /// made once for each of up to 100,000 topics.
    static func position(phase: Int, topic: Int) -> String {
        let phase = UInt64(phase)
        let topic = UInt64(topic)
        let phaseDigits = DecimalDigits.count(of: phase)
        let topicDigits = DecimalDigits.count(of: topic)
        return String(unsafeUninitializedCapacity: phaseDigits + 1 + topicDigits) { buffer in
            DecimalDigits.write(phase, digits: phaseDigits, to: buffer, endingAt: phaseDigits)
            buffer[phaseDigits] = UInt8(ascii: ".")
            DecimalDigits.write(topic, digits: topicDigits, to: buffer, endingAt: buffer.count)
            return buffer.count
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
