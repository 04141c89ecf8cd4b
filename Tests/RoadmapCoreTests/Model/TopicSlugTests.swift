import Testing
import TestSupport

@testable import RoadmapCore

@Suite struct TopicSlugTests {
    @Test(arguments: [
        ("Linear Algebra", "linear-algebra"),
        ("Bayes' Theorem", "bayes-theorem"),
        ("  NumPy & Pandas (basics)!  ", "numpy-pandas-basics"),
        ("CS-229: Machine Learning", "cs-229-machine-learning"),
        ("one two three four five six seven eight nine ten", "one-two-three-four-five-six-seven-eight"),
        ("***", "topic"),
        ("", "topic"),
        ("Ünïcode Title – Déjà vu", "ünïcode-title-déjà-vu"),
        ("🚀 Deep Learning", "deep-learning"),
    ])
    func slugs(title: String, slug: String) {
        #expect(TopicSlug(title: title).rawValue == slug)
    }

    /// ASCII titles are slugged by byte: the same slugs as reading their characters gives
    /// (as other text is read), on random titles made of letters, digits, apostrophes,
    /// parentheses and other marks.
    @Test func asciiTitlesFollowTheRule() {
        var random = SplitMix64(seed: 23)
        let pieces = ["a", "Z", "word", "Two", "7", "42", " ", "  ", "'", "(", ")", "-", ":", ",", ".", "&", "_", "\t", "~"]
        for _ in 0..<3_000 {
            let title = (0..<Int.random(in: 0...24, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(TopicSlug(title: title).rawValue == TopicSlug.slug(readingCharactersOf: title), "\(title)")
        }
    }
}
