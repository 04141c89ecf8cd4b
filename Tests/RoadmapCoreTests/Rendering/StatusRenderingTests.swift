import Foundation
import Testing

@testable import RoadmapCore

@Suite struct StatusRenderingTests {
    let now = Timestamp(secondsSince1970: 1_790_000_000)  // 2026-09-21 14:13 UTC

    /// Seven topics finished over the last three weeks, one skipped, one in progress.
    func status() throws -> StatusReport {
        let roadmap = try TestFiles.bundled("ml-mastery")
        var progress = StudyProgress()
        for (offset, topic) in roadmap.topics.prefix(7).enumerated() {
            progress.apply(.done, to: [topic], in: roadmap.id, at: now.adding(seconds: Double(offset - 6) * 3 * 86_400))
        }
        progress.apply(.skip, to: [roadmap.topics[7]], in: roadmap.id, at: now)
        progress.apply(.start, to: [roadmap.topics[8]], in: roadmap.id, at: now)
        return StatusReport(roadmap: roadmap, progress: progress, now: now, zone: .utc)
    }

    @Test func plainScreen() throws {
        try expectSnapshot(TextRenderer.status(status(), style: .plain), named: "status-plain.txt")
    }

    @Test func narrowUnicodeScreenFitsItsWidth() throws {
        let style = RenderStyle(color: false, unicode: true, width: 48)
        let text = TextRenderer.status(try status(), style: style)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 48 })
        #expect(text.contains("▶ 3  "))
        #expect(text.contains("█"))
        try expectSnapshot(text, named: "status-narrow-unicode.txt")
    }

    @Test func plainOutputIsASCIIAndColourOnlyWhenAsked() throws {
        let plain = TextRenderer.status(try status(), style: .plain)
        #expect(plain.unicodeScalars.allSatisfy { $0.isASCII })
        let coloured = TextRenderer.status(try status(), style: RenderStyle(color: true, unicode: true, width: 80))
        #expect(coloured.contains("\u{1B}[1m") && coloured.contains("\u{1B}[32m"))
    }

    @Test func jsonCarriesTheSameNumbers() throws {
        let json = try JSONSerialization.jsonObject(with: Data(JSONRenderer.status(status()).utf8)) as? [String: Any]
        let totals = json?["totals"] as? [String: Int]
        #expect(totals == ["done": 7, "skipped": 1, "inProgress": 1, "left": 22, "total": 30, "percentDone": 23])
        #expect(json?["currentPhase"] as? String == "3")
        let pace = json?["pace"] as? [String: Any]
        #expect(pace?["finishedInWindow"] as? Int == 7)
        #expect(pace?["measuredDays"] as? Int == 19)
        #expect(pace?["currentStreak"] as? Int == 1)
        let time = json?["timeLeft"] as? [String: Any]
        #expect((time?["notCounted"] as? [[String: String]])?.map { $0["phase"] } == ["6", "7"])
    }
}
