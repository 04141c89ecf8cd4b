/// What a user typed to name a topic (``Roadmap/topic(matching:)``), ready to be compared with
/// each topic, tier by tier.
struct TypedTopic {
    enum Tier: CaseIterable {
        /// The id; the slug or whole title; a prefix, a part, or the words of the slug or
        /// title: each as typed, then with accents folded.
        case position, whole, foldedWhole, prefix, foldedPrefix, part, foldedPart, words, foldedWords

        var folds: Bool { self == .foldedWhole || self == .foldedPrefix || self == .foldedPart || self == .foldedWords }

        /// A tier that names a topic by all of its slug or title, or by its position.
        var isWhole: Bool { self == .position || self == .whole || self == .foldedWhole }
    }

    /// The query lower-cased, its slug and its words, in one spelling.
    struct Spelling {
        let lower: String
        let slug: String
        let words: [String]

        init(lower: String) {
            self.lower = lower
            slug = TopicSlug(title: lower).rawValue
            words = TopicSlug.words(of: lower)
        }
    }

    let trimmed: String
    /// As typed, lower-cased.
    let asTyped: Spelling
    /// With the accents of Latin letters folded (``LatinFolding``).
    let folded: Spelling
    /// Whether folding changes the query (``LatinFolding``).
    let hasAccents: Bool
    /// The bytes of `asTyped.lower`, when it is ASCII.
    private let asciiLower: [UInt8]?
    /// False for a query without a letter or digit, whose slug is the stand-in `topic`: it
    /// names a topic only by its position or its whole title, never by a part of one.
    let hasWords: Bool
    /// The query's words when they are all numbers (`2`, `#2`, `2.1.`), without zeros in
    /// front: it names a topic only by its position, its slug or its whole title.
    let numberWords: [String]?

    init(_ query: String) {
        trimmed = query.trimmingSpace
        asTyped = Spelling(lower: trimmed.lowercased())
        folded = Spelling(lower: LatinFolding.folded(asTyped.lower))
        hasAccents = folded.lower != asTyped.lower
        asciiLower = asTyped.lower.isASCIIText ? Array(asTyped.lower.utf8) : nil
        let words = TopicSlug.numberWords(of: trimmed)
        hasWords = !words.isEmpty
        numberWords = hasWords && words.allSatisfy(TopicSlug.isNumber) ? words : nil
    }

    /// Whether `topic` matches in `tier`; `folded` is the topic's folded spelling for a tier
    /// that folds, nil when it has no accents to fold.
    func matches(_ topic: Topic, in tier: Tier, folded foldedTopic: FoldedTopic?) -> Bool {
        matches(position: topic.position, slug: topic.slug.rawValue, title: topic.title, in: tier, folded: foldedTopic)
    }

    /// ``matches(_:in:folded:)`` given the topic's position, slug and title alone, which a
    /// caller lends from its array without copying the whole topic.
    func matches(position: String, slug topicSlug: String, title: String, in tier: Tier, folded foldedTopic: FoldedTopic?) -> Bool {
        if !hasWords || numberWords != nil, !tier.isWhole { return false }
        switch tier {
        case .position:
            return position == trimmed
        case .whole:
            return topicSlug == asTyped.lower || isLower(title)
        case .prefix, .part, .words:
            return Self.matches(slug: topicSlug, lowerTitle: title.lowercased(), spelling: asTyped, in: tier)
        case .foldedWhole, .foldedPrefix, .foldedPart, .foldedWords:
            // Nothing folds on either side: the tier as typed has answered already.
            guard foldedTopic != nil || hasAccents else { return false }
            return Self.matches(
                slug: foldedTopic?.slug ?? topicSlug, lowerTitle: foldedTopic?.lowerTitle ?? title.lowercased(),
                spelling: folded, in: tier)
        }
    }

    /// Whether a topic's slug or lower-cased title matches `spelling` in `tier`, folded or not.
    private static func matches(slug: String, lowerTitle: @autoclosure () -> String, spelling: Spelling, in tier: Tier) -> Bool {
        switch tier {
        case .position:
            return false
        case .whole, .foldedWhole:
            return slug == spelling.lower || lowerTitle() == spelling.lower
        case .prefix, .foldedPrefix:
            return slug.hasPrefix(spelling.slug) || lowerTitle().hasPrefix(spelling.lower)
        case .part, .foldedPart:
            return slug.contains(text: spelling.slug) || lowerTitle().contains(text: spelling.lower)
        case .words, .foldedWords:
            let titleWords = TopicSlug.words(of: lowerTitle())
            return spelling.words.allSatisfy { typed in titleWords.contains { $0.hasPrefix(typed) } }
        }
    }

    /// Whether `text.lowercased()` is the query as typed, lower-cased. ASCII text is compared
    /// byte by byte against an ASCII query, without making the lower-cased copy (a roadmap may
    /// have 100,000 titles).
    private func isLower(_ text: String) -> Bool {
        if let asciiLower, let answer = text.utf8.withContiguousStorageIfAvailable({ Self.asciiAnswer($0, lower: asciiLower) }), let answer {
            return answer
        }
        return text.lowercased() == asTyped.lower
    }

    /// Whether the ASCII title in `bytes` lower-cased is `lower`; nil at a byte beyond ASCII,
    /// which String's lower-casing has to see (the Kelvin sign lower-cases into k).
    private static func asciiAnswer(_ bytes: UnsafeBufferPointer<UInt8>, lower: [UInt8]) -> Bool? {
        for (index, byte) in bytes.enumerated() {
            guard byte < 0x80 else { return nil }
            guard index < lower.count, lower[index] == ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) else { return false }
        }
        return bytes.count == lower.count
    }
}

/// A topic's slug and title as the tiers that fold compare them: lower-cased, accents folded.
struct FoldedTopic {
    let slug: String
    let lowerTitle: String

    /// Nil for a topic whose slug and title are ASCII, which fold to themselves.
    init?(_ topic: Topic) {
        guard !(topic.slug.rawValue.isASCIIText && topic.title.isASCIIText) else { return nil }
        slug = LatinFolding.folded(topic.slug.rawValue)
        // Folded first: what is left is mostly ASCII, which lower-cases quickly.
        lowerTitle = LatinFolding.folded(topic.title).lowercased()
    }
}
