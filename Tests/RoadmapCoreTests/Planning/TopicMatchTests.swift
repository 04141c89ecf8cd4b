import Testing

@testable import RoadmapCore

@Suite struct TopicMatchTests {
    let roadmap: Roadmap

    init() throws {
        roadmap = try TestFiles.bundled("ml-mastery")
    }

    @Test(arguments: [
        ("1.1", "linear-algebra"),
        ("linear-algebra", "linear-algebra"),
        ("Linear Algebra", "linear-algebra"),
        ("LINEAR", "linear-algebra"),
        ("lin alg", "linear-algebra"),
        ("calc", "calculus"),
        ("scikit", "scikit-learn-mastery"),
        ("transformers", "transformers-and-attention"),
        ("6.2", "reinforcement-learning"),
    ])
    func findsOneTopic(query: String, slug: String) {
        guard case .found(let topic) = roadmap.topic(matching: query) else {
            Issue.record("\(query) did not match one topic")
            return
        }
        #expect(topic.slug.rawValue == slug)
    }

    @Test func ambiguousInputListsEveryCandidate() {
        guard case .ambiguous(let topics) = roadmap.topic(matching: "supervised learning") else {
            Issue.record("expected ambiguity")
            return
        }
        #expect(topics.map(\.position) == ["3.2", "3.3"])
    }

    @Test func unknownInputSuggestsTheClosestTopics() {
        guard case .notFound(let closest) = roadmap.topic(matching: "calclus") else {
            Issue.record("expected no match")
            return
        }
        #expect(closest.first?.slug.rawValue == "calculus")
    }

    @Test func nonsenseHasNoSuggestions() {
        #expect(roadmap.topic(matching: "zzzzqqqq") == .notFound(closest: []))
    }
}
