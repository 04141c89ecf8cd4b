import Foundation
import Testing

@testable import RoadmapCore

@Suite struct MarkdownExportTests {
    let now = Timestamp(secondsSince1970: 1_790_000_000)

    @Test(arguments: TestFiles.bundledIDs)
    func exportedChecklistReadsBackAsTheSamePhasesAndTopics(id: String) throws {
        let roadmap = try TestFiles.bundled(id)
        var progress = StudyProgress()
        progress.apply(.done, to: Array(roadmap.topics.prefix(2)), in: id, at: now)
        progress.apply(.start, to: [roadmap.topics[2]], in: id, at: now)
        progress.apply(.note("watch the *second* video [again]"), to: [roadmap.topics[0]], in: id, at: now)
        // A note of several lines, some of which start like list items or headings.
        progress.apply(.note("Good resources:\r\n- Book A\n\n1. Book B\r\n## not a phase"), to: [roadmap.topics[1]], in: id, at: now)
        progress.apply(.skip, to: [roadmap.topics[3]], in: id, at: now)
        let markdown = MarkdownExporter.export(roadmap, progress: progress, style: .plain)
        let reread = try TestFiles.parse(markdown, id: id)
        #expect(reread.title == roadmap.title)
        #expect(reread.phases.map(\.title) == roadmap.phases.map(\.title))
        #expect(reread.phases.map(\.estimate?.minWeeks) == roadmap.phases.map(\.estimate?.minWeeks))
        #expect(reread.phases.map(\.isOptional) == roadmap.phases.map(\.isOptional))
        #expect(reread.topics.map(\.title) == roadmap.topics.map(\.title))
        #expect(reread.topics.map(\.slug) == roadmap.topics.map(\.slug))
        #expect(reread.topics.map(\.kind) == roadmap.topics.map(\.kind))
        #expect(reread.topics.map(\.resources.count) == roadmap.topics.map(\.resources.count))
    }

    @Test func checklistShowsStatusDatesLinksAndNotes() throws {
        let roadmap = try TestFiles.bundled("python-ml-steps")
        var progress = StudyProgress()
        progress.apply(.done, to: [roadmap.topics[2]], in: roadmap.id, at: now)
        progress.apply(.note("start with arrays"), to: [roadmap.topics[3]], in: roadmap.id, at: now)
        let markdown = MarkdownExporter.export(roadmap, progress: progress, style: .plain)
        #expect(markdown.hasPrefix("# Machine Learning Roadmap Using Python\n\n**Time estimate:** 45 - 50 days at 5 - 6 hours a day\n\n## Phase 1: Learn basic Python\n\n- [ ] "))
        #expect(markdown.contains("""
            ## Phase 2: Learn some basic Machine Learning Python Packages

            - [x] SciPy (done 2026-09-21)
              - Resources:
                - [SciPy](<https://docs.scipy.org/doc/scipy/reference/>)
            - [ ] NumPy
              - Resources:
                - [NumPy](<https://docs.scipy.org/doc/numpy-1.15.1/reference/>)
              - Notes:
                - 2026-09-21: start with arrays
            """))
    }
}
