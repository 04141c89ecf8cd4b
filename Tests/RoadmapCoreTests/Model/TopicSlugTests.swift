import Testing
import TestSupport

@testable import RoadmapCore

@Suite struct TopicSlugTests {
    /// The rule as written for characters: letters and digits kept lower-cased, apostrophes
    /// left out, anything else between words one `-`, at most eight words.
    private func slugByTheRule(_ title: String) -> String {
        var words: [String] = []
        var word = ""
        for character in title.lowercased() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if character == "'" || character == "’" {
                continue
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        let slug = words.prefix(8).joined(separator: "-")
        return slug.isEmpty ? "topic" : slug
    }

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

    /// ASCII titles are slugged by byte: the same slugs as the rule gives, on random titles
    /// made of letters, digits, apostrophes, parentheses and other marks.
    @Test func asciiTitlesFollowTheRule() {
        var random = SplitMix64(seed: 23)
        let pieces = ["a", "Z", "word", "Two", "7", "42", " ", "  ", "'", "(", ")", "-", ":", ",", ".", "&", "_", "\t", "~"]
        for _ in 0..<3_000 {
            let title = (0..<Int.random(in: 0...24, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(TopicSlug(title: title).rawValue == slugByTheRule(title), "\(title)")
        }
    }
}
