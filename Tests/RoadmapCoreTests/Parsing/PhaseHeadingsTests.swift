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
        for index in [0, 3, 4, 10] { first.append(try heading(index), at: index, level: 2) }
        var second = PhaseHeadings()
        for index in [1, 7] { second.append(try heading(100 + index), at: index, level: 2) }
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
        #expect(first.blockIndices.map { first[$0]?.title } == ["Topic 0", "Topic 3", "Topic 4", "Topic 10", "Topic 101", "Topic 107"])
    }

    /// Headings joined from several pieces, some empty, are found as if appended one by one.
    @Test func piecesJoinAsOne() throws {
        let pieces: [[Int]] = [[], [2, 5], [], [0], [1, 3, 4], []]
        var joined = PhaseHeadings()
        var single = PhaseHeadings()
        var offset = 0
        for indices in pieces {
            var piece = PhaseHeadings()
            for index in indices {
                piece.append(try heading(offset + index), at: index, level: 2)
                single.append(try heading(offset + index), at: offset + index, level: 2)
            }
            joined.append(contentsOf: piece, offset: offset)
            offset += 6
        }
        #expect(joined.blockIndices == [8, 11, 18, 25, 27, 28])
        #expect(joined.blockIndices == single.blockIndices)
        #expect(joined.blockIndices.map { joined[$0] } == single.blockIndices.map { single[$0] })
        for index in 0..<40 { #expect(joined[index] == single[index], "block \(index)") }
        #expect(joined.tally == single.tally)
    }

    /// The tally finds the level with the most headings and its most used stage word, however
    /// the headings were split into pieces; ties go to the higher level and the word that
    /// sorts first.
    @Test(arguments: [
        ([(2, "week"), (2, "week"), (3, "step")], 2, "week"),
        ([(3, "step"), (2, "week")], 2, "week"),
        ([(3, "step"), (2, "week"), (3, "step")], 3, "step"),
        ([(2, "week"), (2, "phase")], 2, "phase"),
        ([(2, "week"), (2, "phase"), (2, "week"), (7, "step"), (7, "step")], 2, "week"),
        ([(7, "step"), (7, "step"), (2, "phase")], 7, "step"),
    ] as [([(Int, String)], Int, String)])
    func tallyFindsTheMostUsed(headings: [(level: Int, keyword: String)], level: Int, keyword: String) {
        for cut in 0...headings.count {
            var first = PhaseHeadings.Tally()
            for heading in headings[..<cut] { first.add(level: heading.level, keyword: heading.keyword) }
            var second = PhaseHeadings.Tally()
            for heading in headings[cut...] { second.add(level: heading.level, keyword: heading.keyword) }
            first.add(second)
            #expect(first.mostUsed?.level == level, "cut at \(cut)")
            #expect(first.mostUsed?.keyword == keyword, "cut at \(cut)")
        }
    }

    @Test func noHeadingsFindNothing() {
        let none = PhaseHeadings()
        #expect(none[0] == nil)
        #expect(none.count == 0)
        #expect(none.tally.mostUsed == nil)
    }
}
