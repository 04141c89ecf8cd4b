/// A stage of a roadmap: a step, week range, month or phase, holding its topics.
public struct Phase: Sendable, Hashable {
    /// `1`…`n`, in roadmap order.
    public var number: Int
    public var title: String
    public var estimate: TimeEstimate?
    /// What the roadmap says the phase is for, when it says so ("Goal: …").
    public var goals: [String]
    public var topics: [Topic]
    /// Resources that belong to the phase as a whole rather than to one topic.
    public var resources: [Resource]
    /// True for a phase the roadmap presents as extra ("Additional skills…").
    public var isOptional: Bool
    /// The line of the roadmap file that introduced the phase.
    public var line: Int

    public init(
        number: Int, title: String, estimate: TimeEstimate? = nil, goals: [String] = [],
        topics: [Topic] = [], resources: [Resource] = [], isOptional: Bool = false, line: Int = 0
    ) {
        self.number = number
        self.title = title
        self.estimate = estimate
        self.goals = goals
        self.topics = topics
        self.resources = resources
        self.isOptional = isOptional
        self.line = line
    }

    /// The phase id shown to users: its number as text.
    public var id: String { String(number) }
}
