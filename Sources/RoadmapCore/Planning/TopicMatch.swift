/// What a typed topic reference (`2.3`, `linear-algebra`, `lin alg`) resolves to.
public enum TopicMatch: Equatable, Sendable {
    case found(Topic)
    /// Several topics match equally well; the user must pick one.
    case ambiguous([Topic])
    /// Nothing matches; the closest topics by spelling, best first.
    case notFound(closest: [Topic])
}

extension Roadmap {
    /// The topic a user means by `query`.
    ///
    /// Tried in order, the first tier with any match wins: the positional id (`2.3`); the slug
    /// or the whole title, ignoring case; a prefix of the slug or title; a substring of them;
    /// then titles containing every typed word as the start of a word (`lin alg`). Accents on
    /// Latin letters are ignored in every tier but the id (``LatinFolding``): `algebra` names
    /// "Álgebra".
    ///
    /// A number alone (`2`, `10`) names a topic only by its whole title: it is a phase's
    /// number or a mistyped id far more often than a part of a title (`Level 2 Coding`,
    /// `CIFAR-10`, `H2O`), and marking a topic the user did not mean is worse than asking.
    /// The topics with that number among their title's words are offered instead.
    public func topic(matching query: String) -> TopicMatch {
        let typed = TypedTopic(query)
        guard !typed.trimmed.isEmpty else { return .notFound(closest: []) }
        for tier in TypedTopic.Tier.allCases {
            var found: [Topic] = []
            for phase in phases {
                for index in phase.topics.indices where typed.matches(phase.topics[index], in: tier) {
                    found.append(phase.topics[index])
                }
            }
            if found.count == 1 { return .found(found[0]) }
            if found.count > 1 { return .ambiguous(found) }
        }
        if typed.isNumber {
            return .notFound(closest: topics.filter { TopicSlug.words(of: $0.title).contains(typed.trimmed) })
        }
        // A query without a letter or digit (`🚀`, `-`) has no words to spell close to.
        return .notFound(closest: typed.hasWords ? closest(to: typed.lower, among: topics) : [])
    }

    /// Up to three topics whose slug, title or title words are fewest edits from `query`.
    private func closest(to query: String, among topics: [Topic]) -> [Topic] {
        let slug = TopicSlug(title: query).rawValue
        let scored = topics.map { topic -> (Topic, Int) in
            let title = LatinFolding.folded(topic.title.lowercased())
            var best = EditDistance.between(slug, LatinFolding.folded(topic.slug.rawValue))
            best = min(best, EditDistance.between(query, String(title.prefix(query.count + 2))))
            for word in TopicSlug.words(of: title) { best = min(best, EditDistance.between(slug, word)) }
            return (topic, best)
        }
        let limit = max(2, slug.count / 2)
        return scored.filter { $0.1 <= limit }.sorted { $0.1 < $1.1 }.prefix(3).map(\.0)
    }
}

extension TopicSlug {
    /// The lower-cased words of a title, as the slug splits them.
    static func words(of text: String) -> [String] {
        TopicSlug(title: text).rawValue.split(separator: "-").map(String.init)
    }
}

/// What a user typed to name a topic, ready to be compared with each topic, tier by tier.
private struct TypedTopic {
    enum Tier: CaseIterable {
        /// The id; the slug or whole title as typed; the same with accents folded; then a
        /// prefix, a part, or the words of the slug or title, accents folded.
        case position, exact, whole, prefix, part, words
    }

    let trimmed: String
    /// The query lower-cased, as typed.
    let typedLower: String
    /// The query lower-cased, accents folded (``LatinFolding``).
    let lower: String
    let lowerIsASCII: Bool
    let lowerBytes: [UInt8]
    let slug: String
    let words: [String]
    /// False for a query without a letter or digit, whose slug is the stand-in `topic`: it
    /// names a topic only by its position or its whole title, never by a part of one.
    let hasWords: Bool
    /// True for ASCII digits alone (`2`, `10`), which name a topic by position or whole title.
    let isNumber: Bool

    init(_ query: String) {
        trimmed = query.trimmingSpace
        typedLower = trimmed.lowercased()
        lower = LatinFolding.folded(typedLower)
        lowerBytes = Array(lower.utf8)
        lowerIsASCII = lowerBytes.allSatisfy { $0 < 0x80 }
        slug = TopicSlug(title: lower).rawValue
        words = TopicSlug.words(of: lower)
        hasWords = !TopicSlug.allWords(of: trimmed).isEmpty
        isNumber = !lowerBytes.isEmpty && lowerBytes.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    func matches(_ topic: Topic, in tier: Tier) -> Bool {
        if !hasWords || isNumber, tier != .position, tier != .exact, tier != .whole { return false }
        switch tier {
        case .position:
            return topic.position == trimmed
        case .exact:
            return topic.slug.rawValue == typedLower || isLower(topic.title, folding: false)
        case .whole:
            return LatinFolding.folded(topic.slug.rawValue) == lower || isLower(topic.title, folding: true)
        case .prefix:
            return LatinFolding.folded(topic.slug.rawValue).hasPrefix(slug) || Self.lower(topic.title).hasPrefix(lower)
        case .part:
            return LatinFolding.folded(topic.slug.rawValue).contains(text: slug) || Self.lower(topic.title).contains(text: lower)
        case .words:
            let titleWords = TopicSlug.words(of: Self.lower(topic.title))
            return words.allSatisfy { typed in titleWords.contains { $0.hasPrefix(typed) } }
        }
    }

    /// `text` lower-cased with its accents folded, as ``lower`` is.
    private static func lower(_ text: String) -> String {
        LatinFolding.folded(text.lowercased())
    }

    /// Whether `text` lower-cased is the query lower-cased, both with their accents folded
    /// when `folding`. ASCII text is compared byte by byte against an ASCII query, without
    /// making the lower-cased copy (a roadmap may have 100,000 titles).
    private func isLower(_ text: String, folding: Bool) -> Bool {
        if lowerIsASCII, folding || typedLower == lower, let answer = text.utf8.withContiguousStorageIfAvailable(asciiAnswer), let answer {
            return answer
        }
        return folding ? Self.lower(text) == lower : text.lowercased() == typedLower
    }

    /// Whether the ASCII title in `bytes` lower-cased is ``lower``; nil at a byte beyond ASCII,
    /// which String's lower-casing has to see (the Kelvin sign lower-cases into k).
    private func asciiAnswer(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        for (index, byte) in bytes.enumerated() {
            guard byte < 0x80 else { return nil }
            guard index < lowerBytes.count, lowerBytes[index] == ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) else { return false }
        }
        return bytes.count == lowerBytes.count
    }
}
