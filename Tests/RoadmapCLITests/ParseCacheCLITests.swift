import Foundation
import Testing

/// Large roadmap files are parsed once and then read from the cache in the data folder;
/// whatever happens to the file or the cache, commands show what the file says now.
@Suite struct ParseCacheCLITests {
    /// A roadmap of `phases` × 40 topics, well over the size the cache starts at.
    static func largeRoadmap(phases: Int = 6, rename: (String) -> String = { $0 }) -> String {
        var text = "# Big Plan\n"
        for phase in 1...phases {
            text += "\n## Phase \(phase): Part \(phase) (2 weeks)\n\n"
            for topic in 1...40 {
                text += "- " + rename("Topic \(phase)-\(topic) about a subject with a fairly long name") + "\n"
                text += "  - a subtopic with [a link](https://example.com/\(phase)/\(topic))\n"
            }
        }
        return text
    }

    func cacheEntries(_ cli: CLI) -> [URL] {
        let folder = cli.dataFolder.appending(path: "cache")
        return ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "packed" }
    }

    @Test func anEditedFileIsReadAfreshAndADamagedCacheIsIgnored() throws {
        let cli = try CLI()
        let file = cli.home.appending(path: "big.md")
        try Self.largeRoadmap().write(to: file, atomically: true, encoding: .utf8)
        #expect(try Data(contentsOf: file).count > 16 << 10)

        let done = try cli.run("done", "1.1", "--roadmap", file.path)
        #expect(done.status == 0, "\(done.stderr)")
        #expect(try cli.run("next", "--roadmap", file.path).stdout.contains("1.2  Topic 1-2 about"))
        #expect(cacheEntries(cli).count == 1)
        #if os(Linux)
        // Entries name the build that wrote them by the executable's ELF build ID.
        let header = try String(decoding: Data(contentsOf: try #require(cacheEntries(cli).first)).prefix(200), as: UTF8.self)
            .split(separator: "\n")
        #expect(header.count > 2 && header[1].hasPrefix("build-id ") && header[1].count == "build-id ".count + 40, "\(header.prefix(2))")
        #endif
        #expect(try cli.run("next", "--roadmap", file.path).stdout.contains("1.2  Topic 1-2 about"))

        // Edit the file: the next command shows the new titles, not the cached ones.
        try Self.largeRoadmap(rename: { $0.replacingOccurrences(of: "Topic 1-2 ", with: "Renamed 1-2 ") })
            .write(to: file, atomically: true, encoding: .utf8)
        let next = try cli.run("next", "--roadmap", file.path)
        #expect(next.stdout.contains("1.2  Renamed 1-2 about"), "\(next.stdout)")
        #expect(cacheEntries(cli).count == 1)

        // Garbage in the cache entry: the command still answers from the file.
        for entry in cacheEntries(cli) { try Data("roadmap-cache\ngarbage".utf8).write(to: entry) }
        let afterDamage = try cli.run("next", "--roadmap", file.path)
        #expect(afterDamage.status == 0 && afterDamage.stdout == next.stdout)
        #expect(try cli.run("status", "--roadmap", file.path).stdout.contains("1 done, 0 skipped, 239 left of 240"))
    }

    /// Reading a large file on a fresh machine creates no data folder; the cache starts
    /// once something has been recorded.
    @Test func aFreshHomeStaysEmptyUntilSomethingIsRecorded() throws {
        let cli = try CLI()
        let file = cli.home.appending(path: "big.md")
        try Self.largeRoadmap().write(to: file, atomically: true, encoding: .utf8)
        for arguments in [["next"], ["list", "--all"], ["status"], ["show", "1.1"]] {
            #expect(try cli.run(arguments: arguments + ["--roadmap", file.path]).status == 0)
        }
        #expect(!FileManager.default.fileExists(atPath: cli.dataFolder.path))
        #expect(try cli.run("done", "1.1", "--roadmap", file.path).status == 0)
        #expect(try cli.run("next", "--roadmap", file.path).status == 0)
        #expect(cacheEntries(cli).count == 1)
    }

    @Test func addedRoadmapsAreCachedWhenAddedAndForgottenWhenRemoved() throws {
        let cli = try CLI()
        let file = cli.home.appending(path: "big.md")
        try Self.largeRoadmap().write(to: file, atomically: true, encoding: .utf8)
        #expect(try cli.run("add", file.path).status == 0)
        #expect(cacheEntries(cli).count == 1)
        let entry = try #require(cacheEntries(cli).first)
        let written = try Data(contentsOf: entry)
        #expect(try cli.run("list", "--roadmap", "big").stdout.contains("Part 6"))
        #expect(try Data(contentsOf: entry) == written, "the entry written by add is the one later commands use")
        #expect(try cli.run("remove", "big").status == 0)
        #expect(cacheEntries(cli).isEmpty)
    }
}
