import RoadmapCore

struct LintCommand: Command {
    static let name = "lint"
    static let summary = "Show what the parser reads from a Markdown file, with warnings."
    static let acceptsJSON = true
    static let usage = "roadmap lint <file.md> [--json]"
    static let details = """
        Shows the title, estimate, each phase with its topic count and estimate, and the
        resources found, then warnings with line numbers for what the parser could not
        place: text outside any phase, an estimate it could not read, a link without a
        target, a phase with no topics.

        Options:
          --json  Print the parsed roadmap in the shape of 'roadmap list --json', with
                  the warnings.

        Example:
          roadmap lint ~/notes/rust-plan.md
        """

    private let path: String
    private let json: Bool

    init(_ invocation: Invocation) throws(UsageError) {
        try invocation.checkFlags(for: Self.self)
        guard let path = invocation.arguments.first else { throw UsageError("missing <file.md>: say which file to check", command: Self.name) }
        try invocation.checkArgumentCount(atMost: 1, for: Self.self)
        self.path = path
        json = invocation.json
    }

    func run(in context: Context) throws -> String {
        let (roadmap, warnings) = try RoadmapParser.lint(RoadmapSource(path: path))
        if json { return JSONRenderer.lint(roadmap, warnings: warnings, file: path) }
        return TextRenderer.lint(roadmap, warnings: warnings, file: path, style: context.style)
    }
}
