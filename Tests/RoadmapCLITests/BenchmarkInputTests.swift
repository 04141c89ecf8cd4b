import Foundation
import Testing

/// Keeps the benchmark inputs honest: the generated scale roadmaps parse to the intended
/// number of topics, and `next` offers the topic the benchmark expects.
@Suite struct BenchmarkInputTests {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: [1_000, 2_345])
    func generatedScaleRoadmapHasTheIntendedTopics(size: Int) throws {
        let cli = try CLI()
        let folder = cli.home.appending(path: "scale")
        let script = Self.package.appending(path: "Benchmarks/generate-scale-roadmap.py").path
        let generator = try cli.run(arguments: ["python3", script, String(size), folder.path], binary: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(generator.status == 0, "\(generator.stderr)")
        let facts = Dictionary(uniqueKeysWithValues: generator.stdout.split(separator: "\n").compactMap { line -> (String, String)? in
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        })
        let roadmap = folder.appending(path: "scale-\(size).md").path
        let lint = try cli.run("lint", roadmap, "--json")
        let json = try JSONSerialization.jsonObject(with: Data(lint.stdout.utf8)) as? [String: Any]
        #expect((json?["progress"] as? [String: Int])?["total"] == size)
        #expect(facts["topics"] == String(size))

        try FileManager.default.createDirectory(at: cli.dataFolder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: folder.appending(path: "scale-\(size).progress.json"), to: cli.progressFile)
        let next = try cli.run("next", "--json", "--roadmap", roadmap)
        let topic = (try JSONSerialization.jsonObject(with: Data(next.stdout.utf8)) as? [String: Any])?["topic"] as? [String: Any]
        #expect(topic?["slug"] as? String == facts["next"])
    }
}
