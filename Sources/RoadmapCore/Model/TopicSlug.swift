/// A topic's stable identity: a lower-case slug of its title, unique within its roadmap.
///
/// Progress is keyed by slug, so it survives a topic moving to another phase or position.
public struct TopicSlug: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The slug of a title: ASCII letters and digits kept lower-cased, everything else a
    /// single `-`, at most eight words. Letters outside ASCII are kept as they are.
    public init(title: String) {
        rawValue = Self.asciiSlug(title) ?? Self.slug(readingCharactersOf: title)
    }

    /// The rule above read character by character, for any text.
    static func slug(readingCharactersOf title: String) -> String {
        let slug = words(readingCharactersOf: title).prefix(8).joined(separator: "-")
        return slug.isEmpty ? "topic" : slug
    }

    /// Every word of `text` as the rule above reads it, however many, and none for text
    /// without a letter or digit: the words a search compares (a slug keeps eight).
    static func allWords(of text: String) -> [String] {
        guard text.isASCIIText else { return words(readingCharactersOf: text) }
        return text.withUTF8Bytes { bytes in
            var words: [String] = []
            var word: [UInt8] = []
            for byte in bytes {
                if byte.isASCIILetter || byte.isASCIIDigit {
                    word.append(byte.asciiLowercased)
                } else if byte != UInt8(ascii: "'"), !word.isEmpty {
                    // An apostrophe is left out, inside a word or not, as the slug reads it.
                    words.append(String(decoding: word, as: UTF8.self))
                    word.removeAll(keepingCapacity: true)
                }
            }
            if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
            return words
        }
    }

    /// The words of `text` read character by character: letters and digits lower-cased,
    /// apostrophes left out, anything else between words.
    private static func words(readingCharactersOf text: String) -> [String] {
        var words: [String] = []
        var word = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if character == "'" || character == "’" {
                continue  // "Bayes' theorem" → "bayes-theorem"
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// The slug of an all-ASCII title, read by byte (the rule above, without the cost of
    /// characters); nil when the title has other text.
    private static func asciiSlug(_ title: String) -> String? {
        guard title.isASCIIText else { return nil }
        return title.withUTF8Bytes { asciiSlug(of: $0[...], droppingParentheses: false) }
    }

    /// The slug of ASCII `bytes` by the rule above. With `droppingParentheses`, what stands
    /// in parentheses is read as if it were not there: `Python (3.x) basics` gives the slug
    /// of `Python  basics`, and `ab(c)d` that of `abd`.
    static func asciiSlug(of bytes: Slice<UnsafeBufferPointer<UInt8>>, droppingParentheses: Bool) -> String {
        guard !bytes.isEmpty else { return "topic" }
        // Written into a buffer on the stack first: most slugs are short enough to be stored
        // inside the string, without allocating.
        return withASCIISlug(of: bytes, droppingParentheses: droppingParentheses) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the bytes of ``asciiSlug(of:droppingParentheses:)``, written on the
    /// stack (a slug is never longer than its title).
    static func withASCIISlug<Result>(
        of bytes: Slice<UnsafeBufferPointer<UInt8>>, droppingParentheses: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 5)) { slug in
            var length = slugBytes.withUnsafeBufferPointer { table in
                var length = 0
                var words = 0
                var inWord = false
                var depth = 0
                for byte in UnsafeBufferPointer(rebasing: bytes) {
                    let kept = table[Int(byte)]
                    if kept >= SlugByte.openParenthesis {  // "(", ")" or "'"
                        if kept == SlugByte.apostrophe { continue }  // left out, inside a word or not
                        if droppingParentheses {
                            depth = kept == SlugByte.openParenthesis ? depth + 1 : max(0, depth - 1)
                        } else {
                            inWord = false  // a parenthesis ends a word as any other mark does
                        }
                        continue
                    }
                    if depth > 0 { continue }
                    guard kept != SlugByte.separator else {
                        inWord = false
                        continue
                    }
                    if !inWord {
                        if words == 8 { break }
                        if words > 0 {
                            slug[length] = UInt8(ascii: "-")
                            length += 1
                        }
                        words += 1
                        inWord = true
                    }
                    slug[length] = kept
                    length += 1
                }
                return length
            }
            if length == 0 {
                // No word at all: the slug is "topic", which fits in the five bytes kept at least.
                for byte in "topic".utf8 {
                    slug[length] = byte
                    length += 1
                }
            }
            return body(UnsafeBufferPointer(rebasing: slug[..<length]))
        }
    }

    /// What each byte of ASCII text is in a slug: a letter (lower-cased) or digit kept, or one
    /// of the marks of ``SlugByte``.
    private static let slugBytes: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte | 0x20
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return byte
        case UInt8(ascii: "("): return SlugByte.openParenthesis
        case UInt8(ascii: ")"): return SlugByte.closeParenthesis
        case UInt8(ascii: "'"): return SlugByte.apostrophe
        default: return SlugByte.separator
        }
    }

    /// The marks in ``slugBytes`` for bytes that are not kept.
    private enum SlugByte {
        /// Ends a word.
        static let separator: UInt8 = 0
        /// `(` and `)`: where an aside starts and ends when parentheses are dropped; otherwise
        /// they end a word.
        static let openParenthesis: UInt8 = 0xFD
        static let closeParenthesis: UInt8 = 0xFE
        /// `'`: left out, so that `Bayes' theorem` is `bayes-theorem`.
        static let apostrophe: UInt8 = 0xFF
    }

    public var description: String { rawValue }

    public static func < (lhs: TopicSlug, rhs: TopicSlug) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
