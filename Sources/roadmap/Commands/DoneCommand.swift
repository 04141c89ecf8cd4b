import RoadmapCore

struct DoneCommand: Command {
    static let name = "done"
    static let summary = "Mark topics done."
    static let usage = "roadmap done <topic>... [--roadmap <id>]"
    static let details = """
        Arguments:
          <topic>  A topic id (2.3), slug (linear-algebra) or words from its title
                   (case-insensitive; a unique prefix or part is enough: "lin alg").

        Every topic must match exactly one topic, or nothing is recorded. Marking a done
        topic again changes nothing and says so.

        Options:
          --roadmap <id>  Use another roadmap without switching to it.

        Example:
          roadmap done 1.1 calculus
        """

    private let queries: [String]

    init(_ invocation: Invocation) throws(UsageError) {
        try invocation.checkFlags(for: Self.self)
        guard !invocation.arguments.isEmpty else {
            throw UsageError("missing <topic>: say which topic is done", command: Self.name)
        }
        if invocation.json { throw UsageError("--json is not available for 'done'", command: Self.name) }
        queries = invocation.arguments
    }

    func run(in context: Context) throws -> String {
        let (roadmap, _) = try context.selectedRoadmap()
        var topics: [Topic] = []
        for query in queries {
            let topic = try context.topic(matching: query, in: roadmap)
            if !topics.contains(topic) { topics.append(topic) }
        }
        let (marked, already, progress) = try context.store.update { progress in
            var marked: [Topic] = []
            var already: [(Topic, TopicProgress)] = []
            for topic in topics {
                if progress.markDone(topic.slug, in: roadmap.id, at: context.now) {
                    marked.append(topic)
                } else if let entry = progress.entry(for: topic.slug, in: roadmap.id) {
                    already.append((topic, entry))
                }
            }
            return (marked, already, progress)
        }
        let report = ProgressReport(roadmap: roadmap, progress: progress)
        return TextRenderer.doneReport(marked: marked, alreadyDone: already, report: report)
    }
}
