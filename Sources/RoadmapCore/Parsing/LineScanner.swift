/// The first parsing pass: splits Markdown text into classified ``Block``s with line numbers.
///
/// Fenced and indented code, HTML other than headings, images and thematic breaks are
/// dropped here, so no later stage can mistake them for structure. Lines are read as bytes
/// (``LineBytes``); a `String` is made only for the text of a block.
struct LineScanner {
    private var blocks: [Block] = []
    /// The lines of the paragraph being read, without their indentation and trailing space.
    /// (Emptied keeping its room, which the next paragraph reuses.)
    private var paragraph: [LineBytes] = []
    private var paragraphLine = 0
    private var fence: (marker: UInt8, count: Int)?
    private var previousWasBlank = true
    private var inList = false
    private var table: (header: [String], rows: [[String]], line: Int)?
    /// Inside YAML front matter (a `---` block opening the document).
    private var inFrontMatter = false

    /// Classifies every line of `text`; line numbers start at `firstLine`.
    static func blocks(in text: String, firstLine: Int = 1) -> [Block] {
        scan(text, firstLine: firstLine).blocks
    }

    /// Classifies every line of `text`, and tells whether the scan ended at rest: outside any
    /// code fence, front matter, paragraph or table, so that a heading after this text reads
    /// the same on its own as it would after it.
    static func scan(_ text: String, firstLine: Int = 1) -> (blocks: [Block], endsAtRest: Bool) {
        text.withUTF8Bytes { bytes in
            let scanned = scan(bytes, firstLine: firstLine)
            return (scanned.blocks, scanned.endsAtRest)
        }
    }

    /// ``scan(_:firstLine:)`` over well-formed UTF-8, which also tells how many line feeds it
    /// read. When `repairing`, each line is read as ``TextRepair`` repairs it
    /// (``RepairedLines``), and the scan also tells whether a repaired line holds a reference
    /// mark (``ReferenceLinks/mentionsReferenceMarks(inText:)``).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int = 1, repairing: Bool = false)
        -> (blocks: [Block], endsAtRest: Bool, repairsMentionReferenceMarks: Bool, lineFeeds: Int)
    {
        var scanner = LineScanner()
        // Room up front for a block every 16 bytes, more than Markdown's lines make (a
        // document of shorter ones grows the array as it goes): a large document's array is
        // not copied as it grows, and the room never used is never touched.
        scanner.blocks.reserveCapacity(bytes.count / 16 + 16)
        var repairs = RepairedLines()
        var number = firstLine
        var start = 0
        // Lines end at "\n" or "\r\n".
        while true {
            let (newline, mayNeedRepair) =
                if repairing {
                    TextRepair.lineEnd(in: bytes, from: start)
                } else {
                    (UTF8Bytes.firstIndex(of: UInt8(ascii: "\n"), in: bytes, from: start), false)
                }
            var line = bytes[start..<(newline ?? bytes.count)]
            if mayNeedRepair { line = repairs.repairing(line) }
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if number == firstLine, line.trimmingTrailingSpace.isEqual(to: "---") {
                scanner.inFrontMatter = true
            } else if scanner.inFrontMatter {
                scanner.readFrontMatter(line, number: number)
            } else {
                scanner.read(line, number: number)
            }
            number += 1
            guard let newline else { break }
            start = newline + 1
        }
        let endsAtRest = scanner.fence == nil && !scanner.inFrontMatter && scanner.paragraph.isEmpty && scanner.table == nil
        scanner.flushParagraph()
        scanner.flushTable()
        // Read last, after the paragraph's lines are flushed: some of them may be repaired
        // copies, which live as long as `repairs`.
        // Every line but the last ended at a line feed.
        return (scanner.blocks, endsAtRest, repairs.mentionReferenceMarks, number - firstLine - 1)
    }

    private mutating func read(_ line: LineBytes, number: Int) {
        let indent = line.indentation
        let body = line.droppingLeadingSpace

        if let open = fence {
            if body.leadingCount(of: open.marker) >= open.count,
                body.dropFirst(body.leadingCount(of: open.marker)).allSatisfy(\.isASCIIWhiteSpace)
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

        let first = body[body.startIndex]
        if indent < 4, first == UInt8(ascii: "`") || first == UInt8(ascii: "~"), body.leadingCount(of: first) >= 3 {
            flushParagraph()
            flushTable()
            fence = (first, body.leadingCount(of: first))
            return
        }
        if indent >= 4, previousWasBlank, !inList, paragraph.isEmpty {
            return  // indented code block
        }
        if table != nil {
            if body.contains(UInt8(ascii: "|")) {
                table?.rows.append(body.tableCells)
                return
            }
            flushTable()
        }
        if paragraph.count == 1, paragraph[0].contains(UInt8(ascii: "|")), body.isTableDelimiter {
            // A table is a header row followed by a delimiter row.
            table = (paragraph[0].tableCells, [], paragraphLine)
            paragraph.removeAll(keepingCapacity: true)
            return
        }
        if indent < 4, let level = body.setextLevel, !paragraph.isEmpty {
            blocks.append(.heading(level: level, text: paragraphText, line: paragraphLine))
            paragraph.removeAll(keepingCapacity: true)
            return
        }
        if indent < 4, body.isThematicBreak {
            flushParagraph()
            inList = false
            return
        }
        if indent < 4, first == UInt8(ascii: "#"), let heading = body.atxHeading {
            flushParagraph()
            inList = false
            blocks.append(.heading(level: heading.level, text: heading.text.text, line: number))
            return
        }
        if first == UInt8(ascii: "<") {
            if let heading = body.htmlHeading {
                flushParagraph()
                inList = false
                blocks.append(.heading(level: heading.level, text: heading.text.text, line: number))
                return
            }
            if body.isHTMLLine {
                flushParagraph()
                return
            }
        }
        if paragraph.isEmpty, indent < 4, first == UInt8(ascii: "["), let definition = Substring(body.text).linkDefinition {
            blocks.append(.linkDefinition(label: definition.label, url: definition.url, line: number))
            return
        }
        if let item = body.listItem {
            flushParagraph()
            inList = true
            blocks.append(.listItem(indent: indent, text: item.text.text, checked: item.checked, line: number))
            return
        }
        if !previousWasBlank, case .listItem(let itemIndent, let text, let checked, let line)? = blocks.last, paragraph.isEmpty,
            body.wholeLineBold == nil
        {
            // A lazy continuation line of the item above.
            blocks[blocks.count - 1] = .listItem(
                indent: itemIndent, text: text + " " + body.trimmingTrailingSpace.text, checked: checked, line: line)
            return
        }
        if previousWasBlank && indent == 0 { inList = false }
        if paragraph.isEmpty { paragraphLine = number }
        paragraph.append(body.trimmingTrailingSpace)
    }

    private mutating func readFrontMatter(_ line: LineBytes, number: Int) {
        let body = line.trimmingTrailingSpace
        if body.isEqual(to: "---") || body.isEqual(to: "...") {
            inFrontMatter = false
        } else if body.starts(with: "title:".utf8) {
            var title = body.dropFirst(6).text.trimmingSpace
            if title.count >= 2, let first = title.first, first == "\"" || first == "'", title.last == first {
                title = String(title.dropFirst().dropLast())
            }
            if !title.isEmpty { blocks.append(.metadataTitle(title, line: number)) }
        }
    }

    /// The paragraph's lines joined with single spaces.
    private var paragraphText: String {
        let count = paragraph.reduce(paragraph.count - 1) { $0 + $1.count }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var length = 0
            for (offset, line) in paragraph.enumerated() {
                if offset > 0 {
                    buffer[length] = UInt8(ascii: " ")
                    length += 1
                }
                for byte in line {
                    buffer[length] = byte
                    length += 1
                }
            }
            return length
        }
    }

    private mutating func flushParagraph() {
        guard !paragraph.isEmpty else { return }
        if paragraph.count == 1, let bold = paragraph[0].wholeLineBold {
            blocks.append(.heading(level: Block.boldHeadingLevel, text: bold, line: paragraphLine))
        } else {
            blocks.append(.paragraph(text: paragraphText, line: paragraphLine))
        }
        paragraph.removeAll(keepingCapacity: true)
    }

    private mutating func flushTable() {
        guard let table else { return }
        blocks.append(.table(header: table.header, rows: table.rows, line: table.line))
        self.table = nil
    }
}
