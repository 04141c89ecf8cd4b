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

    /// An item that names a thing to learn is the topic, and the links nested under it are its
    /// resources; an item that leads into its links (a colon, or a sentence) stands for them.
    @Test(arguments: [
        ("Git & GitHub", ["Git & GitHub"]),
        ("Docker", ["Docker"]),
        ("CSS: Flexbox & Grid", ["CSS: Flexbox & Grid"]),
        ("Python packages like:", ["Pro Git", "docs.docker.com/get-started"]),
        ("Useful links", ["Pro Git", "docs.docker.com/get-started"]),
        ("Start with some basic *Python* packages as follows", ["Pro Git", "docs.docker.com/get-started"]),
    ])
    func linksNestedUnderAnItem(item: String, topics: [String]) throws {
        let roadmap = try TestFiles.parse("""
            # Plan

            ## Phase 1: Tools
            - \(item)
              - [Pro Git](https://git-scm.com/book)
              - https://docs.docker.com/get-started/
            """)
        #expect(roadmap.topics.map(\.title) == topics)
        if topics.count == 1 {
            #expect(roadmap.topics[0].resources.map(\.url) == ["https://git-scm.com/book", "https://docs.docker.com/get-started/"])
        }
    }

    @Test(arguments: [
        ("Packages:", true), ("  Start with these packages :  ", true), ("Which editor should you use?", true),
        ("Start with some basic Python packages as follows", true), ("Python libraries", true), ("Useful links", true),
        ("Start with these Python packages", true), ("Frameworks", true),
        ("Git & GitHub", false), ("Docker", false), ("Version control — Git & GitHub", false), ("SciPy", false), ("", false),
    ])
    func itemsThatLeadIntoTheirNestedItems(text: String, introduces: Bool) {
        #expect(ItemReader.introducesItems(text) == introduces)
    }
}
