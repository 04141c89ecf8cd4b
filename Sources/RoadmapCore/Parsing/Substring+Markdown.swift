/// Small readers for single Markdown lines, used by ``LineScanner``.
extension Substring {
    /// The column of the first non-blank character; a tab advances to the next multiple of 4.
    // These read bytes: every rule here is about ASCII markers, and the scanner runs them
    // on every line of the document.

    var indentation: Int {
        var column = 0
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: " "): column += 1
            case UInt8(ascii: "\t"): column += 4 - column % 4
            default: return column
            }
        }
        return column
    }

    /// The text after its leading spaces and tabs.
    var droppingLeadingSpace: Substring {
        let start = utf8.firstIndex { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") } ?? endIndex
        return self[start...]
    }

    var trimmingTrailingSpace: Substring {
        let utf8 = utf8
        var end = utf8.endIndex
        while end > utf8.startIndex {
            let previous = utf8.index(before: end)
            guard utf8[previous] == UInt8(ascii: " ") || utf8[previous] == UInt8(ascii: "\t") else { break }
            end = previous
        }
        return self[startIndex..<end]
    }

    /// How many times `byte` repeats at the start.
    func leadingCount(of byte: UInt8) -> Int {
        var count = 0
        for next in utf8 {
            guard next == byte else { break }
            count += 1
        }
        return count
    }

    func isFence(of marker: UInt8, atLeast count: Int) -> Bool {
        leadingCount(of: marker) >= count
    }

    /// 1 for a `===` underline, 2 for `---`.
    var setextLevel: Int? {
        let body = trimmingTrailingSpace.utf8
        guard let first = body.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "-") else { return nil }
        return body.allSatisfy({ $0 == first }) ? (first == UInt8(ascii: "=") ? 1 : 2) : nil
    }

    /// `---`, `***` or `___`, possibly spaced.
    var isThematicBreak: Bool {
        guard let first = utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_")
        else { return false }
        var count = 0
        for byte in utf8 {
            if byte == first {
                count += 1
            } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") {
                return false
            }
        }
        return count >= 3
    }

    var atxHeading: (level: Int, text: Substring)? {
        let level = leadingCount(of: UInt8(ascii: "#"))
        guard (1...6).contains(level) else { return nil }
        let rest = self[utf8.index(startIndex, offsetBy: level)...]
        guard let next = rest.utf8.first else { return (level, rest) }
        guard next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") else { return nil }
        var text = rest.trimmingTrailingSpace.droppingLeadingSpace
        // A closing sequence of #s preceded by a space is not part of the title.
        let closing = text.utf8.reversed().prefix { $0 == UInt8(ascii: "#") }.count
        if closing > 0 {
            let beforeClosing = text[..<text.utf8.index(text.endIndex, offsetBy: -closing)]
            if beforeClosing.isEmpty || beforeClosing.utf8.last == UInt8(ascii: " ") { text = beforeClosing.trimmingTrailingSpace }
        }
        return (level, text)
    }

    /// `<h1 …>Title</h1>` on one line.
    var htmlHeading: (level: Int, text: String)? {
        guard utf8.first == UInt8(ascii: "<"), utf8.dropFirst().first?.asciiLowercased == UInt8(ascii: "h") else { return nil }
        let lower = self.lowercased()
        guard lower.hasPrefix("<h"), lower.count > 3 else { return nil }
        let digit = lower[lower.index(lower.startIndex, offsetBy: 2)]
        guard let level = digit.wholeNumberValue, (1...6).contains(level),
            let open = firstIndex(of: ">"),
            let close = lower.firstRange(of: "</h\(level)>")
        else { return nil }
        let start = index(after: open)
        let closeStart = index(startIndex, offsetBy: lower.distance(from: lower.startIndex, to: close.lowerBound))
        guard start <= closeStart else { return nil }
        return (level, String(self[start..<closeStart]))
    }

    /// A line that is an HTML tag or comment rather than text.
    var isHTMLLine: Bool {
        guard utf8.first == UInt8(ascii: "<"), let second = dropFirst().first else { return false }
        return second.isLetter || second == "/" || second == "!"
    }

    /// The text after a list marker (`-`, `*`, `+`, `1.`, `1)`), and the state of a task box.
    var listItem: (text: Substring, checked: Bool?)? {
        guard let first = utf8.first else { return nil }
        var markerLength: Int
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
            markerLength = 1
        } else if first.isASCIIDigit {
            let digits = utf8.prefix { $0.isASCIIDigit }.count
            guard digits <= 9 else { return nil }
            let delimiter = utf8.dropFirst(digits).first
            guard delimiter == UInt8(ascii: ".") || delimiter == UInt8(ascii: ")") else { return nil }
            markerLength = digits + 1
        } else {
            return nil
        }
        var rest = self[utf8.index(startIndex, offsetBy: markerLength)...]
        if let next = rest.utf8.first, next != UInt8(ascii: " "), next != UInt8(ascii: "\t") { return nil }
        rest = rest.droppingLeadingSpace.trimmingTrailingSpace
        // A task box: "[ ]", "[x]" or "[X]", alone or before a space.
        let box = Array(rest.utf8.prefix(4))
        var checked: Bool?
        if box.count >= 3, box[0] == UInt8(ascii: "["), box[2] == UInt8(ascii: "]"), box.count == 3 || box[3] == UInt8(ascii: " ") {
            switch box[1] {
            case UInt8(ascii: " "): checked = false
            case UInt8(ascii: "x"), UInt8(ascii: "X"): checked = true
            default: break
            }
            if checked != nil {
                rest = rest[rest.utf8.index(rest.startIndex, offsetBy: 3)...]
                rest = rest[(rest.utf8.firstIndex { $0 != UInt8(ascii: " ") } ?? rest.endIndex)...]
            }
        }
        return (rest, checked)
    }

    /// `[label]: https://example.org "title"`: a link reference definition.
    var linkDefinition: (label: String, url: String)? {
        guard utf8.first == UInt8(ascii: "["), let close = utf8.firstIndex(of: UInt8(ascii: "]")), close > index(after: startIndex) else { return nil }
        let rest = self[index(after: close)...]
        guard rest.first == ":" else { return nil }
        let label = self[index(after: startIndex)..<close]
        var target = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
        if let space = target.firstIndex(where: { $0 == " " || $0 == "\t" }) { target = target[..<space] }
        if target.hasPrefix("<"), target.hasSuffix(">") { target = target.dropFirst().dropLast() }
        guard !target.isEmpty, !label.isEmpty else { return nil }
        return (label.lowercased(), String(target))
    }

    /// `| --- | :---: |`: only dashes, colons, pipes and spaces, with at least one dash.
    var isTableDelimiter: Bool {
        utf8.contains(UInt8(ascii: "-")) && utf8.allSatisfy {
            $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: " ")
                || $0 == UInt8(ascii: "\t")
        }
    }

    /// The inside of a line that is wholly one bold span (`**Step 1**`, `**Goals:**`, `__X__:`).
    var wholeLineBold: String? {
        var body = trimmingTrailingSpace
        var suffix = ""
        if body.utf8.last == UInt8(ascii: ":") {
            body = body[..<body.utf8.index(before: body.endIndex)]
            suffix = ":"
        }
        let bytes = body.utf8
        guard bytes.count > 4, let first = bytes.first, first == UInt8(ascii: "*") || first == UInt8(ascii: "_") else { return nil }
        let marker = first == UInt8(ascii: "*") ? "**" : "__"
        guard bytes.dropFirst().first == first, bytes.last == first, bytes.dropLast().last == first else { return nil }
        let inner = body[bytes.index(body.startIndex, offsetBy: 2)..<bytes.index(body.endIndex, offsetBy: -2)]
        guard inner.firstByteRange(of: marker) == nil else { return nil }
        return String(inner) + suffix
    }
}

extension StringProtocol {
    /// The text without spaces, tabs or newlines at either end.
    var trimmingSpace: String {
        // Most text has a printable ASCII character at each end: nothing to trim.
        let text = String(self)
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return "" }
        // Most text has a printable ASCII character at each end: nothing to trim.
        if first < 0x80, !first.isASCIIWhiteSpace, last < 0x80, !last.isASCIIWhiteSpace { return text }
        // ASCII white space, trimmed by byte while no other text is at the ends.
        if let start = utf8.firstIndex(where: { !$0.isASCIIWhiteSpace }), utf8[start] < 0x80,
            let end = utf8.lastIndex(where: { !$0.isASCIIWhiteSpace }), utf8[end] < 0x80
        {
            return String(text[start...end])
        }
        if !utf8.contains(where: { !$0.isASCIIWhiteSpace }) { return "" }
        guard let start = firstIndex(where: { !$0.isWhitespace }),
            let end = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[start...end])
    }
}
