import Foundation
import Testing

@testable import RoadmapCore

@Suite struct ProgressStoreTests {
    let folder: URL
    let now = Timestamp(secondsSince1970: 1_790_000_000)

    init() throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "roadmap-store-\(UUID().uuidString)")
    }

    var store: ProgressStore { ProgressStore(folder: folder.path) }

    @Test func missingFileIsEmptyProgressAndNothingIsCreatedByReading() throws {
        #expect(try store.load() == StudyProgress())
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func savedProgressRoundTrips() throws {
        _ = try store.update { progress in
            progress.activeRoadmap = "ml-mastery"
            progress.markDone(Topic(position: "1.2", slug: TopicSlug(rawValue: "calculus"), title: "Calculus"), in: "ml-mastery", at: now)
        }
        let loaded = try store.load()
        #expect(loaded.activeRoadmap == "ml-mastery")
        #expect(loaded.entry(for: TopicSlug(rawValue: "calculus"), in: "ml-mastery") == TopicProgress(status: .done, updated: now, finished: now))
        let text = try String(contentsOfFile: store.path, encoding: .utf8)
        #expect(text.contains("\"version\" : 2"))
        #expect(text.contains("\"updated\" : \"2026-09-21T"))
    }

    @Test(arguments: [
        ("{ not json", "invalid JSON at line 1, column 3"),
        ("[1, 2]", "at the top level"),
        ("{\"version\": 1, \"roadmaps\": {\"x\": {\"topics\": {\"a\": {\"status\": \"finished\"}}}}}", "roadmaps.x.topics.a"),
    ])
    func unreadableFileIsReportedAndLeftUntouched(contents: String, detail: String) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try contents.write(toFile: store.path, atomically: true, encoding: .utf8)
        #expect {
            try store.update { (progress: inout StudyProgress) in progress.activeRoadmap = "x" }
        } throws: { error in
            guard case ProgressError.unreadable(let path, let reason) = error else { return false }
            return path == store.path && reason.contains(detail)
        }
        #expect(try String(contentsOfFile: store.path, encoding: .utf8) == contents)
    }

    /// A file saved by an editor that writes a byte order mark first reads as without it, and
    /// the next save writes plain JSON.
    @Test func aByteOrderMarkIsNoPartOfTheJSON() throws {
        _ = try store.update { progress in
            progress.markDone(Topic(position: "1.2", slug: TopicSlug(rawValue: "calculus"), title: "Calculus"), in: "ml-mastery", at: now)
        }
        let plain = try store.load()
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: store.path)))
        try Data([0xEF, 0xBB, 0xBF] + bytes).write(to: URL(fileURLWithPath: store.path))
        #expect(try store.load() == plain)
        try store.update { $0.activeRoadmap = "ml-mastery" }
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: store.path))).starts(with: [UInt8(ascii: "{")]))
    }

    @Test func newerFormatIsRefused() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "{\"version\": 99}".write(toFile: store.path, atomically: true, encoding: .utf8)
        #expect(throws: ProgressError.newerVersion(path: store.path, found: 99, supported: 2)) { try store.load() }
    }

    @Test func olderFormatIsMigratedOnWriteKeepingTheOriginal() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let v1 = "{\"version\": 1, \"roadmaps\": {\"r\": {\"topics\": {\"a\": {\"status\": \"done\", \"updated\": \"2026-09-21T14:13:20Z\"}}}}}"
        try v1.write(toFile: store.path, atomically: true, encoding: .utf8)
        _ = try store.load()
        #expect(!FileManager.default.fileExists(atPath: store.backupPath(forVersion: 1)))
        try store.update { (progress: inout StudyProgress) in progress.activeRoadmap = "r" }
        #expect(try String(contentsOfFile: store.backupPath(forVersion: 1), encoding: .utf8) == v1)
        let migrated = try store.load()
        #expect(migrated.version == 2)
        #expect(migrated.entry(for: TopicSlug(rawValue: "a"), in: "r")?.finished == now)
    }

    @Test func aFileWhereTheFolderShouldBeIsAnError() throws {
        try "x".write(to: folder, atomically: true, encoding: .utf8)
        #expect(throws: ProgressError.notAFolder(path: folder.path)) { try store.load() }
        #expect(throws: ProgressError.notAFolder(path: folder.path)) {
            try store.update { (progress: inout StudyProgress) in progress.activeRoadmap = "x" }
        }
    }

    /// Written a chunk at a time, a large file is still whole, and reads back.
    @Test func aLargeFileIsWrittenWhole() throws {
        _ = try store.update { progress in
            for index in 0..<(ProgressWriter.parallelTopicCount + 5) {
                let slug = TopicSlug(rawValue: "topic-\(index)")
                progress.markDone(Topic(position: "1.\(index)", slug: slug, title: "Topic \(index)"), in: "big", at: now)
            }
        }
        let loaded = try store.load()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: store.path))
        #expect(Array(bytes) == (try ProgressSamples.encoded(loaded)) + [UInt8(ascii: "\n")])
        #expect(loaded.roadmaps["big"]?.topics.count == ProgressWriter.parallelTopicCount + 5)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["progress.json", "progress.json.lock"])
    }

    /// A pace JSON cannot hold is refused in JSONEncoder's words, and the file is kept.
    @Test func anInfinitePaceIsRefusedAndTheFileKept() throws {
        try store.update { $0.activeRoadmap = "a" }
        let before = try Data(contentsOf: URL(fileURLWithPath: store.path))
        #expect {
            try store.update { $0.settings.hoursPerWeek = .infinity }
        } throws: { error in
            // JSONEncoder's words name the setting (`Path: settings.hoursPerWeek` on Linux).
            guard case ProgressError.cannotWrite(let path, let reason) = error else { return false }
            return path == store.path && reason.contains("hoursPerWeek")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == before)
    }

    @Test func unchangedProgressIsNotRewritten() throws {
        try store.update { $0.activeRoadmap = "a" }
        let before = try FileManager.default.attributesOfItem(atPath: store.path)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.01)
        try store.update { $0.activeRoadmap = "a" }
        let after = try FileManager.default.attributesOfItem(atPath: store.path)[.modificationDate] as? Date
        #expect(before == after)
    }

    @Test func aChangeThatSaysWhetherItChangedIsSavedOnlyThen() throws {
        try store.update { $0.activeRoadmap = "a" }
        let before = try Data(contentsOf: URL(fileURLWithPath: store.path))
        let said = try store.update(reportingChanges: { progress in
            progress.activeRoadmap = "b"
            return ("kept", false)
        })
        #expect(said == "kept")
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == before)
        try store.update(reportingChanges: { progress in
            progress.markDone(Topic(position: "1.1", slug: TopicSlug(rawValue: "calculus"), title: "Calculus"), in: "a", at: now)
            return ((), true)
        })
        #expect(try store.load().status(of: TopicSlug(rawValue: "calculus"), in: "a") == .done)
    }
}
