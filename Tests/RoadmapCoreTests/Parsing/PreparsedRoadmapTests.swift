import Foundation
import BundledRoadmaps
import Testing

@testable import RoadmapCore

/// The models compiled into the binary are exactly what the parser reads from the bundled
/// files, so skipping the parse at run time changes nothing a user sees.
@Suite struct PreparsedRoadmapTests {
    @Test(arguments: TestFiles.bundledIDs)
    func preparsedModelEqualsParsingTheSource(id: String) throws {
        let source = try #require(BundledRoadmaps.source(id: id))
        let preparsed = try #require(BundledRoadmaps.roadmap(id: id))
        #expect(preparsed == (try RoadmapParser.parse(source)))
        #expect(preparsed == (try TestFiles.bundled(id)))
    }

    @Test func everyBundledFileIsEmbeddedByteForByte() throws {
        #expect(BundledRoadmaps.all.map(\.id) == TestFiles.bundledIDs)
        for id in TestFiles.bundledIDs {
            let onDisk = try String(contentsOf: TestFiles.packageFolder.appending(path: "Roadmaps/\(id).md"), encoding: .utf8)
            #expect(Array(BundledRoadmaps.source(id: id)!.text.utf8) == Array(onDisk.utf8))
        }
    }
}
