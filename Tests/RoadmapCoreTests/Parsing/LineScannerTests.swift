import Testing
import TestSupport

@testable import RoadmapCore

@Suite struct LineScannerTests {
    @Test func classifiesHeadingsOfEveryKind() {
        let text = """
            # Title
            Week 1, 2
            =========
            Sub
            ---
            <h1 align="center">HTML Title</h1>
            **Step 1: Bold**
            ### Closed ###
            """
        #expect(LineScanner.blocks(in: text) == [
            .heading(level: 1, text: "Title", line: 1),
            .heading(level: 1, text: "Week 1, 2", line: 2),
            .heading(level: 2, text: "Sub", line: 4),
            .heading(level: 1, text: "HTML Title", line: 6),
            .heading(level: 7, text: "Step 1: Bold", line: 7),
            .heading(level: 3, text: "Closed", line: 8),
        ])
    }

    @Test func codeBlocksAreNeverStructure() {
        let text = "# Real\n\n```sh\n# not a heading\n- not an item\n```\n\n    # indented code\n\n- item"
        #expect(LineScanner.blocks(in: text) == [
            .heading(level: 1, text: "Real", line: 1),
            .listItem(indent: 0, text: "item", checked: nil, line: 10),
        ])
    }

    @Test func listItemsKeepIndentTaskStateAndContinuations() {
        let text = "- [x] done\n\t- nested\n  lazy line\n1. first\n2) second"
        #expect(LineScanner.blocks(in: text) == [
            .listItem(indent: 0, text: "done", checked: true, line: 1),
            .listItem(indent: 4, text: "nested lazy line", checked: nil, line: 2),
            .listItem(indent: 0, text: "first", checked: nil, line: 4),
            .listItem(indent: 0, text: "second", checked: nil, line: 5),
        ])
    }

    @Test func tablesAndThematicBreaks() {
        let text = "| Month | Phase |\n| --- | --- |\n| **1** | Basics |\n\n---\nText\r\nmore"
        #expect(LineScanner.blocks(in: text) == [
            .table(header: ["Month", "Phase"], rows: [["**1**", "Basics"]], line: 1),
            .paragraph(text: "Text more", line: 6),
        ])
    }

    /// A cell is its text between the pipes, trimmed as text is: padding goes, and so does
    /// other white space, but a space that a combining mark after it (or a prepended mark
    /// before it) makes part of a character stays with that character.
    @Test(arguments: ["  Basics   ", "\tBasics\t", " \u{301}Python ", " a\u{600} ", "\u{A0} NumPy \u{A0}", " \u{0B}x ", "   ", "é"])
    func tableCellsAreTrimmedAsText(cell: String) {
        let text = "| Month | Phase |\n| --- | --- |\n| 1 |\(cell)|\n"
        #expect(LineScanner.blocks(in: text) == [.table(header: ["Month", "Phase"], rows: [["1", cell.trimmingSpace]], line: 1)])
    }

    /// Cells split at each pipe that an odd run of backslashes does not escape, as reading
    /// byte by byte with an escape flag splits them.
    @Test func escapedPipesStayInTheirCell() {
        #expect(Array("| a \\| b | c\\\\| d |".utf8).withUnsafeBufferPointer { $0[...].tableCells } == ["a \\| b", "c\\\\", "d"])
        var random = SplitMix64(seed: 5)
        let pieces = ["a", "|", "\\", " ", "\\|", "\\\\", "é", "x y"]
        for _ in 0..<3_000 {
            let row = Array((0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined().utf8)
            // Followed by more of the document, which the row must not read into.
            let document = row + Array("\n| more | cells |".utf8)
            let cells = document.withUnsafeBufferPointer { $0[..<row.count].tableCells }
            #expect(cells == Self.cellsByEscapeFlag(row), "\(String(decoding: row, as: UTF8.self))")
        }
    }

    private static func cellsByEscapeFlag(_ row: [UInt8]) -> [String] {
        row.withUnsafeBufferPointer { whole in
            var bytes = whole[...].trimmingTrailingSpace
            if bytes.first == UInt8(ascii: "|") { bytes = bytes.dropFirst() }
            if bytes.last == UInt8(ascii: "|"), bytes.dropLast().last != UInt8(ascii: "\\") { bytes = bytes.dropLast() }
            var cells: [String] = []
            var start = bytes.startIndex
            var escaped = false
            for index in bytes.indices {
                if escaped {
                    escaped = false
                } else if bytes[index] == UInt8(ascii: "\\") {
                    escaped = true
                } else if bytes[index] == UInt8(ascii: "|") {
                    cells.append(bytes[start..<index].text.trimmingSpace)
                    start = index + 1
                }
            }
            cells.append(bytes[start...].text.trimmingSpace)
            return cells
        }
    }
}
