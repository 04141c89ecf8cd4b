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
        self.roadmap = roadmap
        let recorded = progress.roadmaps[roadmap.id]?.topics ?? [:]
        var counts: [PhaseCount] = []
        counts.reserveCapacity(roadmap.phases.count)
        var firstInProgress: (Phase, Topic)?
        var firstNotStarted: (Phase, Topic)?
        var matched = 0
        for phase in roadmap.phases {
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
        self.phases = counts
        self.next = firstInProgress ?? firstNotStarted
        // Slugs are unique within a roadmap, so when as many topics found an entry as there
        // are entries, none is left over; only otherwise are the slugs gathered to find them.
        if matched == recorded.count {
            self.unmatchedEntries = []
        } else {
            let known = Set(roadmap.phases.lazy.flatMap(\.topics).map(\.slug.rawValue))
            self.unmatchedEntries = recorded.keys.filter { !known.contains($0) }.sorted()
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

    public func count(for phase: Phase) -> PhaseCount? {
        phases.first { $0.phase.number == phase.number }
    }

    public static func == (lhs: ProgressReport, rhs: ProgressReport) -> Bool {
        lhs.roadmap == rhs.roadmap && lhs.phases == rhs.phases && lhs.unmatchedEntries == rhs.unmatchedEntries
            && lhs.next?.topic == rhs.next?.topic
    }
}
