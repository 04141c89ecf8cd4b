import Foundation
import Testing

@testable import RoadmapCore

@Suite struct ProgressReportTests {
    let roadmap: Roadmap
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    init() throws {
        roadmap = try TestFiles.bundled("ml-mastery")
    }

    @Test func freshProgressStartsAtTheFirstTopic() {
        let report = ProgressReport(roadmap: roadmap, progress: StudyProgress())
        #expect(report.next?.topic.position == "1.1")
        #expect(report.doneCount == 0 && report.topicCount == 30 && report.percentDone == 0)
    }

    @Test func nextIsTheFirstTopicNotDoneInRoadmapOrder() {
        var progress = StudyProgress()
        progress.markDone(TopicSlug(rawValue: "linear-algebra"), in: roadmap.id, at: now)
        progress.markDone(TopicSlug(rawValue: "probability-and-statistics"), in: roadmap.id, at: now)
        let report = ProgressReport(roadmap: roadmap, progress: progress)
        #expect(report.next?.topic.slug.rawValue == "calculus")
        #expect(report.phases[0].done == 2)
        #expect(report.doneCount == 2)
    }

    @Test func everythingDoneHasNoNext() {
        var progress = StudyProgress()
        for topic in roadmap.topics { progress.markDone(topic.slug, in: roadmap.id, at: now) }
        let report = ProgressReport(roadmap: roadmap, progress: progress)
        #expect(report.next == nil && report.isComplete && report.percentDone == 100)
    }

    @Test func markingDoneTwiceKeepsTheFirstDate() {
        var progress = StudyProgress()
        let slug = TopicSlug(rawValue: "calculus")
        let first = progress.markDone(slug, in: roadmap.id, at: now)
        let second = progress.markDone(slug, in: roadmap.id, at: now.addingTimeInterval(86400))
        #expect(first && !second)
        #expect(progress.entry(for: slug, in: roadmap.id)?.updated == now)
    }

    @Test func entriesForTopicsNoLongerInTheRoadmapAreReportedNotDropped() {
        var progress = StudyProgress()
        progress.markDone(TopicSlug(rawValue: "a-topic-that-was-renamed"), in: roadmap.id, at: now)
        let report = ProgressReport(roadmap: roadmap, progress: progress)
        #expect(report.unmatchedEntries == ["a-topic-that-was-renamed"])
        #expect(report.doneCount == 0)
        #expect(progress.roadmaps[roadmap.id]?.topics.count == 1)
    }
}
