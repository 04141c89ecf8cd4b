#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Everything a learner has recorded: which roadmap is active and, per roadmap, the state
/// of each topic, keyed by topic slug.
///
/// Stored as versioned JSON (see ``ProgressStore``). Entries whose slug no longer names a
/// topic are kept, so editing a roadmap never drops recorded work.
public struct StudyProgress: Codable, Equatable, Sendable {
    /// The format version this code writes. Files with a higher version are refused.
    public static let currentVersion = 1

    public var version: Int
    /// The roadmap commands use when none is named; nil until the learner picks one.
    public var activeRoadmap: String?
    public var roadmaps: [String: RoadmapProgress]

    public init(activeRoadmap: String? = nil, roadmaps: [String: RoadmapProgress] = [:]) {
        self.version = Self.currentVersion
        self.activeRoadmap = activeRoadmap
        self.roadmaps = roadmaps
    }

    /// The recorded state of one topic, if any.
    public func entry(for slug: TopicSlug, in roadmapID: String) -> TopicProgress? {
        roadmaps[roadmapID]?.topics[slug.rawValue]
    }

    /// Whether the topic is marked done.
    public func isDone(_ slug: TopicSlug, in roadmapID: String) -> Bool {
        entry(for: slug, in: roadmapID)?.status == .done
    }

    /// Marks a topic done at `date`, and says whether anything changed (false when it was
    /// already done; its original date is kept).
    @discardableResult
    public mutating func markDone(_ slug: TopicSlug, in roadmapID: String, at date: Date) -> Bool {
        if isDone(slug, in: roadmapID) { return false }
        roadmaps[roadmapID, default: RoadmapProgress()].topics[slug.rawValue] = TopicProgress(status: .done, updated: date)
        return true
    }

    private enum CodingKeys: String, CodingKey {
        case version, activeRoadmap, roadmaps
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decodeIfPresent(Int.self, forKey: .version) ?? 1
        activeRoadmap = try container.decodeIfPresent(String.self, forKey: .activeRoadmap)
        roadmaps = try container.decodeIfPresent([String: RoadmapProgress].self, forKey: .roadmaps) ?? [:]
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

/// The state of one topic and when it was last changed.
public struct TopicProgress: Codable, Equatable, Sendable {
    public enum Status: String, Codable, Sendable {
        case done
    }

    public var status: Status
    public var updated: Date

    public init(status: Status, updated: Date) {
        self.status = status
        self.updated = updated
    }
}
