import Foundation
import Testing
import TestSupport

@testable import RoadmapCore

/// Inputs no roadmap should contain: the parser returns a roadmap or a clear error, never
/// crashes. (Speed is measured by the benchmarks, not here.)
@Suite struct RobustnessTests {
    func parse(_ bytes: [UInt8]) -> Result<Roadmap, RoadmapError> {
        Result { () throws(RoadmapError) in try RoadmapParser.parse(RoadmapSource(id: "r", fileName: "r.md", bytes: bytes)) }
    }

    @Test func emptyAndBlankFilesHaveNoPhases() {
        for text in ["", "\n\n\n", "   ", "\u{FEFF}"] {
            #expect(throws: RoadmapError.noPhases(file: "r.md")) { try RoadmapParser.parse(RoadmapSource(id: "r", fileName: "r.md", text: text)) }
        }
    }

    @Test func binaryDataInvalidUTF8AndNULBytes() {
        var random = SplitMix64(seed: 7)
        let binary = (0..<1_000_000).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        #expect(throws: RoadmapError.self) { try parse(binary).get() }
        let invalid: [UInt8] = Array("# T\n## Phase 1: A\n- good \u{00}".utf8) + [0xFF, 0xFE, 0xC3, 0x28, 0x0A] + Array("- also good\n".utf8)
        let roadmap = try? parse(invalid).get()
        #expect(roadmap?.topics.map(\.title) == ["good", "\u{FFFD}\u{FFFD}\u{FFFD}( - also good"] || roadmap?.topicCount == 2)
    }

    @Test func oversizedInputIsRefusedNotHalfRead() {
        let big = [UInt8](repeating: UInt8(ascii: "x"), count: RoadmapParser.maximumBytes + 1)
        #expect(throws: RoadmapError.tooLarge(file: "r.md", bytes: RoadmapParser.maximumBytes + 1, limit: RoadmapParser.maximumBytes)) {
            try parse(big).get()
        }
    }

    @Test func aSingleTenMegabyteLine() throws {
        let line = String(repeating: "word [x](http://a.b) <tag> * _ ` ! ( ) . ; ", count: 250_000)
        let roadmap = try parse(Array("# T\n## Phase 1: A\n- \(line)\n".utf8)).get()
        #expect(roadmap.topicCount == 1)
        #expect(roadmap.topics[0].resources.count == 1)
    }

    @Test func tenThousandLevelsOfNestedLists() throws {
        // Indented one space per level up to 3,000 (4.5 MB), then "- - - …" markers for 10,000.
        var text = "# T\n## Phase 1: A\n"
        for level in 0..<3_000 { text += String(repeating: " ", count: level) + "- item \(level)\n" }
        text += String(repeating: "- ", count: 10_000) + "deep\n"
        let roadmap = try parse(Array(text.utf8)).get()
        #expect(roadmap.topicCount == 2)
        #expect(roadmap.topics[0].title == "item 0")
    }

    @Test func aHundredThousandHeadings() throws {
        var text = "# T\n"
        for number in 1...50_000 { text += "## Step \(number)\n### Topic \(number)\n" }
        let roadmap = try parse(Array(text.utf8)).get()
        #expect(roadmap.phases.count == 50_000)
        #expect(roadmap.topicCount == 50_000)
        #expect(roadmap.topics.last?.slug.rawValue == "topic-50000")
    }

    @Test func unclosedMarkupEverywhere() throws {
        let text = "# T\n## Phase 1: A\n- " + String(repeating: "[(<`*_![", count: 100_000) + "\n"
        let roadmap = try parse(Array(text.utf8)).get()
        #expect(roadmap.topicCount == 1)
    }
}
