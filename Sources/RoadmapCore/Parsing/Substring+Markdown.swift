/// Small readers for single Markdown lines, used by ``LineScanner``.
extension Substring {
    /// The column of the first non-blank character; a tab advances to the next multiple of 4.
    var indentation: Int {
        var column = 0
        for character in self {
            switch character {
            case " ": column += 1
            case "\t": column += 4 - column % 4
            default: return column
            }
        }
        return column
    }

    var trimmingTrailingSpace: Substring {
        var end = endIndex
        while end > startIndex, let previous = self[..<end].last, previous == " " || previous == "\t" {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }

    func isFence(of character: Character, atLeast count: Int) -> Bool {
        prefix { $0 == character }.count >= count
    }

    /// 1 for a `===` underline, 2 for `---`.
    var setextLevel: Int? {
        let body = trimmingTrailingSpace
        guard let first = body.first, first == "=" || first == "-" else { return nil }
        return body.allSatisfy({ $0 == first }) ? (first == "=" ? 1 : 2) : nil
    }

    /// `---`, `***` or `___`, possibly spaced.
    var isThematicBreak: Bool {
        guard let first = first, first == "-" || first == "*" || first == "_" else { return false }
        var count = 0
        for character in self {
            if character == first { count += 1 } else if character != " " && character != "\t" { return false }
        }
        return count >= 3
    }

    var atxHeading: (level: Int, text: Substring)? {
        let level = prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        let rest = dropFirst(level)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingTrailingSpace.drop { $0 == " " || $0 == "\t" }
        // A closing sequence of #s preceded by a space is not part of the title.
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing > 0 {
            let beforeClosing = text.dropLast(closing)
            if beforeClosing.isEmpty || beforeClosing.last == " " { text = beforeClosing.trimmingTrailingSpace }
        }
        return (level, text)
    }

    /// `<h1 …>Title</h1>` on one line.
    var htmlHeading: (level: Int, text: String)? {
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
        guard first == "<", let second = dropFirst().first else { return false }
        return second.isLetter || second == "/" || second == "!"
    }

    /// The text after a list marker (`-`, `*`, `+`, `1.`, `1)`), and the state of a task box.
    var listItem: (text: Substring, checked: Bool?)? {
        guard let first else { return nil }
        var rest: Substring
        if first == "-" || first == "*" || first == "+" {
            rest = dropFirst()
        } else if first.isASCII, first.isNumber {
            let digits = prefix { $0.isASCII && $0.isNumber }
            guard digits.count <= 9 else { return nil }
            rest = dropFirst(digits.count)
            guard let delimiter = rest.first, delimiter == "." || delimiter == ")" else { return nil }
            rest = rest.dropFirst()
        } else {
            return nil
        }
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        rest = rest.drop { $0 == " " || $0 == "\t" }.trimmingTrailingSpace
        var checked: Bool?
        if rest.count >= 3, rest.first == "[", rest.dropFirst(2).first == "]",
            rest.count == 3 || rest.dropFirst(3).first == " "
        {
            switch rest.dropFirst().first {
            case " ": checked = false
            case "x", "X": checked = true
            default: break
            }
            if checked != nil { rest = rest.dropFirst(3).drop { $0 == " " } }
        }
        return (rest, checked)
    }

    /// `[label]: https://example.org "title"`: a link reference definition.
    var linkDefinition: (label: String, url: String)? {
        guard first == "[", let close = firstIndex(of: "]"), close > index(after: startIndex) else { return nil }
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
        contains("-") && allSatisfy { $0 == "-" || $0 == ":" || $0 == "|" || $0 == " " || $0 == "\t" }
    }

    /// The inside of a line that is wholly one bold span (`**Step 1**`, `**Goals:**`, `__X__:`).
    var wholeLineBold: String? {
        var body = trimmingTrailingSpace
        var suffix = ""
        if body.last == ":" {
            body = body.dropLast()
            suffix = ":"
        }
        for marker in ["**", "__"] {
            guard body.count > 4, body.hasPrefix(marker), body.hasSuffix(marker) else { continue }
            let inner = body.dropFirst(2).dropLast(2)
            guard !inner.contains(marker) else { return nil }
            return String(inner) + suffix
        }
        return nil
    }
}

extension StringProtocol {
    /// The text without spaces, tabs or newlines at either end.
    var trimmingSpace: String {
        guard let start = firstIndex(where: { !$0.isWhitespace }),
            let end = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[start...end])
    }
}
