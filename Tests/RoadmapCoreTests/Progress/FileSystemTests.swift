import Foundation
import Testing

@testable import RoadmapCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The atomic write the progress store relies on: bytes handed over piece by piece land in
/// order, the old file is replaced whole, and a failed write is kept, not lost.
@Suite struct FileSystemTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "roadmap-fs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    @Test func piecesLandInOrderAndReplaceTheFileWhole() throws {
        let path = folder + "/file.json"
        try FileSystem.writeAtomically(Array("old contents, longer than the new ones\n".utf8), to: path)
        let pieces = ["{", "", "\"a\" : 1", String(repeating: "x", count: 100_000), "}\n"]
        try FileSystem.writeAtomically(to: path) { file in
            for piece in pieces {
                Array(piece.utf8).withUnsafeBufferPointer { file.write($0) }
            }
        }
        #expect(try FileSystem.contents(of: path) == Array(pieces.joined().utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["file.json"])
    }

    /// A write the system refuses (here: to a descriptor open only for reading) is kept as the
    /// output's failure, which writeAtomically checks before it renames anything.
    @Test func aRefusedWriteIsKept() throws {
        let path = folder + "/read-only"
        try FileSystem.writeAtomically(Array("x".utf8), to: path)
        let descriptor = open(path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var output = FileSystem.Output(descriptor: descriptor)
        Array("abc".utf8).withUnsafeBufferPointer { output.write($0) }
        #expect(output.failure == EBADF)
        Array("def".utf8).withUnsafeBufferPointer { output.write($0) }
        #expect(output.failure == EBADF)
        #expect(try FileSystem.contents(of: path) == Array("x".utf8))
    }
}
