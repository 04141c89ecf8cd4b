import Foundation
import Testing
import TestSupport

/// The guarantees of the progress store, checked through the built binary.
@Suite struct StoreSafetyTests {
    func doneSlugs(_ cli: CLI, roadmap: String) throws -> Set<String> {
        let result = try cli.run("list", "--json", "--roadmap", roadmap)
        #expect(result.status == 0, "list failed: \(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let phases = json?["phases"] as? [[String: Any]] ?? []
        let topics = phases.flatMap { $0["topics"] as? [[String: Any]] ?? [] }
        return Set(topics.filter { $0["status"] as? String == "done" }.compactMap { $0["slug"] as? String })
    }

    @Test func fiftyConcurrentDoneCommandsEachKeepTheirChange() throws {
        let cli = try CLI()
        let ids = try JSONSerialization.jsonObject(with: Data(cli.run("list", "--json", "--roadmap", "ml-beginner-to-expert").stdout.utf8)) as? [String: Any]
        let beginner = (ids?["phases"] as? [[String: Any]] ?? []).flatMap { ($0["topics"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }
        let mastery = (1...4).flatMap { phase in (1...3).map { "\(phase).\($0)" } } + ["1.4", "3.4"]
        let work = beginner.map { ("ml-beginner-to-expert", $0) } + mastery.map { ("ml-mastery", $0) }
        #expect(work.count == 50)

        let processes = try work.map { roadmap, id -> Process in
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["done", id, "--roadmap", roadmap]
            process.environment = ["HOME": cli.home.path, "ROADMAP_HOME": cli.dataFolder.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        #expect(try doneSlugs(cli, roadmap: "ml-beginner-to-expert").count == beginner.count)
        #expect(try doneSlugs(cli, roadmap: "ml-mastery").count == mastery.count)
        let log = try cli.run("log", "--all")
        #expect(log.stdout.split(separator: "\n").count == 50)
    }

    /// A loop of `done` commands, killed with SIGKILL at a random moment, leaves a file that
    /// parses and holds exactly the first k changes of the loop, for some k.
    @Test func aLoopOfWritesKilledAtRandomMomentsLeavesAPrefix() throws {
        let probe = try CLI()
        let json = try JSONSerialization.jsonObject(with: Data(probe.run("list", "--json", "--roadmap", "ml-beginner-to-expert").stdout.utf8)) as? [String: Any]
        let topics = (json?["phases"] as? [[String: Any]] ?? []).flatMap { $0["topics"] as? [[String: Any]] ?? [] }
        let sequence = Array(topics.compactMap { $0["slug"] as? String }.prefix(24))
        // How long one command runs here, so kills land anywhere inside one.
        let clock = ContinuousClock()
        let start = clock.now
        for slug in sequence.prefix(4) { try probe.run("done", slug, "--roadmap", "ml-beginner-to-expert") }
        let perCommand = (clock.now - start) / 4
        let commandMicroseconds = UInt64(perCommand.components.seconds * 1_000_000 + perCommand.components.attoseconds / 1_000_000_000_000)

        var random = SplitMix64(seed: 2026)
        var prefixLengths: [Int] = []
        for _ in 0..<10 {
            let cli = try CLI()
            // The loop runs one `done` after another; the k-th one gets SIGKILL at a random
            // moment of its run (or after it, when it is quick) and the loop ends there.
            let victim = Int(random.next() % UInt64(sequence.count - 1)) + 1
            let delay = UInt32(random.next() % max(1, commandMicroseconds * 3 / 2))
            loop: for (index, slug) in sequence.enumerated() {
                let process = Process()
                process.executableURL = CLI.binary
                process.arguments = ["done", slug, "--roadmap", "ml-beginner-to-expert"]
                process.environment = ["HOME": cli.home.path, "ROADMAP_HOME": cli.dataFolder.path]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                if index == victim {
                    usleep(delay)
                    kill(process.processIdentifier, SIGKILL)
                    process.waitUntilExit()
                    break loop
                }
                process.waitUntilExit()
            }

            if FileManager.default.fileExists(atPath: cli.progressFile.path) {
                let data = try Data(contentsOf: cli.progressFile)
                #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "the file does not parse")
            }
            let done = try doneSlugs(cli, roadmap: "ml-beginner-to-expert")
            #expect(done == Set(sequence.prefix(done.count)), "\(done.sorted()) is not a prefix of the loop")
            prefixLengths.append(done.count)
            // A new writer cleans up what a killed one left behind.
            try cli.run("done", "1.1", "--roadmap", "ml-mastery")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: cli.dataFolder.path).filter { $0.contains(".tmp-") }
            #expect(leftovers.isEmpty, "stale temporary files: \(leftovers)")
        }
        // Kills landed mid-loop, or the test proved nothing.
        #expect(prefixLengths.contains { $0 > 0 && $0 < sequence.count }, "prefix lengths \(prefixLengths)")
    }

    @Test func everyCommandLeavesACorruptFileByteForByte() throws {
        let cli = try CLI()
        try FileManager.default.createDirectory(at: cli.dataFolder, withIntermediateDirectories: true)
        let broken = Data("{\"version\": 2, \"roadmaps\": [".utf8)
        try broken.write(to: cli.progressFile)
        let commands = [
            ["next"], ["done", "1.1"], ["start", "1.1"], ["skip", "1.1"], ["reset", "1.1"], ["reset", "--all", "--yes"],
            ["note", "1.1", "x"], ["undo"], ["log"], ["list"], ["list", "--all"], ["show", "1.1"], ["use", "ml-mastery"],
            ["roadmaps"],
        ]
        for arguments in commands {
            let result = try cli.run(arguments: arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains(cli.progressFile.path) && result.stderr.contains("move it aside"), "\(arguments)")
            #expect(try Data(contentsOf: cli.progressFile) == broken, "\(arguments) changed the file")
        }
    }

    @Test func aFileFromANewerVersionIsRefusedAndKept() throws {
        let cli = try CLI()
        try FileManager.default.createDirectory(at: cli.dataFolder, withIntermediateDirectories: true)
        let newer = Data("{\"version\": 7, \"roadmaps\": {}}".utf8)
        try newer.write(to: cli.progressFile)
        let result = try cli.run("done", "1.1")
        #expect(result.status == 1)
        #expect(result.stderr.contains("written by a newer roadmap (format version 7; this one reads up to 2)"))
        #expect(try Data(contentsOf: cli.progressFile) == newer)
    }

    @Test func versionOneFileIsMigratedWithACopyOfTheOriginal() throws {
        let cli = try CLI()
        try FileManager.default.createDirectory(at: cli.dataFolder, withIntermediateDirectories: true)
        let v1 = Data("""
            {"version": 1, "activeRoadmap": "ml-mastery",
             "roadmaps": {"ml-mastery": {"topics": {"calculus": {"status": "done", "updated": "2026-09-21T14:13:20Z"}}}}}
            """.utf8)
        try v1.write(to: cli.progressFile)
        let result = try cli.run("done", "1.1")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Progress: 2/30 topics done"))
        #expect(try Data(contentsOf: cli.dataFolder.appending(path: "progress.json.v1.bak")) == v1)
        #expect(try String(contentsOf: cli.progressFile, encoding: .utf8).contains("\"version\" : 2"))
        let show = try cli.run("show", "calculus")
        #expect(show.stdout.contains("status: done on 2026-09-21"))
    }

    @Test func entriesThatNoLongerMatchATopicAreKeptAndReported() throws {
        let cli = try CLI()
        try FileManager.default.createDirectory(at: cli.dataFolder, withIntermediateDirectories: true)
        try Data("""
            {"version": 2, "activeRoadmap": "ml-mastery",
             "roadmaps": {"ml-mastery": {"topics": {"old-topic": {"status": "done", "updated": "2026-09-21T14:13:20Z"}}}}}
            """.utf8).write(to: cli.progressFile)
        let list = try cli.run("list")
        #expect(list.stdout.hasSuffix("Progress: 0/30 topics done (0%)\nNote: 1 recorded entry no longer matches a topic (kept): old-topic\n"))
        try cli.run("done", "1.1")
        #expect(try String(contentsOf: cli.progressFile, encoding: .utf8).contains("\"old-topic\""))
    }

    @Test func readOnlyDataFolderIsAClearErrorAndNothingChanges() throws {
        let cli = try CLI()
        try cli.run("done", "1.1")
        let before = try Data(contentsOf: cli.progressFile)
        var result: CLI.Result
        if getuid() == 0 {
            // Root ignores permissions: run as nobody, for whom the root-owned folder is read-only.
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: cli.home.path)
            result = try cli.run(arguments: ["--reuid=65534", "--regid=65534", "--clear-groups", CLI.binary.path, "done", "1.2"],
                                 binary: URL(fileURLWithPath: "/usr/bin/setpriv"))
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: cli.dataFolder.path)
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: cli.dataFolder.path) }
            result = try cli.run("done", "1.2")
        }
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: \(cli.dataFolder.path): cannot use the data folder: Permission denied"))
        #expect(try Data(contentsOf: cli.progressFile) == before)
    }
}
