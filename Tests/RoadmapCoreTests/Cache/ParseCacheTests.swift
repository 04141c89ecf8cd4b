import Foundation
import Testing

@testable import RoadmapCore

/// The cache gives the model of the text it is asked about, never a stale or damaged one,
/// and a cache that cannot be written only costs a parse.
@Suite struct ParseCacheTests {
    /// A fresh folder for one test's entries.
    static func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appending(path: "parse-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func source(_ text: String, id: String = "mine", fileName: String = "/plans/mine.md") -> RoadmapSource {
        RoadmapSource(id: id, fileName: fileName, text: text)
    }

    static let plan = "# Plan\n\n## Phase 1: Basics (2 weeks)\n- Linear algebra\n- Probability\n\n## Phase 2: Models\n- Regression\n"

    func entries(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".packed") }
    }

    @Test func aSecondReadComesFromTheEntryAndEqualsParsing() throws {
        let folder = try Self.temporaryFolder()
        let cache = ParseCache(folder: folder, programIdentity: "build 1", minimumBytes: 0)
        let source = Self.source(Self.plan)
        let parsed = try RoadmapParser.parse(source)
        #expect(try cache.roadmap(from: source) == parsed)
        #expect(entries(in: folder).count == 1)
        // Change the entry's model behind the cache's back: a read that uses the entry shows it.
        let path = cache.entryPath(for: source)
        let entry = try String(contentsOfFile: path, encoding: .utf8)
        try entry.replacingOccurrences(of: "Linear algebra", with: "Linear ALGEBRA").write(toFile: path, atomically: true, encoding: .utf8)
        let fromDamagedEntry = try cache.roadmap(from: source)
        #expect(fromDamagedEntry == parsed, "an entry whose body no longer matches its hash must be parsed afresh")
        let rewritten = try String(contentsOfFile: path, encoding: .utf8)
        #expect(rewritten == entry, "the damaged entry is replaced")
    }

    @Test func anEditedFileIsParsedAgain() throws {
        let folder = try Self.temporaryFolder()
        let cache = ParseCache(folder: folder, programIdentity: "build 1", minimumBytes: 0)
        _ = try cache.roadmap(from: Self.source(Self.plan))
        let edited = Self.plan.replacingOccurrences(of: "Probability", with: "Statistics")
        let roadmap = try cache.roadmap(from: Self.source(edited))
        #expect(roadmap.topics.map(\.title) == ["Linear algebra", "Statistics", "Regression"])
        #expect(entries(in: folder).count == 1, "one entry per file, replaced when the file changes")
    }

    /// An edit that keeps the file's size (one letter for another) is still seen.
    @Test func anEditOfTheSameSizeIsParsedAgain() throws {
        let folder = try Self.temporaryFolder()
        let cache = ParseCache(folder: folder, programIdentity: "build 1", minimumBytes: 0)
        _ = try cache.roadmap(from: Self.source(Self.plan))
        let edited = Self.plan.replacingOccurrences(of: "Probability", with: "Probabilitx")
        #expect(edited.utf8.count == Self.plan.utf8.count)
        #expect(try cache.roadmap(from: Self.source(edited)).topics[1].title == "Probabilitx")
    }

    /// A command that records nothing does not create the data folder to hold a cache.
    @Test func nothingIsWrittenWithoutADataFolder() throws {
        let data = try Self.temporaryFolder() + "/data"
        let cache = ParseCache(folder: data + "/cache", programIdentity: "b", minimumBytes: 0)
        #expect(try cache.roadmap(from: Self.source(Self.plan)).topicCount == 3)
        #expect(!FileManager.default.fileExists(atPath: data))
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: false)
        _ = try cache.roadmap(from: Self.source(Self.plan))
        #expect(entries(in: data + "/cache").count == 1)
    }

    /// Any one byte changed, anywhere in a word or in the tail, changes the hash.
    @Test func everySingleByteChangeChangesTheHash() {
        let text = String(repeating: "Linear algebra, probability; ", count: 4) + "tail"
        let original = ContentHash(text)
        var bytes = Array(text.utf8)
        for index in bytes.indices {
            let kept = bytes[index]
            bytes[index] = kept ^ 0x01
            let changed = bytes.withUnsafeBufferPointer { ContentHash($0) }
            #expect(changed != original, "a change at byte \(index) kept the hash")
            bytes[index] = kept
        }
        #expect(bytes.withUnsafeBufferPointer { ContentHash($0) } == original)
    }

    @Test func anotherBuildOfTheProgramDoesNotTrustTheEntry() throws {
        let folder = try Self.temporaryFolder()
        let source = Self.source(Self.plan)
        _ = try ParseCache(folder: folder, programIdentity: "build 1", minimumBytes: 0).roadmap(from: source)
        let path = ParseCache(folder: folder, programIdentity: "build 1", minimumBytes: 0).entryPath(for: source)
        let first = try String(contentsOfFile: path, encoding: .utf8)
        _ = try ParseCache(folder: folder, programIdentity: "build 2", minimumBytes: 0).roadmap(from: source)
        let second = try String(contentsOfFile: path, encoding: .utf8)
        #expect(first.contains("\nbuild 1\n") && second.contains("\nbuild 2\n"))
    }

    @Test func theSameTextUnderAnotherIDOrPathHasItsOwnEntry() throws {
        let folder = try Self.temporaryFolder()
        let cache = ParseCache(folder: folder, programIdentity: "b", minimumBytes: 0)
        let first = try cache.roadmap(from: Self.source(Self.plan, id: "one", fileName: "/a/one.md"))
        let second = try cache.roadmap(from: Self.source(Self.plan, id: "two", fileName: "/a/two.md"))
        #expect(first.id == "one" && second.id == "two")
        #expect(entries(in: folder).count == 2)
    }

    @Test func smallDocumentsAreNotCached() throws {
        let folder = try Self.temporaryFolder()
        let cache = ParseCache(folder: folder, programIdentity: "b", minimumBytes: 1 << 20)
        #expect(try cache.roadmap(from: Self.source(Self.plan)).topicCount == 3)
        #expect(entries(in: folder).isEmpty)
    }

    @Test func anUnwritableFolderOnlyCostsAParse() throws {
        let blocker = try Self.temporaryFolder() + "/file"
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: blocker))
        let cache = ParseCache(folder: blocker + "/cache", programIdentity: "b", minimumBytes: 0)
        #expect(try cache.roadmap(from: Self.source(Self.plan)).topicCount == 3)
    }

    @Test func parseErrorsAreReportedAndNotCached() throws {
        let folder = try Self.temporaryFolder()
        let cache = ParseCache(folder: folder, programIdentity: "b", minimumBytes: 0)
        #expect(throws: RoadmapError.noPhases(file: "/plans/mine.md")) {
            try cache.roadmap(from: Self.source("just a paragraph\n"))
        }
        #expect(entries(in: folder).isEmpty)
    }

    @Test func rememberedModelsAreReadWithoutParsing() throws {
        let folder = try Self.temporaryFolder()
        let cache = ParseCache(folder: folder, programIdentity: "b", minimumBytes: 0)
        let source = Self.source(Self.plan)
        // A model that differs from what parsing gives shows whether the entry was used.
        var marked = try RoadmapParser.parse(source)
        marked.title = "remembered"
        cache.remember(marked, for: source)
        #expect(try cache.roadmap(from: source).title == "remembered")
        cache.removeEntry(id: source.id, fileName: source.fileName)
        #expect(entries(in: folder).isEmpty)
        #expect(try cache.roadmap(from: source).title == "Plan")
    }
}
