/// A parsed study plan: phases of topics, with resources and time estimates.
public struct Roadmap: Sendable, Hashable {
    public var id: String
    public var title: String
    public var estimate: TimeEstimate?
    public var phases: [Phase]

    public init(id: String, title: String, estimate: TimeEstimate? = nil, phases: [Phase]) {
        self.id = id
        self.title = title
        self.estimate = estimate
        self.phases = phases
    }

    /// Every topic in roadmap order.
    public var topics: [Topic] { phases.flatMap(\.topics) }

    /// The number of topics across all phases.
    public var topicCount: Int { phases.reduce(0) { $0 + $1.topics.count } }

    /// The phase with the given number, if any.
    public func phase(numbered number: Int) -> Phase? {
        phases.first { $0.number == number }
    }

    /// The topic with the given slug and the phase that holds it.
    public func topic(withSlug slug: TopicSlug) -> (phase: Phase, topic: Topic)? {
        for phase in phases {
            if let topic = phase.topics.first(where: { $0.slug == slug }) { return (phase, topic) }
        }
        return nil
    }
}
