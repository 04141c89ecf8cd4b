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
        var slug: [UInt8] = []
        slug.reserveCapacity(title.utf8.count)
        var words = 0
        var inWord = false
        for byte in title.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                if !inWord {
                    if words == 8 { break }
                    if words > 0 { slug.append(UInt8(ascii: "-")) }
                    words += 1
                    inWord = true
                }
                slug.append(lower)
            } else if byte != UInt8(ascii: "'") {
                inWord = false
            }
        }
        return slug.isEmpty ? "topic" : String(decoding: slug, as: UTF8.self)
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
