/// The state of one topic: its status, when it was started and finished, and notes.
public struct TopicProgress: Codable, Equatable, Sendable {
    public enum Status: String, Codable, Sendable, CaseIterable {
        case notStarted = "not-started"
        case inProgress = "in-progress"
        case done
        case skipped
    }

    // Stored in this order, `status` sits in the padding after `started` (an optional date
    // takes 9 bytes of 16), so an entry takes 48 bytes, not 56 as with `status` first: a large
    // progress file holds 100,000 of them.
    /// When the status last changed.
    public var updated: Timestamp
    public var notes: [Note]
    public var started: Timestamp?
    public var status: Status
    public var finished: Timestamp?

    public init(status: Status, updated: Timestamp, started: Timestamp? = nil, finished: Timestamp? = nil, notes: [Note] = []) {
        self.status = status
        self.updated = updated
        self.started = started
        self.finished = finished
        self.notes = notes
    }

    private enum CodingKeys: String, CodingKey {
        case status, updated, started, finished, notes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.decode(Status.self, forKey: .status)
        updated = try container.decode(Timestamp.self, forKey: .updated)
        started = try container.decodeIfPresent(Timestamp.self, forKey: .started)
        // Version 1 files kept only `updated`, which for a done topic is when it was finished.
        finished = try container.decodeIfPresent(Timestamp.self, forKey: .finished) ?? (status == .done ? updated : nil)
        notes = try container.decodeIfPresent([Note].self, forKey: .notes) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encode(updated, forKey: .updated)
        try container.encodeIfPresent(started, forKey: .started)
        try container.encodeIfPresent(finished, forKey: .finished)
        if !notes.isEmpty { try container.encode(notes, forKey: .notes) }
    }
}

/// A dated note a learner attached to a topic.
public struct Note: Codable, Equatable, Sendable {
    public var date: Timestamp
    public var text: String

    public init(date: Timestamp, text: String) {
        self.date = date
        self.text = text
    }
}
