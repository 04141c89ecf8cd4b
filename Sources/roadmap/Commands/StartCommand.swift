struct StartCommand: Command {
    static let name = "start"
    static let summary = "Mark topics in progress; 'next' offers them first."
    static let usage = "roadmap start <topic>... [--roadmap <id>]"
    static let details = """
        Arguments:
          <topic>  A topic id, slug or words from its title, as for 'roadmap done'.

        Records today as your start day. A done topic is not restarted: reset it first.

        Example:
          roadmap start 2.1
        """

    private let queries: [String]

    init(_ invocation: Invocation) throws(UsageError) {
        queries = try invocation.topicQueries(for: Self.self)
    }

    func run(in context: Context) throws -> String {
        try context.record(.start, on: queries)
    }
}
