import RoadmapCore

struct ExportCommand: Command {
    static let name = "export"
    static let summary = "Print the roadmap and your progress as Markdown or JSON."
    static let acceptsJSON = true
    static let usage = "roadmap export [--format markdown|json] [--roadmap <id>]"
    static let details = """
        Markdown: phases as headings with their estimates, topics as '- [x]' (with the
        day they were done) and '- [ ]' items, subtopics nested, resources as links,
        notes under their topics. The file reads back as a roadmap with the same phases
        and topics ('roadmap list --roadmap exported.md').

        JSON: the roadmap as 'roadmap list --json' prints it, with the roadmap's
        progress entries and history.

        Options:
          --format <format>  markdown (the default) or json.
          --roadmap <id>     Export another roadmap.

        Example:
          roadmap export > my-progress.md
        """
    static let valueOptions: [String] = ["--format"]

    private let json: Bool

    init(_ invocation: Invocation) throws(UsageError) {
        try invocation.checkFlags(for: Self.self)
        try invocation.checkArgumentCount(atMost: 0, for: Self.self)
        switch invocation.values["--format"] ?? (invocation.json ? "json" : "markdown") {
        case "markdown", "md": json = false
        case "json": json = true
        case let other: throw UsageError("unknown format '\(other)'; use markdown or json", command: Self.name)
        }
    }

    func run(in context: Context) throws -> String {
        let (roadmap, progress) = try context.selectedRoadmap()
        if json { return JSONRenderer.export(roadmap, progress: progress) }
        return MarkdownExporter.export(roadmap, progress: progress, style: context.style)
    }
}
