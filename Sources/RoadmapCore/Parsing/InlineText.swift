/// The meaning of one line of Markdown inline text: what it says, and what it links to.
///
/// Emphasis, code spans and HTML tags are removed; `[text](url)`, `<https://…>` autolinks
/// and bare URLs become ``links``. (Reference links were made inline by ``ReferenceLinks``
/// before any text gets here.) A bare URL after a label
/// (`Python playlist: https://…`) is titled by that label.
struct InlineText: Equatable {
    /// The readable text, with link texts kept and URLs removed.
    var plain: String
    /// Every link target in order, titled by its link text or label.
    var links: [Resource]
    /// True when the text is nothing but links and the words that title them.
    var isOnlyLinks: Bool

    init(_ markdown: String) {
        // Most titles and items are plain words: skip the character-by-character reader.
        if !markdown.utf8.contains(where: { Self.markupBytes.contains($0) }) {
            plain = Title.collapsingSpaces(markdown)
            links = []
            isOnlyLinks = false
            return
        }
        var reader = InlineReader(markdown)
        reader.read()
        plain = Title.collapsingSpaces(reader.plain)
        links = reader.links
        isOnlyLinks = !links.isEmpty && reader.textOutsideLinks.allSatisfy { !$0.isLetter && !$0.isNumber }
    }
}

extension InlineText {
    /// Bytes that may start inline markup: emphasis, code, links, images, tags, escapes and
    /// bare `http` links. Text without any of them is plain.
    fileprivate static let markupBytes: Set<UInt8> = Set("*_`[]!<\\h".utf8)
}

/// A cursor over inline Markdown that builds an ``InlineText``.
private struct InlineReader {
    // Unicode scalars, not Characters: Markdown's syntax is all ASCII, and reading by
    // scalar spares the grapheme breaking that dominated parse time.
    private let characters: [Unicode.Scalar]
    private var position = 0
    private var plainScalars = String.UnicodeScalarView()
    private var outsideScalars = String.UnicodeScalarView()
    /// The text since the last link: the label of the next bare URL, if it ends with a colon.
    private var sinceLastLinkScalars = String.UnicodeScalarView()
    var links: [Resource] = []

    var plain: String { String(plainScalars) }
    var textOutsideLinks: String { String(outsideScalars) }
    private var textSinceLastLink: String { String(sinceLastLinkScalars) }

    init(_ text: String) {
        characters = Array(text.unicodeScalars)
    }

    mutating func read() {
        while position < characters.count {
            let character = characters[position]
            switch character {
            case "!" where peek(1) == "[":
                if let (_, end) = bracketed(from: position + 1), let target = linkTarget(after: end) {
                    position = target.end  // an image says nothing to study
                } else {
                    append(character)
                    position += 1
                }
            case "[":
                readLink()
            case "<":
                readAngle()
            case "*":
                position += 1
            case "_" where isEmphasisUnderscore:
                position += 1
            case "`":
                position += 1
            case "\\" where position + 1 < characters.count && characters[position + 1].isPunctuationOrSymbol:
                append(characters[position + 1])
                position += 2
            case "h" where startsBareURL:
                readBareURL()
            default:
                append(character)
                position += 1
            }
        }
    }

    private func peek(_ offset: Int) -> Unicode.Scalar? {
        position + offset < characters.count ? characters[position + offset] : nil
    }

    private var isEmphasisUnderscore: Bool {
        // `_` inside a word (snake_case) is literal.
        let before = position > 0 ? characters[position - 1] : " "
        let after = peek(1) ?? " "
        return !before.isWordScalar || !after.isWordScalar
    }

    private mutating func append(_ scalar: Unicode.Scalar) {
        plainScalars.append(scalar)
        outsideScalars.append(scalar)
        sinceLastLinkScalars.append(scalar)
    }

    /// How far a link's parts are looked for; longer ones are text. Keeps reading linear
    /// on lines with many unclosed brackets.
    private static let scanLimit = 1_000

    /// The index of the `]` closing the `[` at `start`, allowing nested brackets.
    private func bracketed(from start: Int) -> (text: String, end: Int)? {
        var depth = 0
        var index = start
        let end = min(characters.count, start + Self.scanLimit)
        while index < end {
            switch characters[index] {
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return (String(String.UnicodeScalarView(characters[(start + 1)..<index])), index) }
            case "\n": return nil
            default: break
            }
            index += 1
        }
        return nil
    }

    /// `(url "title")` right after a `]`.
    private func linkTarget(after close: Int) -> (url: String, end: Int)? {
        guard close + 1 < characters.count, characters[close + 1] == "(" else { return nil }
        var depth = 0
        var index = close + 1
        let end = min(characters.count, close + 1 + Self.scanLimit)
        while index < end {
            switch characters[index] {
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 {
                    var inside = String(String.UnicodeScalarView(characters[(close + 2)..<index])).trimmingSpace
                    if let space = inside.firstIndex(where: { $0 == " " }) { inside = String(inside[..<space]) }
                    if inside.hasPrefix("<"), inside.hasSuffix(">") { inside = String(inside.dropFirst().dropLast()) }
                    return (inside, index + 1)
                }
            default: break
            }
            index += 1
        }
        return nil
    }

    private mutating func readLink() {
        guard let (text, close) = bracketed(from: position) else {
            append("[")
            position += 1
            return
        }
        if let target = linkTarget(after: close) {
            addLink(title: InlineText(text).plain, url: target.url)
            position = target.end
            return
        }
        append("[")
        position += 1
    }

    private mutating func addLink(title text: String, url: String) {
        var title = text
        if title.isEmpty || Title.isPlaceholderLinkText(title) {
            // "[here](…)": take the title from the words before the link.
            title = Title.label(endingBefore: textSinceLastLink, requireColon: false) ?? Title.fromURL(url)
        }
        // One scalar at a time: appending a whole view reallocates every time, which made
        // long lines of links quadratic.
        for scalar in text.unicodeScalars { plainScalars.append(scalar) }
        sinceLastLinkScalars = String.UnicodeScalarView()
        links.append(Resource(title: title, url: url.isEmpty ? nil : url))
    }

    private mutating func readAngle() {
        if let close = characters[position..<min(characters.count, position + Self.scanLimit)].firstIndex(of: ">") {
            let inside = String(String.UnicodeScalarView(characters[(position + 1)..<close]))
            if inside.hasPrefix("http://") || inside.hasPrefix("https://") || inside.hasPrefix("mailto:") {
                addBareURL(inside)
                position = close + 1
                return
            }
            if let first = inside.unicodeScalars.first, first.properties.isAlphabetic || first == "/" || first == "!" {
                if inside.lowercased().hasPrefix("br") { append(" ") }
                position = close + 1  // an HTML tag
                return
            }
        }
        append("<")
        position += 1
    }

    private var startsBareURL: Bool {
        let rest = characters[position...]
        return rest.starts(with: "https://".unicodeScalars) || rest.starts(with: "http://".unicodeScalars)
    }

    private mutating func readBareURL() {
        var end = position
        while end < characters.count, !characters[end].properties.isWhitespace, characters[end] != "<" { end += 1 }
        // Trailing punctuation belongs to the sentence, and a ) closes only an open (.
        while end > position, let last = Optional(characters[end - 1]), ".,;:!?*_'\"".unicodeScalars.contains(last)
            || (last == ")" && !characters[position..<end].contains("("))
        {
            end -= 1
        }
        addBareURL(String(String.UnicodeScalarView(characters[position..<end])))
        position = end
    }

    private mutating func addBareURL(_ url: String) {
        let title = Title.label(endingBefore: textSinceLastLink, requireColon: true) ?? Title.fromURL(url)
        sinceLastLinkScalars = String.UnicodeScalarView()
        links.append(Resource(title: title, url: url))
    }
}

extension Unicode.Scalar {
    fileprivate var isPunctuationOrSymbol: Bool {
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            true
        default:
            false
        }
    }

    /// A letter or digit, for telling `snake_case` from `_emphasis_`.
    fileprivate var isWordScalar: Bool { properties.isAlphabetic || properties.numericType != nil }
}
