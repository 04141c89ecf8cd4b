import Testing

@testable import RoadmapCore

/// One golden tree dump per bundled roadmap: a diff shows exactly what a parser change did.
@Suite struct GoldenDumpTests {
    @Test(arguments: TestFiles.bundledIDs)
    func bundledRoadmapMatchesItsDump(id: String) throws {
        let roadmap = try TestFiles.bundled(id)
        try expectSnapshot(TreeDump.render(roadmap), named: "\(id).txt")
    }

    @Test(arguments: TestFiles.bundledIDs)
    func parsingTwiceGivesEqualModels(id: String) throws {
        #expect(try TestFiles.bundled(id) == TestFiles.bundled(id))
    }

    @Test(arguments: TestFiles.bundledIDs)
    func slugsAreUniqueWithinARoadmap(id: String) throws {
        let slugs = try TestFiles.bundled(id).topics.map(\.slug)
        #expect(Set(slugs).count == slugs.count)
    }
}
