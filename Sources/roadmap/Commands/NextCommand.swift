import RoadmapCore

struct NextCommand: Command {
    static let name = "next"
    static let summary = "Show the next topic to study, with its subtopics and resources."
    static let acceptsJSON = true
    static let usage = "roadmap next [--roadmap <id>] [--json]"
    static let details = """
        Shows the first topic not yet done, in roadmap order, with its phase and the
        phase's estimate, and a line of overall progress. When every topic is done it
        says so.

        Options:
          --roadmap <id>  Use another roadmap without switching to it.
          --json          Print JSON for scripts.

        Example:
          roadmap next
        """

    private let json: Bool

    init(_ invocation: Invocation) throws(UsageError) {
        json = try invocation.checkNoArguments(for: Self.self)
    }

    func run(in context: Context) throws -> String {
        let (roadmap, progress) = try context.selectedRoadmap()
        let report = ProgressReport(roadmap: roadmap, progress: progress)
        return json ? JSONRenderer.next(report, progress: progress) : TextRenderer.next(report, progress: progress, style: context.style)
    }
}
