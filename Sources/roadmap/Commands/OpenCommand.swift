import RoadmapCore

struct OpenCommand: Command {
    static let name = "open"
    static let summary = "Open a topic's resource link in the browser."
    static let usage = "roadmap open <topic> [<n>] [--roadmap <id>]"
    static let details = """
        Arguments:
          <topic>  A topic id, slug or words from its title, as for 'roadmap done'.
          <n>      Which link to open: 1 (the default) is the topic's first resource
                   with a link; when the topic has none, its phase's resources are used.

        Opens the link with xdg-open (open on macOS), started directly, never through a
        shell. Only http and https links are opened. Without an opener, prints the link.

        Example:
          roadmap open numpy 2
        """

    private let query: String
    private let index: Int

    init(_ invocation: Invocation) throws(UsageError) {
        try invocation.checkFlags(for: Self.self)
        guard let query = invocation.arguments.first else {
            throw UsageError("missing <topic>: say which topic's link to open", command: Self.name)
        }
        try invocation.checkArgumentCount(atMost: 2, for: Self.self)
        if let text = invocation.arguments.dropFirst().first {
            guard let number = Int(text), number > 0 else { throw UsageError("'\(text)' is not a link number", command: Self.name) }
            index = number
        } else {
            index = 1
        }
        self.query = query
    }

    func run(in context: Context) throws -> String {
        let (roadmap, _) = try context.selectedRoadmap()
        let topic = try Context.topic(matching: query, in: roadmap)
        let links = roadmap.links(for: topic)
        guard !links.isEmpty else {
            throw CLIError.failure("\(topic.position) \(topic.title) has no resource with a link (see: roadmap show \(topic.slug))")
        }
        guard index <= links.count else {
            throw CLIError.failure("\(topic.position) \(topic.title) has \(links.count) link\(links.count == 1 ? "" : "s"); there is no link \(index)")
        }
        let resource = links[index - 1]
        guard let url = resource.url, resource.isWebLink else {
            throw CLIError.failure("not opening '\(resource.url ?? "")': only http and https links are opened")
        }
        guard let opener = context.opener else {
            return "No opener found (\(Opener.candidates.joined(separator: " or ")) is not on PATH). The link is:\n\(url)\n"
        }
        try opener.open(url)
        return "Opened \(resource.title): \(url)\n"
    }
}
