/// A table inside a phase whose rows are topics: a column named for topics (`Topic`,
/// `Skill`, `Subject`…) gives the titles, a resources column the links, and every other
/// column becomes a `Header: value` subtopic.
struct TopicTable {
    private let header: [String]
    private let titleColumn: Int
    private let resourcesColumn: Int?

    init?(header: [String]) {
        let names = header.map { Title.clean($0).lowercased() }
        let titleWords: Set<String> = ["topic", "topics", "skill", "skills", "subject", "subjects", "concept", "concepts", "title", "what", "lesson", "module", "task"]
        guard let title = names.firstIndex(where: { !Set(TopicSlug.words(of: $0)).isDisjoint(with: titleWords) }) else { return nil }
        self.header = header.map(Title.clean)
        titleColumn = title
        resourcesColumn = names.firstIndex { name in
            !Set(TopicSlug.words(of: name)).isDisjoint(with: ["resource", "resources", "link", "links", "material", "materials", "book", "books", "course", "courses"])
        }
    }

    func topic(from row: [String], line: Int) -> DraftTopic? {
        guard titleColumn < row.count else { return nil }
        let inline = InlineText(row[titleColumn].replacingBreaks(with: " "))
        var topic = DraftTopic(title: ItemReader.topicTitle(inline.plain), kind: .study, line: line)
        guard !topic.title.isEmpty else { return nil }
        for link in inline.links { topic.addResource(link) }
        for (column, cell) in row.enumerated() where column != titleColumn && column < header.count {
            let text = cell.replacingBreaks(with: "\n")
            if column == resourcesColumn {
                for part in text.split(separator: "\n") {
                    let links = InlineText(String(part)).links
                    if links.isEmpty {
                        let name = Title.clean(String(part))
                        if !name.isEmpty, name != "-" { topic.addResource(Resource(title: name)) }
                    } else {
                        links.forEach { topic.addResource($0) }
                    }
                }
            } else {
                let value = Title.clean(text.replacing(every: "\n", with: ", "))
                if !value.isEmpty, value != "-" { topic.addSubtopic("\(header[column]): \(value)") }
            }
        }
        return topic
    }
}
