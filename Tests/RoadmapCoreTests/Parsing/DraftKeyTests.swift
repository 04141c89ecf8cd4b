import Testing
import TestSupport

@testable import RoadmapCore

/// The keys that decide when two topics or two subtopics are the same: ASCII text is read by
/// byte in one pass, and must give the keys the general rule gives.
@Suite struct DraftKeyTests {
    /// The general rule: the text before the first colon, asides removed, then slugged.
    private func expectedSubtopicKey(_ text: String) -> String {
        var head = text
        if let colon = text.firstIndex(of: ":") {
            head = colon > text.startIndex ? String(text[..<colon]) : text.split(separator: ":", maxSplits: 1).first.map(String.init) ?? text
        }
        return TopicSlug(title: DraftTopic.removingParentheses(head)).rawValue
    }

    private func expectedMergeKey(_ title: String) -> String {
        let withoutAsides = DraftTopic.removingParentheses(title)
        return TopicSlug(title: withoutAsides == title ? title : withoutAsides).rawValue
    }

    @Test(arguments: [
        ("Vectors (basics): dot products", "vectors"),
        ("ab(c)d", "abd"),
        ("(only an aside)", "topic"),
        ("Python (3.x) basics", "python-basics"),
        ("Bayes' theorem (intro)", "bayes-theorem"),
        ("unbalanced ) close (open", "unbalanced-close"),
        (":leading: colon", "leading"),
        ("Café (x): y", "café"),
        ("one two three four five six seven eight nine", "one-two-three-four-five-six-seven-eight"),
    ])
    func subtopicKeys(text: String, key: String) {
        #expect(DraftTopic.subtopicKey(text) == key)
        #expect(expectedSubtopicKey(text) == key)
    }

    @Test func subtopicAndMergeKeysFollowTheGeneralRuleOnRandomText() {
        var random = SplitMix64(seed: 7)
        let pieces = ["a", "B", "z", "7", " ", "(", ")", ":", "'", "-", ",", ".", "word", "Two", "((", "))", "é", "🚀", "\t"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...14, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(DraftTopic.subtopicKey(text) == expectedSubtopicKey(text), "\(text)")
            guard !text.isEmpty else { continue }
            let topic = DraftTopic(title: text, kind: .study, line: 1)
            #expect(topic.mergeKey == expectedMergeKey(text), "\(text)")
            #expect(topic.slug == TopicSlug(title: text).rawValue, "\(text)")
        }
    }

    @Test func subtopicsWithTheSameKeyKeepTheRicherWording() {
        var topic = DraftTopic(title: "Linear Algebra", kind: .study, line: 1)
        topic.addSubtopic("Vectors")
        topic.addSubtopic("Vectors (basics): dot products and norms")
        topic.addSubtopic("Matrices")
        #expect(topic.subtopics == ["Vectors (basics): dot products and norms", "Matrices"])
    }

    /// Merging adds the other's subtopics in its order under the keys it read them with.
    @Test func mergingKeepsOrderAndKeys() {
        var first = DraftTopic(title: "Linear Algebra", kind: .study, line: 1)
        first.addSubtopic("Vectors")
        first.addSubtopic("Matrices")
        var second = DraftTopic(title: "Linear Algebra", kind: .study, line: 9)
        for subtopic in ["Eigenvalues", "Vectors (basics): dot products", "Matrices", "SVD"] { second.addSubtopic(subtopic) }
        first.merge(second)
        #expect(first.subtopics == ["Vectors (basics): dot products", "Matrices", "Eigenvalues", "SVD"])
        first.addSubtopic("EIGENVALUES (again)")
        first.addSubtopic("svd")
        #expect(first.subtopics == ["Vectors (basics): dot products", "Matrices", "EIGENVALUES (again)", "SVD"])
    }
}
