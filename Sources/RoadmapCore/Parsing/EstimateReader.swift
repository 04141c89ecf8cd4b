/// Reads time estimates from the words roadmaps use for them.
///
/// Understands durations (`2-3 months`, `45 - 50 days`, `12+ weeks`, `6-Month`, `six weeks`),
/// period references that count periods (`Week 1, 2, 3, 4`, `Weeks 3–6`, `Month 12`),
/// study intensity (`5 - 6 hours a day`, `~15–20 hrs/week`) and `ongoing`. Numbers without a
/// unit of time (`CS 294`, `TensorFlow 2.0`, `CIFAR-10`, `in 4 Minutes`) are not estimates.
enum EstimateReader {
    /// The estimate stated anywhere in `text`, or nil when it states none.
    /// With `countingPeriods`, `Week 1, 2, 3, 4` counts as four weeks; in running prose
    /// ("by month 2 you…") such references are not read.
    /// `tokens`, when given, are `text`'s (``Tokenizer/tokens(of:)``), read already by the caller.
    static func estimate(in text: String, countingPeriods: Bool = true, tokens: [Token]? = nil) -> TimeEstimate? {
        guard text.withUTF8Bytes(mayNameUnit) else { return nil }
        let tokens = tokens ?? Tokenizer.tokens(of: text)
        var duration: (min: Double?, max: Double?, text: String)?
        var hours: (min: Double, max: Double, text: String)?
        var ongoing: String?

        var index = 0
        while index < tokens.count {
            if duration == nil, countingPeriods, let found = periodReference(in: tokens, at: index) {
                if let count = found.count {
                    duration = (count, count, found.text)
                } else {
                    ongoing = ongoing ?? found.text  // "Months 12+": from then on
                }
                index = found.next
            } else if let found = quantity(in: tokens, at: index) {
                if let perWeek = found.perWeek {
                    if hours == nil { hours = (found.low * perWeek, found.high * perWeek, found.text) }
                } else if duration == nil, let unit = found.unitWeeks {
                    duration = (found.low * unit, found.open ? nil : found.high * unit, found.text)
                }
                index = found.next
            } else {
                if ongoing == nil, case .word(let word) = tokens[index].kind, word.utf8.count == 7, word == "ongoing" {
                    ongoing = tokens[index].text
                }
                index += 1
            }
        }

        var estimate = TimeEstimate(text: "")
        if let duration {
            estimate.text = duration.text
            estimate.minWeeks = duration.min
            estimate.maxWeeks = duration.max
        } else if let ongoing {
            estimate.text = ongoing
            estimate.isOngoing = true
        } else {
            return nil
        }
        if let hours {
            estimate.text += " at " + hours.text
            estimate.minHoursPerWeek = hours.min
            estimate.maxHoursPerWeek = hours.max
        }
        return estimate
    }

    /// A quick test by byte: every estimate names a unit of time (`day`, `week`, `wk`, `mo…`,
    /// `yr`, `year`) or says `ongoing`, so ASCII text without any of them states none. Text
    /// with other characters is always read in full (lower-casing them may give ASCII).
    private static func mayNameUnit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func follows(_ index: Int, _ rest: StaticString) -> Bool {
            rest.withUTF8Buffer { rest in
                index + 1 + rest.count <= bytes.count
                    && rest.indices.allSatisfy { bytes[index + 1 + $0].asciiLowercased == rest[$0] }
            }
        }
        for index in bytes.indices {
            switch bytes[index].asciiLowercased {
            case 0x80...: return true
            case UInt8(ascii: "d"): if follows(index, "ay") { return true }
            case UInt8(ascii: "w"): if follows(index, "k") || follows(index, "eek") { return true }
            case UInt8(ascii: "m"): if follows(index, "o") { return true }
            case UInt8(ascii: "y"): if follows(index, "r") || follows(index, "ear") { return true }
            case UInt8(ascii: "o"): if follows(index, "ngoing") { return true }
            default: break
            }
        }
        return false
    }

    // MARK: - Grammar

    private static let units: [String: Double] = [
        "day": TimeEstimate.weeksPerDay, "days": TimeEstimate.weeksPerDay,
        "week": 1, "weeks": 1, "wk": 1, "wks": 1,
        "month": TimeEstimate.weeksPerMonth, "months": TimeEstimate.weeksPerMonth, "mo": TimeEstimate.weeksPerMonth,
        "year": TimeEstimate.weeksPerYear, "years": TimeEstimate.weeksPerYear, "yr": TimeEstimate.weeksPerYear,
        "yrs": TimeEstimate.weeksPerYear,
    ]
    private static let hourWords: Set<String> = ["hour", "hours", "hr", "hrs", "h"]
    private static let perWords: Set<String> = ["per", "a", "an", "each", "every", "/"]
    private static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    ]

    /// The value of a number token, or of a number word such as `six`.
    private static func number(_ token: Token) -> Double? {
        switch token.kind {
        case .number(let value): value
        case .word(let word): isShort(word) && startsWithOneOf("efnost", word) ? numberWords[word] : nil
        default: nil
        }
    }

    /// Whether `word` is short enough to be a unit or number word (`twelve`, `months`: six
    /// letters at most): longer words, most of a heading's, are not hashed to find out.
    private static func isShort(_ word: String) -> Bool { word.utf8.count <= 6 }

    /// Whether `word` starts with one of the ASCII `letters`: a test by byte that spares
    /// hashing most words to learn they are no unit or number word. The units start with
    /// `d`, `m`, `w` or `y`, the hour words with `h`, the number words with `e`, `f`, `n`,
    /// `o`, `s` or `t`.
    private static func startsWithOneOf(_ letters: StaticString, _ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        return letters.withUTF8Buffer { $0.contains(first) }
    }

    /// `Week 1, 2, 3, 4`, `Weeks 3–6`, `Month 12`: a count of periods.
    private static func periodReference(in tokens: [Token], at start: Int) -> (count: Double?, text: String, next: Int)? {
        guard case .word(let word) = tokens[start].kind, isShort(word), startsWithOneOf("dmwy", word), let unit = units[word], word.count > 2
        else { return nil }
        var index = start + 1
        // A number too large for an `Int` (`Week 99999999999999999999`) is no period.
        guard index < tokens.count, case .number(let first) = tokens[index].kind, let firstNumber = Int(exactly: first) else {
            return nil
        }
        var numbers: Set<Int> = [firstNumber]
        var last = first
        index += 1
        var open = false
        while index < tokens.count {
            if tokens[index].kind == .dash || tokens[index].kind == .word("to"),
                index + 1 < tokens.count, case .number(let upper) = tokens[index + 1].kind, upper >= last, upper - last < 1000,
                let low = Int(exactly: last.rounded(.towardZero)), let high = Int(exactly: upper.rounded(.towardZero))
            {
                for value in low...high { numbers.insert(value) }
                last = upper
                index += 2
            } else if tokens[index].kind == .comma || tokens[index].kind == .word("and") || tokens[index].kind == .ampersand,
                index + 1 < tokens.count, case .number(let next) = tokens[index + 1].kind,
                let nextNumber = Int(exactly: next.rounded(.towardZero))
            {
                numbers.insert(nextNumber)
                last = next
                index += 2
            } else if tokens[index].kind == .plus {
                open = true
                index += 1
                break
            } else {
                break
            }
        }
        let text = Token.sourceText(tokens[start..<index])
        return (open ? nil : Double(numbers.count) * unit, text, index)
    }

    /// `2-3 months`, `12+ weeks`, `6-Month`, `5 - 6 hours a day`, `15–20 hrs/week`.
    private static func quantity(in tokens: [Token], at start: Int) -> (low: Double, high: Double, open: Bool, unitWeeks: Double?, perWeek: Double?, text: String, next: Int)? {
        guard let low = number(tokens[start]) else { return nil }
        if start > 0, tokens[start - 1].kind == .dash, start > 1, case .word = tokens[start - 2].kind, !tokens[start - 1].spaceBefore {
            return nil  // CIFAR-10
        }
        var index = start + 1
        var high = low
        var open = false
        if index + 1 < tokens.count, tokens[index].kind == .dash || tokens[index].kind == .word("to"),
            let upper = number(tokens[index + 1]), upper >= low
        {
            high = upper
            index += 2
        } else if index < tokens.count, tokens[index].kind == .plus {
            open = true
            index += 1
        }
        if index < tokens.count, tokens[index].kind == .dash, !tokens[index].spaceBefore { index += 1 }  // 6-Month
        guard index < tokens.count, case .word(let unitWord) = tokens[index].kind, isShort(unitWord) else { return nil }
        if startsWithOneOf("dmwy", unitWord), let unit = units[unitWord] {
            index += 1
            return (low, high, open, unit, nil, Token.sourceText(tokens[start..<index]), index)
        }
        guard startsWithOneOf("h", unitWord), hourWords.contains(unitWord) else { return nil }
        index += 1
        var perWeek: Double?
        if index < tokens.count, case .word(let word) = tokens[index].kind, word == "daily" || word == "weekly" {
            perWeek = word == "daily" ? 7 : 1
            index += 1
        } else if index + 1 < tokens.count, perWords.contains(tokens[index].kind.word ?? (tokens[index].kind == .slash ? "/" : "")),
            case .word(let period) = tokens[index + 1].kind
        {
            switch period {
            case "day": perWeek = 7
            case "week", "wk": perWeek = 1
            default: break
            }
            if perWeek != nil { index += 2 }
        }
        guard let perWeek else { return nil }
        return (low, high, false, nil, perWeek, Token.sourceText(tokens[start..<index]), index)
    }
}

/// One word, number or mark of an estimate, with the source text it came from.
struct Token: Equatable {
    enum Kind: Equatable {
        case number(Double)
        case word(String)
        case dash, comma, plus, slash, ampersand, other

        var word: String? {
            if case .word(let word) = self { return word }
            return nil
        }
    }

    var kind: Kind
    var text: String
    var spaceBefore: Bool

    static func sourceText(_ tokens: ArraySlice<Token>) -> String {
        // Measured first, then written once: most are short enough to be stored inside the
        // string, and appending token by token made a new string each time.
        var length = 0
        for index in tokens.indices {
            if index > tokens.startIndex, tokens[index].spaceBefore { length += 1 }
            length += tokens[index].text.utf8.count
        }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var written = 0
            for index in tokens.indices {
                if index > tokens.startIndex, tokens[index].spaceBefore {
                    buffer[written] = UInt8(ascii: " ")
                    written += 1
                }
                for byte in tokens[index].text.utf8 {
                    buffer[written] = byte
                    written += 1
                }
            }
            return written
        }
    }
}

/// Splits text into ``Token``s: numbers (with decimals), lower-cased words and marks.
///
/// Works on Unicode scalars: estimates are short ASCII phrases, and this runs for every
/// heading.
enum Tokenizer {
    static func tokens(of text: String) -> [Token] {
        if text.isASCIIText { return text.withUTF8Bytes(asciiTokens) }
        var tokens: [Token] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var spaceBefore = false
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "~" || scalar == "*" || scalar == "(" || scalar == ")"
                || scalar.isWhiteSpace
            {
                spaceBefore = spaceBefore || scalar != "~" && scalar != "*" && scalar != "(" && scalar != ")"
                index = scalars.index(after: index)
                continue
            }
            let start = index
            let kind: Token.Kind
            if scalar.isASCIIDigit {
                var end = index
                while end < scalars.endIndex, scalars[end].isASCIIDigit || scalars[end] == "." {
                    end = scalars.index(after: end)
                }
                var number = String(scalars[start..<end])
                while number.hasSuffix(".") {
                    number.removeLast()
                    end = scalars.index(before: end)
                }
                tokens.append(Token(kind: Double(number).map(Token.Kind.number) ?? .other, text: number, spaceBefore: spaceBefore))
                index = end
            } else if scalar.isAlphabeticScalar {
                var end = index
                while end < scalars.endIndex, scalars[end].isAlphabeticScalar { end = scalars.index(after: end) }
                let word = String(scalars[start..<end])
                tokens.append(Token(kind: .word(word.lowercased()), text: word, spaceBefore: spaceBefore))
                index = end
            } else {
                switch scalar {
                case "-", "–", "—": kind = .dash
                case ",": kind = .comma
                case "+": kind = .plus
                case "/": kind = .slash
                case "&": kind = .ampersand
                default: kind = .other
                }
                tokens.append(Token(kind: kind, text: String(scalar), spaceBefore: spaceBefore))
                index = scalars.index(after: index)
            }
            spaceBefore = false
        }
        return tokens
    }

    /// The same tokens as ``tokens(of:)`` gives, read by byte from ASCII text: each word and
    /// number is at most a few bytes, so its `String` is made without allocating.
    private static func asciiTokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        // Room for a token every two bytes, a heading's worth, at once rather than by doubling.
        tokens.reserveCapacity(min(bytes.count / 2 + 1, 64))
        var index = 0
        var spaceBefore = false
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "~"), UInt8(ascii: "*"), UInt8(ascii: "("), UInt8(ascii: ")"):
                index += 1
                continue
            case _ where byte.isASCIIWhiteSpace:
                spaceBefore = true
                index += 1
                continue
            default:
                break
            }
            let start = index
            if byte.isASCIIDigit {
                var end = index
                while end < bytes.count, bytes[end].isASCIIDigit || bytes[end] == UInt8(ascii: ".") { end += 1 }
                while bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
                let digits = bytes[start..<end]
                let number = String(decoding: digits, as: UTF8.self)
                // Whole numbers of up to 15 digits are exact in a Double; others go through its parser.
                let value = digits.count <= 15 && !digits.contains(UInt8(ascii: "."))
                    ? Double(digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }) : Double(number)
                tokens.append(Token(kind: value.map(Token.Kind.number) ?? .other, text: number, spaceBefore: spaceBefore))
                index = end
            } else if byte.isASCIILetter {
                var end = index
                while end < bytes.count, bytes[end].isASCIILetter { end += 1 }
                let letters = bytes[start..<end]
                let word = String(decoding: letters, as: UTF8.self)
                let lower = letters.contains { $0 < UInt8(ascii: "a") }
                    ? String(unsafeUninitializedCapacity: letters.count) { buffer in
                        for (offset, letter) in letters.enumerated() { buffer[offset] = letter.asciiLowercased }
                        return letters.count
                    }
                    : word
                tokens.append(Token(kind: .word(lower), text: word, spaceBefore: spaceBefore))
                index = end
            } else {
                let kind: Token.Kind
                switch byte {
                case UInt8(ascii: "-"): kind = .dash
                case UInt8(ascii: ","): kind = .comma
                case UInt8(ascii: "+"): kind = .plus
                case UInt8(ascii: "/"): kind = .slash
                case UInt8(ascii: "&"): kind = .ampersand
                default: kind = .other
                }
                tokens.append(Token(kind: kind, text: String(UnicodeScalar(byte)), spaceBefore: spaceBefore))
                index += 1
            }
            spaceBefore = false
        }
        return tokens
    }
}
