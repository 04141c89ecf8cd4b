import Foundation
import Testing

/// `--roadmap`: every command that works on one roadmap honours it, the others refuse it.
@Suite struct RoadmapOptionTests {
    static let commands = ConventionTests.commands + ["add", "remove", "lint"]

    /// A one-phase plan in the test's home folder, holding `topics`.
    private func plan(_ name: String = "plan.md", topics: [String] = ["Ownership"], in cli: CLI) throws -> URL {
        let file = cli.home.appending(path: name)
        let items = topics.map { "- \($0)\n" }.joined()
        try "# Plan\n\n## Phase 1: Basics\n\n\(items)".write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// The help's `--roadmap` line names exactly the commands that take it: a command left
    /// out (other than `help`) refuses the option rather than ignoring it.
    @Test func helpNamesTheCommandsThatTakeARoadmap() throws {
        let cli = try CLI()
        let named = try cli.commandsListedInHelp(after: "switching to it:")
        #expect(Set(named) == ["next", "status", "done", "start", "skip", "reset", "note", "undo", "log", "list", "show",
                               "search", "open", "export", "lint"])
        for command in Self.commands where !named.contains(command) && command != "help" {
            let result = try cli.run(command, "x", "--roadmap", "ml-mastery")
            #expect(result.status == 64, "\(command)")
            #expect(result.stderr.hasPrefix("error: --roadmap is not available for '\(command)'\n"), "\(command)")
        }
        // Nothing was recorded or switched on the way.
        #expect(!FileManager.default.fileExists(atPath: cli.dataFolder.path))
    }

    @Test(arguments: [["next", "--roadmap", ""], ["next", "--roadmap="], ["done", "1.1", "--roadmap", ""], ["lint", "--roadmap="]])
    func anEmptyRoadmapNameIsAUsageError(arguments: [String]) throws {
        let result = try CLI().run(arguments: arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("error: --roadmap needs a value\n"))
    }

    /// An option that takes a value, given twice, is a usage error: taking either one would
    /// record the change on a roadmap the user may not have meant. Nothing is recorded.
    @Test(arguments: [
        ["done", "1.1", "--roadmap", "ml-mastery", "--roadmap", "ml-6-months"],
        ["done", "1.1", "--roadmap=ml-mastery", "--roadmap", "ml-mastery"],
        ["reset", "--phase", "1", "--phase", "2", "--yes"],
        ["add", "plan.md", "--id", "x", "--id", "y"],
        ["export", "--format", "json", "--format", "markdown"],
    ])
    func anOptionGivenTwiceIsAUsageError(arguments: [String]) throws {
        let cli = try CLI()
        _ = try plan(in: cli)
        let result = try cli.run(arguments: arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("error: --"), "\(result.stderr)")
        #expect(result.stderr.contains(" given twice\n"))
        #expect(!FileManager.default.fileExists(atPath: cli.dataFolder.path))
    }

    /// Text that starts with `-` but is no option (`-5 points`, `- [x] read`, `-5`) is an
    /// argument; a word that looks like an option but is none names `--` in its error.
    @Test func argumentsThatStartWithADashAreArguments() throws {
        let cli = try CLI()
        #expect(try cli.run("note", "1.1", "-5 points on the quiz").status == 0)
        #expect(try cli.run("note", "1.1", "- [x] read it").status == 0)
        let shown = try cli.run("show", "1.1").stdout
        #expect(shown.contains("  -5 points on the quiz\n") && shown.contains("  - [x] read it\n"))
        let negative = try cli.run("config", "hours-per-week", "-5")
        #expect(negative.status == 64)
        #expect(negative.stderr.hasPrefix("error: hours-per-week must be a number of hours from 1 to 168"))
        let unknown = try cli.run("note", "1.1", "-fast")
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("error: unknown option '-fast' for 'note' (an argument that starts with '-' goes after '--')\n"))
        #expect(try cli.run("note", "1.1", "--", "-fast").status == 0)
        // A command without arguments does not point to `--`.
        #expect(try cli.run("next", "-x").stderr.hasPrefix("error: unknown option '-x' for 'next'\n"))
    }

    @Test func undoWithARoadmapRevertsThatRoadmapsLastChangeOnly() throws {
        let cli = try CLI()
        try cli.run("done", "1.1")
        try cli.run("done", "1.2")
        try cli.run("done", "1.1", "--roadmap", "ml-mastery")
        let undone = try cli.run("undo", "--roadmap", "ml-6-months")
        #expect(undone.status == 0)
        #expect(undone.stdout.hasPrefix("Undid: done 1.2 "))
        #expect(undone.stdout.contains("(ml-6-months, "))
        // The later change on ml-mastery stands, and is what a plain undo reverts next.
        #expect(try cli.run("status", "--roadmap", "ml-mastery").stdout.contains("Topics: 1 done, 0 skipped, 29 left of 30"))
        #expect(try cli.run("status").stdout.contains("Topics: 1 done, 0 skipped, 19 left of 20"))
        #expect(try cli.run("undo").stdout.hasPrefix("Undid: done 1.1 Linear Algebra (ml-mastery, "))
        try cli.run("undo", "--roadmap", "ml-6-months")
        let nothing = try cli.run("undo", "--roadmap", "ml-6-months")
        #expect(nothing == CLI.Result(stdout: "Nothing to undo in ml-6-months.\n", stderr: "", status: 0))
        let unknown = try cli.run("undo", "--roadmap", "nope")
        #expect(unknown.status == 1)
        #expect(unknown.stderr == (try cli.run("next", "--roadmap", "nope")).stderr)
    }

    /// A name that does not resolve, or nothing to undo on a fresh machine, creates no data
    /// folder.
    @Test func undoOnAFreshMachineLeavesNothingBehind() throws {
        let cli = try CLI()
        #expect(try cli.run("undo", "--roadmap", "nope").status == 1)
        #expect(try cli.run("undo") == CLI.Result(stdout: "Nothing to undo.\n", stderr: "", status: 0))
        #expect(try cli.run("undo", "--roadmap", "ml-mastery").stdout == "Nothing to undo in ml-mastery.\n")
        #expect(!FileManager.default.fileExists(atPath: cli.dataFolder.path))
    }

    @Test func logWithARoadmapShowsThatRoadmapsChanges() throws {
        let cli = try CLI()
        try cli.run("done", "1.1")
        try cli.run("start", "1.2", "--roadmap", "ml-mastery")
        let all = try cli.run("log")
        #expect(all.stdout.split(separator: "\n").count == 2)
        let one = try cli.run("log", "--roadmap", "ml-mastery")
        #expect(one.status == 0)
        #expect(one.stdout.split(separator: "\n").count == 1)
        #expect(one.stdout.contains("  ml-mastery  start 1.2 Calculus"))
        let json = try cli.run("log", "--json", "--roadmap", "ml-6-months")
        let changes = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(changes?.map { $0["roadmap"] as? String } == ["ml-6-months"])
        let none = try cli.run("log", "--roadmap", "python-ml-steps")
        #expect(none == CLI.Result(stdout: "No changes recorded in python-ml-steps yet.\n", stderr: "", status: 0))
        let unknown = try cli.run("log", "--roadmap", "nope")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("error: no roadmap named 'nope'"))
    }

    /// The hint for older changes repeats `--roadmap`, quoted when the id needs it (an id
    /// from a file name may hold a space).
    @Test func logsHintForOlderChangesKeepsTheRoadmap() throws {
        let cli = try CLI()
        let file = try plan("my plan.md", in: cli)
        for _ in 0..<11 {
            try cli.run("done", "1.1", "--roadmap", file.path)
            try cli.run("reset", "1.1", "--roadmap", file.path)
        }
        try cli.run("done", "1.1")
        let log = try cli.run("log", "--roadmap", file.path)
        let lines = log.stdout.split(separator: "\n")
        #expect(lines.count == 21)
        // The roadmap as it was named, which the shell reads back the same.
        #expect(lines.last == "… 2 older changes (roadmap log --all --roadmap '\(file.path)')")
        let again = try cli.run(arguments: ["-c", "\(CLI.binary.path) log --all --roadmap '\(file.path)'"],
                                binary: URL(fileURLWithPath: "/bin/sh"))
        #expect(again.stdout.split(separator: "\n").count == 22)
        #expect(try cli.run("log").stdout.hasSuffix("… 3 older changes (roadmap log --all)\n"))
    }

    @Test func aRemovedRoadmapsHistoryStaysReachableByItsID() throws {
        let cli = try CLI()
        let file = try plan(topics: ["Ownership", "Borrowing"], in: cli)
        try cli.run("add", file.path)
        try cli.run("done", "borrowing", "--roadmap", "plan")
        try cli.run("remove", "plan")
        #expect(try cli.run("log", "--roadmap", "plan").stdout.contains("  plan  done 1.2 Borrowing"))
        #expect(try cli.run("undo", "--roadmap", "plan").stdout.hasPrefix("Undid: done 1.2 Borrowing (plan, "))
    }

    @Test func lintChecksANamedRoadmap() throws {
        let cli = try CLI()
        let bundled = try cli.run("lint", "--roadmap", "ml-mastery")
        #expect(bundled.status == 0)
        #expect(bundled.stdout.hasPrefix("ml-mastery.md: Machine Learning Mastery Roadmap\nid: ml-mastery\n"))
        let file = try plan(in: cli)
        #expect(try cli.run("lint", "--roadmap", file.path).stdout == (try cli.run("lint", file.path)).stdout)
        try cli.run("add", file.path)
        let added = try cli.run("lint", "--roadmap", "plan", "--json")
        #expect(added.status == 0)
        #expect(added.stdout.contains("\"id\" : \"plan\""))
        let both = try cli.run("lint", file.path, "--roadmap", "ml-mastery")
        #expect(both.status == 64)
        #expect(both.stderr.hasPrefix("error: give <file.md> or --roadmap, not both\n"))
        let neither = try cli.run("lint")
        #expect(neither.status == 64)
        let unknown = try cli.run("lint", "--roadmap", "nope")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("error: no roadmap named 'nope'"))
    }

    /// An added roadmap whose file was since damaged is left out, with a warning, by the
    /// commands about every roadmap; the others still work.
    @Test func aDamagedAddedRoadmapIsLeftOutWithAWarning() throws {
        let cli = try CLI()
        let file = try plan(in: cli)
        #expect(try cli.run("add", file.path).stdout.hasPrefix("Added Plan as 'plan': 1 phase, 1 topic.\n"))
        #expect(try cli.run("roadmaps").stdout.contains("0/1 done; 1 phase, 1 topic, "))
        try cli.run("use", "plan")
        try "no phases here\n".write(to: cli.dataFolder.appending(path: "roadmaps/plan.md"), atomically: true, encoding: .utf8)
        let warning = "warning: left out roadmap 'plan': "
        let search = try cli.run("search", "linear", "algebra")
        #expect(search.status == 0)
        #expect(search.stdout.contains("ml-mastery"))
        #expect(search.stderr.hasPrefix(warning))
        #expect(search.stderr.contains("roadmaps/plan.md: no phases found."))
        #expect(search.stderr.hasSuffix("Fix the file, or remove the roadmap with: roadmap remove plan\n"))
        let roadmaps = try cli.run("roadmaps")
        #expect(roadmaps.status == 0)
        #expect(roadmaps.stdout.contains("  ml-6-months"))
        #expect(!roadmaps.stdout.contains("plan"))
        #expect(roadmaps.stderr.hasPrefix(warning))
        // It was the active one: the list says so rather than marking nothing silently.
        #expect(roadmaps.stderr.hasSuffix("warning: the active roadmap, 'plan', could not be read, so none is marked\n"))
        #expect(roadmaps.stdout.hasSuffix("\nSwitch with: roadmap use <id>\n"))
        // Its history stays reachable by id, without reading the damaged file.
        #expect(try cli.run("log", "--roadmap", "plan") == CLI.Result(stdout: "No changes recorded in plan yet.\n", stderr: "", status: 0))
        #expect(try cli.run("undo", "--roadmap", "plan").stdout == "Nothing to undo in plan.\n")
        // Naming it still fails, saying why.
        let named = try cli.run("next", "--roadmap", "plan")
        #expect(named.status == 1)
        #expect(named.stderr.contains("no phases found"))
    }
}
