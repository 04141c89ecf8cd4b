import RoadmapCore

struct AddCommand: Command {
    static let name = "add"
    static let summary = "Add your own Markdown roadmap, available like a bundled one."
    static let acceptsRoadmap = false
    static let usage = "roadmap add <file.md> [--id <id>] [--import-done]"
    static let details = """
        Arguments:
          <file.md>  A Markdown study plan. It is checked, then copied into the data
                     folder ($ROADMAP_HOME/roadmaps/), so later edits to the original do
                     not change it.

        Options:
          --id <id>      The id to use (default: the file name without .md). Bundled ids
                         cannot be taken.
          --import-done  Record topics ticked in the file ('- [x]') as done.

        Run 'roadmap lint <file.md>' first to see what the parser reads from the file.

        Example:
          roadmap add ~/notes/rust-plan.md --id rust
        """
    static let flags: [String] = ["--import-done"]
    static let valueOptions: [String] = ["--id"]

    private let path: String
    private let id: String?
    private let importDone: Bool

    init(_ invocation: Invocation) throws(UsageError) {
        try invocation.checkFlags(for: Self.self)
        guard let path = invocation.arguments.first else { throw UsageError("missing <file.md>: say which file to add", command: Self.name) }
        try invocation.checkArgumentCount(atMost: 1, for: Self.self)
        self.path = path
        id = invocation.values["--id"]
        importDone = invocation.flags.contains("--import-done")
    }

    func run(in context: Context) throws -> String {
        guard let added = context.catalog.added else { throw CLIError.failure("no data folder for added roadmaps") }
        let file = try RoadmapSource(path: path)
        let id = self.id ?? file.id
        guard AddedRoadmaps.isValidID(id) else {
            throw CLIError.failure("'\(id)' cannot be a roadmap id: use letters, digits, '-', '_' and '.', not first '-' or '.' (choose one with --id)")
        }
        if context.catalog.isBundled(id) {
            throw CLIError.failure("'\(id)' is the id of a bundled roadmap; choose another with --id")
        }
        if added.ids.contains(id) {
            throw CLIError.failure("a roadmap '\(id)' is already added; remove it first (roadmap remove \(id)) or choose another --id")
        }
        let source = RoadmapSource(id: id, fileName: path, text: file.text)
        let (roadmap, warnings) = try RoadmapParser.lint(source)
        try added.add(source, as: id)
        // The next command reads the model from the cache instead of parsing the file again.
        context.catalog.cache?.remember(roadmap, for: RoadmapSource(id: id, fileName: added.path(of: id), text: source.text))
        var lines = ["Added \(roadmap.title) as '\(id)': \(TextRenderer.counted(roadmap.phases.count, "phase")), \(TextRenderer.counted(roadmap.topicCount, "topic"))."]
        if importDone {
            let ticked = roadmap.topics.filter(\.isCheckedInSource)
            // Topics already done (a roadmap removed and added again keeps its progress) are not
            // imported again, nor counted.
            let imported = ticked.isEmpty ? 0 : try context.store.update { $0.apply(.done, to: ticked, in: id, at: context.now) }.changed.count
            let already = ticked.count - imported
            lines.append("Imported \(TextRenderer.counted(imported, "ticked topic")) as done"
                + (already > 0 ? " (\(already) \(already == 1 ? "was" : "were") already done)." : "."))
        }
        if !warnings.isEmpty {
            lines.append("The parser left out \(warnings.count) thing\(warnings.count == 1 ? "" : "s"); see: roadmap lint \(path)")
        }
        lines.append("Start it with: roadmap use \(id)")
        return lines.joined(separator: "\n") + "\n"
    }
}
