import Foundation
import Testing

@Suite struct ErrorTests {
    @Test func unknownCommandIsAUsageErrorWithSuggestion() throws {
        let result = try CLI().run("lst")
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: unknown command 'lst'; did you mean 'list'?\nusage: roadmap <command> [options]\nSee 'roadmap --help'.\n")
    }

    @Test func unknownOptionIsAUsageError() throws {
        let result = try CLI().run("list", "--everything")
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("error: unknown option '--everything' for 'list'\nusage: roadmap list "))
    }

    @Test func helpGoesToStandardOutput() throws {
        let result = try CLI().run("--help")
        #expect(result.status == 0 && result.stderr.isEmpty)
        #expect(result.stdout.contains("Commands:\n  next "))
        #expect(result.stdout.contains("Exit codes: 0 success, 1 a failure you can fix"))
        let commandHelp = try CLI().run("done", "--help")
        #expect(commandHelp.status == 0)
        #expect(commandHelp.stdout.hasPrefix("Mark topics done.\n\nUsage: roadmap done <topic>..."))
        #expect(commandHelp.stdout.contains("Example:\n  roadmap done 1.1 calculus"))
    }

    /// `help` refuses options it does not take, as every other command does.
    @Test(arguments: [
        (["help", "-x"], "error: unknown option '-x' for 'help'"),
        (["help", "--bogus"], "error: unknown option '--bogus' for 'help'"),
        (["help", "--json"], "error: --json is not available for 'help'"),
        (["help", "done", "--roadmap", "ml-mastery"], "error: --roadmap is not available for 'help'"),
    ])
    func helpRefusesOptionsItDoesNotTake(arguments: [String], error: String) throws {
        let result = try CLI().run(arguments: arguments)
        #expect(result.status == 64 && result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix(error))
        #expect(result.stderr.contains("\nusage: roadmap help [<command>]\n"))
    }

    @Test func corruptProgressFileIsReportedAndLeftByteForByte() throws {
        let cli = try CLI()
        try FileManager.default.createDirectory(at: cli.dataFolder, withIntermediateDirectories: true)
        let broken = Data("{\n  \"version\": 1,\n  \"roadmaps\": {,\n}".utf8)
        try broken.write(to: cli.progressFile)
        for arguments in [["next"], ["done", "1.1"], ["list"], ["use", "ml-mastery"], ["roadmaps"]] {
            let result = try cli.run(arguments: arguments)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("error: \(cli.progressFile.path): cannot read progress: invalid JSON at line 3, column 16: expected a quoted key\n"))
            #expect(result.stderr.contains("move it aside"))
            #expect(try Data(contentsOf: cli.progressFile) == broken)
        }
    }

    @Test func dataFolderThatIsAFileIsAClearError() throws {
        let cli = try CLI()
        try Data("x".utf8).write(to: cli.dataFolder)
        let result = try cli.run("done", "1.1")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: \(cli.dataFolder.path): is not a folder"))
    }

    @Test func unwritableDataFolderIsAClearErrorAndKeepsTheFile() throws {
        guard getuid() != 0 else { return }  // root ignores permissions
        let cli = try CLI()
        try cli.run("done", "1.1")
        let before = try Data(contentsOf: cli.progressFile)
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: cli.dataFolder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: cli.dataFolder.path) }
        let result = try cli.run("done", "1.2")
        #expect(result.status == 1)
        #expect(try Data(contentsOf: cli.progressFile) == before)
    }

    @Test func builtBinaryRunsFromAnyFolderOnItsOwn() throws {
        let cli = try CLI()
        let elsewhere = cli.home.appending(path: "bin")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let copy = elsewhere.appending(path: "roadmap")
        try FileManager.default.copyItem(at: CLI.binary, to: copy)
        let result = try cli.run(arguments: ["list", "--roadmap", "ml-engineer-24-weeks"], binary: copy, in: URL(fileURLWithPath: "/"))
        #expect(result.status == 0)
        #expect(result.stdout.contains("Numpy, Pandas, Data Visualization Libraries"))
    }

    /// A roadmap named with `--roadmap` loads beside the progress (on a second thread for a
    /// file); whatever is wrong with it is still reported, and the progress is left as it was.
    @Test(arguments: [
        (["next"], "missing.md", "error: {home}/missing.md: cannot read: no such file\n"),
        (["done", "1.1"], "missing.md", "error: {home}/missing.md: cannot read: no such file\n"),
        (["show", "1.1"], "folder.md", "error: {home}/folder.md: cannot read: it is a folder, not a Markdown file\n"),
        (["done", "gamma"], "plan.md", "error: no topic matches \"gamma\" in plan\n(see all topics with: roadmap list --all)\n"),
        (["start", "1.1"], "nope", "error: no roadmap named 'nope'\navailable: ml-6-months, ml-beginner-to-expert, ml-engineer-24-weeks, ml-mastery, python-ml-steps\n"),
        // A file named like a bundled roadmap would share its progress.
        (["done", "1.1"], "ml-mastery.md", "error: {home}/ml-mastery.md: its name gives the id 'ml-mastery', which is a bundled roadmap's, "
            + "and progress is kept by id; rename the file, or add it under another id with 'roadmap add {home}/ml-mastery.md --id <id>'\n"),
    ])
    func problemsWithTheNamedRoadmapAreReportedAndProgressKept(arguments: [String], roadmap: String, expected: String) throws {
        let cli = try CLI()
        try FileManager.default.createDirectory(at: cli.home.appending(path: "folder.md"), withIntermediateDirectories: true)
        try "# Plan\n\n## Phase 1: A\n- Alpha\n- Beta\n".write(to: cli.home.appending(path: "plan.md"), atomically: true, encoding: .utf8)
        try "# Mine\n\n## Phase 1: A\n- Other\n".write(to: cli.home.appending(path: "ml-mastery.md"), atomically: true, encoding: .utf8)
        try cli.run("done", "1.1")
        let before = try Data(contentsOf: cli.progressFile)
        let name = roadmap.hasSuffix(".md") ? cli.home.appending(path: roadmap).path : roadmap
        let result = try cli.run(arguments: arguments + ["--roadmap", name])
        #expect(result.status == 1)
        #expect(result.stderr == expected.replacingOccurrences(of: "{home}", with: cli.home.path))
        #expect(try Data(contentsOf: cli.progressFile) == before)
    }

    /// A `--roadmap` file named like an added roadmap but not its file would share that
    /// roadmap's progress: it is refused and nothing is recorded. The added roadmap's own file
    /// is that roadmap.
    @Test func aFileNamedLikeAnAddedRoadmapIsRefused() throws {
        let cli = try CLI()
        let mine = cli.home.appending(path: "plan.md")
        try "# Plan\n\n## Phase 1: A\n- Alpha\n- Beta\n".write(to: mine, atomically: true, encoding: .utf8)
        #expect(try cli.run("add", mine.path).status == 0)
        #expect(try cli.run("use", "plan").status == 0)
        let folder = cli.home.appending(path: "other")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let other = folder.appending(path: "plan.md")
        try "# Other\n\n## Phase 1: X\n- Zeta\n- Alpha\n".write(to: other, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: cli.progressFile)
        let refused = try cli.run("done", "1.1", "--roadmap", other.path)
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: \(other.path): its name gives the id 'plan', which is the id of a roadmap you added "
            + "(roadmap keeps a copy of its file), and progress is kept by id; use '--roadmap plan' for that one, rename this file, "
            + "or add it under another id with 'roadmap add \(other.path) --id <id>'\n")
        // The file it was added from too: the roadmap is the copy, which may differ from it now.
        #expect(try cli.run("done", "1.1", "--roadmap", mine.path).status == 1)
        #expect(try Data(contentsOf: cli.progressFile) == before)
        let own = cli.dataFolder.appending(path: "roadmaps/plan.md")
        let done = try cli.run("done", "1.1", "--roadmap", own.path)
        #expect(done.status == 0)
        #expect(done.stdout.contains("Done: 1.1 Alpha"))
    }

    #if os(Linux)
    /// Output that cannot be written (a full disk) is an error with its own exit status; what
    /// the command recorded is kept. A reader that closes the pipe early is no error.
    @Test func outputThatCannotBeWrittenIsAnError() throws {
        let cli = try CLI()
        let full = try cli.run(arguments: ["-c", "\"$0\" done 1.1 > /dev/full", CLI.binary.path], binary: URL(fileURLWithPath: "/bin/sh"))
        #expect(full.status == 74)
        #expect(full.stderr == "error: cannot write the output: No space left on device\n")
        #expect(try String(contentsOf: cli.progressFile, encoding: .utf8).contains("\"mathematics-for-ml\""))
        let closed = try cli.run(arguments: ["-c", "\"$0\" list --all | head -c 1 >/dev/null; exit ${PIPESTATUS[0]}", CLI.binary.path],
                                 binary: URL(fileURLWithPath: "/bin/bash"))
        #expect(closed.status == 0)
        #expect(closed.stderr.isEmpty)
    }
    #endif

    /// A first command that fails leaves no data folder behind.
    @Test(arguments: [["done", "no-such-topic"], ["start", "1.1", "--roadmap", "nope"], ["note", "zzz", "text"]])
    func aFailedFirstCommandCreatesNothing(arguments: [String]) throws {
        let cli = try CLI()
        let result = try cli.run(arguments: arguments)
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: cli.dataFolder.path))
    }
}
