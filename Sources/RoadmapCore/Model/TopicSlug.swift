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
        if let slug = Self.asciiSlug(title) {
            self.rawValue = slug
            return
        }
        var words: [String] = []
        var word = ""
        for character in title.lowercased() {
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
        let slug = words.prefix(8).joined(separator: "-")
        self.rawValue = slug.isEmpty ? "topic" : slug
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
        let count = bytes.count
        guard count > 0 else { return "topic" }
        // Written straight into the new string's storage: a slug is never longer than its title.
        let slug = String(unsafeUninitializedCapacity: count) { slug in
            var length = 0
            var words = 0
            var inWord = false
            var depth = 0
            for byte in bytes {
                if droppingParentheses {
                    if byte == UInt8(ascii: "(") {
                        depth += 1
                        continue
                    } else if byte == UInt8(ascii: ")") {
                        depth = max(0, depth - 1)
                        continue
                    } else if depth > 0 {
                        continue
                    }
                }
                let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                    if !inWord {
                        if words == 8 { break }
                        if words > 0 {
                            slug[length] = UInt8(ascii: "-")
                            length += 1
                        }
                        words += 1
                        inWord = true
                    }
                    slug[length] = lower
                    length += 1
                } else if byte != UInt8(ascii: "'") {
                    inWord = false
                }
            }
            return length
        }
        return slug.isEmpty ? "topic" : slug
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
