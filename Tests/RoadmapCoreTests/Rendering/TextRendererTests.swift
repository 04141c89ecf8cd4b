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

    /// `list --all` reads each phase's count in order, so even two phases of one number (a
    /// hand-made roadmap) each show their own.
    @Test func everyPhaseShowsItsOwnDoneCount() {
        let roadmap = TestFiles.twins
        var progress = StudyProgress()
        progress.apply(.done, to: [roadmap.phases[1].topics[0]], in: roadmap.id, at: Timestamp(secondsSince1970: 1_790_000_000))
        let text = TextRenderer.tree(ProgressReport(roadmap: roadmap, progress: progress), progress: progress, style: .plain)
        let headers = text.split(separator: "\n").filter { $0.hasPrefix("Phase 2:") }
        #expect(headers.count == 2)
        #expect(headers.first?.hasSuffix("0/1 done") == true)
        #expect(headers.last?.hasSuffix("1/2 done") == true)
    }

    /// A note of several lines (Windows line endings too): `show` lines its later lines up under
    /// its text, and the history (`log`, `undo`) keeps one line a change.
    @Test func notesOfSeveralLines() throws {
        let roadmap = try TestFiles.bundled("ml-mastery")
        let topic = roadmap.topics[0]
        var progress = StudyProgress()
        let now = Timestamp(secondsSince1970: 1_790_000_000)
        progress.apply(.note("Good resources:\r\n- Book A\n\n- Book B"), to: [topic], in: roadmap.id, at: now)
        let shown = TextRenderer.topic(topic, in: roadmap, progress: progress, style: .plain)
        #expect(shown.hasSuffix("""
              Notes:
                2026-09-21  Good resources:
                            - Book A

                            - Book B

            """))
        let change = try #require(progress.history.last)
        #expect(change.summary == "note 1.1 Linear Algebra: Good resources: - Book A - Book B")
        #expect(TextRenderer.log(progress.history, limit: nil, style: .plain).split(separator: "\n").count == 1)
        #expect(TextRenderer.undoReport(change, style: .plain) == "Undid: note 1.1 Linear Algebra: Good resources: - Book A - Book B (ml-mastery, 2026-09-21)\n")
    }
}
