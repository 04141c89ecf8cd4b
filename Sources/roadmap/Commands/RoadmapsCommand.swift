import RoadmapCore

struct RoadmapsCommand: Command {
    static let name = "roadmaps"
    static let summary = "List the available roadmaps; the active one is marked with *."
    static let acceptsRoadmap = false
    static let acceptsJSON = true
    static let usage = "roadmap roadmaps [--json]"
    static let details = """
        Shows each roadmap's id, title, phase and topic counts, estimate and progress.

        Options:
          --json  Print JSON for scripts.

        Example:
          roadmap roadmaps
        """

    private let json: Bool

    init(_ invocation: Invocation) throws(UsageError) {
        json = try invocation.checkNoArguments(for: Self.self)
    }

    func run(in context: Context) throws -> String {
        let progress = try context.store.load()
        let reports = context.readableRoadmaps().map { ProgressReport(roadmap: $0, progress: progress) }
        let active = context.catalog.selectedID(named: nil, progress: progress)
        if let active, !reports.contains(where: { $0.roadmap.id == active }) {
            context.warn("warning: the active roadmap, '\(active)', could not be read, so none is marked\n")
        }
        return json ? JSONRenderer.roadmaps(reports, active: active) : TextRenderer.roadmaps(reports, active: active, style: context.style)
    }
}
