import RoadmapCore

struct SearchCommand: Command {
    static let name = "search"
    static let summary = "Find topics by words in titles, subtopics and resources."
    static let acceptsJSON = true
    static let usage = "roadmap search <words>... [--all] [--roadmap <id>] [--json]"
    static let details = """
        Arguments:
          <words>  Words that must all start a word of the topic's title, one of its
                   subtopics or one of its resources (case-insensitive).

        Every roadmap, bundled and added, is searched unless --roadmap names one.
        Results are ranked: title matches first, then subtopics, then resources. The 20
        best are shown unless --all is given.

        Options:
          --all           Show every match.
          --roadmap <id>  Search only this roadmap (an id or a Markdown file).
          --json          Print JSON for scripts.

        Examples:
          roadmap search linear algebra
          roadmap search linear --roadmap ml-mastery
        """
    static let flags: [String] = ["--all"]

    private let query: String
    private let all: Bool
    private let json: Bool

    init(_ invocation: Invocation) throws(UsageError) {
        try invocation.checkFlags(for: Self.self)
        guard !invocation.arguments.isEmpty else { throw UsageError("missing <words>: say what to search for", command: Self.name) }
        query = invocation.arguments.joined(separator: " ")
        all = invocation.flags.contains("--all")
        json = invocation.json
    }

    func run(in context: Context) throws -> String {
        let roadmaps = try context.roadmapNamedOnCommandLine().map { [$0] } ?? context.readableRoadmaps()
        let hits = TopicSearch.search(query, in: roadmaps)
        if json { return JSONRenderer.searchHits(hits) }
        guard !hits.isEmpty else {
            let place = roadmaps.count == 1 ? roadmaps[0].id : "\(roadmaps.count) roadmaps"
            throw CLIError.failure("nothing matches \"\(query)\" in \(place)")
        }
        return TextRenderer.searchHits(hits, limit: all ? nil : 20, style: context.style)
    }
}
