import RoadmapCore

struct LogCommand: Command {
    static let name = "log"
    static let summary = "Show the history of changes, newest first."
    static let acceptsJSON = true
    static let usage = "roadmap log [--all] [--roadmap <id>] [--json]"
    static let details = """
        Shows the 20 most recent changes (local time) on every roadmap; --all shows
        every one.

        Options:
          --all            Show the whole history.
          --roadmap <id>   Show only the changes made on this roadmap (an id, even of
                           a removed roadmap, or a Markdown file).
          --json           Print JSON for scripts.

        Examples:
          roadmap log
          roadmap log --roadmap ml-mastery
        """
    static let flags: [String] = ["--all"]

    private let all: Bool
    private let json: Bool

    init(_ invocation: Invocation) throws(UsageError) {
        try invocation.checkFlags(for: Self.self)
        try invocation.checkArgumentCount(atMost: 0, for: Self.self)
        all = invocation.flags.contains("--all")
        json = invocation.json
    }

    func run(in context: Context) throws -> String {
        let progress = try context.store.load()
        var history = progress.history
        let roadmapID = try context.roadmapIDNamedOnCommandLine { progress }
        if let roadmapID { history.removeAll { $0.roadmap != roadmapID } }
        if json { return JSONRenderer.history(history) }
        // The hint for older changes names the roadmap as it was typed, which the shell reads
        // back the same (an id taken from a file name need not be a name `--roadmap` takes).
        let roadmap = roadmapID.map { (id: $0, name: context.invocation.roadmapOverride ?? $0) }
        return TextRenderer.log(history, limit: all ? nil : 20, roadmap: roadmap, style: context.style)
    }
}
