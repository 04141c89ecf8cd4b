import Testing
import TestSupport

@testable import RoadmapCore

@Suite struct TitleTests {
    @Test(arguments: [
        ("https://www.khanacademy.org/math/linear-algebra", "khanacademy.org/math/linear-algebra"),
        ("http://example.com/", "example.com"),
        ("https://http://example.com/index.html", "example.com"),
        ("mailto:someone@example.com", "someone@example.com"),
        ("https://example.com/docs/index.htm?page=2#top", "example.com/docs"),
        ("https://example.com/a/index.html/", "example.com/a/index.html"),
        ("https://", "https://"),
        ("https://www.", "https://www."),
        ("https://café.example/menu/", "café.example/menu"),
        ("https://example.com/e\u{301}/", "example.com/e\u{301}"),
    ])
    func fromURL(url: String, title: String) {
        #expect(Title.fromURL(url) == title)
    }

    @Test(arguments: [
        ("📅 **Plan** ✅", "**Plan**"),
        ("🧮 Linear Algebra ➡️ next", "Linear Algebra next"),
        ("Keycap 1️⃣ and family 👨‍👩‍👧", "Keycap 1 and family"),
        ("Aurélien Géron – “Hands-On”", "Aurélien Géron – “Hands-On”"),
        ("  plain   ASCII  ", "plain ASCII"),
    ])
    func decorationIsRemoved(text: String, title: String) {
        #expect(Title.removingDecoration(text) == title)
    }

    /// Removing decoration by byte keeps exactly the scalars that are not decoration, with
    /// spaces collapsed, on random text mixing decoration, other non-ASCII text and spaces.
    @Test func decorationRemovalMatchesTheScalarRule() {
        var random = SplitMix64(seed: 13)
        let pieces = ["a", "Zz", " ", "  ", "\t", "é", "–", "“", "漢", "\u{A0}", "\u{2028}", "📅", "✅", "➡️", "\u{200D}", "\u{20E3}",
                      "\u{1FAFF}", "\u{1FB00}", "\u{2BFF}", "\u{2C00}", "\u{218F}", "\u{E0061}", "\u{FE0F}"]
        for _ in 0..<3_000 {
            let text = (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            var kept = String.UnicodeScalarView()
            kept.append(contentsOf: text.unicodeScalars.filter { !Title.isDecoration($0) })
            #expect(Title.removingDecoration(text) == Title.collapsingSpaces(String(kept)), "\(Array(text.unicodeScalars))")
        }
    }

    /// Trailing separators go, one character at a time, cut by byte; a separator carrying a
    /// combining mark is another character and stays.
    @Test(arguments: [("Topic:", "Topic"), ("Topic –", "Topic"), ("Topic - | :", "Topic"), ("Lineare Algebra –:", "Lineare Algebra"),
                      ("Topic :\u{301}", "Topic :\u{301}"), ("–", ""), ("Ready –\u{301}", "Ready –\u{301}")])
    func trailingSeparatorsAreRemoved(plain: String, title: String) {
        #expect(Title.cleanPlainText(plain) == title)
    }

    /// The trailing separators of ASCII text, dropped by byte, as the loop for any text drops them.
    @Test func asciiSeparatorsGoAsTheCharacterLoopDropsThem() {
        var random = SplitMix64(seed: 29)
        let pieces = ["Topic", "a", " ", "  ", "\t", ":", "-", "|", " :", ": ", "x-y", "(", "1"]
        for _ in 0..<3_000 {
            let plain = (0..<Int(random.next() % 8)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            var expected = plain
            while let last = expected.last, last == ":" || last == "-" || last == "–" || last == "|" {
                expected = String(expected.dropLast()).trimmingSpace
            }
            #expect(Title.cleanPlainText(plain) == expected, "\(plain)")
        }
    }

    @Test(arguments: [("Resources:", "Resources" as String?), ("**Core Topics:**", "Core Topics"), ("Math :", "Math"),
                      ("Math :\u{301}", nil), ("Math", nil), (":", ""), ("Émile :", "Émile"), ("\u{600}:", nil)])
    func aLabelEndsWithAColon(text: String, label: String?) {
        #expect(ListNode(text: text, line: 1, checked: nil).label == label)
    }

    /// Link texts that say nothing, in any case; ASCII text is compared by byte.
    @Test(arguments: [("here", true), ("Here", true), ("CLICK HERE", true), ("this Link", true), ("Website", true), ("source", true),
                      ("sources", false), ("here!", false), ("click", false), ("", false), ("Link to the docs", false),
                      ("\u{212A}", false), ("H\u{C9}RE", false), ("LİNK", false), ("Thıs", false)])
    func placeholderLinkTexts(text: String, isPlaceholder: Bool) {
        #expect(Title.isPlaceholderLinkText(text) == isPlaceholder)
    }

    @Test(arguments: [
        ("Learn basic Python. There are many ways to learn it.", "Learn basic Python"),
        ("Read papers, e.g. the classics. Then write your own.", "Read papers, e.g. the classics"),
        ("Short. Then a much longer second sentence follows here.", "Short. Then a much longer second sentence follows here"),
        ("Practice (daily. really) until it sticks! Then move on.", "Practice (daily. really) until it sticks"),
        ("Compare models vs. baselines and keep notes on each run.", "Compare models vs. baselines and keep notes on each run"),
    ])
    func longItemsAreTitledByTheirFirstSentence(text: String, title: String) {
        #expect(Title.firstSentence(of: text) == title)
    }

    /// Read by byte, ASCII text gives the sentence reading by character gives, on random
    /// text of words, spaces, stops and parentheses.
    @Test func firstSentenceByByteMatchesReadingByCharacter() {
        var random = SplitMix64(seed: 29)
        let pieces = ["word", "A", "Dr", "e.g", "vs", "etc", "x.y", " ", "  ", ".", "!", "?", "(", ")", ". ", "! ", "Mr. ", "\t", "12"]
        for _ in 0..<5_000 {
            let text = (0..<Int(random.next() % 24)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(Title.firstSentence(of: text) == Title.firstSentence(ofCharacters: text), "\(text)")
        }
    }
}
