import TestSupport
import Testing

@testable import RoadmapCore

@Suite struct TopicSearchTests {
    @Test(arguments: [
        ("Linear Algebra: Vectors", ["linear", "algebra", "vectors"]),
        ("Bayes' theorem", ["bayes", "theorem"]),
        ("Bayes’ Theorem", ["bayes", "theorem"]),
        ("one two three four five six seven eight nine ten", ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]),
        ("Café Émile", ["café", "émile"]),
        ("???", []),
        ("", []),
        ("C++ / 3.9", ["c", "3", "9"]),
    ])
    func allWordsReadsEveryWordAsASlugDoes(text: String, words: [String]) {
        #expect(TopicSlug.allWords(of: text) == words)
        // The first eight are the slug's words, read the same way.
        #expect(words.prefix(8).joined(separator: "-") == (words.isEmpty ? "" : TopicSlug(title: text).rawValue))
    }

    static let plan = """
        # Plan

        ## Phase 1: Basics

        - Ownership
          - One two three four five six seven eight lifetimes
          - Advanced topics in borrowing
          - [The Book](https://doc.rust-lang.org/book/)
        - Bayes’ Theorem
        - Don't panic
        """

    @Test func wordsPastTheEighthAreFound() throws {
        let roadmap = try TestFiles.parse(Self.plan)
        let hits = TopicSearch.search("lifetimes", in: [roadmap])
        #expect(hits.map(\.topic.title) == ["Ownership"])
        #expect(hits.first?.field == .subtopic("One two three four five six seven eight lifetimes"))
    }

    @Test(arguments: ["???", "", " ", "—", "!"])
    func aQueryWithoutALetterOrDigitFindsNothing(query: String) throws {
        // Its slug would be "topic", which "topics" starts.
        #expect(TopicSearch.search(query, in: [try TestFiles.parse(Self.plan)]).isEmpty)
    }

    @Test(arguments: [
        ("BOOK", "The Book"), ("bayes", "Bayes’ Theorem"), ("theorem", "Bayes’ Theorem"), ("borrow", "Advanced topics in borrowing"),
        // A word is read without its apostrophe, as a slug reads it.
        ("dont", "Don't panic"), ("don't", "Don't panic"),
    ])
    func wordsMatchInAnyCaseAndAcrossApostrophes(query: String, text: String) throws {
        let hits = TopicSearch.search(query, in: [try TestFiles.parse(Self.plan)])
        #expect(hits.count == 1)
        let found: String? = switch hits.first?.field {
        case .title?: hits.first?.topic.title
        case .subtopic(let subtopic)?: subtopic
        case .resource(let resource)?: resource.title
        case nil: nil
        }
        #expect(found == text)
    }

    @Test(arguments: [("algebra", "Álgebra lineal"), ("ÁLGEBRA", "Álgebra lineal"), ("munchen", "München trip")])
    func accentsAreIgnored(query: String, text: String) throws {
        let roadmap = try TestFiles.parse("# Plan\n\n## Phase 1: Basics\n\n- Álgebra lineal\n- Geometry\n  - München trip\n")
        let hits = TopicSearch.search(query, in: [roadmap])
        #expect(hits.count == 1)
        let found: String? = switch hits.first?.field {
        case .title?: hits.first?.topic.title
        case .subtopic(let subtopic)?: subtopic
        default: nil
        }
        #expect(found == text)
        // The excerpt finds the word too, and keeps it in view.
        let long = String(repeating: "word ", count: 20) + text
        #expect(TopicSearch.excerpt(of: long, matching: query, length: 30).hasSuffix(text))
    }

    static let long = "Linear Algebra: Vectors, matrices, matrix multiplication, eigenvalues/eigenvectors."

    @Test(arguments: [
        // Near the start: the start, cut at a word's edge when the cut falls after a mark.
        ("linear", long, 60, "Linear Algebra: Vectors, matrices, matrix multiplication, e…"),
        // Further on: a window that shows the word, from a word's start.
        ("eigenvectors", long, 60, "…matrices, matrix multiplication, eigenvalues/eigenvectors."),
        ("multiplication", long, 40, "…matrix multiplication, eigenvalues/eig…"),
        // Short text, or no word found: as it is, or its start.
        ("vectors", "Vectors and matrices", 60, "Vectors and matrices"),
        ("zebra", long, 30, "Linear Algebra: Vectors, matr…"),
    ])
    func anExcerptKeepsTheMatchedWordInView(query: String, text: String, length: Int, excerpt: String) {
        let cut = TopicSearch.excerpt(of: text, matching: query, length: length)
        #expect(cut == excerpt)
        #expect(cut.count <= length)
    }

    /// Near the end, in a long run of other words or after emoji: the matched word is shown
    /// whole, in at most `length` characters.
    @Test(arguments: [
        (String(repeating: "w ", count: 40) + "z", "z"),
        (String(repeating: "x ", count: 36) + "Kafka", "kafka"),
        (String(repeating: "word ", count: 10) + String(repeating: "y", count: 80) + " tail", "tail"),
        (String(repeating: "🙂", count: 70) + " goal", "goal"),
        (String(repeating: "a", count: 30) + " " + String(repeating: "b", count: 30) + " c", "c"),
    ])
    func theMatchedWordIsShownWhole(text: String, query: String) {
        for length in [20, 30, 60] {
            let cut = TopicSearch.excerpt(of: text, matching: query, length: length)
            #expect(cut.count <= length, "\(length): \(cut)")
            #expect(TopicSlug.allWords(of: cut).contains(query), "\(length): \(cut)")
            // And not a window of little else.
            #expect(cut.count >= length / 2, "\(length): \(cut)")
        }
    }

    /// Every word of a random text, looked for: the excerpt holds it whole when it is short
    /// next to the window, and never runs past `length`.
    @Test func excerptsOfRandomTexts() {
        var random = SplitMix64(seed: 11)
        let pieces = ["alpha", "beta", "gamma", "δέλτα", "e", "x_y", "don't", "🙂", "-", ", ", ": ", "  ", "\t", "1.5"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 5...40, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined(separator: " ")
            let words = TopicSlug.allWords(of: text)
            guard let query = words.randomElement(using: &random) else { continue }
            for length in [20, 40, 60] {
                let cut = TopicSearch.excerpt(of: text, matching: query, length: length)
                #expect(cut.count <= max(length, text.count > length ? 0 : text.count), "\(text) | \(query) | \(length)")
                #expect(TopicSlug.allWords(of: cut).contains { $0.hasPrefix(query) }, "\(text) | \(query) | \(length): \(cut)")
            }
        }
    }
}
