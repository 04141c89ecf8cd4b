import Testing
import TestSupport

@testable import RoadmapCore

@Suite struct PhaseTableTests {
    /// A cell is read between its `<br>` tags in place: the lines are those that replacing
    /// the tags with line feeds gives, on random cells of text, tags, brackets and line feeds.
    @Test func cellLinesAreThoseBetweenTheBreaks() {
        var random = SplitMix64(seed: 19)
        let pieces = ["- a", " b", "<br>", "<BR/>", "<br />", "<b>", "<", ">", "\n", "  ", "é", "<br", "</br>", "<bR  / >", "x"]
        for _ in 0..<3_000 {
            let cell = (0..<Int(random.next() % 10)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let expected = cell.replacingBreaks(with: "\n").split(separator: "\n").map(String.init)
            var lines: [String] = []
            cell.withUTF8Bytes { bytes in
                String.forEachLine(betweenBreaksIn: bytes) { if !$0.isEmpty { lines.append($0.text) } }
            }
            #expect(lines == expected, "\(cell.debugDescription)")
        }
    }

    /// A column where the reader ticks rows off (`Status`, `Done`) names no phase: the rows
    /// are titled by their period, whatever the column holds.
    @Test(arguments: ["Status", "Done", "Progress", "Notes", "✅", ""])
    func trackingColumnsAreNotTitles(header: String) throws {
        let roadmap = try TestFiles.parse("""
            # SQL

            | Week | Topic | Resource | \(header) |
            |--|--|--|--|
            | 1 | SELECT | SQLBolt | done |
            | 2 | JOINs | Mode | |
            | 3 | GROUP BY | SQLZoo | ✅ |
            """)
        #expect(roadmap.phases.map(\.title) == ["Week 1", "Week 2", "Week 3"])
        #expect(roadmap.topics.map(\.title) == ["SELECT", "JOINs", "GROUP BY"])
    }

    @Test func aTickColumnBeforeTheTopicsIsNotTheTopics() throws {
        let roadmap = try TestFiles.parse("""
            # SQL

            | Week | ✅ | Topic | Resource |
            |--|--|--|--|
            | 1 | x | SELECT | SQLBolt |
            | 2 | | JOINs | Mode |
            """)
        #expect(roadmap.phases.map(\.title) == ["Week 1", "Week 2"])
        #expect(roadmap.topics.map(\.title) == ["SELECT", "JOINs"])
    }
}
