/// How far a learner is through one roadmap: per phase and overall, with what comes next.
public struct ProgressReport: Equatable, Sendable {
    /// How many topics of one phase have each status.
    public struct PhaseCount: Equatable, Sendable {
        public let phase: Phase
        public var done = 0
        public var skipped = 0
        public var inProgress = 0
        public var total: Int { phase.topics.count }
        /// Topics neither done nor skipped.
        public var left: Int { total - done - skipped }
    }

    public let roadmap: Roadmap
    public let phases: [PhaseCount]
    /// The topic to study next, with its phase: the first one in progress, else the first
    /// not yet started, in roadmap order (skipped topics are passed over); nil when none is left.
    public let next: (phase: Phase, topic: Topic)?
    /// Recorded entries whose slug names no topic of the roadmap (it was edited or replaced).
    public let unmatchedEntries: [String]

    public init(roadmap: Roadmap, progress: StudyProgress) {
        self.init(roadmap: roadmap, progress: progress, inHalvesFrom: Self.halvesTopicCount)
    }

    /// Roadmaps with at least this many topics are tallied in two halves at once, as the
    /// progress writer writes them: at 100,000 topics the thread that waits for the report
    /// looks up 50,000 entries instead of 100,000, while the other core does the rest.
    static let halvesTopicCount = ProgressWriter.parallelTopicCount

    /// - Parameter minimum: the topic count from which the second half of the phases is
    ///   tallied on another thread (tests compare both ways).
    init(roadmap: Roadmap, progress: StudyProgress, inHalvesFrom minimum: Int) {
        self.roadmap = roadmap
        let recorded = progress.roadmaps[roadmap.id]?.topics ?? [:]
        let phases = roadmap.phases
        let topicCount = phases.reduce(0) { $0 + $1.topics.count }
        let tally: Tally
        if topicCount >= minimum, phases.count >= 2 {
            // Cut before the phase that would take the first half past half the topics.
            var cut = 0, before = 0
            while cut < phases.count - 1, before + phases[cut].topics.count <= topicCount / 2 {
                before += phases[cut].topics.count
                cut += 1
            }
            let earlier = phases[..<max(cut, 1)], later = phases[max(cut, 1)...]
            let second = Background(onThread: true) { Tally(later, recorded: recorded) }
            let first = Tally(earlier, recorded: recorded)
            // The work cannot throw, so the value is always there.
            tally = first.followed(by: (try? second.value()) ?? Tally(later, recorded: recorded))
        } else {
            tally = Tally(phases[...], recorded: recorded)
        }
        self.phases = tally.counts
        self.next = tally.firstInProgress ?? tally.firstNotStarted
        // Slugs are unique within a roadmap, so when as many topics found an entry as there
        // are entries, none is left over; only otherwise are the slugs gathered to find them.
        if tally.matched == recorded.count {
            self.unmatchedEntries = []
        } else {
            let known = Set(roadmap.phases.lazy.flatMap(\.topics).map(\.slug.rawValue))
            self.unmatchedEntries = recorded.keys.filter { !known.contains($0) }.sorted()
        }
    }

    /// The counts of some consecutive phases, with the first topics in progress and not
    /// started among them, and how many of their topics have an entry.
    private struct Tally: Sendable {
        var counts: [PhaseCount] = []
        var firstInProgress: (phase: Phase, topic: Topic)?
        var firstNotStarted: (phase: Phase, topic: Topic)?
        var matched = 0

        init(_ phases: ArraySlice<Phase>, recorded: [String: TopicProgress]) {
            counts.reserveCapacity(phases.count)
            for phase in phases {
                var count = PhaseCount(phase: phase)
                // By index: a topic is copied only when it is the one to study next.
                for index in phase.topics.indices {
                    let status = recorded[phase.topics[index].slug.rawValue]?.status
                    if status != nil { matched += 1 }
                    switch status ?? .notStarted {
                    case .done: count.done += 1
                    case .skipped: count.skipped += 1
                    case .inProgress:
                        count.inProgress += 1
                        if firstInProgress == nil { firstInProgress = (phase, phase.topics[index]) }
                    case .notStarted:
                        if firstNotStarted == nil { firstNotStarted = (phase, phase.topics[index]) }
                    }
                }
                counts.append(count)
            }
        }

        /// This tally and the one of the phases that follow, as one.
        func followed(by later: Tally) -> Tally {
            var whole = self
            whole.counts += later.counts
            whole.firstInProgress = firstInProgress ?? later.firstInProgress
            whole.firstNotStarted = firstNotStarted ?? later.firstNotStarted
            whole.matched += later.matched
            return whole
        }
    }

    public var doneCount: Int { phases.reduce(0) { $0 + $1.done } }
    public var skippedCount: Int { phases.reduce(0) { $0 + $1.skipped } }
    public var inProgressCount: Int { phases.reduce(0) { $0 + $1.inProgress } }
    public var topicCount: Int { phases.reduce(0) { $0 + $1.total } }
    /// Topics neither done nor skipped.
    public var leftCount: Int { topicCount - doneCount - skippedCount }
    public var isComplete: Bool { next == nil }

    /// Whole percent done, rounded down so 100% means everything.
    public var percentDone: Int { topicCount == 0 ? 0 : doneCount * 100 / topicCount }

    /// The count of `phase`, one of the roadmap's phases (the one with its number, heading
    /// line and title); nil for any other phase. For one phase: a renderer of every phase
    /// reads ``phases``, which holds them in order.
    public func count(for phase: Phase) -> PhaseCount? {
        // A parsed roadmap numbers its phases 1, 2, 3…, so the count is looked for at the
        // number's place first; only a roadmap numbered otherwise is searched. (Not by
        // comparing whole phases: that code, on `next`'s path, cost it 150 KiB of memory.)
        func counts(_ count: PhaseCount) -> Bool {
            count.phase.number == phase.number && count.phase.line == phase.line && count.phase.title == phase.title
        }
        if phase.number > 0, phase.number <= phases.count, counts(phases[phase.number - 1]) {
            return phases[phase.number - 1]
        }
        return phases.first(where: counts)
    }

    public static func == (lhs: ProgressReport, rhs: ProgressReport) -> Bool {
        lhs.roadmap == rhs.roadmap && lhs.phases == rhs.phases && lhs.unmatchedEntries == rhs.unmatchedEntries
            && lhs.next?.topic == rhs.next?.topic
    }
}
