import RoadmapCore

struct ResetCommand: Command {
    static let name = "reset"
    static let summary = "Put topics back to not started (notes are kept)."
    static let usage = "roadmap reset (<topic>... | --phase <n> | --all) [--yes] [--roadmap <id>]"
    static let details = """
        Arguments:
          <topic>  A topic id, slug or words from its title, as for 'roadmap done'.

        Options:
          --phase <n>  Reset every topic of phase n.
          --all        Reset every topic of the roadmap.
          --yes        Do not ask for confirmation (needed for --phase and --all when
                       not on a terminal).

        'roadmap undo' reverts a reset.

        Examples:
          roadmap reset 1.2
          roadmap reset --phase 3 --yes
        """
    static let flags: [String] = ["--all", "--yes"]
    static let valueOptions: [String] = ["--phase"]

    private enum Scope {
        case topics([String]), phase(Int), all
    }

    private let scope: Scope
    private let confirmed: Bool

    init(_ invocation: Invocation) throws(UsageError) {
        try invocation.checkFlags(for: Self.self)
        let all = invocation.flags.contains("--all")
        let phase = invocation.values["--phase"]
        let given = [all, phase != nil, !invocation.arguments.isEmpty].filter { $0 }.count
        guard given == 1 else {
            throw UsageError(given == 0 ? "say what to reset: <topic>, --phase <n> or --all" : "give only one of <topic>, --phase and --all", command: Self.name)
        }
        if let phase {
            guard let number = Int(phase), number > 0 else { throw UsageError("'\(phase)' is not a phase number", command: Self.name) }
            scope = .phase(number)
        } else {
            scope = all ? .all : .topics(invocation.arguments)
        }
        confirmed = invocation.flags.contains("--yes")
    }

    func run(in context: Context) throws -> String {
        let (roadmap, progress) = try context.selectedRoadmap()
        let topics: [Topic]
        let description: String
        switch scope {
        case .topics(let queries):
            return try context.record(.reset, on: queries)
        case .phase(let number):
            guard let phase = roadmap.phase(numbered: number) else {
                throw CLIError.failure("\(roadmap.id) has no phase \(number); its phases are 1-\(roadmap.phases.count)")
            }
            topics = phase.topics
            description = "phase \(number) (\(phase.title))"
        case .all:
            topics = roadmap.topics
            description = roadmap.id
        }
        let recorded = topics.filter { progress.status(of: $0.slug, in: roadmap.id) != .notStarted }
        guard !recorded.isEmpty else { return "Nothing to reset in \(description): no topic has been started.\n" }
        if !confirmed {
            guard context.terminal.isInteractive else {
                throw CLIError.failure("not resetting \(TextRenderer.counted(recorded.count, "topic")) of \(description) without confirmation; pass --yes")
            }
            guard context.terminal.confirm("Reset \(TextRenderer.counted(recorded.count, "topic")) of \(description) to not started?") else {
                return "Nothing was reset.\n"
            }
        }
        return try context.record(.reset, on: recorded, in: roadmap)
    }
}
