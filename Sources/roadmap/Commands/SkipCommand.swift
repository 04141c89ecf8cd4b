struct SkipCommand: Command {
    static let name = "skip"
    static let summary = "Skip topics; 'next' passes over them."
    static let usage = "roadmap skip <topic>... [--roadmap <id>]"
    static let details = """
        Arguments:
          <topic>  A topic id, slug or words from its title, as for 'roadmap done'.

        Skipped topics are counted apart from done ones. 'roadmap reset' undoes a skip.

        Example:
          roadmap skip "version control"
        """

    private let queries: [String]

    init(_ invocation: Invocation) throws(UsageError) {
        queries = try invocation.topicQueries(for: Self.self)
    }

    func run(in context: Context) throws -> String {
        try context.record(.skip, on: queries)
    }
}

extension Invocation {
    /// The topic arguments of a command that takes one or more.
    func topicQueries(for command: any Command.Type) throws(UsageError) -> [String] {
        try checkFlags(for: command)
        guard !arguments.isEmpty else {
            throw UsageError("missing <topic>: say which topic", command: command.name)
        }
        return arguments
    }
}
