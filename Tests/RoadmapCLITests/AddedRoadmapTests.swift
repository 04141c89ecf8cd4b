import Foundation
import Testing

@Suite struct AddedRoadmapTests {
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "RoadmapCoreTests/Fixtures")

    /// Added again after `remove`, a roadmap keeps its progress, and ticks already recorded
    /// are not imported nor counted again.
    @Test func importingTicksAgainCountsOnlyNewOnes() throws {
        let cli = try CLI()
        let file = fixtures.appending(path: "task-list.md").path
        try cli.run("add", file, "--id", "k8s", "--import-done")
        try cli.run("remove", "k8s")
        let again = try cli.run("add", file, "--id", "k8s", "--import-done")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("\nImported 0 ticked topics as done (2 were already done).\n"))
        #expect(try cli.run("roadmaps").stdout.contains("2/5 done"))
        // One put back since: that one is imported again.
        try cli.run("reset", "images", "--roadmap", "k8s")
        try cli.run("remove", "k8s")
        let mixed = try cli.run("add", file, "--id", "k8s", "--import-done")
        #expect(mixed.stdout.contains("\nImported 1 ticked topic as done (1 was already done).\n"))
    }

    @Test func addedRoadmapWorksLikeABundledOne() throws {
        let cli = try CLI()
        let add = try cli.run("add", fixtures.appending(path: "task-list.md").path, "--id", "k8s", "--import-done")
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout == """
            Added My Kubernetes Checklist as 'k8s': 2 phases, 5 topics.
            Imported 2 ticked topics as done.
            Start it with: roadmap use k8s

            """)
        #expect(FileManager.default.fileExists(atPath: cli.dataFolder.appending(path: "roadmaps/k8s.md").path))
        let roadmaps = try cli.run("roadmaps")
        #expect(roadmaps.stdout.contains("  k8s                    My Kubernetes Checklist\n"))
        #expect(roadmaps.stdout.contains("2/5 done; 2 phases, 5 topics, 3 weeks (sum of phases)"))
        try cli.run("use", "k8s")
        let next = try cli.run("next")
        #expect(next.stdout.hasPrefix("Next in My Kubernetes Checklist (k8s):\n\n  1.3  Compose\n"))
        let done = try cli.run("done", "pods")
        #expect(done.stdout.contains("Done: 2.1 Pods"))
        let other = try cli.run("list", "--roadmap", "k8s")
        #expect(other.stdout.contains("> 1  Containers     1 week   2/3\n"))
    }

    @Test func idsOfBundledRoadmapsCannotBeTakenNorRemoved() throws {
        let cli = try CLI()
        let shadow = try cli.run("add", fixtures.appending(path: "links.md").path, "--id", "ml-mastery")
        #expect(shadow.status == 1)
        #expect(shadow.stderr == "error: 'ml-mastery' is the id of a bundled roadmap; choose another with --id\n")
        let remove = try cli.run("remove", "ml-mastery")
        #expect(remove.status == 1)
        #expect(remove.stderr == "error: 'ml-mastery' is a bundled roadmap and cannot be removed\n")
        let twice = try cli.run("add", fixtures.appending(path: "links.md").path)
        #expect(twice.status == 0)
        let again = try cli.run("add", fixtures.appending(path: "links.md").path)
        #expect(again.status == 1 && again.stderr.contains("already added"))
        // An id every command can take as an argument: not one a command line reads as an option.
        for id in ["-plan", ".plan", "my plan", ""] {
            let refused = try cli.run("add", fixtures.appending(path: "links.md").path, "--id=\(id)")
            #expect(refused.status == (id.isEmpty ? 64 : 1), "\(id)")
        }
        #expect(try cli.run("add", fixtures.appending(path: "links.md").path, "--id", "-plan").stderr
            == "error: '-plan' cannot be a roadmap id: use letters, digits, '-', '_' and '.', not first '-' or '.' (choose one with --id)\n")
    }

    /// An active roadmap whose file is gone is an error that says how to go on: nothing is
    /// recorded on another roadmap. Removing the active roadmap hands over to the default one
    /// and says so.
    @Test func aMissingActiveRoadmapIsNeverQuietlyReplaced() throws {
        let cli = try CLI()
        try cli.run("add", fixtures.appending(path: "task-list.md").path, "--id", "k8s")
        try cli.run("use", "k8s")
        let before = try String(contentsOf: cli.progressFile, encoding: .utf8)
        try FileManager.default.removeItem(at: cli.dataFolder.appending(path: "roadmaps/k8s.md"))
        for arguments in [["done", "1.1"], ["next"], ["list"]] {
            let refused = try cli.run(arguments: arguments)
            #expect(refused.status == 1, "\(arguments)")
            #expect(refused.stdout.isEmpty)
            #expect(refused.stderr == "error: the active roadmap 'k8s' is gone; add its file again with 'roadmap add <file> --id k8s', "
                + "or choose another with 'roadmap use <id>' ('roadmap roadmaps' lists them)\n")
        }
        #expect(try String(contentsOf: cli.progressFile, encoding: .utf8) == before)
        #expect(try cli.run("roadmaps").stderr.contains("the active roadmap, 'k8s', could not be read"))
        // Removing the roadmap whose file is gone lets go of it.
        let forgotten = try cli.run("remove", "k8s")
        #expect(forgotten.stdout == "'k8s' was already gone. It was the active roadmap: commands now use 'ml-6-months' ('roadmap use <id>' to choose another).\n")
        #expect(try cli.run("next").status == 0)

        try cli.run("add", fixtures.appending(path: "task-list.md").path, "--id", "k8s")
        try cli.run("use", "k8s")
        let removed = try cli.run("remove", "k8s")
        #expect(removed.stdout == "Removed 'k8s'. Its progress is kept. It was the active roadmap: commands now use 'ml-6-months' ('roadmap use <id>' to choose another).\n")
        #expect(try cli.run("next").stdout.hasPrefix("Next in 6-Month Machine Learning Roadmap (ml-6-months):"))
    }

    @Test func removeKeepsProgressUnlessAskedAndUndoBringsItBack() throws {
        let cli = try CLI()
        try cli.run("add", fixtures.appending(path: "bold-weeks.md").path)
        try cli.run("done", "1.1", "--roadmap", "bold-weeks")
        let removed = try cli.run("remove", "bold-weeks")
        #expect(removed.stdout == "Removed 'bold-weeks'. Its progress is kept.\n")
        #expect(try String(contentsOf: cli.progressFile, encoding: .utf8).contains("\"bold-weeks\""))
        try cli.run("add", fixtures.appending(path: "bold-weeks.md").path)
        #expect(try cli.run("list", "--roadmap", "bold-weeks").stdout.contains("Progress: 1/6 topics done"))
        let forget = try cli.run("remove", "bold-weeks", "--forget-progress")
        #expect(forget.stdout == "Removed 'bold-weeks'. Forgot 1 progress entry ('roadmap undo --roadmap bold-weeks' brings them back).\n")
        try cli.run("undo")
        #expect(try String(contentsOf: cli.progressFile, encoding: .utf8).contains("\"bold-weeks\""))
        let unknown = try cli.run("remove", "nope")
        #expect(unknown.status == 1 && unknown.stderr == "error: no added roadmap 'nope'; none have been added\n")
    }

    @Test func aFileWithoutPhasesIsRefusedSayingWhatTheParserLooksFor() throws {
        let cli = try CLI()
        let file = cli.home.appending(path: "notes.md")
        try "Just some notes\n\nwith no structure at all.\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try cli.run("add", file.path)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: \(file.path): no phases found. The parser looks for headings"))
        #expect(result.stderr.contains("'## Phase 1: Foundations (2 weeks)'"))
        #expect(!FileManager.default.fileExists(atPath: cli.dataFolder.appending(path: "roadmaps").path))
    }

    @Test func lintShowsWhatWasReadAndWarnsWithLineNumbers() throws {
        let path = fixtures.appending(path: "links.md").path
        let result = try CLI().run("lint", path)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("\(path): Links of Every Kind\nid: links\nestimate: 1 week (sum of phases)\n1 phase, 7 topics, 8 resources\n"))
        #expect(result.stdout.contains("warning: \(path):10: a link without a target"))
        #expect(result.stdout.contains("warning: \(path):11: a link to an undefined reference [nope]"))
        let json = try CLI().run("lint", path, "--json")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["id"] as? String == "links")
        #expect((object?["phases"] as? [[String: Any]])?.first?["topics"] is [[String: Any]])
        // Line numbers are numbers.
        #expect((object?["warnings"] as? [[String: Any]])?.map { $0["line"] as? Int } == [10, 11])
    }

    @Test func oversizedFilesAreRefused() throws {
        let cli = try CLI()
        let file = cli.home.appending(path: "huge.md")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 50 << 20)
        try handle.close()
        let result = try cli.run("lint", file.path)
        #expect(result.status == 1)
        #expect(result.stderr == "error: \(file.path): too large to be a roadmap (50 MiB; the limit is 32 MiB); nothing was read\n")
    }
}
