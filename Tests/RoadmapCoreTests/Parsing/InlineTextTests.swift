import Testing
import TestSupport

@testable import RoadmapCore

@Suite struct InlineTextTests {
    @Test func inlineLinksKeepTheirText() {
        let inline = InlineText("Learn **basic** *Python* with [GeeksforGeeks](https://g.org/a) today")
        #expect(inline.plain == "Learn basic Python with GeeksforGeeks today")
        #expect(inline.links == [Resource(title: "GeeksforGeeks", url: "https://g.org/a")])
        #expect(!inline.isOnlyLinks)
    }

    @Test func bareURLIsTitledByItsLabel() {
        let inline = InlineText("Python playlist: https://www.youtube.com/playlist?list=X.")
        #expect(inline.links == [Resource(title: "Python playlist", url: "https://www.youtube.com/playlist?list=X")])
    }

    @Test func bareURLWithoutLabelIsTitledByItsAddress() {
        #expect(InlineText("https://www.mlflow.org/docs/latest/index.html#").links.first?.title == "mlflow.org/docs/latest")
    }

    @Test func placeholderLinkTextTakesTheWordsBeforeIt() {
        let inline = InlineText("The official tutorial is [here](https://docs.python.org/3/tutorial/)")
        #expect(inline.links.first?.title == "The official tutorial")
    }

    @Test func autolinksImagesAndSnakeCase() {
        let inline = InlineText("See <https://a.org> and [the book](https://b.org) ![img](x.png) my_var")
        #expect(inline.links.map(\.url) == ["https://a.org", "https://b.org"])
        #expect(inline.plain == "See and the book my_var")
    }

    @Test func markupMaskHoldsExactlyTheBytesThatStopTheQuickTest() {
        for value in 0...255 {
            let byte = UInt8(value)
            let offset = byte &- 0x21
            let inMask = offset < 64 && InlineText.markupMask >> offset & 1 != 0
            let expected = (InlineText.mayStartMarkup(byte) && byte != UInt8(ascii: "h")) || byte == UInt8(ascii: ":")
            #expect(inMask == expected, "byte \(value)")
        }
    }

    @Test(arguments: [
        ("Linear algebra: vectors, matrices and the hash trick", false),
        ("http without a colon, https and shttp", false),
        ("Go to http://a.org", true), ("xhttps://b.org/c", true), ("https:/not-a-link", false),
        ("**bold**", true), ("snake_case", true), ("`code`", true), ("[text](url)", true), ("a ] b", true),
        ("!image", true), ("<br>", true), ("a \\ b", true), ("", false), ("ends with http:", false),
    ])
    func quickTestFindsEveryMarkupAndLink(text: String, mayHaveMarkup: Bool) {
        #expect(text.withUTF8Bytes(InlineText.mayHaveMarkup) == mayHaveMarkup)
    }

    /// Text the quick test lets through reads as the full reader reads it: the reader, made
    /// to run by a leading `**` (which it drops), gives the same words and links on random
    /// text of links, markup, colons, slashes and accents.
    @Test func textTheQuickTestPassesReadsAsTheReaderReadsIt() {
        var random = SplitMix64(seed: 41)
        let pieces = ["a", "Python", " ", "  ", "\t", "h", "http", "https", "ttp", ":", "//", "://", "/", ".org", "[", "]", "(", ")",
                      "<", ">", "*", "_", "`", "!", "\\", "é", "\u{301}", "–", "x_y", "#", "|", "~", "\u{A0}"]
        var plainTexts = 0
        for _ in 0..<20_000 {
            let text = (0..<Int(random.next() % 10)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            guard !text.withUTF8Bytes(InlineText.mayHaveMarkup) else { continue }
            plainTexts += 1
            #expect(InlineText(text) == InlineText("**" + text), "\(text)")
        }
        #expect(plainTexts > 1_000)
    }

    /// Text the one-pass test passes is text the quick test passes and that tidying leaves as
    /// it is; printable ASCII that passes both passes it too.
    @Test func onePassTestAgreesWithTheQuickTestAndTidying() {
        var random = SplitMix64(seed: 43)
        let pieces = ["a", "Python", " ", "  ", "\t", "h", "http", "https", ":", "//", "://", "[", "]", "(", ")", "<", "*", "_", "`",
                      "!", "\\", "é", "\u{A0}", "Z", "@", "~", "\u{7F}", "\n", "-", "0"]
        var passed = 0
        for _ in 0..<20_000 {
            let text = (0..<Int(random.next() % 10)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            if Self.onePassTestAgrees(on: text) { passed += 1 }
        }
        #expect(passed > 1_000)
    }

    /// Checks that the one-pass test passes `text` exactly when the quick test passes it,
    /// tidying leaves it as it is and it is printable ASCII; returns whether it passed.
    private static func onePassTestAgrees(on text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let onePass = text.withUTF8Bytes(InlineText.isPlainAndCollapsed)
        let quickAndTidy = !text.withUTF8Bytes(InlineText.mayHaveMarkup) && Title.collapsingSpaces(text) == text
        let printable = text.utf8.allSatisfy { (0x20..<0x7F).contains($0) }
        #expect(onePass == (quickAndTidy && printable), "\(text)", sourceLocation: sourceLocation)
        return onePass
    }

    /// Longer text, so that most of it is read eight bytes at a time: every markup byte, every
    /// control and the neighbours of the markup range land at every position of a word, and
    /// the one-pass test still agrees with the quick test and tidying.
    @Test func onePassTestAgreesOnLongText() {
        var random = SplitMix64(seed: 47)
        let pieces = ["a", "Python", "learning", " ", "  ", "h", "https", "://", "[", "]", "\\", "^", "_", "`", "Z", "{", "@",
                      "!", "*", ":", "<", ";", "=", "\u{1F}", "\u{7F}", "é", "\t", ")", "(", "-"]
        var passed = 0
        for _ in 0..<20_000 {
            var text = (0..<Int(8 + random.next() % 12)).map { _ in pieces[Int(random.next() % 3)] }.joined(separator: " ")
            if random.next() % 2 == 0 {
                let piece = pieces[Int(random.next() % UInt64(pieces.count))]
                let offset = Int(random.next() % UInt64(text.utf8.count + 1))
                text = String(decoding: Array(text.utf8.prefix(offset)) + Array(piece.utf8) + Array(text.utf8.dropFirst(offset)), as: UTF8.self)
            }
            if Self.onePassTestAgrees(on: text) { passed += 1 }
        }
        #expect(passed > 5_000)
    }

    /// The word test is never wrong when it passes a word: checked on every word made of bytes
    /// near the edges of what it tests, after a space and not.
    @Test func wordTestPassesOnlyPlainWords() {
        let bytes: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x22, 0x2A, 0x3A, 0x3C, 0x41, 0x5A, 0x5B, 0x5E, 0x60, 0x61, 0x7E, 0x7F, 0x80, 0xC3]
        var random = SplitMix64(seed: 53)
        for _ in 0..<200_000 {
            let word = (0..<8).map { _ in bytes[Int(random.next() % UInt64(bytes.count))] }
            let value = word.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * $1.offset) }
            for afterSpace in [false, true] where InlineText.isPlainWord(value, afterSpace: afterSpace) {
                let printable = word.allSatisfy { (0x20..<0x7F).contains($0) }
                let markup = word.contains { [0x21, 0x2A, 0x3A, 0x3C].contains($0) || (0x5B...0x60).contains($0) }
                let doubleSpace = zip([afterSpace ? 0x20 : 0x41] + word, word).contains { $0 == 0x20 && $1 == 0x20 }
                #expect(printable && !markup && !doubleSpace, "\(word) after a space: \(afterSpace)")
            }
        }
    }
}
