import Foundation
import Testing

@testable import RoadmapCore

/// Status transitions, notes and undo.
@Suite struct StudyProgressTests {
    let topic = Topic(position: "1.1", slug: TopicSlug(rawValue: "calculus"), title: "Calculus")
    let other = Topic(position: "1.2", slug: TopicSlug(rawValue: "algebra"), title: "Algebra")
    let day1 = Timestamp(secondsSince1970: 1_790_000_000)
    var day2: Timestamp { day1.adding(seconds: 86_400) }

    func progress(after actions: [TopicAction]) -> StudyProgress {
        var progress = StudyProgress()
        for (offset, action) in actions.enumerated() {
            progress.apply(action, to: [topic], in: "r", at: day1.adding(seconds: Double(offset) * 60))
        }
        return progress
    }

    @Test(arguments: [
        ([TopicAction.start], TopicProgress.Status.inProgress),
        ([.done], .done),
        ([.skip], .skipped),
        ([.start, .done], .done),
        ([.start, .skip], .skipped),
        ([.skip, .start], .inProgress),
        ([.skip, .done], .done),
        ([.done, .reset], .notStarted),
        ([.start, .reset], .notStarted),
        ([.done, .start], .done),
        ([.done, .skip], .done),
        ([.note("x")], .notStarted),
        ([.start, .note("x")], .inProgress),
    ])
    func statusAfter(actions: [TopicAction], status: TopicProgress.Status) {
        #expect(progress(after: actions).status(of: topic.slug, in: "r") == status)
    }

    @Test func unchangedActionsSayWhyAndRecordNothing() {
        var progress = progress(after: [.done])
        let again = progress.apply(.done, to: [topic], in: "r", at: day2)
        #expect(again.changed.isEmpty)
        #expect(again.unchanged.map(\.reason) == [.already(.done, since: day1)])
        let start = progress.apply(.start, to: [topic], in: "r", at: day2)
        #expect(start.unchanged.map(\.reason) == [.isDone(since: day1)])
        #expect(progress.history.count == 1)
        #expect(progress.entry(for: topic.slug, in: "r")?.finished == day1)
    }

    @Test func datesOfStartAndFinishAreKept() {
        var progress = StudyProgress()
        progress.apply(.start, to: [topic], in: "r", at: day1)
        progress.apply(.done, to: [topic], in: "r", at: day2)
        let entry = progress.entry(for: topic.slug, in: "r")
        #expect(entry?.started == day1 && entry?.finished == day2 && entry?.updated == day2)
    }

    @Test func resetKeepsNotesAndDropsAnEmptyEntry() {
        var progress = progress(after: [.done, .reset])
        #expect(progress.roadmaps["r"] == nil)
        progress.apply(.note("remember"), to: [topic], in: "r", at: day2)
        progress.apply(.done, to: [topic], in: "r", at: day2)
        progress.apply(.reset, to: [topic], in: "r", at: day2)
        #expect(progress.entry(for: topic.slug, in: "r")?.notes == [Note(date: day2, text: "remember")])
        #expect(progress.status(of: topic.slug, in: "r") == .notStarted)
    }

    @Test func undoRevertsEachKindOfChangeInTurn() {
        var progress = StudyProgress()
        var states: [StudyProgress] = [progress]
        for action in [TopicAction.start, .note("n"), .skip, .done, .reset] {
            progress.apply(action, to: [topic, other], in: "r", at: day2)
            states.append(progress)
        }
        for expected in states.dropLast().reversed() {
            let change = progress.undoLastChange()
            #expect(change != nil)
            #expect(progress.roadmaps == expected.roadmaps)
            #expect(progress.history == expected.history)
        }
        #expect(progress.undoLastChange() == nil)
    }

    @Test func undoInOneRoadmapLeavesTheOthersChangesAlone() {
        var progress = StudyProgress()
        progress.apply(.done, to: [topic], in: "a", at: day1)
        progress.apply(.start, to: [other], in: "a", at: day1)
        progress.apply(.done, to: [topic], in: "b", at: day2)
        let onlyB = progress

        let change = progress.undoLastChange(in: "a")
        #expect(change?.roadmap == "a")
        #expect(change?.action == .start)
        #expect(progress.status(of: other.slug, in: "a") == .notStarted)
        #expect(progress.status(of: topic.slug, in: "a") == .done)
        // The later change on b is still there, and still the last.
        #expect(progress.roadmaps["b"] == onlyB.roadmaps["b"])
        #expect(progress.history.map(\.roadmap) == ["a", "b"])

        #expect(progress.undoLastChange(in: "a")?.action == .done)
        #expect(progress.undoLastChange(in: "a") == nil)
        #expect(progress.roadmaps["a"] == nil)
        #expect(progress.undoLastChange(in: "c") == nil)
        #expect(progress.history.map(\.roadmap) == ["b"])
        #expect(progress.undoLastChange()?.roadmap == "b")
    }

    @Test func historyDescribesEachChange() {
        var progress = StudyProgress()
        progress.apply(.done, to: [topic, other], in: "r", at: day1)
        progress.apply(.note("chain rule"), to: [topic], in: "r", at: day2)
        #expect(progress.history.map(\.summary) == ["done 1.1 Calculus, 1.2 Algebra", "note 1.1 Calculus: chain rule"])
        #expect(progress.history.map(\.action) == [.done, .note])
    }

    @Test func progressRoundTripsThroughJSON() throws {
        var progress = progress(after: [.start, .note("a"), .done])
        progress.activeRoadmap = "r"
        let data = try foundationEncoder.encode(progress)
        #expect(try ProgressStore.decode(Array(data), path: "p") == progress)
    }

    @Test func versionOneFilesAreRead() throws {
        let v1 = """
            {"version": 1, "activeRoadmap": "r",
             "roadmaps": {"r": {"topics": {"calculus": {"status": "done", "updated": "2026-09-21T14:13:20Z"}}}}}
            """
        let progress = try ProgressStore.decode(Array(v1.utf8), path: "p")
        #expect(progress.version == 1)
        #expect(progress.entry(for: topic.slug, in: "r") == TopicProgress(status: .done, updated: day1, finished: day1))
        #expect(progress.history.isEmpty)
    }
}
