import Foundation
import Testing

@testable import RoadmapCore

/// A roadmap file read from its path: a large one is mapped rather than copied, and reads
/// exactly as its bytes read when handed over whole.
@Suite struct RoadmapSourceTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "roadmap-source-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// The bundled roadmaps one after another, repeated to at least `count` bytes.
    private static func plans(atLeast count: Int) throws -> [UInt8] {
        var one: [UInt8] = []
        for id in TestFiles.bundledIDs {
            one += try [UInt8](Data(contentsOf: TestFiles.packageFolder.appending(path: "Roadmaps/\(id).md"))) + Array("\n".utf8)
        }
        var bytes: [UInt8] = []
        while bytes.count < count { bytes += one }
        return bytes
    }

    /// Well-formed, behind a byte order mark, with broken sequences (one right after the mark),
    /// and with Windows line endings: the file read from its path and its bytes read whole give
    /// the same text and the same roadmap, warnings included.
    @Test(arguments: ["plain", "byte order mark", "broken", "mark then broken", "windows"])
    func aLargeFileReadsAsItsBytes(variant: String) throws {
        var bytes = try Self.plans(atLeast: ScannedDocument.parallelThreshold + 1)
        switch variant {
        case "byte order mark": bytes = [0xEF, 0xBB, 0xBF] + bytes
        case "broken": bytes.insert(contentsOf: [0xE2, 0x80, 0x20, 0xFF], at: bytes.count / 2)
        case "mark then broken": bytes = [0xEF, 0xBB, 0xBF, 0xFF] + bytes
        case "windows": bytes = Array(String(decoding: bytes, as: UTF8.self).replacing("\n", with: "\r\n").utf8)
        default: break
        }
        let path = folder + "/plan.md"
        try FileSystem.writeAtomically(bytes, to: path)

        let fromPath = try RoadmapSource(path: path)
        let fromBytes = RoadmapSource(id: "plan", fileName: path, bytes: bytes)
        // Only well-formed text stays mapped; repaired text is a copy.
        #expect(fromPath.isMapped == !variant.contains("broken"))
        // Compared whole but reported short: a failure would otherwise print both documents.
        let sameBytes = fromPath == fromBytes && fromPath.utf8 == fromBytes.utf8
        let sameText = fromPath.text == fromBytes.text
        #expect(sameBytes)
        #expect(sameText)
        #expect(fromPath.byteCount == fromBytes.byteCount)
        let (roadmap, warnings) = try RoadmapParser.lint(fromPath)
        let (expected, expectedWarnings) = try RoadmapParser.lint(fromBytes)
        #expect(roadmap == expected)
        #expect(warnings == expectedWarnings)
        #expect(roadmap.topicCount > 100)
    }

    /// Below the threshold a file is read into memory; from it on, mapped.
    @Test func onlyLargeFilesAreMapped() throws {
        let bytes = try Self.plans(atLeast: ScannedDocument.parallelThreshold)
        for size in [ScannedDocument.parallelThreshold - 1, ScannedDocument.parallelThreshold] {
            let path = folder + "/plan-\(size).md"
            try FileSystem.writeAtomically(Array(bytes[..<size]), to: path)
            let source = try RoadmapSource(path: path)
            #expect(source.isMapped == (size >= ScannedDocument.parallelThreshold))
            let whole = source.utf8 == Array(bytes[..<size])
            #expect(whole)
        }
    }

    /// The mapping lives as long as a copy of the source does, however the file changes after.
    @Test func aMappedSourceOutlivesTheFileItWasReadFrom() throws {
        let bytes = try Self.plans(atLeast: ScannedDocument.parallelThreshold)
        let path = folder + "/plan.md"
        try FileSystem.writeAtomically(bytes, to: path)
        let source = try RoadmapSource(path: path)
        // An editor saving the file replaces it; removing it leaves the mapped pages too.
        try FileSystem.writeAtomically(Array("# Other\n".utf8), to: path)
        try FileManager.default.removeItem(atPath: path)
        #expect(source.isMapped)
        let unchanged = source.utf8 == bytes
        #expect(unchanged)
        #expect(try RoadmapParser.parse(source).phases.count > 10)
    }
}
