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

    /// Replacing a file keeps its permissions, whatever the process's umask would give a new
    /// one: a progress file made private stays private, one made group-writable stays so.
    @Test(arguments: [0o600, 0o640, 0o664])
    func replacingKeepsTheFilesPermissions(mode: Int) throws {
        let path = folder + "/progress.json"
        try FileSystem.writeAtomically(Array("{}\n".utf8), to: path)
        #expect(chmod(path, mode_t(mode)) == 0)
        try FileSystem.writeAtomically(Array("{ \"version\" : 1 }\n".utf8), to: path)
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(Int(info.st_mode & 0o777) == mode)
        #expect(try FileSystem.contents(of: path) == Array("{ \"version\" : 1 }\n".utf8))
    }

    /// A large file read in two halves at once gives the bytes one reading gives, whatever
    /// its size, odd or even, and with huge pages asked for (5 MiB and 3 bytes spans at least
    /// one whole 2 MiB page); a missing file is refused as before.
    @Test(arguments: [0, 1, 2, 3, 4_097, 300_001, 5 << 20 | 3])
    func halvesReadAsOne(size: Int) throws {
        let path = folder + "/roadmap-\(size).md"
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 / 7) }
        try FileSystem.writeAtomically(bytes, to: path)
        #expect(try FileSystem.contents(of: path, inParallelFrom: 0) == bytes)
        #expect(try FileSystem.contents(of: path, inParallelFrom: 0) == FileSystem.contents(of: path))
        #expect(throws: SystemError.self) { try FileSystem.contents(of: path + ".missing", inParallelFrom: 0) }
    }

    /// After a write the system refuses, nothing more is written: here the descriptor is
    /// made writable again, and the bytes that follow still do not reach it.
    @Test func nothingIsWrittenAfterARefusedWrite() throws {
        let path = folder + "/target"
        try FileSystem.writeAtomically([], to: path)
        let readOnly = open(path, O_RDONLY)
        try #require(readOnly >= 0)
        defer { close(readOnly) }
        var output = FileSystem.Output(descriptor: readOnly)
        Array("abc".utf8).withUnsafeBufferPointer { output.write($0) }
        #expect(output.failure == EBADF)
        let writable = open(path, O_WRONLY)
        try #require(writable >= 0)
        #expect(dup2(writable, readOnly) == readOnly)
        close(writable)
        Array("def".utf8).withUnsafeBufferPointer { output.write($0) }
        #expect(output.failure == EBADF)
        #expect(try FileSystem.contents(of: path).isEmpty)
    }

    /// A write that fails part way leaves the old file as it was, removes the temporary file
    /// and says why.
    @Test func aFailedWriteKeepsTheOldFile() throws {
        let path = folder + "/progress.json"
        try FileSystem.writeAtomically(Array("old\n".utf8), to: path)
        #expect {
            try FileSystem.writeAtomically(to: path) { file in
                Array("new, part one".utf8).withUnsafeBufferPointer { file.write($0) }
                // The temporary file's descriptor swapped for one open only for reading.
                let readOnly = open(path, O_RDONLY)
                _ = dup2(readOnly, file.descriptor)
                close(readOnly)
                Array("part two".utf8).withUnsafeBufferPointer { file.write($0) }
            }
        } throws: { error in
            (error as? SystemError)?.reason == String(cString: strerror(EBADF))
        }
        #expect(try FileSystem.contents(of: path) == Array("old\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["progress.json"])
    }
}
