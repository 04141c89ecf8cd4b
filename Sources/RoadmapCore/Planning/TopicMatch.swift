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
    /// then titles containing every typed word as the start of a word (`lin alg`). Each tier
    /// after the id is tried as typed and then with the accents of Latin letters folded
    /// (``LatinFolding``) on both sides, before the next: `algebra` names "Álgebra", and
    /// `resume` still names "Resume parsing" rather than also "Résumé writing".
    ///
    /// A number alone (`2`, `10`, `#2`, `2.`) names a topic only by its id, slug or whole title: it is
    /// a phase's number or a mistyped id far more often than a part of a title (`Level 2
    /// Coding`, `CIFAR-10`, `H2O`), and marking a topic the user did not mean is worse than
    /// asking. The topics with that number among their title's words are offered instead.
    public func topic(matching query: String) -> TopicMatch {
        let typed = TypedTopic(query)
        guard !typed.trimmed.isEmpty else { return .notFound(closest: []) }
        // The topics that fold, by phase and index, made once when a tier that folds is first
        // reached. Against a query without accents only they can match there: the others read
        // as they did in the tier as typed.
        var foldingTopicsMade: [(phase: Int, topic: Int, folded: FoldedTopic)]?
        for tier in TypedTopic.Tier.allCases {
            var found: [Topic] = []
            if !tier.folds {
                for phase in phases {
                    // Each topic lent to the test rather than copied (a roadmap may have 100,000).
                    phase.topics.withUnsafeBufferPointer { topics in
                        for index in topics.indices
                        where typed.matches(position: topics[index].position, slug: topics[index].slug.rawValue, title: topics[index].title, in: tier, folded: nil) {
                            found.append(topics[index])
                        }
                    }
                }
            } else {
                let folding = foldingTopicsMade ?? foldingTopics()
                foldingTopicsMade = folding
                if typed.hasAccents {
                    // Every topic may match; those that fold come in the same order.
                    var next = folding.startIndex
                    for (phaseIndex, phase) in phases.enumerated() {
                        for index in phase.topics.indices {
                            var folded: FoldedTopic?
                            if next < folding.endIndex, folding[next].phase == phaseIndex, folding[next].topic == index {
                                folded = folding[next].folded
                                next += 1
                            }
                            if typed.matches(phase.topics[index], in: tier, folded: folded) { found.append(phase.topics[index]) }
                        }
                    }
                } else {
                    for entry in folding where typed.matches(phases[entry.phase].topics[entry.topic], in: tier, folded: entry.folded) {
                        found.append(phases[entry.phase].topics[entry.topic])
                    }
                }
            }
            if found.count == 1 { return .found(found[0]) }
            if found.count > 1 { return .ambiguous(found) }
        }
        let topics = self.topics
        if let number = typed.numberWords {
            return .notFound(closest: topics.filter { Self.words(TopicSlug.numberWords(of: $0.title), hold: number) })
        }
        // A query without a letter or digit (`🚀`, `-`) has no words to spell close to.
        return .notFound(closest: typed.hasWords ? closest(to: typed.folded.lower, among: topics) : [])
    }

    /// The topics whose slug or title folds to other text, by phase and index, with what
    /// they fold to, in order.
    private func foldingTopics() -> [(phase: Int, topic: Int, folded: FoldedTopic)] {
        var folding: [(phase: Int, topic: Int, folded: FoldedTopic)] = []
        for (phaseIndex, phase) in phases.enumerated() {
            for (index, topic) in phase.topics.enumerated() {
                if let folded = FoldedTopic(topic) { folding.append((phaseIndex, index, folded)) }
            }
        }
        return folding
    }

    /// Whether `words` hold `part`, its words in a row.
    private static func words(_ words: [String], hold part: [String]) -> Bool {
        guard !part.isEmpty, words.count >= part.count else { return false }
        return (0...(words.count - part.count)).contains { words[$0..<($0 + part.count)].elementsEqual(part) }
    }

    /// Up to three topics whose slug, title or title words are fewest edits from `query`.
    private func closest(to query: String, among topics: [Topic]) -> [Topic] {
        let slug = TopicSlug(title: query).rawValue
        let limit = max(2, slug.count / 2)
        let scored = topics.compactMap { topic -> (Topic, Int)? in
            let folded = FoldedTopic(topic)
            let title = folded?.lowerTitle ?? topic.title.lowercased()
            var best = EditDistance.between(slug, folded?.slug ?? topic.slug.rawValue, atMost: limit)
            func consider(_ distance: Int?) {
                if let distance, distance < best ?? .max { best = distance }
            }
            consider(EditDistance.between(query, String(title.prefix(query.count + 2)), atMost: limit))
            for word in TopicSlug.words(of: title) { consider(EditDistance.between(slug, word, atMost: limit)) }
            return best.map { (topic, $0) }
        }
        return scored.sorted { $0.1 < $1.1 }.prefix(3).map(\.0)
    }
}

extension TopicSlug {
    /// The lower-cased words of a title, as the slug splits them.
    static func words(of text: String) -> [String] {
        TopicSlug(title: text).rawValue.split(separator: "-").map(String.init)
    }

    /// Every word of `text` (``allWords(of:)``), numbers without the zeros in front (`02` → `2`).
    static func numberWords(of text: String) -> [String] {
        allWords(of: text).map { word in
            guard isNumber(word) else { return word }
            let digits = word.drop { $0 == "0" }
            return digits.isEmpty ? "0" : String(digits)
        }
    }

    /// Whether `word` is decimal digits alone.
    static func isNumber(_ word: String) -> Bool {
        word.utf8.allSatisfy(\.isASCIIDigit)
    }
}
