/// The first parsing pass: splits Markdown text into classified ``Block``s with line numbers.
///
/// Fenced and indented code, HTML other than headings, images and thematic breaks are
/// dropped here, so no later stage can mistake them for structure.
struct LineScanner {
    private var blocks: [Block] = []
    private var paragraph: [Substring] = []
    private var paragraphLine = 0
    private var fence: (marker: UInt8, count: Int)?
    private var previousWasBlank = true
    private var inList = false
    private var table: (header: [String], rows: [[String]], line: Int)?
    /// Inside YAML front matter (a `---` block opening the document).
    private var inFrontMatter = false

    /// Classifies every line of `text`; line numbers start at `firstLine`.
    static func blocks(in text: String, firstLine: Int = 1) -> [Block] {
        var scanner = LineScanner()
        var number = firstLine
        // Lines end at "\n" or "\r\n", found by byte offset.
        let utf8 = text.utf8
        let lineRanges = text.withUTF8Bytes(Self.lineRanges)
        for range in lineRanges {
            let line = text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
            if number == firstLine, line.trimmingTrailingSpace == "---" {
                scanner.inFrontMatter = true
            } else if scanner.inFrontMatter {
                scanner.readFrontMatter(line, number: number)
            } else {
                scanner.read(line, number: number)
            }
            number += 1
        }
        scanner.flushParagraph()
        scanner.flushTable()
        return scanner.blocks
    }

    /// The byte ranges of the lines, without their "\n" or "\r\n".
    private static func lineRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        while true {
            let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n"))
            var end = newline ?? bytes.count
            if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            ranges.append(start..<end)
            guard let newline else { return ranges }
            start = newline + 1
        }
    }

    private mutating func read(_ line: Substring, number: Int) {
        let indent = line.indentation
        let body = line.droppingLeadingSpace

        if let open = fence {
            if body.isFence(of: open.marker, atLeast: open.count),
                body.utf8.dropFirst(body.leadingCount(of: open.marker)).allSatisfy(\.isASCIIWhiteSpace)
            {
                fence = nil
            }
            return
        }
        if body.isEmpty {
            flushParagraph()
            flushTable()
            previousWasBlank = true
            return
        }
        defer { previousWasBlank = false }

        if indent < 4, let marker = body.utf8.first, marker == UInt8(ascii: "`") || marker == UInt8(ascii: "~"),
            body.isFence(of: marker, atLeast: 3)
        {
            flushParagraph()
            flushTable()
            fence = (marker, body.leadingCount(of: marker))
            return
        }
        if indent >= 4, previousWasBlank, !inList, paragraph.isEmpty {
            return  // indented code block
        }
        if table != nil {
            if body.containsByte(UInt8(ascii: "|")) {
                table?.rows.append(Self.cells(of: body))
                return
            }
            flushTable()
        }
        if paragraph.count == 1, paragraph[0].containsByte(UInt8(ascii: "|")), body.isTableDelimiter {
            // A table is a header row followed by a delimiter row.
            table = (Self.cells(of: paragraph[0]), [], paragraphLine)
            paragraph = []
            return
        }
        if indent < 4, let level = body.setextLevel, !paragraph.isEmpty {
            let text = paragraph.joined(separator: " ")
            blocks.append(.heading(level: level, text: String(text), line: paragraphLine))
            paragraph = []
            return
        }
        if indent < 4, body.isThematicBreak {
            flushParagraph()
            inList = false
            return
        }
        if indent < 4, let heading = body.atxHeading {
            flushParagraph()
            inList = false
            blocks.append(.heading(level: heading.level, text: String(heading.text), line: number))
            return
        }
        if let heading = body.htmlHeading {
            flushParagraph()
            inList = false
            blocks.append(.heading(level: heading.level, text: heading.text, line: number))
            return
        }
        if body.isHTMLLine {
            flushParagraph()
            return
        }
        if paragraph.isEmpty, indent < 4, let definition = body.linkDefinition {
            blocks.append(.linkDefinition(label: definition.label, url: definition.url, line: number))
            return
        }
        if let item = body.listItem {
            flushParagraph()
            inList = true
            blocks.append(.listItem(indent: indent, text: String(item.text), checked: item.checked, line: number))
            return
        }
        if !previousWasBlank, case .listItem(let itemIndent, let text, let checked, let line)? = blocks.last, paragraph.isEmpty,
            body.wholeLineBold == nil
        {
            // A lazy continuation line of the item above.
            blocks[blocks.count - 1] = .listItem(indent: itemIndent, text: text + " " + body.trimmingTrailingSpace, checked: checked, line: line)
            return
        }
        if previousWasBlank && indent == 0 { inList = false }
        if paragraph.isEmpty { paragraphLine = number }
        paragraph.append(Substring(body.trimmingTrailingSpace))
    }

    private mutating func readFrontMatter(_ line: Substring, number: Int) {
        let body = line.trimmingTrailingSpace
        if body == "---" || body == "..." {
            inFrontMatter = false
        } else if body.hasPrefix("title:") {
            var title = body.dropFirst(6).trimmingSpace
            if title.count >= 2, let first = title.first, first == "\"" || first == "'", title.last == first {
                title = String(title.dropFirst().dropLast())
            }
            if !title.isEmpty { blocks.append(.metadataTitle(title, line: number)) }
        }
    }

    private mutating func flushParagraph() {
        guard !paragraph.isEmpty else { return }
        if paragraph.count == 1, let bold = paragraph[0].wholeLineBold {
            blocks.append(.heading(level: Block.boldHeadingLevel, text: bold, line: paragraphLine))
        } else {
            blocks.append(.paragraph(text: paragraph.joined(separator: " "), line: paragraphLine))
        }
        paragraph = []
    }

    private mutating func flushTable() {
        guard let table else { return }
        blocks.append(.table(header: table.header, rows: table.rows, line: table.line))
        self.table = nil
    }

    /// The cells of a pipe-table row, trimmed, without the outer pipes.
    static func cells(of row: Substring) -> [String] {
        let trimmed = row.trimmingTrailingSpace
        var bytes = trimmed.utf8[...]
        if bytes.first == UInt8(ascii: "|") { bytes = bytes.dropFirst() }
        if bytes.last == UInt8(ascii: "|"), bytes.dropLast().last != UInt8(ascii: "\\") { bytes = bytes.dropLast() }
        // Cells split at every pipe not escaped by a backslash; the escape stays in the text.
        var cells: [String] = []
        var cellStart = bytes.startIndex
        var escaped = false
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "|") {
                cells.append(trimmed[cellStart..<index].trimmingSpace)
                cellStart = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        cells.append(trimmed[cellStart..<bytes.endIndex].trimmingSpace)
        return cells
    }
}
