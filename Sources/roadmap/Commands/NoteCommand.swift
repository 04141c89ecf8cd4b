struct NoteCommand: Command {
    static let name = "note"
    static let summary = "Add a dated note to a topic."
    static let usage = "roadmap note <topic> <text>... [--roadmap <id>]"
    static let details = """
        Arguments:
          <topic>  A topic id, slug or words from its title, as for 'roadmap done'.
          <text>   The note; several words are joined with spaces.

        'roadmap show <topic>' lists a topic's notes.

        Example:
          roadmap note calculus "chain rule finally clicked"
        """

    private let query: String
    private let text: String

    init(_ invocation: Invocation) throws(UsageError) {
        try invocation.checkFlags(for: Self.self)
        guard let query = invocation.arguments.first else {
            throw UsageError("missing <topic>: say which topic the note is for", command: Self.name)
        }
        let text = invocation.arguments.dropFirst().joined(separator: " ").trimmingSpaces
        guard !text.isEmpty else { throw UsageError("missing <text>: say what to note", command: Self.name) }
        self.query = query
        self.text = text
    }

    func run(in context: Context) throws -> String {
        try context.record(.note(text), on: [query])
    }
}
