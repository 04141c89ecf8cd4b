import RoadmapCore

struct LintCommand: Command {
    static let name = "lint"
    static let summary = "Show what the parser reads from a Markdown file, with warnings."
    static let acceptsJSON = true
    static let usage = "roadmap lint (<file.md> | --roadmap <id>) [--json]"
    static let details = """
        Shows the title, estimate, each phase with its topic count and estimate, and the
        resources found, then warnings with line numbers for what the parser could not
        place: text outside any phase, an estimate it could not read, a link without a
        target, a phase with no topics.

        Options:
          --roadmap <id>  Check a bundled or added roadmap (or a Markdown file)
                          instead of <file.md>.
          --json          Print the parsed roadmap in the shape of 'roadmap list
                          --json', with the warnings.

        Examples:
          roadmap lint ~/notes/rust-plan.md
          roadmap lint --roadmap ml-mastery
        """

    /// What to check: a file, named as the argument or with `--roadmap`, or a roadmap's id.
    private enum Target {
        case file(String)
        case roadmap(id: String)
    }

    private let target: Target
    private let json: Bool

    init(_ invocation: Invocation) throws(UsageError) {
        try invocation.checkFlags(for: Self.self)
        try invocation.checkArgumentCount(atMost: 1, for: Self.self)
        switch (invocation.arguments.first, invocation.roadmapOverride) {
        case (let path?, nil):
            target = .file(path)
        case (nil, let name?):
            target = RoadmapSource.isPath(name) ? .file(name) : .roadmap(id: name)
        case (nil, nil):
            throw UsageError("missing <file.md>: say which file to check, or name a roadmap with --roadmap", command: Self.name)
        case (_?, _?):
            throw UsageError("give <file.md> or --roadmap, not both", command: Self.name)
        }
        json = invocation.json
    }

    func run(in context: Context) throws -> String {
        let (source, file): (RoadmapSource, String)
        switch target {
        case .file(let path):
            (source, file) = (try RoadmapSource(path: path), path)
        case .roadmap(let id):
            // A bundled or added roadmap, under the name of the file it was read from.
            source = try context.catalog.source(id: id)
            file = source.fileName
        }
        let (roadmap, warnings) = try RoadmapParser.lint(source)
        if json { return JSONRenderer.lint(roadmap, warnings: warnings, file: file) }
        return TextRenderer.lint(roadmap, warnings: warnings, file: file, style: context.style)
    }
}
