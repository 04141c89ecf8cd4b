import Foundation
import Testing

/// Help, version, usage errors, colour, completions, search, export, open and hostile text.
@Suite struct ConventionTests {
    static let commands = ["next", "status", "done", "start", "skip", "reset", "note", "undo", "log", "list", "show",
                           "search", "open", "export", "roadmaps", "use", "config", "completions", "help"]

    @Test(arguments: commands)
    func everyCommandHasHelpWithUsageAndExample(command: String) throws {
        let cli = try CLI()
        for arguments in [[command, "--help"], ["help", command], [command, "-h"]] {
            let result = try cli.run(arguments: arguments)
            #expect(result.status == 0 && result.stderr.isEmpty, "\(arguments)")
            #expect(result.stdout.contains("Usage: roadmap \(command)"), "\(arguments)")
            #expect(result.stdout.contains("Example"), "\(arguments)")
        }
    }

    @Test func topLevelHelpListsEveryCommandAndTheExitCodes() throws {
        let result = try CLI().run("--help")
        #expect(result.status == 0)
        for command in Self.commands { #expect(result.stdout.contains("\n  \(command) "), "\(command)") }
        #expect(!result.stdout.contains("__complete"))
        #expect(result.stdout.contains("Exit codes: 0 success, 1 a failure you can fix"))
        // It fits an 80-column terminal.
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    /// Every command's help fits an 80-column terminal.
    @Test func everyHelpFitsEightyColumns() throws {
        let cli = try CLI()
        for command in Self.commands {
            let help = try cli.run(command, "--help")
            #expect(help.status == 0, "\(command)")
            let wide = help.stdout.split(separator: "\n").filter { $0.count > 80 }
            #expect(wide.isEmpty, "\(command): \(wide)")
        }
    }

    /// The help's `--json` line names exactly the commands that print JSON: a command left
    /// out (other than `help`) refuses the flag.
    @Test func helpNamesTheCommandsThatPrintJSON() throws {
        let cli = try CLI()
        let named = try cli.commandsListedInHelp(after: "Print JSON for scripts:")
        #expect(Set(named) == ["next", "status", "log", "list", "show", "search", "export", "roadmaps", "lint"])
        for command in Self.commands where !named.contains(command) && command != "help" {
            #expect(try cli.run(command, "--json").status == 64, "\(command)")
        }
    }

    @Test func versionIsPrinted() throws {
        let result = try CLI().run("--version")
        #expect(result == CLI.Result(stdout: "roadmap 0.1.0\n", stderr: "", status: 0))
    }

    @Test func usageErrorsSuggestTheClosestWord() throws {
        let cli = try CLI()
        let command = try cli.run("stauts")
        #expect(command == CLI.Result(
            stdout: "", stderr: "error: unknown command 'stauts'; did you mean 'status'?\nusage: roadmap <command> [options]\nSee 'roadmap --help'.\n",
            status: 64))
        let option = try cli.run("list", "--al")
        #expect(option.status == 64)
        #expect(option.stderr.hasPrefix("error: unknown option '--al' for 'list'; did you mean '--all'?\nusage: roadmap list "))
    }

    @Test func optionsMayComeAnywhereAndDoubleDashEndsThem() throws {
        let cli = try CLI()
        let before = try cli.run("--roadmap", "ml-mastery", "done", "1.1")
        #expect(before.status == 0)
        let after = try cli.run("done", "1.2", "--roadmap=ml-mastery")
        #expect(after.stdout.contains("Done: 1.2 Calculus"))
        // After --, "--json" is a topic to look for, not an option.
        let ended = try cli.run("show", "--roadmap", "ml-mastery", "--", "--json")
        #expect(ended.status == 1)
        #expect(ended.stderr.hasPrefix("error: no topic matches \"--json\" in ml-mastery"))
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() throws {
        let cli = try CLI()
        try cli.run("done", "1.1", "--roadmap", "ml-mastery")
        func onTerminal(_ extra: [String: String], _ arguments: String = "") throws -> String {
            // script(1) gives the command a pseudo-terminal.
            try cli.run(arguments: ["-qec", "\(CLI.binary.path) status --roadmap ml-mastery \(arguments)", "/dev/null"], environment: extra,
                        binary: URL(fileURLWithPath: "/usr/bin/script")).stdout
        }
        let coloured = try onTerminal([:])
        #expect(coloured.contains("\u{1B}[1m") && coloured.contains("█"))
        let noColor = try onTerminal(["NO_COLOR": "1"])
        #expect(!noColor.contains("\u{1B}[") && noColor.contains("[###"))
        let flag = try onTerminal([:], "--no-color")
        #expect(!flag.contains("\u{1B}[") && !flag.contains("█"))
        let piped = try cli.run("status", "--roadmap", "ml-mastery")
        #expect(!piped.stdout.contains("\u{1B}[") && piped.stdout.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func bashCompletionOffersCommandsOptionsRoadmapsAndTopics() throws {
        let cli = try CLI()
        let script = try cli.run("completions", "bash").stdout
        let scriptFile = cli.home.appending(path: "roadmap.bash")
        try script.write(to: scriptFile, atomically: true, encoding: .utf8)
        let binFolder = CLI.binary.deletingLastPathComponent().path
        func complete(_ words: [String]) throws -> [String] {
            let quoted = words.map { "'\($0)'" }.joined(separator: " ")
            let program = """
                source '\(scriptFile.path)'
                COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
                _roadmap
                printf '%s\\n' "${COMPREPLY[@]}"
                """
            let result = try cli.run(arguments: ["-c", program], environment: ["PATH": "\(binFolder):/usr/bin:/bin"],
                                     binary: URL(fileURLWithPath: "/bin/bash"))
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout.split(separator: "\n").map(String.init)
        }
        #expect(try complete(["roadmap", "st"]) == ["status", "start"])
        #expect(try complete(["roadmap", "list", "--a"]) == ["--all"])
        #expect(try complete(["roadmap", "use", "ml-m"]) == ["ml-mastery"])
        #expect(try complete(["roadmap", "done", "--roadmap", "ml-mastery", "lin"]) == ["linear-algebra"])
        #expect(try complete(["roadmap", "done", "--roadmap", "ml-mastery", "1."]) == ["1.1", "1.2", "1.3", "1.4"])
        // `--roadmap=x`, which bash splits at the `=`.
        #expect(try complete(["roadmap", "done", "--roadmap", "=", "ml-mastery", "lin"]) == ["linear-algebra"])
        // Before a command, the options of `next`, which runs then.
        #expect(try complete(["roadmap", "--ro"]) == ["--roadmap"])
        #expect(try complete(["roadmap", "export", "--format", ""]) == ["markdown", "json"])
        // --roadmap is offered where it is taken, not to the commands that refuse it.
        #expect(try complete(["roadmap", "log", "--r"]) == ["--roadmap"])
        #expect(try complete(["roadmap", "use", "--r"]) == [])
        // Files where a file is taken; `remove` offers only what was added.
        try "# Plan\n\n## Phase 1: A\n- Alpha\n".write(to: cli.home.appending(path: "plan.md"), atomically: true, encoding: .utf8)
        #expect(try complete(["roadmap", "add", "pl"]) == ["plan.md"])
        #expect(try complete(["roadmap", "lint", "pl"]) == ["plan.md"])
        #expect(try complete(["roadmap", "next", "--roadmap", "pl"]) == ["plan.md"])
        // A file given from the home folder as `~`, or with a space, which the line holds as
        // typed: escaped or in quotes. `--roadmap=` offers roadmaps as `--roadmap ` does.
        #expect(try complete(["roadmap", "done", "--roadmap", "~/plan.md", "al"]) == ["alpha"])
        let folder = cli.home.appending(path: "my plans")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "# Plan\n\n## Phase 1: A\n- Beta\n".write(to: folder.appending(path: "a plan.md"), atomically: true, encoding: .utf8)
        #expect(try complete(["roadmap", "done", "--roadmap", "~/my\\ plans/a\\ plan.md", "be"]) == ["beta"])
        #expect(try complete(["roadmap", "done", "--roadmap", "\"\(folder.path)/a plan.md\"", "be"]) == ["beta"])
        #expect(try complete(["roadmap", "done", "--roadmap", "=", "ml-m"]) == ["ml-mastery"])
        #expect(try complete(["roadmap", "add", "plan.md", "--id", ""]) == [])
        #expect(try complete(["roadmap", "status", ""]) == [])
        #expect(try complete(["roadmap", "remove", ""]) == [])
        try cli.run("add", "plan.md")
        #expect(try complete(["roadmap", "remove", ""]) == ["plan"])
        let zsh = try cli.run("completions", "zsh")
        #expect(zsh.stdout.hasPrefix("#compdef roadmap\n"))
        // Autoloaded by its first completion, the zsh file completes that one too.
        #expect(zsh.stdout.contains("\nif [[ ${funcstack[1]-} == _roadmap ]]; then _bash_complete -F _roadmap; fi\n"))
        let fish = try cli.run("completions", "fish")
        #expect(fish.stdout.contains("complete -c roadmap -n '__fish_use_subcommand' -a status"))
        #expect(fish.stdout.contains("complete -c roadmap -n 'not __fish_seen_subcommand_from roadmaps use add remove config completions help' -l roadmap -r -F"))
        #expect(fish.stdout.contains("complete -c roadmap -n '__fish_seen_subcommand_from add lint' -F\n"))
    }

    /// fish completes topics and phases of the roadmap that `--roadmap` names on the line, as
    /// bash does. Run where fish is installed (it is not needed to build or use roadmap).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/fish")))
    func fishCompletesInTheRoadmapNamedOnTheLine() throws {
        let cli = try CLI()
        let scriptFile = cli.home.appending(path: "roadmap.fish")
        try cli.run("completions", "fish").stdout.write(to: scriptFile, atomically: true, encoding: .utf8)
        let binFolder = CLI.binary.deletingLastPathComponent().path
        func complete(_ line: String) throws -> [String] {
            let result = try cli.run(arguments: ["--no-config", "-c", "source '\(scriptFile.path)'; complete -C '\(line)'"],
                                     environment: ["PATH": "\(binFolder):/usr/bin:/bin"], binary: URL(fileURLWithPath: "/usr/bin/fish"))
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }
        }
        #expect(try complete("roadmap done --roadmap python-ml-steps scip") == ["scipy"])
        #expect(try complete("roadmap done --roadmap=python-ml-steps scip") == ["scipy"])
        #expect(try complete("roadmap done scip").isEmpty)
        // The active roadmap has 6 phases.
        #expect(try complete("roadmap list --roadmap ml-engineer-24-weeks ") == (1...9).map(String.init))
        #expect(try complete("roadmap reset --roadmap ml-mastery --phase ") == (1...7).map(String.init))
        // A file, in a folder with a space, or from the home folder as `~`.
        let folder = cli.home.appending(path: "my plans")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "# Plan\n\n## Phase 1: A\n\n- Alpha topic\n- Beta topic\n".write(to: folder.appending(path: "a plan.md"), atomically: true, encoding: .utf8)
        #expect(try complete("roadmap done --roadmap \\'\(folder.path)/a plan.md\\' be") == ["beta-topic"])
        #expect(try complete("roadmap done --roadmap ~/my\\ plans/a\\ plan.md al") == ["alpha-topic"])
    }

    @Test func searchFindsTopicsAcrossRoadmapsRanked() throws {
        let result = try CLI().run("search", "linear", "algebra")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "ml-mastery             1.1  Linear Algebra")
        #expect(lines.dropFirst().first == "python-ml-steps        3.1  Practice Linear Algebra with Numpy")
        #expect(lines.contains { $0.hasPrefix("ml-beginner-to-expert  1.2  Math  (subtopic: Linear Algebra (Vectors, Matrices))") })
        let nothing = try CLI().run("search", "quantum", "basket", "weaving")
        #expect(nothing.status == 1)
        #expect(nothing.stderr == "error: nothing matches \"quantum basket weaving\" in 5 roadmaps\n")
    }

    /// `--roadmap` works on one roadmap for every command: search looks in that one only,
    /// a bundled one by id or a Markdown file by path.
    @Test func searchWithRoadmapLooksInThatRoadmapOnly() throws {
        let cli = try CLI()
        let one = try cli.run("search", "linear", "--roadmap", "ml-mastery")
        #expect(one.status == 0)
        #expect(one.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("ml-mastery ") })
        #expect(one.stdout.contains("1.1  Linear Algebra"))
        let file = cli.home.appending(path: "plan.md")
        try "# Plan\n\n## Phase 1: Basics\n\n- Linear regression\n- Quantum basket weaving\n".write(to: file, atomically: true, encoding: .utf8)
        let own = try cli.run("search", "basket", "--roadmap", file.path)
        #expect(own.status == 0)
        #expect(own.stdout == "plan  1.2  Quantum basket weaving\n")
        let nothing = try cli.run("search", "basket", "--roadmap", "ml-mastery")
        #expect(nothing.status == 1)
        #expect(nothing.stderr == "error: nothing matches \"basket\" in ml-mastery\n")
        // A path relative to the working folder, and JSON, as for any command.
        let json = try cli.run("search", "basket", "--json", "--roadmap", "plan.md")
        #expect(json.status == 0)
        #expect(json.stdout.contains("\"roadmap\" : \"plan\""))
        #expect(!json.stdout.contains("ml-mastery"))
        // An unknown roadmap is refused as `next` refuses it.
        let unknown = try cli.run("search", "basket", "--roadmap", "nope")
        #expect(unknown.status == 1)
        #expect(unknown.stderr == (try cli.run("next", "--roadmap", "nope")).stderr)
    }

    @Test func exportedMarkdownReadsBackAsTheSameRoadmap() throws {
        let cli = try CLI()
        try cli.run("use", "ml-engineer-24-weeks")
        try cli.run("done", "1.1", "2.1")
        try cli.run("note", "1.1", "binary numbers")
        let markdown = try cli.run("export")
        #expect(markdown.status == 0)
        #expect(markdown.stdout.contains("- [x] Computer Science Principals (done "))
        #expect(markdown.stdout.contains("  - Notes:\n    - "))
        let file = cli.home.appending(path: "exported.md")
        try markdown.stdout.write(to: file, atomically: true, encoding: .utf8)
        let original = try JSONSerialization.jsonObject(with: Data(cli.run("list", "--json").stdout.utf8)) as? [String: Any]
        let reread = try JSONSerialization.jsonObject(with: Data(cli.run("list", "--json", "--roadmap", file.path).stdout.utf8)) as? [String: Any]
        func outline(_ json: [String: Any]?) -> [String] {
            (json?["phases"] as? [[String: Any]] ?? []).flatMap { phase in
                ["# " + (phase["title"] as? String ?? "")] + (phase["topics"] as? [[String: Any]] ?? []).map { $0["title"] as? String ?? "" }
            }
        }
        #expect(outline(reread) == outline(original))
        #expect(outline(original).count == 27)
        let json = try cli.run("export", "--format", "json")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(Set(object?.keys.map { $0 } ?? []) == ["roadmap", "progress", "history"])
    }

    @Test func openStartsTheOpenerWithTheLinkAndNoShell() throws {
        let cli = try CLI()
        let bin = cli.home.appending(path: "fakebin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let record = cli.home.appending(path: "opened.txt")
        let opener = bin.appending(path: "xdg-open")
        try "#!/bin/sh\nprintf '%s\\n' \"$#\" \"$1\" > '\(record.path)'\n".write(to: opener, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: opener.path)
        let environment = ["PATH": "\(bin.path):/usr/bin:/bin"]
        let result = try cli.run(arguments: ["open", "learn basic algorithms", "2", "--roadmap", "python-ml-steps"], environment: environment)
        #expect(result.status == 0)
        #expect(result.stdout == "Opened GeeksforGeeks Data Structures: https://www.geeksforgeeks.org/data-structures/\n")
        #expect(try String(contentsOf: record, encoding: .utf8) == "1\nhttps://www.geeksforgeeks.org/data-structures/\n")
        let tooFar = try cli.run(arguments: ["open", "numpy", "3", "--roadmap", "python-ml-steps"], environment: environment)
        #expect(tooFar.status == 1 && tooFar.stderr == "error: 2.2 NumPy has 1 link; there is no link 3\n")
    }

    @Test func openRefusesAnythingButWebLinksAndPrintsTheLinkWithoutAnOpener() throws {
        let cli = try CLI()
        let file = cli.home.appending(path: "links.md")
        try "## Phase 1: Links\n- [Shady](javascript:alert(1))\n- [Fine](https://example.org/a)\n".write(to: file, atomically: true, encoding: .utf8)
        let refused = try cli.run(arguments: ["open", "shady", "--roadmap", file.path], environment: ["PATH": "/nonexistent"])
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: not opening 'javascript:alert(1)': only http and https links are opened\n")
        let printed = try cli.run(arguments: ["open", "fine", "--roadmap", file.path], environment: ["PATH": "/nonexistent"])
        #expect(printed.status == 0)
        #expect(printed.stdout == "No opener found (xdg-open is not on PATH). The link is:\nhttps://example.org/a\n")
    }

    @Test func hostileTitlesPrintAsHarmlessText() throws {
        let cli = try CLI()
        let file = cli.home.appending(path: "hostile.md")
        try "# Nice \u{1B}]0;pwned\u{07}title\n\n## Phase 1: Clear \u{1B}[2J screen (1 week)\n- Bell \u{07}\u{1B}[31mred\u{1B}[0m topic\n"
            .write(to: file, atomically: true, encoding: .utf8)
        for arguments in [["list", "--all"], ["next"], ["status"], ["show", "bell"], ["export"], ["search", "bell"]] {
            let result = try cli.run(arguments: arguments + ["--roadmap", file.path])
            #expect(!result.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(arguments)")
            #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(arguments)")
        }
        let list = try cli.run("list", "--all", "--roadmap", file.path)
        #expect(list.stdout.contains("Nice ]0;pwnedtitle (hostile)"))
        #expect(try cli.run("search", "bell", "--roadmap", file.path).stdout.hasPrefix("hostile  1.1  Bell"))
        #expect(list.stdout.contains("Phase 1: Clear [2J screen - 1 week"))
        #expect(list.stdout.contains("[ ] 1.1  Bell [31mred[0m topic"))
    }
}
