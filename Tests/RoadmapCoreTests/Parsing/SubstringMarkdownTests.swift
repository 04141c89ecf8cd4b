import Testing

@testable import RoadmapCore

@Suite struct SubstringMarkdownTests {
    /// ASCII white space is cut by byte; other white space at an end (no-break, em space) is
    /// trimmed as characters are.
    @Test(arguments: [("", ""), ("   ", ""), (" a ", "a"), ("\ta b\n", "a b"), ("  é  ", "é"), ("\u{A0}a\u{A0}", "a"),
                      (" a\u{2003}", "a"), ("a", "a"), ("é", "é"), ("\r\n x \r\n", "x"), ("\u{A0}", ""), (" e\u{301} ", "e\u{301}")])
    func trimmingSpaceCutsBothEnds(text: String, trimmed: String) {
        #expect(text.trimmingSpace == trimmed)
        #expect(Substring(text).trimmingSpace == trimmed)
    }
}
