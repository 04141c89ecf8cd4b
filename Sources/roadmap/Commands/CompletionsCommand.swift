import RoadmapCore

struct CompletionsCommand: Command {
    static let name = "completions"
    static let summary = "Print a shell completion script (bash, zsh or fish)."
    static let acceptsRoadmap = false
    static let usage = "roadmap completions bash|zsh|fish"
    static let details = """
        The script completes commands, options, roadmap ids, and the ids and slugs of
        the active roadmap's topics (asking 'roadmap' for them as you type).

        Install:
          bash  echo 'source <(roadmap completions bash)' >> ~/.bashrc
          zsh   roadmap completions zsh > "${fpath[1]}/_roadmap"   (then restart zsh)
          fish  roadmap completions fish > ~/.config/fish/completions/roadmap.fish

        Example:
          roadmap completions bash
        """

    private let shell: String

    init(_ invocation: Invocation) throws(UsageError) {
        try invocation.checkFlags(for: Self.self)
        guard let shell = invocation.arguments.first else {
            throw UsageError("missing shell: bash, zsh or fish", command: Self.name)
        }
        try invocation.checkArgumentCount(atMost: 1, for: Self.self)
        guard ["bash", "zsh", "fish"].contains(shell) else {
            throw UsageError("unknown shell '\(shell)'; use bash, zsh or fish", command: Self.name)
        }
        self.shell = shell
    }

    func run(in context: Context) throws -> String {
        switch shell {
        case "fish": CompletionScript.fish
        case "zsh": CompletionScript.zsh
        default: CompletionScript.bash
        }
    }
}

/// `roadmap __complete topics|roadmaps|added|commands|phases [--roadmap <id>]`: the words
/// completion scripts offer, one per line. Not listed in help.
struct CompleteCommand: Command {
    static let name = "__complete"
    static let summary = "Completion candidates for shell scripts."
    static let usage = "roadmap __complete topics|roadmaps|added|commands|phases [--roadmap <id>]"
    static let details = ""

    private let kind: String

    init(_ invocation: Invocation) throws(UsageError) {
        kind = invocation.arguments.first ?? "commands"
    }

    func run(in context: Context) throws -> String {
        switch kind {
        case "roadmaps":
            return context.catalog.ids.joined(separator: "\n") + "\n"
        case "added":
            // What `remove` takes: the roadmaps added, not the bundled ones.
            return context.catalog.ids.filter { !context.catalog.isBundled($0) }.map { $0 + "\n" }.joined()
        case "topics", "phases":
            let (roadmap, _) = try context.selectedRoadmap()
            if kind == "phases" { return roadmap.phases.map(\.id).joined(separator: "\n") + "\n" }
            return roadmap.topics.flatMap { [$0.position, $0.slug.rawValue] }.joined(separator: "\n") + "\n"
        default:
            return Commands.visible.map { $0.name }.joined(separator: "\n") + "\n"
        }
    }
}
