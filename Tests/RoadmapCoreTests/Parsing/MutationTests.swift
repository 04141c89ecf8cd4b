import Foundation
import Testing
import TestSupport

@testable import RoadmapCore

/// Feeds thousands of mutated roadmaps through the parser on every run. Each must parse or
/// throw a ``RoadmapError``; a crash fails the whole test run. Seeded, so a failure repeats.
@Suite struct MutationTests {
    static let seeds: [UInt64] = [1, 2, 3, 4]

    @Test(arguments: seeds)
    func mutatedRoadmapsNeverCrashTheParser(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let originals = try TestFiles.bundledIDs.map { id in
            try [UInt8](Data(contentsOf: TestFiles.packageFolder.appending(path: "Roadmaps/\(id).md")))
        }
        let tokens: [[UInt8]] = ["\n", "#", "## Phase 9: X (2 weeks)\n", "**", "- ", "  - ", "\t", "[", "](", ")", "<", ">",
                                 "|", "---\n", "```\n", "<br>", "- [x] ", "http://", "\u{FEFF}", "Ã", "â€", "\r\n", "\u{0}",
                                 "1. ", "===\n", "(Ongoing)", "Week 1, 2", "[a]: http://b\n", "[a][a]"].map { Array($0.utf8) }
        var parsed = 0
        for _ in 0..<600 {
            let original = originals[Int(random.next() % UInt64(originals.count))]
            // A window of the roadmap, so each run stays quick.
            let start = Int(random.next() % UInt64(original.count))
            var bytes = Array(original[start..<min(original.count, start + 200 + Int(random.next() % 3_000))])
            for _ in 0..<(1 + random.next() % 8) {
                let position = bytes.isEmpty ? 0 : Int(random.next() % UInt64(bytes.count))
                switch random.next() % 5 {
                case 0: bytes.insert(contentsOf: tokens[Int(random.next() % UInt64(tokens.count))], at: position)
                case 1: if !bytes.isEmpty { bytes[position] = UInt8(truncatingIfNeeded: random.next()) }
                case 2: bytes.removeSubrange(position..<min(bytes.count, position + Int(random.next() % 40)))
                case 3: bytes.insert(contentsOf: bytes[position..<min(bytes.count, position + Int(random.next() % 200))], at: position)
                default: bytes.insert(contentsOf: "\n## Phase 1: Mutant\n- topic\n".utf8, at: position)
                }
            }
            do {
                let roadmap = try RoadmapParser.parse(RoadmapSource(id: "m", fileName: "m.md", bytes: bytes))
                #expect(!roadmap.phases.isEmpty && roadmap.phases.allSatisfy { !$0.topics.isEmpty })
                #expect(Set(roadmap.topics.map(\.slug)).count == roadmap.topicCount)
                parsed += 1
            } catch {
                // No phases is an answer too.
            }
        }
        #expect(parsed > 100)
    }
}
