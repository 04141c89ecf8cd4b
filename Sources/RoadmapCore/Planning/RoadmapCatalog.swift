/// The roadmaps a learner can choose from, and which one a command works on.
public struct RoadmapCatalog: Sendable {
    /// Every available roadmap source, sorted by id.
    public let sources: [RoadmapSource]

    public init(sources: [RoadmapSource]) {
        self.sources = sources.sorted { $0.id < $1.id }
    }

    public var ids: [String] { sources.map(\.id) }

    /// The roadmap a fresh user starts with: the first by id.
    public var defaultID: String? { sources.first?.id }

    /// The source with this id, or ``RoadmapError/unknownRoadmap(id:available:)``.
    public func source(id: String) throws(RoadmapError) -> RoadmapSource {
        guard let source = sources.first(where: { $0.id == id }) else {
            throw .unknownRoadmap(id: id, available: ids)
        }
        return source
    }

    /// The id a command should use: the one named on the command line, else the active one
    /// recorded in progress (if it still exists), else the default.
    public func selectedID(named override: String?, progress: StudyProgress) -> String? {
        if let override { return override }
        if let active = progress.activeRoadmap, ids.contains(active) { return active }
        return defaultID
    }

    /// Parses the roadmap with this id.
    public func roadmap(id: String) throws(RoadmapError) -> Roadmap {
        try RoadmapParser.parse(source(id: id))
    }
}
