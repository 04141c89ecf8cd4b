import RoadmapCore

/// Turning what the user typed into topics, and the messages when it names none or several.
extension Context {
    /// The topics the queries name, each once, in the order first named.
    static func topics(matching queries: [String], in roadmap: Roadmap) throws(CLIError) -> [Topic] {
        var topics: [Topic] = []
        for query in queries {
            let topic = try topic(matching: query, in: roadmap)
            if !topics.contains(topic) { topics.append(topic) }
        }
        return topics
    }

    /// For a query written as a topic id (`3.7`, ` 12.1 `), how the roadmap numbers its
    /// topics there: `phase 3 has topics 3.1-3.5`, the phases' numbers when there is no phase
    /// 3, or the id meant when only zeros in front stood in the way (`01.2`). For a phase's
    /// number alone (`4`), that it is a phase and which topics it has. Nil for any other query.
    private static func numbering(ofPosition query: String, in roadmap: Roadmap) -> String? {
        guard let id = id(in: query) else { return nil }
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isWholeNumber } }) else { return nil }
        let phases = roadmap.phases.count
        guard let number = Int(parts[0]), number >= 1, number <= phases else {
            return phases == 1 ? "it has one phase, 1" : "its phases are numbered 1-\(phases)"
        }
        let topics = roadmap.phases[number - 1].topics
        guard parts.count == 2 else {
            guard let first = topics.first, let last = topics.last else { return "\(number) is a phase, with no topics" }
            let ids = first == last ? "its topic is \(first.position)" : "its topics are \(first.position)-\(last.position)"
            return "\(number) is a phase; \(ids) (roadmap list \(number))"
        }
        if let index = Int(parts[1]), index >= 1, index <= topics.count { return "did you mean \(topics[index - 1].position)?" }
        guard let first = topics.first, let last = topics.last else { return "phase \(number) has no topics" }
        return first == last ? "phase \(number) has one topic, \(first.position)" : "phase \(number) has topics \(first.position)-\(last.position)"
    }

    /// The id a query is written as: digits and dots, perhaps marked as lists and headings
    /// mark numbers (`#2`, `(2)`, `2.`, `2)`, `3.7:`), or nil (`H2O`, `.5`, two words).
    private static func id(in query: String) -> Substring? {
        let words = query.split(whereSeparator: \.isWhitespace)
        guard words.count == 1 else { return nil }
        var id = words[0]
        if let first = id.first, first == "#" || first == "(" { id.removeFirst() }
        while let last = id.last, last == "." || last == ")" || last == ":" { id.removeLast() }
        guard let first = id.first, first.isASCII, first.isWholeNumber,
            id.allSatisfy({ $0.isASCII && ($0.isWholeNumber || $0 == ".") })
        else { return nil }
        return id
    }

    /// A topic whose subtopic or resource holds the words of `query`, with the text that holds
    /// them, cut to 60 characters around them.
    private static func mention(_ hit: TopicSearch.Hit, of query: String) -> String {
        let place: String
        switch hit.field {
        case .title: place = hit.topic.slug.rawValue
        case .subtopic(let text): place = "subtopic: " + TopicSearch.excerpt(of: text, matching: query)
        case .resource(let resource): place = "resource: " + TopicSearch.excerpt(of: resource.title, matching: query)
        }
        return "  \(hit.topic.position)  \(hit.topic.title)  (\(place))"
    }

    /// One line for each topic, `  2.3  Title  (slug)`, the first ten and how many more.
    private static func lines(_ topics: [Topic]) -> String {
        let list = topics.prefix(10).map { "  \($0.position)  \($0.title)  (\($0.slug))" }
        let more = topics.count > 10 ? ["  … and \(topics.count - 10) more"] : []
        return (list + more).joined(separator: "\n")
    }

    /// Resolves what the user typed to one topic, or throws a message listing candidates.
    static func topic(matching query: String, in roadmap: Roadmap) throws(CLIError) -> Topic {
        switch roadmap.topic(matching: query) {
        case .found(let topic):
            return topic
        case .ambiguous(let candidates):
            throw .failure("\"\(query)\" matches \(candidates.count) topics in \(roadmap.id); say which one:\n" + Self.lines(candidates))
        case .notFound(let closest):
            var message = "no topic matches \"\(query)\" in \(roadmap.id)"
            if let position = Self.numbering(ofPosition: query, in: roadmap) {
                // `1.3` in a phase of two topics: say which ids there are. For a number alone
                // the closest topics are those with it among their title's words (`CIFAR-10`).
                message += "; " + position
                if !closest.isEmpty, let id = Self.id(in: query) {
                    message += "\nTopics with \(id) in their titles:\n" + Self.lines(closest)
                }
                throw .failure(message + "\n(see all topics with: roadmap list --all)")
            }
            if !closest.isEmpty {
                message += "; closest:\n" + Self.lines(closest)
            }
            // "linear" names no topic of a plan whose topic "Mathematics for ML" lists
            // "Linear Algebra" among its subtopics: the topics whose subtopics or resources
            // hold the words are offered too.
            let mentions = TopicSearch.search(query, in: [roadmap]).filter { !closest.contains($0.topic) }.prefix(3)
            if !mentions.isEmpty {
                message += "\nTopics that mention it:\n" + mentions.map { Self.mention($0, of: query) }.joined(separator: "\n")
            }
            message += "\n(see all topics with: roadmap list --all)"
            throw .failure(message)
        }
    }
}
