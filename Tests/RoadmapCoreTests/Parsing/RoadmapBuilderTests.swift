import Testing

@testable import RoadmapCore

@Suite struct RoadmapBuilderTests {
    @Test(arguments: [0, 1, 9, 10, 11, 99, 100, 101, 12_345, 100_000, Int.max])
    func positionsAreWrittenInDecimal(number: Int) {
        #expect(RoadmapBuilder.decimal(number) == String(number))
    }

    /// Positions count topics within each phase; a phase of more than nine topics reads 1.10.
    @Test func positionsNumberPhasesAndTopics() throws {
        let topics = (1...11).map { "- Topic \($0)" }.joined(separator: "\n")
        let roadmap = try TestFiles.parse("# Plan\n\n## Phase 1: A\n\(topics)\n\n## Phase 2: B\n- Last\n")
        #expect(roadmap.topics.map(\.position) == (1...11).map { "1.\($0)" } + ["2.1"])
    }
}
