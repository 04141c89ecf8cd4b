import Foundation
import Testing
import TestSupport

@testable import RoadmapCore

@Suite struct ProgressReportTests {
    let roadmap: Roadmap
    let now = Timestamp(secondsSince1970: 1_790_000_000)

    init() throws {
        roadmap = try TestFiles.bundled("ml-mastery")
    }

    func topic(_ slug: String) -> Topic {
        roadmap.topics.first { $0.slug.rawValue == slug }!
    }

    @Test func freshProgressStartsAtTheFirstTopic() {
        let report = ProgressReport(roadmap: roadmap, progress: StudyProgress())
        #expect(report.next?.topic.position == "1.1")
        #expect(report.doneCount == 0 && report.topicCount == 30 && report.percentDone == 0)
    }

    @Test func nextIsTheFirstTopicNotDoneInRoadmapOrder() {
        var progress = StudyProgress()
        progress.apply(.done, to: [topic("linear-algebra"), topic("probability-and-statistics")], in: roadmap.id, at: now)
        let report = ProgressReport(roadmap: roadmap, progress: progress)
        #expect(report.next?.topic.slug.rawValue == "calculus")
        #expect(report.phases[0].done == 2)
        #expect(report.doneCount == 2)
    }

    @Test func aTopicInProgressComesFirstAndSkippedTopicsArePassedOver() {
        var progress = StudyProgress()
        progress.apply(.skip, to: [topic("linear-algebra")], in: roadmap.id, at: now)
        #expect(ProgressReport(roadmap: roadmap, progress: progress).next?.topic.slug.rawValue == "calculus")
        progress.apply(.start, to: [topic("transformers-and-attention")], in: roadmap.id, at: now)
        let report = ProgressReport(roadmap: roadmap, progress: progress)
        #expect(report.next?.topic.slug.rawValue == "transformers-and-attention")
        #expect(report.skippedCount == 1 && report.inProgressCount == 1 && report.doneCount == 0 && report.leftCount == 29)
    }

    @Test func everythingDoneOrSkippedHasNoNext() {
        var progress = StudyProgress()
        progress.apply(.done, to: Array(roadmap.topics.dropLast()), in: roadmap.id, at: now)
        progress.apply(.skip, to: [roadmap.topics.last!], in: roadmap.id, at: now)
        let report = ProgressReport(roadmap: roadmap, progress: progress)
        #expect(report.next == nil && report.isComplete)
        #expect(report.percentDone == 96 && report.leftCount == 0)
    }

    @Test func entriesForTopicsNoLongerInTheRoadmapAreReportedNotDropped() {
        var progress = StudyProgress()
        let renamed = Topic(position: "9.9", slug: TopicSlug(rawValue: "a-topic-that-was-renamed"), title: "Old")
        progress.apply(.done, to: [renamed], in: roadmap.id, at: now)
        let report = ProgressReport(roadmap: roadmap, progress: progress)
        #expect(report.unmatchedEntries == ["a-topic-that-was-renamed"])
        #expect(report.doneCount == 0)
        #expect(progress.roadmaps[roadmap.id]?.topics.count == 1)
    }

    @Test func progressFollowsASlugToAnotherPhase() throws {
        var progress = StudyProgress()
        let before = try TestFiles.parse("## Phase 1: A\n### Calculus\n## Phase 2: B\n### Algebra\n")
        let after = try TestFiles.parse("## Phase 1: B\n### Algebra\n### Calculus\n## Phase 2: A\n### Geometry\n")
        progress.apply(.done, to: [before.topics[0]], in: "test", at: now)
        let report = ProgressReport(roadmap: after, progress: progress)
        #expect(report.phases[0].done == 1)
        #expect(report.next?.topic.title == "Algebra")
        #expect(report.unmatchedEntries.isEmpty)
    }

    /// Large roadmaps are tallied in two halves at once: the report is the same as one pass
    /// gives, whichever half holds the first topic in progress or not started.
    @Test(arguments: TestFiles.bundledIDs)
    func talliedInHalvesEqualsOnePass(id: String) throws {
        let roadmap = try TestFiles.bundled(id)
        let topics = roadmap.topics
        var random = SplitMix64(seed: 41)
        for round in 0..<200 {
            var progress = StudyProgress()
            // Mostly done early on, so the topic to study next moves through the roadmap.
            let progressAt = Int.random(in: 0...topics.count, using: &random)
            for (index, topic) in topics.enumerated() where index < progressAt || Int.random(in: 0..<4, using: &random) == 0 {
                let status = index < progressAt ? [.done, .done, .skipped].randomElement(using: &random)!
                    : TopicProgress.Status.allCases.randomElement(using: &random)!
                progress.roadmaps[roadmap.id, default: RoadmapProgress()].topics[topic.slug.rawValue] =
                    TopicProgress(status: status, updated: now)
            }
            if round % 5 == 0 {
                progress.roadmaps[roadmap.id, default: RoadmapProgress()].topics["no-such-topic"] = TopicProgress(status: .done, updated: now)
            }
            let halves = ProgressReport(roadmap: roadmap, progress: progress, inHalvesFrom: 0)
            let whole = ProgressReport(roadmap: roadmap, progress: progress, inHalvesFrom: .max)
            #expect(halves == whole)
            #expect(halves.next?.phase.number == whole.next?.phase.number)
        }
    }

    /// Made-up shapes the bundled roadmaps do not have: a first phase with most topics (the
    /// cut still leaves it whole in the first half), one phase, empty phases, no topics.
    @Test(arguments: [[90, 5, 5], [100], [0, 0, 3, 0, 4, 0], [0, 0], [1, 1], [3, 0, 0, 0, 97]])
    func talliedInHalvesEqualsOnePassWhateverThePhasesHold(sizes: [Int]) {
        var phases: [Phase] = []
        for (index, size) in sizes.enumerated() {
            let topics = (0..<size).map { item in
                Topic(position: "\(index + 1).\(item + 1)", slug: TopicSlug(rawValue: "t-\(index)-\(item)"), title: "T \(index) \(item)")
            }
            phases.append(Phase(number: index + 1, title: "Phase \(index + 1)", topics: topics))
        }
        let roadmap = Roadmap(id: "made-up", title: "Made up", phases: phases)
        var random = SplitMix64(seed: 43)
        for _ in 0..<50 {
            var progress = StudyProgress()
            for topic in roadmap.topics where Bool.random(using: &random) {
                progress.roadmaps[roadmap.id, default: RoadmapProgress()].topics[topic.slug.rawValue] =
                    TopicProgress(status: TopicProgress.Status.allCases.randomElement(using: &random)!, updated: now)
            }
            let halves = ProgressReport(roadmap: roadmap, progress: progress, inHalvesFrom: 0)
            let whole = ProgressReport(roadmap: roadmap, progress: progress, inHalvesFrom: .max)
            #expect(halves == whole)
            #expect(halves.phases.map(\.phase.number) == phases.map(\.number))
            #expect(halves.doneCount == whole.doneCount && halves.next?.phase.number == whole.next?.phase.number)
        }
    }

    /// `next`, `show` and `list 1` look up one phase's count. A parsed roadmap numbers its
    /// phases 1, 2, 3…; one made otherwise (numbers out of order, missing) still gets each
    /// phase's own count, and a phase from elsewhere none.
    @Test(arguments: [[1, 2, 3, 4], [3, 1, 2], [2, 5, 9], [1, 3, 2, 4]])
    func eachPhaseHasTheCountOfItsOwnTopics(numbers: [Int]) {
        let phases = numbers.map { number in
            Phase(number: number, title: "Phase \(number)", topics: (0..<number).map { item in
                Topic(position: "\(number).\(item + 1)", slug: TopicSlug(rawValue: "t-\(number)-\(item)"), title: "T \(number) \(item)")
            })
        }
        let roadmap = Roadmap(id: "numbered", title: "Numbered", phases: phases)
        var progress = StudyProgress()
        // One topic done in each phase but the first: the counts tell the phases apart.
        progress.apply(.done, to: phases.dropFirst().map { $0.topics[0] }, in: roadmap.id, at: now)
        let report = ProgressReport(roadmap: roadmap, progress: progress)
        for (index, phase) in phases.enumerated() {
            let count = report.count(for: phase)
            #expect(count?.phase.number == phase.number)
            #expect(count?.total == phase.number && count?.done == (index == 0 ? 0 : 1))
        }
        #expect(report.count(for: Phase(number: 7, title: "Elsewhere")) == nil)
        #expect(report.count(for: Phase(number: 0, title: "Before")) == nil)
    }

    /// Two phases with one number (a hand-made roadmap; the parser numbers 1, 2, 3…): the
    /// report counts each, in order, and `count(for:)` finds each its own; a phase that is
    /// not the roadmap's, or a number far out of range, finds nothing and does not trap.
    @Test func phasesSharingANumberAreEachCountedInOrder() {
        let roadmap = TestFiles.twins
        let report = ProgressReport(roadmap: roadmap, progress: StudyProgress())
        #expect(report.phases.map(\.phase.title) == ["Twin 0", "Twin 1"])
        #expect(report.phases.map(\.total) == [1, 2])
        #expect(roadmap.phases.map { report.count(for: $0)?.total } == [1, 2])
        #expect(report.count(for: Phase(number: 2, title: "Another")) == nil)
        #expect(report.count(for: Phase(number: .min, title: "Far")) == nil)
        #expect(report.count(for: Phase(number: .max, title: "Far")) == nil)
    }

    @Test func aTopicInProgressInTheSecondHalfComesBeforeOneNotStartedInTheFirst() {
        var progress = StudyProgress()
        let last = roadmap.topics.last!
        progress.apply(.start, to: [last], in: roadmap.id, at: now)
        let report = ProgressReport(roadmap: roadmap, progress: progress, inHalvesFrom: 0)
        #expect(report.next?.topic == last)
        #expect(report.phases.map(\.inProgress).reduce(0, +) == 1 && report.phases.count == roadmap.phases.count)
    }
}
