import Foundation
import Testing

@testable import RoadmapCore

@Suite struct JSONRendererTests {
    /// Each phase's `progress` in a JSON text's phase list, in order.
    private func phaseProgress(_ json: String, path: [String]) throws -> [[String: Int]] {
        var value = try JSONSerialization.jsonObject(with: Data(json.utf8))
        for key in path { value = try #require((value as? [String: Any])?[key]) }
        let phases = try #require(value as? [[String: Any]])
        return try phases.map { try #require($0["progress"] as? [String: Int]) }
    }

    /// `status --json`, `list --json` and `export --format json` read each phase's count in
    /// order, so even two phases of one number (a hand-made roadmap) each get their own.
    @Test func everyPhaseHasItsOwnCountInJSON() throws {
        let roadmap = TestFiles.twins
        let now = Timestamp(secondsSince1970: 1_790_000_000)
        var progress = StudyProgress()
        progress.apply(.done, to: [roadmap.phases[1].topics[0]], in: roadmap.id, at: now)
        let status = JSONRenderer.status(StatusReport(roadmap: roadmap, progress: progress, now: now, zone: .utc))
        let exported = JSONRenderer.export(roadmap, progress: progress)
        for counts in [try phaseProgress(status, path: ["phases"]), try phaseProgress(exported, path: ["roadmap", "phases"])] {
            #expect(counts.map { $0["total"] } == [1, 2])
            #expect(counts.map { $0["done"] } == [0, 1])
        }
    }
}
