/// A heading read as the start of a phase: `Phase 1: Foundations (1-2 months)`,
/// `Week 9, 10, 11, 12: Numpy, Pandas`, `**Step 3: Practice Linear Algebra**`.
struct PhaseHeading: Equatable {
    /// The title without its number, decoration or estimate (`Foundations`).
    var title: String
    /// Identifies the period the heading covers (`month 1`, `week 9-12`), so that a summary
    /// table and a detailed section about the same month become one phase.
    var periodKey: String
    /// The stage word, singular: `week` for `Weeks 3-6`.
    var keyword: String
    var estimate: TimeEstimate?
    /// True when the heading says `(optional)`.
    var isOptional: Bool
    /// The whole heading cleaned for display (``Title/clean(_:)``), which the builder reads too.
    var clean: String

    /// Words that, followed by a number, mark a stage of a plan.
    static let keywords: Set<String> = [
        "step", "phase", "stage", "week", "weeks", "month", "months", "day", "days", "part", "level",
        "module", "unit", "milestone", "chapter", "sprint", "term", "semester", "quarter", "year", "lesson",
        "section", "round", "block", "tier",
    ]

    /// Reads `text` (raw Markdown) as a phase heading, or nil when it does not start with a
    /// stage word and a number.
    init?(_ text: String) {
        guard Self.mayStartWithKeyword(text) else { return nil }
        clean = Title.clean(text)
        let tokens = Tokenizer.tokens(of: clean)
        guard tokens.count >= 2, case .word(let keyword) = tokens[0].kind, Self.keywords.contains(keyword),
            case .number(let first) = tokens[1].kind
        else { return nil }

        // The period: the number list or range after the keyword.
        var index = 2
        var last = first
        while index + 1 < tokens.count, Self.joinsNumbers(tokens[index].kind),
            case .number(let next) = tokens[index + 1].kind
        {
            last = next
            index += 2
        }
        if index < tokens.count, tokens[index].kind == .plus { index += 1 }
        let periodText = Token.sourceText(tokens[0..<index])
        let unit = keyword.hasSuffix("s") ? String(keyword.dropLast()) : keyword
        self.keyword = unit
        periodKey = first == last
            ? "\(unit) \(EstimateFormatter.whole(first))" : "\(unit) \(EstimateFormatter.whole(first))-\(EstimateFormatter.whole(last))"

        estimate = EstimateReader.estimate(in: clean, tokens: tokens)
        title = Self.title(from: clean, droppingPrefixOf: periodText, estimate: estimate)
        isOptional = clean.withUTF8Bytes { UTF8Bytes.contains("(optional)", ignoringASCIICaseIn: $0) }
    }

    /// `-`, `,`, `&`, `to` and `and`, which join the numbers of a period (`Weeks 3 to 6`).
    private static func joinsNumbers(_ kind: Token.Kind) -> Bool {
        switch kind {
        case .dash, .comma, .ampersand: true
        case .word(let word): word == "to" || word == "and"
        default: false
        }
    }

    /// A quick test on bytes: whether the first word of `text`, past decoration and Markdown
    /// markers, is a stage word. Most headings are not, and need no further reading.
    private static func mayStartWithKeyword(_ text: String) -> Bool {
        text.withUTF8Bytes(mayStartWithKeyword)
    }

    private static func mayStartWithKeyword(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // The first word's letters packed five bits each (a = 1 … z = 26) into an integer, which
        // holds twelve: no keyword is longer than nine.
        var word: UInt64 = 0
        var letters = 0
        var inTag = false
        for byte in bytes {
            if inTag {
                inTag = byte != UInt8(ascii: ">")
                continue
            }
            let lower = byte | 0x20
            if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") {
                letters += 1
                if letters > 12 { return false }
                word = word << 5 | UInt64(lower - 0x60)
            } else if letters > 0 {
                break
            } else if byte == UInt8(ascii: "<") {
                inTag = true
            } else if byte >= 0x80 || Self.isDecorationByte(byte) {
                continue  // emoji and other decoration, or Markdown markers
            } else {
                return false
            }
        }
        return letters > 0 && packedKeywords.contains(word)
    }

    /// Each keyword's letters packed as ``mayStartWithKeyword(_:)`` packs a word.
    private static let packedKeywords: Set<UInt64> = Set(keywords.map { $0.utf8.reduce(0) { $0 << 5 | UInt64($1 - 0x60) } })

    /// Space and the Markdown markers that may come before a stage word.
    private static func isDecorationByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "#"),
            UInt8(ascii: "["), UInt8(ascii: "("), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    /// The words after the period and its separator, without a parenthesised estimate.
    private static func title(from clean: String, droppingPrefixOf periodText: String, estimate: TimeEstimate?) -> String {
        var title = removingEstimate(afterPeriod(of: clean, periodText: periodText), estimate: estimate)
        // An estimate between the period and its separator (`Week 5 (ongoing): Projects`)
        // leaves the separator in front once it is removed.
        if let first = title.utf8.first, isSeparatorByte(first) || first == 0xE2, let character = title.first,
            isSeparator(character)
        {
            title = droppingLeadingSeparators(title[...])
        }
        if title.isEmpty { title = periodText }
        return title
    }

    /// The text after the period and its separator: the clean text walked past as many
    /// non-space characters as the period text has.
    private static func afterPeriod(of clean: String, periodText: String) -> String {
        if clean.isASCIIText {
            // By byte: in ASCII text each character is one byte.
            return clean.withUTF8Bytes { bytes in
                var remaining = periodText.utf8.count { !$0.isASCIIWhiteSpace }
                var index = 0
                while remaining > 0, index < bytes.count {
                    if !bytes[index].isASCIIWhiteSpace { remaining -= 1 }
                    index += 1
                }
                while index < bytes.count, bytes[index].isASCIIWhiteSpace || isSeparatorByte(bytes[index]) { index += 1 }
                return bytes[index...].text
            }
        }
        var remaining = periodText.filter { !$0.isWhitespace }.count
        var rest = Substring(clean)
        while remaining > 0, let character = rest.first {
            rest = rest.dropFirst()
            if !character.isWhitespace { remaining -= 1 }
        }
        return droppingLeadingSeparators(rest)
    }

    /// `text` without the spaces and separators it starts with: `: Projects` → `Projects`.
    private static func droppingLeadingSeparators(_ text: Substring) -> String {
        String(text.drop { $0.isWhitespace || isSeparator($0) })
    }

    /// The marks between a period and the title: `:`, `.`, `-`, `–`, `—`, `|` and `)`.
    private static func isSeparator(_ character: Character) -> Bool {
        ":.-–—|)".contains(character)
    }

    private static func isSeparatorByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "|"), UInt8(ascii: ")"): true
        default: false
        }
    }

    /// `Foundations (1-2 months)` → `Foundations`; also `— 2 weeks` at the end.
    static func removingEstimate(_ text: String, estimate: TimeEstimate?) -> String {
        var title = text
        var searchFrom = title.startIndex
        // In ASCII text each byte is a character, so the parentheses are found by byte.
        let isASCII = title.isASCIIText
        func first(_ mark: Character, in part: Substring) -> String.Index? {
            isASCII ? part.firstByteIndex(of: mark.asciiValue!) : part.firstIndex(of: mark)
        }
        while title.containsByte(UInt8(ascii: "(")), let open = first("(", in: title[searchFrom...]),
            let close = first(")", in: title[open...])
        {
            let inside = String(title[title.index(after: open)..<close])
            if EstimateReader.estimate(in: inside) != nil || inside.lowercased() == "optional" {
                title.removeSubrange(open...close)
                searchFrom = title.startIndex
            } else {
                searchFrom = title.index(after: open)
            }
        }
        title = Title.collapsingSpaces(title)
        if let estimate, !estimate.text.isEmpty, title.hasSuffix(estimate.text), title != estimate.text {
            title = String(title.dropLast(estimate.text.count))
            while let last = title.last, " -–—:,".contains(last) { title.removeLast() }
        }
        return title
    }
}
