import Testing

@testable import RoadmapCore

@Suite struct ItemReaderTests {
    /// Words to the document's contributors are not study items, in any case; items that only
    /// share a word with them are.
    @Test(arguments: [
        ("Send an EDIT REQUEST to add more", false),
        ("Star This Repo if it helped you", false),
        ("Contributions welcome!", false),
        ("Feel free to contribute — café", false),
        ("The Requests library", true),
        ("Contributing to open source", true),
        ("Star schemas in data warehouses", true),
    ])
    func notesAboutTheDocumentAreNotTopics(item: String, isTopic: Bool) throws {
        let roadmap = try TestFiles.parse("# Plan\n\n## Phase 1: Basics\n- Linear algebra\n- \(item)\n")
        #expect(roadmap.topics.count == (isTopic ? 2 : 1))
    }

    /// Subtopics and resources that differ only in how `é` is written (one scalar, or `e` and
    /// an accent) are one, as strings compare.
    @Test func subtopicsAndResourcesCompareAsText() throws {
        let roadmap = try TestFiles.parse("""
            # Plan

            ## Phase 1: Start
            - Topic
              - Café: one
              - Cafe\u{301}: two
              - [Café book](https://x.org/caf\u{E9})
              - [Cafe\u{301} book](https://x.org/cafe\u{301})
            """)
        let topic = try #require(roadmap.topics.first)
        #expect(topic.subtopics == ["Café: one"])
        #expect(topic.resources.count == 1)
    }
}
