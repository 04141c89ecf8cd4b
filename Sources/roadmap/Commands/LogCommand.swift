import RoadmapCore

struct LogCommand: Command {
    static let name = "log"
    static let summary = "Show the history of changes, newest first."
    static let acceptsJSON = true
    static let usage = "roadmap log [--all] [--json]"
    static let details = """
        Shows the 20 most recent changes (local time); --all shows every one.

        Options:
          --all   Show the whole history.
          --json  Print JSON for scripts.

        Example:
          roadmap log
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
        let history = try context.store.load().history
        if json { return JSONRenderer.history(history) }
        return TextRenderer.log(history, limit: all ? nil : 20, style: context.style)
    }
}
