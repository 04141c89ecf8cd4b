import RoadmapCore

struct ShowCommand: Command {
    static let name = "show"
    static let summary = "Show everything about one topic."
    static let acceptsJSON = true
    static let usage = "roadmap show <topic> [--roadmap <id>] [--json]"
    static let details = """
        Arguments:
          <topic>  A topic id, slug or words from its title, as for 'roadmap done'.

        Options:
          --roadmap <id>  Use another roadmap without switching to it.
          --json          Print JSON for scripts.

        Example:
          roadmap show linear-algebra
        """

    private let query: String
    private let json: Bool

    init(_ invocation: Invocation) throws(UsageError) {
        try invocation.checkFlags(for: Self.self)
        guard let query = invocation.arguments.first else {
            throw UsageError("missing <topic>: say which topic to show", command: Self.name)
        }
        try invocation.checkArgumentCount(atMost: 1, for: Self.self)
        self.query = query
        json = invocation.json
    }

    func run(in context: Context) throws -> String {
        let (roadmap, progress) = try context.selectedRoadmap()
        let topic = try Context.topic(matching: query, in: roadmap)
        if json {
            return JSONRenderer.topic(topic, report: ProgressReport(roadmap: roadmap, progress: progress), progress: progress)
        }
        return TextRenderer.topic(topic, in: roadmap, progress: progress, style: context.style)
    }
}
