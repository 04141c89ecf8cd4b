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
    /// then titles containing every typed word as the start of a word (`lin alg`).
    public func topic(matching query: String) -> TopicMatch {
        let trimmed = query.trimmingSpace
        let lower = trimmed.lowercased()
        let slug = TopicSlug(title: trimmed).rawValue
        let all = topics
        guard !trimmed.isEmpty else { return .notFound(closest: []) }

        let tiers: [(Topic) -> Bool] = [
            { $0.position == trimmed },
            { $0.slug.rawValue == lower || $0.title.lowercased() == lower },
            { $0.slug.rawValue.hasPrefix(slug) || $0.title.lowercased().hasPrefix(lower) },
            { $0.slug.rawValue.contains(slug) || $0.title.lowercased().contains(lower) },
            { topic in
                let words = TopicSlug.words(of: topic.title)
                return TopicSlug.words(of: trimmed).allSatisfy { typed in words.contains { $0.hasPrefix(typed) } }
            },
        ]
        for matches in tiers {
            let found = all.filter(matches)
            if found.count == 1 { return .found(found[0]) }
            if found.count > 1 { return .ambiguous(found) }
        }
        return .notFound(closest: closest(to: lower, among: all))
    }

    /// Up to three topics whose slug, title or title words are fewest edits from `query`.
    private func closest(to query: String, among topics: [Topic]) -> [Topic] {
        let slug = TopicSlug(title: query).rawValue
        let scored = topics.map { topic -> (Topic, Int) in
            var best = EditDistance.between(slug, topic.slug.rawValue)
            best = min(best, EditDistance.between(query, String(topic.title.lowercased().prefix(query.count + 2))))
            for word in TopicSlug.words(of: topic.title) { best = min(best, EditDistance.between(slug, word)) }
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

