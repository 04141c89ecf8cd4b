struct HelpCommand: Command {
    static let name = "help"
    static let summary = "Show help for roadmap or one of its commands."
    static let acceptsRoadmap = false
    static let usage = "roadmap help [<command>]"
    static let details = """
        Example:
          roadmap help done
        """

    private let topic: String?

    init(_ invocation: Invocation) throws(UsageError) {
        try invocation.checkFlags(for: Self.self)
        try invocation.checkArgumentCount(atMost: 1, for: Self.self)
        topic = invocation.arguments.first
        if let topic, Commands.type(named: topic) == nil {
            throw UsageError("unknown command '\(topic)'" + Help.suggestion(for: topic), command: Self.name)
        }
    }

    func run(in context: Context) throws -> String {
        guard let topic, let type = Commands.type(named: topic) else { return Help.overview }
        return type.help
    }
}
