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
        (plain, links, isOnlyLinks) = markdown.withUTF8Bytes { bytes in
            // Most titles and items are plain words, often already tidy: skip the
            // byte-by-byte reader, and tidying too when one pass finds nothing to do.
            if Self.isPlainAndCollapsed(bytes) { return (markdown, [], false) }
            guard Self.mayHaveMarkup(bytes) else {
                return (Title.collapsingSpaces(markdown), [], false)
            }
            // The readable text is never longer than the Markdown: it is written on the stack.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
                var reader = InlineReader(bytes, writingTo: buffer)
                reader.read()
                let links = reader.links
                let plain = UTF8Bytes.collapsingSpaces(reader.plain).map { String(decoding: $0, as: UTF8.self) }
                    ?? String(decoding: reader.plain, as: UTF8.self)
                guard !links.isEmpty else { return (plain, links, false) }
                let outside = String(decoding: reader.textOutsideLinks, as: UTF8.self)
                return (plain, links, outside.allSatisfy { !$0.isLetter && !$0.isNumber })
            }
        }
    }

    /// Whether any byte may start markup, or a bare `http://` or `https://` link is present.
    /// A quick test only: text for which it is true may still turn out plain.
    static func mayHaveMarkup(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Every byte that starts markup lies in 0x21…0x60, so one shift of a 64-bit mask tests
        // it. A bare link is looked for at its colon, which is much rarer in text than an `h`.
        guard let base = bytes.baseAddress else { return false }
        for index in 0..<bytes.count {
            let byte = base[index]
            let offset = byte &- 0x21
            guard offset < 64, Self.markupMask >> offset & 1 != 0 else { continue }
            if byte != UInt8(ascii: ":") || startsBareLink(atColon: index, in: bytes) { return true }
        }
        return false
    }

    /// Whether `bytes` are printable ASCII that ``mayHaveMarkup(_:)`` lets through, with no
    /// white space but single spaces between words: text that reads as itself. One pass, for
    /// the usual item; false sends text to the full tests, which read other text too.
    ///
    /// Eight bytes are tested at once (``isPlainWord(_:afterSpace:)``); only a word that may
    /// hold a space too many, a byte outside printable ASCII or a markup byte is read by byte,
    /// and so are the last bytes short of a word.
    static func isPlainAndCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var previousWasSpace = true  // so that a leading space counts
        func isPlain(at index: Int) -> Bool {
            let byte = base[index]
            if byte == UInt8(ascii: " ") {
                if previousWasSpace { return false }
                previousWasSpace = true
                return true
            }
            previousWasSpace = false
            let offset = byte &- 0x21
            if offset < 64 {
                // A colon is markup only as the start of `://` after `http` or `https`.
                return Self.markupMask >> offset & 1 == 0 || (byte == UInt8(ascii: ":") && !startsBareLink(atColon: index, in: bytes))
            }
            return byte >= 0x20 && byte < 0x7F
        }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            // Bytes in memory order: the first is the lowest, whatever the machine's order.
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            if isPlainWord(word, afterSpace: previousWasSpace) {
                previousWasSpace = word >> 56 == UInt64(UInt8(ascii: " "))
            } else {
                for position in index..<(index + 8) where !isPlain(at: position) { return false }
            }
            index += 8
        }
        while index < bytes.count {
            guard isPlain(at: index) else { return false }
            index += 1
        }
        return !previousWasSpace || bytes.isEmpty
    }

    /// Whether the eight bytes of `word` (little-endian: the first byte lowest) surely pass
    /// ``isPlainAndCollapsed(_:)``'s byte test, after a space when `afterSpace`: printable
    /// ASCII, no two spaces together, and none of the markup bytes (`!`, `*`, `:`, `<`, and
    /// 0x5B…0x60, which holds `[`, `\`, `]`, `_` and `` ` `` with `^` besides). False may be
    /// wrong; the bytes are then read one at a time.
    static func isPlainWord(_ word: UInt64, afterSpace: Bool) -> Bool {
        let low = UTF8Bytes.lowBits
        let high = UTF8Bytes.highBits
        // A byte of 0x80 or more, below 0x20, or 0x7F.
        guard word & high == 0, (word &- low &* 0x20) & ~word & high == 0, !UTF8Bytes.hasZeroByte(word ^ (low &* 0x7F)) else {
            return false
        }
        let spaces = UTF8Bytes.zeroBytes(word ^ (low &* 0x20))
        guard spaces & (spaces << 8) == 0, !afterSpace || spaces & 0x80 == 0 else { return false }
        func holds(_ mark: Unicode.Scalar) -> Bool { UTF8Bytes.hasZeroByte(word ^ (low &* UInt64(mark.value))) }
        guard !holds("!"), !holds("*"), !holds(":"), !holds("<") else { return false }
        // A byte above 0x5A and below 0x61: each byte is below 0x80 here, so adding 0x25
        // sets its top bit exactly when it is above 0x5A, and adding 0x1F exactly when it is
        // above 0x60.
        let aboveZ = (word &+ low &* 0x25) & high
        let aboveBacktick = (word &+ low &* 0x1F) & high
        return aboveZ & ~aboveBacktick == 0
    }

    /// Whether the colon at `index` is that of `http://` or `https://`.
    private static func startsBareLink(atColon index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        index + 2 < bytes.count && bytes[index + 1] == UInt8(ascii: "/") && bytes[index + 2] == UInt8(ascii: "/")
            && ((index >= 4 && UTF8Bytes.hasASCII("http", in: bytes, at: index - 4))
                || (index >= 5 && UTF8Bytes.hasASCII("https", in: bytes, at: index - 5)))
    }

    /// Bit `b - 0x21` set for each byte `b` that ``mayHaveMarkup(_:)`` stops at: the markup
    /// bytes of ``mayStartMarkup(_:)`` other than `h`, and the colon of a bare link.
    /// (`InlineTextTests` check it against every byte.)
    static let markupMask: UInt64 = 0xDC00_0000_0A00_0201

    /// Bytes that may start inline markup: emphasis, code, links, images, tags, escapes and
    /// bare `http` links. Text without any of them is plain.
    static func mayStartMarkup(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: "\\"), UInt8(ascii: "h"):
            true
        default:
            false
        }
    }
}

/// A cursor over the UTF-8 bytes of inline Markdown that builds an ``InlineText``.
///
/// Markdown's syntax is all ASCII, so the reader moves byte by byte and decodes a scalar
/// only where a rule asks about a non-ASCII one.
private struct InlineReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// Where the readable text is written, and how much of it there is.
    private let output: UnsafeMutableBufferPointer<UInt8>
    private var count = 0
    /// Where link texts stand in `plain`.
    private var linkTexts: [Range<Int>] = []
    /// Where the text after the last link starts in `plain`: the label of the next bare URL,
    /// if it ends with a colon.
    private var afterLastLink = 0
    private(set) var links: [Resource] = []

    /// The text that is not inside a link, for telling a list of links from prose.
    var textOutsideLinks: [UInt8] {
        let plain = plain
        var outside: [UInt8] = []
        var start = 0
        for range in linkTexts {
            outside += plain[start..<range.lowerBound]
            start = range.upperBound
        }
        return outside + plain[start...]
    }

    /// The readable text so far.
    var plain: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: output[..<count]) }

    private var textSinceLastLink: String { String(decoding: plain[afterLastLink...], as: UTF8.self) }

    /// A reader of `bytes` that writes the readable text to `output`, which has room for as
    /// many bytes (every rule writes no more than it reads).
    init(_ bytes: UnsafeBufferPointer<UInt8>, writingTo output: UnsafeMutableBufferPointer<UInt8>) {
        precondition(output.count >= bytes.count)
        self.bytes = bytes
        self.output = output
    }

    mutating func read() {
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "!") where peek(1) == UInt8(ascii: "["):
                if let end = bracketEnd(from: position + 1), let target = linkTarget(after: end) {
                    position = target.end  // an image says nothing to study
                } else {
                    append(byte)
                    position += 1
                }
            case UInt8(ascii: "["):
                readLink()
            case UInt8(ascii: "<"):
                readAngle()
            case UInt8(ascii: "*"), UInt8(ascii: "`"):
                position += 1
            case UInt8(ascii: "_") where isEmphasisUnderscore:
                position += 1
            case UInt8(ascii: "\\") where position + 1 < bytes.count:
                let (next, length) = UTF8Bytes.scalar(in: bytes, at: position + 1)
                if next.isPunctuationOrSymbol {
                    append(bytes[(position + 1)..<(position + 1 + length)])
                    position += 1 + length
                } else {
                    append(byte)
                    position += 1
                }
            case UInt8(ascii: "h") where startsBareURL:
                readBareURL()
            default:
                // A run of text up to the next byte that may start markup, copied at once.
                var end = position + 1
                while end < bytes.count, !InlineText.mayStartMarkup(bytes[end]) { end += 1 }
                append(bytes[position..<end])
                position = end
            }
        }
    }

    private func peek(_ offset: Int) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private var isEmphasisUnderscore: Bool {
        // `_` inside a word (snake_case) is literal.
        let before: Unicode.Scalar = position > 0 ? UTF8Bytes.scalar(in: bytes, endingBefore: position) : " "
        let after: Unicode.Scalar = position + 1 < bytes.count ? UTF8Bytes.scalar(in: bytes, at: position + 1).scalar : " "
        return !before.isWordScalar || !after.isWordScalar
    }

    private mutating func append(_ byte: UInt8) {
        precondition(count < output.count)
        output[count] = byte
        count += 1
    }

    private mutating func append(_ text: Slice<UnsafeBufferPointer<UInt8>>) {
        precondition(count + text.count <= output.count)
        _ = UnsafeMutableBufferPointer(rebasing: output[count...]).initialize(from: text)
        count += text.count
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// How many bytes a link's parts are looked for in; longer ones are text. Keeps reading
    /// linear on lines with many unclosed brackets.
    private static let scanLimit = 1_000

    /// The index of the `]` closing the `[` at `start`, allowing nested brackets.
    private func bracketEnd(from start: Int) -> Int? {
        var depth = 0
        var index = start
        let end = min(bytes.count, start + Self.scanLimit)
        while index < end {
            switch bytes[index] {
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return index }
            case UInt8(ascii: "\n"): return nil
            default: break
            }
            index += 1
        }
        return nil
    }

    /// `(url "title")` right after a `]`.
    private func linkTarget(after close: Int) -> (url: String, end: Int)? {
        guard close + 1 < bytes.count, bytes[close + 1] == UInt8(ascii: "(") else { return nil }
        var depth = 0
        var index = close + 1
        let end = min(bytes.count, close + 1 + Self.scanLimit)
        while index < end {
            switch bytes[index] {
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 {
                    var inside = string((close + 2)..<index).trimmingSpace
                    if let space = inside.firstByteIndex(of: UInt8(ascii: " ")) { inside = String(inside[..<space]) }
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
        if let close = bracketEnd(from: position), let target = linkTarget(after: close) {
            addLink(text: (position + 1)..<close, url: target.url)
            position = target.end
            return
        }
        append(UInt8(ascii: "["))
        position += 1
    }

    private mutating func addLink(text range: Range<Int>, url: String) {
        let text = string(range)
        var title = InlineText(text).plain
        if title.isEmpty || Title.isPlaceholderLinkText(title) {
            // "[here](…)": take the title from the words before the link.
            title = Title.label(endingBefore: textSinceLastLink, requireColon: false) ?? Title.fromURL(url)
        }
        linkTexts.append(count..<(count + range.count))
        append(bytes[range])
        afterLastLink = count
        links.append(Resource(title: title, url: url.isEmpty ? nil : url))
    }

    private mutating func readAngle() {
        let limit = min(bytes.count, position + Self.scanLimit)
        if let close = bytes[position..<limit].firstIndex(of: UInt8(ascii: ">")) {
            let inside = bytes[(position + 1)..<close]
            if inside.starts(with: "http://".utf8) || inside.starts(with: "https://".utf8) || inside.starts(with: "mailto:".utf8) {
                addBareURL(string((position + 1)..<close))
                position = close + 1
                return
            }
            if !inside.isEmpty {
                let first = UTF8Bytes.scalar(in: bytes, at: position + 1).scalar
                if first.properties.isAlphabetic || first == "/" || first == "!" {
                    if inside.count >= 2, inside.first?.asciiLowercased == UInt8(ascii: "b"),
                        bytes[position + 2].asciiLowercased == UInt8(ascii: "r")
                    {
                        append(UInt8(ascii: " "))
                    }
                    position = close + 1  // an HTML tag
                    return
                }
            }
        }
        append(UInt8(ascii: "<"))
        position += 1
    }

    private var startsBareURL: Bool {
        UTF8Bytes.hasASCII("https://", in: bytes, at: position) || UTF8Bytes.hasASCII("http://", in: bytes, at: position)
    }

    private mutating func readBareURL() {
        var end = position
        while end < bytes.count, bytes[end] != UInt8(ascii: "<") {
            let (isSpace, length) = UTF8Bytes.whiteSpace(in: bytes, at: end)
            if isSpace { break }
            end += length
        }
        // Trailing punctuation belongs to the sentence, and a ) closes only an open (.
        while end > position, Self.isTrailingPunctuation(bytes[end - 1])
            || (bytes[end - 1] == UInt8(ascii: ")") && !bytes[position..<end].contains(UInt8(ascii: "(")))
        {
            end -= 1
        }
        addBareURL(string(position..<end))
        position = end
    }

    private static func isTrailingPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
            UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "'"), UInt8(ascii: "\""):
            true
        default:
            false
        }
    }

    private mutating func addBareURL(_ url: String) {
        // "Python playlist: https://…" is titled by its label; most text before a link is none.
        let label = Title.mayEndWithColon(plain[afterLastLink...]) ? Title.label(endingBefore: textSinceLastLink, requireColon: true) : nil
        let title = label ?? Title.fromURL(url)
        afterLastLink = count
        links.append(Resource(title: title, url: url))
    }
}

extension Unicode.Scalar {
    fileprivate var isPunctuationOrSymbol: Bool {
        if value < 0x80 {
            // ASCII's punctuation and symbols: !"#$%&'()*+,-./ :;<=>?@ [\]^_` {|}~
            return (0x21...0x2F).contains(value) || (0x3A...0x40).contains(value) || (0x5B...0x60).contains(value)
                || (0x7B...0x7E).contains(value)
        }
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// A letter or digit, for telling `snake_case` from `_emphasis_`.
    fileprivate var isWordScalar: Bool {
        if value < 0x80 { return UInt8(value).isASCIILetter || UInt8(value).isASCIIDigit }
        return properties.isAlphabetic || properties.numericType != nil
    }
}
