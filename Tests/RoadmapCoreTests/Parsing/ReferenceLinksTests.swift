import Testing

@testable import RoadmapCore

@Suite struct ReferenceLinksTests {
    /// Without any definition in the document, `][` and `]()` are still read and reported;
    /// text with neither keeps its blocks as they are.
    @Test func documentsWithoutDefinitionsStillReportBrokenLinks() throws {
        let text = "# Plan\n\n## Phase 1: Basics\n- [Alpha][nope]\n- [Beta]()\n- [Gamma](https://g.example) and a ] [ gap\n"
        let (roadmap, warnings) = try RoadmapParser.lint(RoadmapSource(id: "refs", fileName: "refs.md", text: text))
        #expect(warnings.map(\.line) == [4, 5])
        #expect(warnings.map(\.message) == ["a link to an undefined reference [nope]", "a link without a target: Beta"])
        #expect(roadmap.topics.map(\.title) == ["Alpha", "Beta", "Gamma and a ] [ gap"])
    }

    @Test func blocksWithoutReferenceMarksAreKept() {
        let blocks = LineScanner.blocks(in: "## A\n\nSee [docs](https://d.example).\n\n- x ] y\n- [z] (w)\n")
        let (resolved, warnings) = ReferenceLinks.resolve(blocks, definitions: [:])
        #expect(resolved == blocks)
        #expect(warnings.isEmpty)
    }
}
