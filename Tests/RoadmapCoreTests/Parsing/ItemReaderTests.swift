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
}
