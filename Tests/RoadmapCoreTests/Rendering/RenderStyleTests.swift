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

    @Test func datesAreShownInUTCUnlessAZoneIsGiven() {
        let style = RenderStyle(color: false, unicode: false, width: 80)
        #expect(style.zone == .utc)
        #expect(style == RenderStyle.plain)
        let moment = Timestamp(secondsSince1970: 1_790_000_000)  // 2026-09-21T14:13:20Z
        #expect(style.day(moment) == "2026-09-21" && style.minute(moment) == "2026-09-21 14:13")
        var tokyo = style
        tokyo.zone = LocalZone(fixedSecondsFromUTC: 9 * 3600)
        #expect(tokyo.day(moment) == "2026-09-21" && tokyo.minute(moment) == "2026-09-21 23:13")
        tokyo.zone = LocalZone(fixedSecondsFromUTC: 10 * 3600)
        #expect(tokyo.day(moment) == "2026-09-22" && tokyo.minute(moment) == "2026-09-22 00:13")
        #expect(tokyo != style)
    }
}
