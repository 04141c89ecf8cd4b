import Testing
import TestSupport

@testable import RoadmapCore

/// Labels are read by role in any case, with or without their colon; most are looked up packed
/// (``PackedText``), the others by their lower-cased text, and both ways agree.
@Suite struct SectionRoleTests {
    @Test func everyLabelPacks() {
        for label in SectionRole.labels.keys {
            #expect(PackedText(label) != nil, "\(label)")
        }
    }

    @Test(arguments: [
        ("Core Topics:", SectionRole.topics(.study)), ("RESOURCES", .resources), ("What you'll learn", .topics(.study)),
        ("Mini-Projects:", .topics(.project)), ("N.B", .ignored), ("Time estimate", .estimate),
        // The Kelvin sign lower-cases to `k`: read by its lower-cased text, not packed.
        ("Tas\u{212A}s", .topics(.practice)),
    ])
    func labelsNameTheirRole(label: String, role: SectionRole) {
        #expect(SectionRole(cleanLabel: label) == role)
    }

    @Test(arguments: ["Core Topics::", "Topics 2", "Tips & tricks", "Resources below", "", ":", "Projects —", "Tópicos"])
    func otherTextIsNoLabel(text: String) {
        #expect(SectionRole(cleanLabel: text) == nil)
    }

    /// Every label in random cases, with and without a colon and with a character changed,
    /// reads as the lower-cased text looked up among the labels.
    @Test func packedLookupAgreesWithTheText() {
        var random = SplitMix64(seed: 3)
        let labels = SectionRole.labels.keys.sorted()
        let changes: [Character] = ["s", " ", "-", "'", ".", "&", "é", "K", "\u{212A}"]
        for _ in 0..<3_000 {
            var characters = Array(labels[Int(random.next() % UInt64(labels.count))])
            characters = characters.map { random.next() % 2 == 0 ? Character($0.uppercased()) : $0 }
            if random.next() % 3 == 0 {
                characters[Int(random.next() % UInt64(characters.count))] = changes[Int(random.next() % UInt64(changes.count))]
            }
            var text = String(characters)
            if random.next() % 2 == 0 { text += ":" }
            var key = text.lowercased()
            if key.hasSuffix(":") { key.removeLast() }
            #expect(SectionRole(cleanLabel: text) == SectionRole.labels[key], "\(text)")
        }
    }

    @Test func everyNonStudyWordPacks() {
        for word in SectionRole.nonStudyWords {
            #expect(PackedText(word) != nil, "\(word)")
        }
    }

    @Test(arguments: [
        ("📚 Resources", true), ("Tips and Tricks", true), ("Table of Contents", true), ("What's Next?", true),
        ("FAQs", true), ("Introduction to Machine Learning", true), ("Linear Algebra", false), ("Week 3: Notebooks", false),
        ("Resourceful Hacking", false), ("NOTES", true), ("Über die Notizen", false), ("Notes für Anfänger", true),
        ("N.B. read this", true), ("Practical Deep Learning", false), ("Tip2", false),
    ])
    func nonStudySectionsAreKnownByTheirWords(title: String, isNonStudy: Bool) {
        #expect(SectionRole.isNonStudySection(title) == isNonStudy)
    }

    /// The rule read from the lower-cased text, word by word and phrase by phrase, as the
    /// quick reading must give it.
    static func isNonStudySectionByText(_ title: String) -> Bool {
        let lower = title.lowercased()
        for word in lower.unicodeScalars.split(whereSeparator: { !$0.properties.isAlphabetic && !$0.isASCIIDigit })
        where SectionRole.nonStudyWords.contains(String(word)) {
            return true
        }
        return ["how to use", "learning path", "n.b", "table of contents", "final words", "what's next", "further reading",
                "useful links", "getting help"].contains { lower.contains(text: $0) }
    }

    @Test func nonStudySectionsAgreeWithTheRuleOnRandomTitles() {
        var random = SplitMix64(seed: 17)
        let pieces = ["Tips", "tip", "NOTE", "Resources", "Learning", "Path", "how", "to", "use", "N.B", "n", ".", "b", "Week", "3",
                      "2tips", "tips2", " ", " ", "-", ":", "é", "Ü", "faq", "s", "Table", "of", "contents", "What's", "next", "’"]
        for _ in 0..<3_000 {
            let title = (0..<Int(1 + random.next() % 6)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(SectionRole.isNonStudySection(title) == Self.isNonStudySectionByText(title), "\(title)")
        }
    }
}
