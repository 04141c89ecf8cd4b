import Testing

@testable import RoadmapCore

@Suite struct TextRendererTests {
    /// `list` and `status` pad their columns and then cut the spaces that end a line.
    @Test(arguments: [
        ("  1  Python basics  [----]  0/4  2 weeks   ", "  1  Python basics  [----]  0/4  2 weeks"),
        ("no padding", "no padding"),
        ("    ", ""),
        ("", ""),
        ("a  b  ", "a  b"),
        ("Café Résumé  ", "Café Résumé"),
        ("▶ 3  Deep learning  █████░░░  ", "▶ 3  Deep learning  █████░░░"),
        // U+0600 (an Arabic number sign) joins the character after it, even a space: that
        // space is part of the last character and stays.
        ("Sign \u{600}   ", "Sign \u{600} "),
    ])
    func trailingSpacesAreCut(line: String, expected: String) {
        #expect(TextRenderer.trimmingTrailingSpaces(line) == expected)
        #expect(TextRenderer.trimmingTrailingSpaces(line) == String(line.reversed().drop { $0 == " " }.reversed()))
    }
}
