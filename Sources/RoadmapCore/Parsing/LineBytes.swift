/// A line of a Markdown document, or part of one, as UTF-8 bytes: in the document's memory,
/// or in the copy ``RepairedLines`` made of a line it repaired.
///
/// The line scanner runs these rules on every line, so they read bytes and return slices of
/// the same memory: every marker they look for is ASCII. A `String` is made only for text a
/// block keeps.
typealias LineBytes = Slice<UnsafeBufferPointer<UInt8>>

extension Slice where Base == UnsafeBufferPointer<UInt8> {
    /// The text of these bytes. They come from a `String` and are cut at ASCII markers, so
    /// they are valid UTF-8.
    var text: String { String(decoding: UnsafeBufferPointer(rebasing: self), as: UTF8.self) }

    /// Whether the bytes are `ascii`'s.
    func isEqual(to ascii: StaticString) -> Bool {
        ascii.withUTF8Buffer { elementsEqual($0) }
    }

    /// The column of the first non-blank character; a tab advances to the next multiple of 4.
    var indentation: Int {
        var column = 0
        for byte in self {
            switch byte {
            case UInt8(ascii: " "): column += 1
            case UInt8(ascii: "\t"): column += 4 - column % 4
            default: return column
            }
        }
        return column
    }

    /// The bytes after their leading spaces and tabs.
    var droppingLeadingSpace: Self {
        var start = startIndex
        while start < endIndex, self[start].isSpaceOrTab { start += 1 }
        return self[start...]
    }

    /// The bytes without their trailing spaces and tabs.
    var trimmingTrailingSpace: Self {
        var end = endIndex
        while end > startIndex, self[end - 1].isSpaceOrTab { end -= 1 }
        return self[startIndex..<end]
    }

    /// How many times `byte` repeats at the start.
    func leadingCount(of byte: UInt8) -> Int {
        var count = 0
        for next in self {
            guard next == byte else { break }
            count += 1
        }
        return count
    }

    /// 1 for a `===` underline, 2 for `---`.
    var setextLevel: Int? {
        let body = trimmingTrailingSpace
        guard let first = body.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "-") else { return nil }
        return body.allSatisfy({ $0 == first }) ? (first == UInt8(ascii: "=") ? 1 : 2) : nil
    }

    /// `---`, `***` or `___`, possibly spaced.
    var isThematicBreak: Bool {
        guard let first, first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_") else { return false }
        var count = 0
        for byte in self {
            if byte == first {
                count += 1
            } else if !byte.isSpaceOrTab {
                return false
            }
        }
        return count >= 3
    }

    /// `## Title ##`: the level and the title without the closing sequence.
    var atxHeading: (level: Int, text: Self)? {
        let level = leadingCount(of: UInt8(ascii: "#"))
        guard (1...6).contains(level) else { return nil }
        let rest = self[(startIndex + level)...]
        guard let next = rest.first else { return (level, rest) }
        guard next.isSpaceOrTab else { return nil }
        var text = rest.trimmingTrailingSpace.droppingLeadingSpace
        // A closing sequence of #s preceded by a space is not part of the title.
        var beforeClosing = text.endIndex
        while beforeClosing > text.startIndex, text[beforeClosing - 1] == UInt8(ascii: "#") { beforeClosing -= 1 }
        if beforeClosing < text.endIndex,
            beforeClosing == text.startIndex || text[beforeClosing - 1] == UInt8(ascii: " ")
        {
            text = text[text.startIndex..<beforeClosing].trimmingTrailingSpace
        }
        return (level, text)
    }

    /// `<h1 …>Title</h1>` on one line: the level and the text between the tags. The tags are
    /// matched in any case; the closing one is the first `</hN>` of the same level.
    var htmlHeading: (level: Int, text: Self)? {
        guard count > 3, self[startIndex] == UInt8(ascii: "<"), self[startIndex + 1].asciiLowercased == UInt8(ascii: "h") else { return nil }
        let digit = self[startIndex + 2]
        guard (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(digit), let open = firstIndex(of: UInt8(ascii: ">")) else { return nil }
        var index = startIndex
        while let tag = self[index...].firstIndex(of: UInt8(ascii: "<")) {
            if tag + 4 < endIndex, self[tag + 1] == UInt8(ascii: "/"), self[tag + 2].asciiLowercased == UInt8(ascii: "h"),
                self[tag + 3] == digit, self[tag + 4] == UInt8(ascii: ">")
            {
                return open < tag ? (Int(digit - UInt8(ascii: "0")), self[(open + 1)..<tag]) : nil
            }
            index = tag + 1
        }
        return nil
    }

    /// A line that is an HTML tag or comment rather than text.
    var isHTMLLine: Bool {
        guard first == UInt8(ascii: "<"), count > 1 else { return false }
        let second = self[startIndex + 1]
        guard second < 0x80 else {
            // A letter outside ASCII: read as a character.
            return text.dropFirst().first?.isLetter ?? false
        }
        return second.isASCIILetter || second == UInt8(ascii: "/") || second == UInt8(ascii: "!")
    }

    /// The text after a list marker (`-`, `*`, `+`, `1.`, `1)`), and the state of a task box.
    var listItem: (text: Self, checked: Bool?)? {
        guard let first else { return nil }
        var markerLength: Int
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
            markerLength = 1
        } else if first.isASCIIDigit {
            let digits = prefix { $0.isASCIIDigit }.count
            guard digits <= 9, startIndex + digits < endIndex else { return nil }
            let delimiter = self[startIndex + digits]
            guard delimiter == UInt8(ascii: ".") || delimiter == UInt8(ascii: ")") else { return nil }
            markerLength = digits + 1
        } else {
            return nil
        }
        var rest = self[(startIndex + markerLength)...]
        if let next = rest.first, !next.isSpaceOrTab { return nil }
        rest = rest.droppingLeadingSpace.trimmingTrailingSpace
        // A task box: "[ ]", "[x]" or "[X]", alone or before a space.
        var checked: Bool?
        if rest.count >= 3, rest[rest.startIndex] == UInt8(ascii: "["), rest[rest.startIndex + 2] == UInt8(ascii: "]"),
            rest.count == 3 || rest[rest.startIndex + 3] == UInt8(ascii: " ")
        {
            switch rest[rest.startIndex + 1] {
            case UInt8(ascii: " "): checked = false
            case UInt8(ascii: "x"), UInt8(ascii: "X"): checked = true
            default: break
            }
            if checked != nil {
                rest = rest[(rest.startIndex + 3)...]
                while rest.first == UInt8(ascii: " ") { rest = rest.dropFirst() }
            }
        }
        return (rest, checked)
    }

    /// `| --- | :---: |`: only dashes, colons, pipes and spaces, with at least one dash.
    var isTableDelimiter: Bool {
        contains(UInt8(ascii: "-")) && allSatisfy {
            $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "|") || $0.isSpaceOrTab
        }
    }

    /// The inside of a line that is wholly one bold span (`**Step 1**`, `**Goals:**`, `__X__:`).
    var wholeLineBold: String? {
        var body = trimmingTrailingSpace
        var suffix = ""
        if body.last == UInt8(ascii: ":") {
            body = body.dropLast()
            suffix = ":"
        }
        guard body.count > 4, let first = body.first, first == UInt8(ascii: "*") || first == UInt8(ascii: "_") else { return nil }
        let start = body.startIndex
        let end = body.endIndex
        guard body[start + 1] == first, body[end - 1] == first, body[end - 2] == first else { return nil }
        let inner = body[(start + 2)..<(end - 2)]
        // Another `**` inside: two bold spans, not one.
        guard !zip(inner, inner.dropFirst()).contains(where: { $0 == first && $1 == first }) else { return nil }
        return inner.text + suffix
    }

    /// The cells of a pipe-table row, trimmed, without the outer pipes.
    var tableCells: [String] {
        var bytes = trimmingTrailingSpace
        if bytes.first == UInt8(ascii: "|") { bytes = bytes.dropFirst() }
        if bytes.last == UInt8(ascii: "|"), bytes.dropLast().last != UInt8(ascii: "\\") { bytes = bytes.dropLast() }
        // Cells split at every pipe not escaped by a backslash; the escape stays in the text.
        // A backslash escapes the byte after it, so a pipe is escaped when an odd number of
        // backslashes stands right before it. Pipes are found eight bytes at a time.
        var cells: [String] = []
        var cellStart = bytes.startIndex
        // The search stops at the row's end (the base goes on past it, to the end of the
        // document or of a repaired line's copy).
        let whole = UnsafeBufferPointer(rebasing: bytes.base[..<bytes.endIndex])
        var from = bytes.startIndex
        while let pipe = UTF8Bytes.firstIndex(of: UInt8(ascii: "|"), in: whole, from: from) {
            from = pipe + 1
            var backslashes = 0
            while pipe - backslashes > cellStart, whole[pipe - backslashes - 1] == UInt8(ascii: "\\") { backslashes += 1 }
            guard backslashes % 2 == 0 else { continue }
            cells.append(Self.cellText(bytes[cellStart..<pipe]))
            cellStart = pipe + 1
        }
        cells.append(Self.cellText(bytes[cellStart..<bytes.endIndex]))
        return cells
    }

    /// A cell's text, trimmed. Its spaces and tabs (the padding of aligned tables) are dropped
    /// before the text is made, which then trims any other white space, unless a non-ASCII
    /// byte stands next to them: a space can belong to that character (a combining mark after
    /// it, a prepended one before it), so such a cell is trimmed by character, as text.
    private static func cellText(_ cell: Self) -> String {
        let padded = cell.droppingLeadingSpace.trimmingTrailingSpace
        guard let first = padded.first, let last = padded.last, first < 0x80, last < 0x80 else { return cell.text.trimmingSpace }
        return padded.text.trimmingSpace
    }
}

extension UInt8 {
    var isSpaceOrTab: Bool { self == UInt8(ascii: " ") || self == UInt8(ascii: "\t") }
}
