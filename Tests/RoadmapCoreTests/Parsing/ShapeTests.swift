import Testing

@testable import RoadmapCore

/// New roadmaps written in the bundled roadmaps' shapes parse the same way: the parser reads
/// Markdown conventions, not file names.
@Suite struct ShapeTests {
    @Test func boldStepParagraphs() throws {
        let roadmap = try TestFiles.parse("""
            <h1>Learn Go</h1>

            **Step 1: Basics (2 weeks)**
               - Read the [Tour of Go](https://go.dev/tour)
               - Write small programs
            **Step 2: Concurrency**
               - Goroutines and channels
            """)
        #expect(roadmap.title == "Learn Go")
        #expect(roadmap.phases.map(\.title) == ["Basics", "Concurrency"])
        #expect(roadmap.phases[0].estimate?.minWeeks == 2)
        #expect(roadmap.phases[0].topics.map(\.title) == ["Read the Tour of Go", "Write small programs"])
        #expect(roadmap.phases[0].topics[0].resources == [Resource(title: "Tour of Go", url: "https://go.dev/tour")])
    }

    @Test func setextWeeksWithTopicHeadings() throws {
        let roadmap = try TestFiles.parse("""
            # Rust in 6 weeks

            Weeks 1-2: Ownership
            ====================
            ### Borrowing
            Book chapter: https://doc.rust-lang.org/book/ch04-00.html

            Week 3, 4, 5, 6
            ===============
            * Traits
            * Async

            Tips
            ====
            * Sleep well
            """)
        #expect(roadmap.phases.map(\.title) == ["Ownership", "Week 3, 4, 5, 6"])
        #expect(roadmap.phases.map { $0.estimate?.minWeeks } == [2, 4])
        #expect(roadmap.phases[0].topics[0].resources.first?.title == "Book chapter")
        #expect(roadmap.phases[1].topics.map(\.title) == ["Traits", "Async"])
    }

    @Test func monthTableMergedWithDetailedSections() throws {
        let roadmap = try TestFiles.parse("""
            ## Plan

            | Month | Phase | Topics | Resources |
            | ----- | ----- | ------ | --------- |
            | 1 | Basics | - SQL<br>- Python | - [Docs](https://a.org) |
            | 2 | Models | - Regression | |

            ### Month 1: Basics
            **Topics:**
            1. **SQL:** joins, indexes
            2. **Statistics:** means

            ### Month 2: Models
            **Resources:**
            - [Book](https://b.org)
            """)
        #expect(roadmap.phases.count == 2)
        #expect(roadmap.phases[0].topics.map(\.title) == ["SQL", "Python", "Statistics"])
        #expect(roadmap.phases[0].topics[0].subtopics == ["joins, indexes"])
        #expect(roadmap.phases[1].resources.map(\.url) == ["https://b.org"])
    }

    @Test func documentWithoutPhasesIsAnError() {
        #expect(throws: RoadmapError.noPhases(file: "test.md")) { try TestFiles.parse("Just some text.\n") }
    }
}
