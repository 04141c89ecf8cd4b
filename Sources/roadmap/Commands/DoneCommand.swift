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
        queries = try invocation.topicQueries(for: Self.self)
    }

    func run(in context: Context) throws -> String {
        try context.record(.done, on: queries)
    }
}
