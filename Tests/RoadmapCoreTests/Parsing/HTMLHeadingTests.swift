import Testing

@testable import RoadmapCore

@Suite struct HTMLHeadingTests {
    private func heading(_ line: String) -> (level: Int, text: String)? {
        line.withUTF8Bytes { bytes in bytes[...].htmlHeading.map { ($0.level, $0.text.text) } }
    }

    @Test(arguments: [
        ("<h1>Title</h1>", 1, "Title"),
        (#"<h1 align="center" style="font-family:'Helvetica Neue',Arial;">ML Roadmap Using Python</h1>"#, 1, "ML Roadmap Using Python"),
        ("<H2>Upper case</H2>", 2, "Upper case"),
        ("<h3>Mixed</H3> and after", 3, "Mixed"),
        ("<h6></h6>", 6, ""),
        ("<h2>Café – 🚀 Ünïcode</h2>", 2, "Café – 🚀 Ünïcode"),
        ("<h2>a </h3> b</h2>", 2, "a </h3> b"),
        ("<h4>first</h4> second</h4>", 4, "first"),
    ])
    func readsTheTextBetweenTheTags(line: String, level: Int, text: String) throws {
        let found = try #require(heading(line))
        #expect(found.level == level)
        #expect(found.text == text)
    }

    @Test(arguments: [
        "<h1>Unclosed", "<h7>Seven</h7>", "<h0>Zero</h0>", "<hr>", "<h1", "<p>Text</p>", "<html>", "<h1>Other level</h2>",
        "</h1>Closed before opened<h1>", "<h1 no end of tag </h1", "h1>Title</h1>", "<h", "",
        // HTML tag names are ASCII: a digit from another script names no heading level.
        "<h\u{661}>Arabic-Indic one</h1>", "<h\u{2460}>Circled one</h1>",
    ])
    func otherLinesAreNotHeadings(line: String) {
        #expect(heading(line) == nil)
    }
}
