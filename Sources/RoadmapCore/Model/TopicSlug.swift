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
