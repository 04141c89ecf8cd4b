/// Finds topics across roadmaps by words in their titles, subtopics and resources.
public enum TopicSearch {
    /// Where a search matched a topic.
    public enum Field: Equatable, Sendable {
        case title
        case subtopic(String)
        case resource(Resource)
    }

    public struct Hit: Equatable, Sendable {
        public let roadmap: Roadmap
        public let phase: Phase
        public let topic: Topic
        /// The best-matching field of the topic.
        public let field: Field
        public let score: Int
    }

    /// Topics where every word of `query` starts a word of one field, best first: titles
    /// above subtopics above resources, whole phrases and earlier roadmaps first among equals.
    public static func search(_ query: String, in roadmaps: [Roadmap]) -> [Hit] {
        let words = TopicSlug.words(of: query)
        guard !words.isEmpty else { return [] }
        let phrase = words.joined(separator: " ")
        var hits: [Hit] = []
        for roadmap in roadmaps {
            for phase in roadmap.phases {
                for topic in phase.topics {
                    var candidates: [(Field, String, Int)] = [(.title, topic.title, 100)]
                    candidates += topic.subtopics.map { (.subtopic($0), $0, 40) }
                    candidates += topic.resources.map { (.resource($0), $0.title, 20) }
                    var best: Hit?
                    for (field, text, weight) in candidates {
                        let textWords = TopicSlug.words(of: text)
                        guard words.allSatisfy({ word in textWords.contains { $0.hasPrefix(word) } }) else { continue }
                        var score = weight
                        let joined = textWords.joined(separator: " ")
                        if joined.contains(text: phrase) { score += weight / 2 }
                        if joined == phrase { score += weight }
                        if score > (best?.score ?? 0) {
                            best = Hit(roadmap: roadmap, phase: phase, topic: topic, field: field, score: score)
                        }
                    }
                    if let best { hits.append(best) }
                }
            }
        }
        // A stable sort keeps roadmap order among equal scores.
        return hits.enumerated().sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }.map(\.element)
    }
}
