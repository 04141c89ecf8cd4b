/// A table whose rows are phases: a column of periods (`Month` → `1`, `2`…) or phase names,
/// with columns of topics and resources whose cells hold `<br>`-separated lists.
struct PhaseTable {
    private var periodColumn: Int?
    /// The period column's header as written (`Month`), so a cell `1` reads as `Month 1`.
    private var periodUnit = ""
    private var titleColumn: Int?
    private var topicsColumn: Int?
    private var resourcesColumn: Int?
    private var estimateColumn: Int?

    /// Reads the header, or returns nil when the table does not list phases.
    init?(header: [String]) {
        for (index, cell) in header.enumerated() {
            let name = Title.clean(cell).lowercased()
            // A header without a letter or digit (`✅`, or none) is a column to tick rows off in:
            // its stand-in slug, `topic`, would read as the topics column.
            guard !TopicSlug.allWords(of: name).isEmpty else { continue }
            let words = Set(TopicSlug(title: name).rawValue.split(separator: "-").map(String.init))
            if periodColumn == nil, ["month", "months", "week", "weeks", "day", "days", "step", "stage"].contains(name) {
                periodColumn = index
                let header = Title.clean(cell)
                periodUnit = name.hasSuffix("s") ? String(header.dropLast()) : header
            } else if topicsColumn == nil, !words.isDisjoint(with: ["topic", "topics", "learn", "content", "skills", "subjects", "syllabus", "concepts"]) {
                topicsColumn = index
            } else if resourcesColumn == nil, !words.isDisjoint(with: ["resource", "resources", "links", "materials", "books", "courses", "reading"]) {
                resourcesColumn = index
            } else if estimateColumn == nil, !words.isDisjoint(with: ["duration", "time", "estimate", "timeline", "hours", "length"]) {
                estimateColumn = index
            } else if !words.isDisjoint(with: Self.trackingWords) {
                continue  // the reader's own ticks and notes (`Status`, `Done`), not what a phase is called
            } else if titleColumn == nil {
                titleColumn = index
            }
        }
        let firstHeader = header.first.map { Title.clean($0).lowercased() } ?? ""
        guard periodColumn != nil || ["phase", "step", "stage", "module", "week", "month"].contains(firstHeader),
            titleColumn != nil || topicsColumn != nil
        else { return nil }
    }

    /// Words of a column header for the reader's own tracking, which names no phase.
    private static let trackingWords: Set<String> = [
        "status", "progress", "done", "completed", "complete", "checked", "check", "notes", "note", "comments",
    ]

    /// The phase one row describes, without its topics and resources (``addContents(of:line:to:)``
    /// adds them, to this phase or to the one of the same period it joins).
    func phase(from row: [String], line: Int) -> DraftPhase? {
        var heading: PhaseHeading?
        if let period = cell(periodColumn, of: row) {
            let clean = Title.clean(period)
            heading = PhaseHeading(clean.first?.isNumber == true ? "\(periodUnit) \(clean)" : clean)
        }
        let titleText = cell(titleColumn, of: row).map(Title.clean)
        guard let title = titleText ?? heading?.title else { return nil }
        let titleHeading = PhaseHeading(title)
        var phase = DraftPhase(
            title: titleHeading?.title ?? PhaseHeading.removingEstimate(title, estimate: nil),
            line: line, periodKey: heading?.periodKey ?? titleHeading?.periodKey, estimate: heading?.estimate)
        if let text = cell(estimateColumn, of: row), let estimate = EstimateReader.estimate(in: Title.clean(text)) {
            phase.estimate = estimate
        }
        return phase
    }

    /// Adds the topics and resources one row lists to `phase`.
    func addContents(of row: [String], line: Int, to phase: inout DraftPhase) {
        if let text = cell(topicsColumn, of: row) {
            for node in Self.list(in: text, line: line) {
                ItemReader.addTopics(from: node, kind: .study, to: &phase)
            }
        }
        if let text = cell(resourcesColumn, of: row) {
            for node in Self.list(in: text, line: line) {
                for resource in ItemReader.resources(in: node) { phase.addResource(resource) }
            }
        }
    }

    /// The trimmed text of a row's cell in `column`, or nil when it has none.
    private func cell(_ column: Int?, of row: [String]) -> String? {
        guard let column, column < row.count else { return nil }
        let text = row[column].trimmingSpace
        return text.isEmpty ? nil : text
    }

    /// A cell's `<br>`-separated lines read as list items; lines without a marker are items too.
    private static func list(in cell: String, line: Int) -> [ListNode] {
        let items = cell.withUTF8Bytes { bytes in
            var items: [ListItemLine] = []
            // The cell is read between its breaks, without writing it out again.
            String.forEachLine(betweenBreaksIn: bytes) { part in
                let body = part.droppingLeadingSpace
                guard !body.isEmpty else { return }
                if let item = body.listItem {
                    items.append(ListItemLine(indent: part.indentation, text: item.text.text, checked: item.checked, line: line))
                } else {
                    items.append(ListItemLine(indent: part.indentation, text: body.trimmingTrailingSpace.text, checked: nil, line: line))
                }
            }
            return items
        }
        return ListNode.forest(from: items)
    }
}

extension String {
    /// `<br>`, `<br/>` and `<br />` in any case replaced.
    func replacingBreaks(with replacement: String) -> String {
        guard containsByte(UInt8(ascii: "<")) else { return self }
        return withUTF8Bytes { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            Self.forEachPart(betweenBreaksIn: bytes) { part, isLast in
                result.append(contentsOf: part)
                if !isLast { result.append(contentsOf: replacement.utf8) }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Calls `body` with each line of `bytes`, lines ending at a `<br>` tag or a line feed:
    /// the lines that replacing the breaks with line feeds would give.
    static func forEachLine(betweenBreaksIn bytes: UnsafeBufferPointer<UInt8>, _ body: (LineBytes) -> Void) {
        forEachPart(betweenBreaksIn: bytes) { part, _ in
            var start = part.startIndex
            while let newline = part[start...].firstIndex(of: UInt8(ascii: "\n")) {
                body(part[start..<newline])
                start = newline + 1
            }
            body(part[start...])
        }
    }

    /// Calls `body` with each part of `bytes` between `<br>` tags (a tag whose name, without
    /// spaces and slashes, is `br` in any case), and whether it is the last.
    private static func forEachPart(betweenBreaksIn bytes: UnsafeBufferPointer<UInt8>, _ body: (LineBytes, Bool) -> Void) {
        var start = 0
        var index = 0
        while let open = UTF8Bytes.firstIndex(of: UInt8(ascii: "<"), in: bytes, from: index) {
            index = open + 1
            if let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")), isBreakTagName(bytes[(open + 1)..<close]) {
                body(bytes[start..<open], false)
                index = close + 1
                start = index
            }
        }
        body(bytes[start...], true)
    }

    /// Whether what stands between `<` and `>` is `br` in any case, ignoring spaces and slashes.
    private static func isBreakTagName(_ inside: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var letters = 0
        for byte in inside where byte != UInt8(ascii: " ") && byte != UInt8(ascii: "/") {
            let expected = letters == 0 ? UInt8(ascii: "b") : UInt8(ascii: "r")
            guard letters < 2, byte.asciiLowercased == expected else { return false }
            letters += 1
        }
        return letters == 2
    }
}
