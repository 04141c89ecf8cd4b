import RoadmapCore

struct StatusCommand: Command {
    static let name = "status"
    static let summary = "How far along you are, how long is left, and your pace."
    static let acceptsJSON = true
    static let usage = "roadmap status [--roadmap <id>] [--json] [--no-color]"
    static let details = """
        Shows a line per phase with a progress bar, done/total and the phase's estimate
        (the current phase marked), then totals; the time left by the roadmap's own
        estimates (ongoing phases and phases without an estimate are named, not
        counted); your pace over the last 28 days with the date you would finish at it;
        and your streak of days with a topic finished.

        Set your weekly study hours with 'roadmap config hours-per-week <n>' to scale
        estimates planned at another intensity.

        Options:
          --roadmap <id>  Use another roadmap without switching to it.
          --json          Print the same numbers as JSON.
          --no-color      No colour or Unicode bars (also when NO_COLOR is set or output
                          is piped).

        Example:
          roadmap status
        """

    private let json: Bool

    init(_ invocation: Invocation) throws(UsageError) {
        json = try invocation.checkNoArguments(for: Self.self)
    }

    func run(in context: Context) throws -> String {
        let (roadmap, progress) = try context.selectedRoadmap()
        let status = StatusReport(roadmap: roadmap, progress: progress, now: context.now, zone: context.zone)
        return json ? JSONRenderer.status(status) : TextRenderer.status(status, style: context.style)
    }
}
