#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// How far a learner is through one roadmap: per phase and overall, with what comes next.
public struct ProgressReport: Equatable, Sendable {
    public struct PhaseCount: Equatable, Sendable {
        public let phase: Phase
        public let done: Int
        public var total: Int { phase.topics.count }
        public var isComplete: Bool { done == total }
    }

    public let roadmap: Roadmap
    public let phases: [PhaseCount]
    /// The first topic not yet done, in roadmap order, with its phase; nil when all are done.
    public let next: (phase: Phase, topic: Topic)?
    /// Recorded entries whose slug names no topic of the roadmap (it was edited or replaced).
    public let unmatchedEntries: [String]

    public init(roadmap: Roadmap, progress: StudyProgress) {
        self.roadmap = roadmap
        let recorded = progress.roadmaps[roadmap.id]?.topics ?? [:]
        var counts: [PhaseCount] = []
        var next: (Phase, Topic)?
        var known: Set<String> = []
        for phase in roadmap.phases {
            var done = 0
            for topic in phase.topics {
                known.insert(topic.slug.rawValue)
                if recorded[topic.slug.rawValue]?.status == .done {
                    done += 1
                } else if next == nil {
                    next = (phase, topic)
                }
            }
            counts.append(PhaseCount(phase: phase, done: done))
        }
        self.phases = counts
        self.next = next
        self.unmatchedEntries = recorded.keys.filter { !known.contains($0) }.sorted()
    }

    public var doneCount: Int { phases.reduce(0) { $0 + $1.done } }
    public var topicCount: Int { phases.reduce(0) { $0 + $1.total } }
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
