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
}
