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

    /// The resources with a link that `roadmap open` offers for a topic: its own, or its
    /// phase's when it has none.
    public func links(for topic: Topic) -> [Resource] {
        let own = topic.resources.filter { $0.url != nil }
        if !own.isEmpty { return own }
        return self.topic(withSlug: topic.slug)?.phase.resources.filter { $0.url != nil } ?? []
    }

    /// The topic with the given slug and the phase that holds it.
    public func topic(withSlug slug: TopicSlug) -> (phase: Phase, topic: Topic)? {
        for phase in phases {
            if let topic = phase.topics.first(where: { $0.slug == slug }) { return (phase, topic) }
        }
        return nil
    }
}
