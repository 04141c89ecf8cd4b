import Testing

@testable import RoadmapCore

@Suite struct RenderStyleTests {
    /// The wrapping rule by characters, as `wrap` worked before its ASCII fast path.
    func wrapByCharacters(_ text: String, width: Int, indent: Int) -> [String] {
        if text.count <= width { return [text] }
        let leadingCount = text.prefix { $0 == " " }.count
        let continuation = String(repeating: " ", count: leadingCount + indent)
        var lines: [String] = []
        var line = String(repeating: " ", count: leadingCount)
        var prefixCount = leadingCount
        for word in text.split(separator: " ") {
            if line.count > prefixCount, line.count + 1 + word.count > width {
                lines.append(line)
                line = continuation
                prefixCount = line.count
            }
            if line.count > prefixCount { line += " " }
            line += word
        }
        if line.count > prefixCount { lines.append(line) }
        return lines
    }

    @Test(arguments: [
        "  2.2  Essential Libraries",
        "    - NumPy: Array operations, Broadcasting, Linear algebra operations, Random number generation",
        "    - https://www.example.com/a/very/long/link/that/does/not/fit/on/one/line/at/all/index.html and more",
        "word  with   runs    of spaces and a tail                                         ",
        "      ",
        "    - Kaggle: Python course – with an en dash, café and emoji 📘 in the text to wrap here",
        "    - line\r\nbreak inside a long item that has to be wrapped somewhere along the way",
    ])
    func wrapMatchesCharacterRule(text: String) {
        for width in [10, 20, 40, 80] {
            for indent in [0, 2, 4] {
                let style = RenderStyle(color: false, unicode: false, width: width)
                #expect(style.wrap(text, indent: indent) == wrapByCharacters(text, width: width, indent: indent))
            }
        }
    }

    @Test func joinedLinesMatchesJoined() {
        for lines in [[], [""], ["a"], ["a", "", "b – c"]] as [[String]] {
            #expect(lines.joinedLines() == lines.joined(separator: "\n") + "\n")
        }
    }

    @Test func timeZoneIsFoundWhenADateIsShown() {
        let style = RenderStyle(color: false, unicode: false, width: 80)
        #expect(style.timeZone == .gmt)
        #expect(style == RenderStyle.plain)
    }
}
