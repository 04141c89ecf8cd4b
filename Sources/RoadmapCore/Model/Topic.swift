/// One trackable item of study.
public struct Topic: Sendable, Hashable {
    /// What the roadmap says the item is for.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case study, practice, project
    }

    /// The positional id, `2.3` for the third topic of phase 2. Changes when the roadmap is reordered.
    public var position: String
    /// The stable identity under which progress is stored.
    public var slug: TopicSlug
    public var title: String
    public var kind: Kind
    public var subtopics: [String]
    public var resources: [Resource]
    /// True for a task item the roadmap itself ticks (`- [x]`); `roadmap add --import-done`
    /// records such topics as done.
    public var isCheckedInSource: Bool
    /// The line of the roadmap file that introduced the topic.
    public var line: Int

    public init(
        position: String, slug: TopicSlug, title: String, kind: Kind = .study,
        subtopics: [String] = [], resources: [Resource] = [], isCheckedInSource: Bool = false, line: Int = 0
    ) {
        self.position = position
        self.slug = slug
        self.title = title
        self.kind = kind
        self.subtopics = subtopics
        self.resources = resources
        self.isCheckedInSource = isCheckedInSource
        self.line = line
    }
}
