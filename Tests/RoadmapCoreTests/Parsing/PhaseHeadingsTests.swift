import Testing

@testable import RoadmapCore

@Suite struct PhaseHeadingsTests {
    private func heading(_ number: Int) throws -> PhaseHeading {
        try #require(PhaseHeading("Week \(number): Topic \(number)"))
    }

    /// Headings are found by their block index, other blocks find none, and a later piece's
    /// headings join after the earlier's with their indices moved.
    @Test func headingsAreFoundByBlockIndex() throws {
        var first = PhaseHeadings()
        for index in [0, 3, 4, 10] { first.append(try heading(index), at: index) }
        var second = PhaseHeadings()
        for index in [1, 7] { second.append(try heading(100 + index), at: index) }
        first.append(contentsOf: second, offset: 20)

        #expect(first.count == 6)
        #expect(first.blockIndices == [0, 3, 4, 10, 21, 27])
        for index in 0..<30 {
            let expected: PhaseHeading? = switch index {
            case 0, 3, 4, 10: try heading(index)
            case 21, 27: try heading(80 + index)
            default: nil
            }
            #expect(first[index] == expected, "block \(index)")
        }
        #expect(first.map(\.0) == first.blockIndices)
        #expect(first.map(\.1.title) == ["Topic 0", "Topic 3", "Topic 4", "Topic 10", "Topic 101", "Topic 107"])
    }

    @Test func noHeadingsFindNothing() {
        let none = PhaseHeadings()
        #expect(none[0] == nil)
        #expect(none.count == 0)
    }
}
