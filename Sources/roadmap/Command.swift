import RoadmapCore

/// One subcommand: how it is called, what it accepts, and what it does.
///
/// `init` validates the command line (throwing ``UsageError`` for exit code 64); `run`
/// does the work through the core and returns what to print on standard output.
protocol Command: Sendable {
    static var name: String { get }
    /// One line for the command list in `roadmap --help`.
    static var summary: String { get }
    /// `roadmap list [<phase>] [--all] [--json]`.
    static var usage: String { get }
    /// The rest of `roadmap <command> --help`: arguments, options and an example.
    static var details: String { get }
    /// Flags this command accepts besides the global ones.
    static var flags: [String] { get }
    /// Options that take a value (`--phase 2`) this command accepts besides `--roadmap`.
    static var valueOptions: [String] { get }
    /// Whether the command prints JSON with `--json`.
    static var acceptsJSON: Bool { get }
    /// Whether the command works on one roadmap that `--roadmap` may name.
    static var acceptsRoadmap: Bool { get }

    init(_ invocation: Invocation) throws(UsageError)
    func run(in context: Context) throws -> String
}

extension Command {
    static var flags: [String] { [] }
    static var valueOptions: [String] { [] }
    static var acceptsJSON: Bool { false }
    static var acceptsRoadmap: Bool { true }

    /// The full help text.
    static var help: String {
        "\(summary)\n\nUsage: \(usage)\n\n\(details)\n"
    }

    /// Whether the usage line names arguments (`<topic>`, `[<phase>]`), not only an option's
    /// value (`[--roadmap <id>]`).
    static var takesArguments: Bool {
        let words = usage.split(separator: " ")
        return words.indices.contains { index in
            words[index].contains("<") && (index == 0 || !(words[index - 1].hasPrefix("--") || words[index - 1].hasPrefix("[--")))
        }
    }
}

/// Every subcommand, in the order help lists them.
enum Commands {
    static let all: [any Command.Type] = [
        NextCommand.self, StatusCommand.self, DoneCommand.self, StartCommand.self, SkipCommand.self, ResetCommand.self,
        NoteCommand.self, UndoCommand.self, LogCommand.self, ListCommand.self, ShowCommand.self,
        SearchCommand.self, OpenCommand.self, ExportCommand.self, RoadmapsCommand.self, UseCommand.self,
        AddCommand.self, RemoveCommand.self, LintCommand.self,
        ConfigCommand.self, CompletionsCommand.self, HelpCommand.self, CompleteCommand.self,
    ]

    /// The commands help and completions list: all but the internal `__complete`.
    static var visible: [any Command.Type] { all.filter { !$0.name.hasPrefix("__") } }

    /// Every option that takes a value, for any command: the command line is sorted before
    /// the command is known.
    static var valueOptions: [String] {
        all.reduce(Invocation.globalValueOptions) { $0 + $1.valueOptions }
    }

    static func type(named name: String) -> (any Command.Type)? {
        all.first { $0.name == name }
    }
}

extension Invocation {
    /// Rejects flags the command does not know, suggesting a close one, and `--json` where
    /// the command has no JSON output.
    func checkFlags(for command: any Command.Type) throws(UsageError) {
        if json, !command.acceptsJSON {
            throw UsageError("--json is not available for '\(command.name)'", command: command.name)
        }
        if roadmapOverride != nil, !command.acceptsRoadmap {
            throw UsageError("--roadmap is not available for '\(command.name)'", command: command.name)
        }
        let known = Invocation.globalFlags + command.flags
        let knownValues = Invocation.globalValueOptions + command.valueOptions
        for name in values.keys.sorted() where !knownValues.contains(name) {
            throw UsageError("unknown option '\(name)' for '\(command.name)'", command: command.name)
        }
        for flag in flags.sorted() where !known.contains(flag) {
            var message = "unknown option '\(flag)' for '\(command.name)'"
            if let close = known.sorted().filter({ EditDistanceHint.isClose(flag, $0) }).min(by: { EditDistance.between(flag, $0) < EditDistance.between(flag, $1) }) {
                message += "; did you mean '\(close)'?"
            } else if command.takesArguments, !flag.hasPrefix("--") {
                message += " (an argument that starts with '-' goes after '--')"
            }
            throw UsageError(message, command: command.name)
        }
    }

    /// Validates a command that takes no arguments and only its own flags; returns whether
    /// `--json` was given.
    func checkNoArguments(for command: any Command.Type) throws(UsageError) -> Bool {
        try checkFlags(for: command)
        try checkArgumentCount(atMost: 0, for: command)
        return json
    }

    /// Rejects extra arguments beyond `limit`.
    func checkArgumentCount(atMost limit: Int, for command: any Command.Type) throws(UsageError) {
        if arguments.count > limit {
            throw UsageError("unexpected argument '\(arguments[limit])'", command: command.name)
        }
    }
}
