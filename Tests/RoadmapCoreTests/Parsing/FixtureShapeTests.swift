import Foundation
import Testing

@testable import RoadmapCore

/// Roadmaps in the shapes people write, each fixture checked for its phases, topic counts,
/// estimates and resources, and pinned as a golden dump.
@Suite struct FixtureShapeTests {
    static let fixtures = [
        "overview-wrapped", "mixed-levels", "unnumbered-sections", "bold-weeks", "task-list", "tables", "links",
        "estimates", "code-and-front-matter", "html-emoji",
    ]

    @Test(arguments: fixtures)
    func fixtureMatchesItsDump(name: String) throws {
        try expectSnapshot(TreeDump.render(TestFiles.fixture(name)), named: "fixture-\(name).txt")
    }

    @Test func phasesWrappedInAnOverviewAtTheThirdLevel() throws {
        let roadmap = try TestFiles.fixture("overview-wrapped")
        #expect(roadmap.title == "Learn Rust in Three Phases")
        #expect(roadmap.phases.map(\.title) == ["Basics", "Traits and Generics", "Async"])
        #expect(roadmap.phases.map(\.topics.count) == [2, 2, 1])
        #expect(roadmap.phases[2].estimate?.isOngoing == true)
        #expect(roadmap.estimate?.text == "10 weeks at 8 hours per week")
        #expect(roadmap.phases[0].topics[0].resources == [Resource(title: "the book chapter", url: "https://doc.rust-lang.org/book/ch04-00.html")])
        #expect(roadmap.phases[0].topics[1].subtopics == ["Pattern matching", "Option and Result"])
        #expect(!roadmap.topics.contains { $0.title.contains("C first") || $0.title == "MIT" })
    }

    @Test func stageHeadingsAtMixedLevels() throws {
        let roadmap = try TestFiles.fixture("mixed-levels")
        #expect(roadmap.phases.map(\.title) == ["Syntax", "Types and Methods", "Concurrency"])
        #expect(roadmap.phases.map { $0.estimate?.minWeeks } == [1, 1, 2])
    }

    @Test func sectionsWithoutStageNumbers() throws {
        let roadmap = try TestFiles.fixture("unnumbered-sections")
        #expect(roadmap.phases.map(\.title) == ["HTML & CSS", "JavaScript", "React"])
        #expect(roadmap.phases[1].topics.map(\.title) == ["Syntax and types", "DOM manipulation", "Modules"])
        #expect(roadmap.phases[1].topics[1].subtopics == ["Events", "Fetch"])
    }

    @Test func boldWeekParagraphsWithNumberedAndTabNestedLists() throws {
        let roadmap = try TestFiles.fixture("bold-weeks")
        #expect(roadmap.phases.map(\.title) == ["Setup", "SQL", "Pipelines"])
        #expect(roadmap.phases[0].topics[1].subtopics == ["Navigation", "Pipes"])
    }

    @Test func taskListItemsKeepTheirTicks() throws {
        let roadmap = try TestFiles.fixture("task-list")
        #expect(roadmap.topics.map(\.title) == ["Docker basics", "Images and layers", "Compose", "Pods", "Deployments"])
        #expect(roadmap.topics.map(\.isCheckedInSource) == [true, true, false, false, false])
    }

    @Test func tablesWithAPhasePerRowAndATopicPerRow() throws {
        let roadmap = try TestFiles.fixture("tables")
        #expect(roadmap.phases.map(\.title) == ["Core services", "Security", "Practice exams"])
        #expect(roadmap.phases.map { $0.estimate?.minWeeks } == [2, 1, 1])
        #expect(roadmap.phases[0].topics.map(\.title) == ["Compute", "Storage", "Networking"])
        #expect(roadmap.phases[1].resources == [Resource(title: "Official study guide")])
        #expect(roadmap.phases[2].topics.map(\.title) == ["Mock exam 1", "Mock exam 2"])
        #expect(roadmap.phases[2].topics[0].resources.first?.url == "https://exam.example.com/1")
        #expect(roadmap.phases[2].topics[0].subtopics == ["Hours: 3"])
    }

    @Test func linksOfEveryKind() throws {
        let (roadmap, warnings) = try RoadmapParser.lint(RoadmapSource(path: TestFiles.testsFolder.appending(path: "Fixtures/links.md").path))
        let resources = roadmap.topics.flatMap(\.resources)
        #expect(resources.contains(Resource(title: "Rust Book", url: "https://doc.rust-lang.org/book/")))
        #expect(resources.contains(Resource(title: "Rustlings", url: "https://github.com/rust-lang/rustlings")))
        #expect(resources.contains(Resource(title: "the Nomicon", url: "https://doc.rust-lang.org/nomicon/")))
        // A bare link or autolink after a label is titled by the label.
        #expect(resources.contains(Resource(title: "Autolink", url: "https://rust-lang.org/learn")))
        #expect(resources.contains(Resource(title: "Bare: Rust by Example", url: "https://doc.rust-lang.org/rust-by-example/")))
        #expect(resources.contains(Resource(title: "The official tutorial", url: "https://docs.python.org/3/tutorial/")))
        #expect(roadmap.topics.map(\.title).contains("The official tutorial is here"))
        #expect(warnings.map(\.line) == [10, 11])
    }

    @Test func everyFormOfEstimate() throws {
        let roadmap = try TestFiles.fixture("estimates")
        let month = 52.0 / 12
        let expected: [(Double?, Double?, Bool)] = [
            (4, 4, false), (2 * month, 2 * month, false), (month, month, false), (12, nil, false), (6, 6, false),
            (45.0 / 7, 50.0 / 7, false), (3 * month, 3 * month, false), (nil, nil, true), (nil, nil, false), (nil, nil, false),
        ]
        for (phase, (low, high, ongoing)) in zip(roadmap.phases, expected) {
            #expect(phase.estimate?.minWeeks.map { abs($0 - (low ?? -1)) < 1e-9 } ?? (low == nil), "phase \(phase.number)")
            #expect(phase.estimate?.maxWeeks.map { abs($0 - (high ?? -1)) < 1e-9 } ?? (high == nil), "phase \(phase.number)")
            #expect((phase.estimate?.isOngoing ?? false) == ongoing, "phase \(phase.number)")
        }
        #expect(roadmap.phases[6].estimate?.minHoursPerWeek == 15 && roadmap.phases[6].estimate?.maxHoursPerWeek == 20)
        #expect(roadmap.phases[8].title == "CS 294 and TensorFlow 2.0 in 4 Minutes on CIFAR-10")
    }

    @Test func codeIsNeverStructureAndFrontMatterGivesTheTitle() throws {
        let roadmap = try TestFiles.fixture("code-and-front-matter")
        #expect(roadmap.title == "Shell Mastery")
        #expect(roadmap.phases.map(\.title) == ["Navigation", "Scripting"])
        #expect(roadmap.topics.map(\.title) == ["cd and ls", "Variables", "Loops"])
    }

    @Test func htmlHeadingsWithEmojiDecoration() throws {
        let roadmap = try TestFiles.fixture("html-emoji")
        #expect(roadmap.title == "Launch Plan")
        #expect(roadmap.phases.map(\.title) == ["Foundations", "Release"])
        #expect(roadmap.topics.map(\.title) == ["Packaging", "Testing", "Changelog"])
    }

    @Test func byteOrderMarkAndWindowsLineEndings() throws {
        let text = try String(contentsOf: TestFiles.testsFolder.appending(path: "Fixtures/mixed-levels.md"), encoding: .utf8)
        let bytes = [0xEF, 0xBB, 0xBF] + Array(text.replacing("\n", with: "\r\n").utf8)
        let roadmap = try RoadmapParser.parse(RoadmapSource(id: "crlf", fileName: "crlf.md", bytes: bytes))
        #expect(roadmap.title == "Go in a Month")
        #expect(roadmap.phases.map(\.title) == ["Syntax", "Types and Methods", "Concurrency"])
        #expect(roadmap.topics.count == 6)
    }

    @Test func lintOutputIsPinned() throws {
        let path = TestFiles.testsFolder.appending(path: "Fixtures/links.md").path
        let (roadmap, warnings) = try RoadmapParser.lint(RoadmapSource(path: path))
        try expectSnapshot(TextRenderer.lint(roadmap, warnings: warnings, file: "links.md", style: .plain), named: "lint-links.txt")
    }
}
