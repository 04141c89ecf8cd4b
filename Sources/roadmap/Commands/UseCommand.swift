import RoadmapCore

struct UseCommand: Command {
    static let name = "use"
    static let summary = "Switch the active roadmap."
    static let acceptsRoadmap = false
    static let usage = "roadmap use <id>"
    static let details = """
        Arguments:
          <id>  A roadmap id from 'roadmap roadmaps'.

        Progress on every roadmap is kept; switching back picks up where you left off.

        Example:
          roadmap use ml-mastery
        """

    private let id: String

    init(_ invocation: Invocation) throws(UsageError) {
        try invocation.checkFlags(for: Self.self)
        guard let id = invocation.arguments.first else {
            throw UsageError("missing <id>: say which roadmap to use (see 'roadmap roadmaps')", command: Self.name)
        }
        try invocation.checkArgumentCount(atMost: 1, for: Self.self)
        self.id = id
    }

    func run(in context: Context) throws -> String {
        let roadmap = try context.catalog.roadmap(id: id)
        try context.store.update { $0.activeRoadmap = roadmap.id }
        let report = ProgressReport(roadmap: roadmap, progress: try context.store.load())
        return "Now using \(TextRenderer.name(of: roadmap)).\n" + TextRenderer.progressLine(report) + "\n"
    }
}
