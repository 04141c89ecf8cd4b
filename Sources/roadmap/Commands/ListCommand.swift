import RoadmapCore

struct ListCommand: Command {
    static let name = "list"
    static let summary = "List the phases of the roadmap, or the topics of one phase."
    static let acceptsJSON = true
    static let usage = "roadmap list [<phase>] [--all] [--roadmap <id>] [--json]"
    static let details = """
        Arguments:
          <phase>  A phase number: list its topics with ids, status marks ([x] done) and
                   slugs.

        Options:
          --all           List every phase with its topics.
          --roadmap <id>  Use another roadmap without switching to it.
          --json          Print the roadmap with each topic's status as JSON: every
                          phase, or only the phase given.

        Examples:
          roadmap list
          roadmap list 2
          roadmap list --all
        """
    static let flags: [String] = ["--all"]

    private let phaseNumber: Int?
    private let all: Bool
    private let json: Bool

    init(_ invocation: Invocation) throws(UsageError) {
        try invocation.checkFlags(for: Self.self)
        try invocation.checkArgumentCount(atMost: 1, for: Self.self)
        if let argument = invocation.arguments.first {
            guard let number = Int(argument), number > 0 else {
                throw UsageError("'\(argument)' is not a phase number", command: Self.name)
            }
            phaseNumber = number
        } else {
            phaseNumber = nil
        }
        all = invocation.flags.contains("--all")
        json = invocation.json
    }

    func run(in context: Context) throws -> String {
        let (roadmap, progress) = try context.selectedRoadmap()
        var phase: Phase?
        if let phaseNumber {
            guard let found = roadmap.phase(numbered: phaseNumber) else {
                throw CLIError.failure("\(roadmap.id) has no phase \(phaseNumber); its phases are 1-\(roadmap.phases.count)")
            }
            phase = found
        }
        let report = ProgressReport(roadmap: roadmap, progress: progress)
        if json { return JSONRenderer.roadmap(report, progress: progress, phase: phase?.number) }
        if let phase { return TextRenderer.phaseTopics(phase, report: report, progress: progress, style: context.style) }
        return all ? TextRenderer.tree(report, progress: progress, style: context.style) : TextRenderer.phaseList(report, style: context.style)
    }
}
