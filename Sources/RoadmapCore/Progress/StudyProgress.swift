/// Everything a learner has recorded: which roadmap is active, the state of each topic per
/// roadmap (keyed by topic slug), and the history of changes that `undo` walks back.
///
/// Stored as versioned JSON (see ``ProgressStore``). Entries whose slug no longer names a
/// topic are kept, so editing a roadmap never drops recorded work.
public struct StudyProgress: Codable, Equatable, Sendable {
    /// The format version this code writes. Files with a higher version are refused; older
    /// ones are read and rewritten in this version.
    public static let currentVersion = 2

    /// The version the data was read in; ``currentVersion`` once saved.
    public var version: Int
    /// The roadmap commands use when none is named; nil until the learner picks one.
    public var activeRoadmap: String?
    public var roadmaps: [String: RoadmapProgress]
    /// Every change made by a command, oldest first.
    public var history: [ProgressChange]
    public var settings: Settings

    public init(
        activeRoadmap: String? = nil, roadmaps: [String: RoadmapProgress] = [:], history: [ProgressChange] = [],
        settings: Settings = Settings()
    ) {
        self.version = Self.currentVersion
        self.activeRoadmap = activeRoadmap
        self.roadmaps = roadmaps
        self.history = history
        self.settings = settings
    }

    /// The recorded state of one topic, if any.
    public func entry(for slug: TopicSlug, in roadmapID: String) -> TopicProgress? {
        roadmaps[roadmapID]?.topics[slug.rawValue]
    }

    /// The topic's status; ``TopicProgress/Status/notStarted`` when nothing is recorded.
    public func status(of slug: TopicSlug, in roadmapID: String) -> TopicProgress.Status {
        entry(for: slug, in: roadmapID)?.status ?? .notStarted
    }

    /// Whether the topic is marked done.
    public func isDone(_ slug: TopicSlug, in roadmapID: String) -> Bool {
        status(of: slug, in: roadmapID) == .done
    }

    /// Replaces (or, with nil, removes) the entry of one topic.
    mutating func setEntry(_ entry: TopicProgress?, for slug: String, in roadmapID: String) {
        if let entry {
            roadmaps[roadmapID, default: RoadmapProgress()].topics[slug] = entry
        } else {
            roadmaps[roadmapID]?.topics[slug] = nil
            if roadmaps[roadmapID]?.topics.isEmpty == true { roadmaps[roadmapID] = nil }
        }
    }

    private enum CodingKeys: String, CodingKey {
        case version, activeRoadmap, roadmaps, history, settings
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decodeIfPresent(Int.self, forKey: .version) ?? 1
        activeRoadmap = try container.decodeIfPresent(String.self, forKey: .activeRoadmap)
        roadmaps = try container.decodeIfPresent([String: RoadmapProgress].self, forKey: .roadmaps) ?? [:]
        history = try container.decodeIfPresent([ProgressChange].self, forKey: .history) ?? []
        settings = try container.decodeIfPresent(Settings.self, forKey: .settings) ?? Settings()
    }
}

/// The recorded topics of one roadmap.
public struct RoadmapProgress: Codable, Equatable, Sendable {
    /// Keyed by topic slug.
    public var topics: [String: TopicProgress]

    public init(topics: [String: TopicProgress] = [:]) {
        self.topics = topics
    }
}
