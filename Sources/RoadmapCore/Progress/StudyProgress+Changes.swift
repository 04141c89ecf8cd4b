/// What one action did to each topic it was given.
public struct ActionOutcome: Equatable, Sendable {
    /// Topics whose entry changed.
    public var changed: [Topic] = []
    /// Topics left as they were, and why.
    public var unchanged: [(topic: Topic, reason: TopicAction.NoChange)] = []

    public static func == (lhs: ActionOutcome, rhs: ActionOutcome) -> Bool {
        lhs.changed == rhs.changed && lhs.unchanged.map(\.topic) == rhs.unchanged.map(\.topic)
            && lhs.unchanged.map(\.reason) == rhs.unchanged.map(\.reason)
    }
}

extension StudyProgress {
    /// Applies `action` to `topics` of the roadmap with id `roadmapID` at `date`, and records
    /// one history entry for everything that changed.
    @discardableResult
    public mutating func apply(_ action: TopicAction, to topics: [Topic], in roadmapID: String, at date: Timestamp) -> ActionOutcome {
        var outcome = ActionOutcome()
        var entries: [ProgressChange.Entry] = []
        for topic in topics {
            let slug = topic.slug.rawValue
            let before = roadmaps[roadmapID]?.topics[slug]
            switch action.apply(to: before, at: date) {
            case .success(let after):
                setEntry(after, for: slug, in: roadmapID)
                entries.append(ProgressChange.Entry(slug: slug, before: before, after: after))
                outcome.changed.append(topic)
            case .failure(let noChange):
                outcome.unchanged.append((topic, noChange.reason))
            }
        }
        if !entries.isEmpty {
            let names = outcome.changed.map { "\($0.position) \($0.title)" }
            var summary = "\(action.kind.rawValue) " + names.joined(separator: ", ")
            // One line, however many the note has: the history lists a change a line.
            if case .note(let text) = action { summary += ": \(text.onOneLine)" }
            history.append(ProgressChange(date: date, roadmap: roadmapID, action: action.kind, summary: summary, entries: entries))
        }
        return outcome
    }

    /// Marks a topic done at `date`, and says whether anything changed.
    @discardableResult
    public mutating func markDone(_ topic: Topic, in roadmapID: String, at date: Timestamp) -> Bool {
        !apply(.done, to: [topic], in: roadmapID, at: date).changed.isEmpty
    }

    /// Deletes every entry of a roadmap, recording the change so `undo` restores it; returns
    /// how many entries there were.
    public mutating func forgetProgress(of roadmapID: String, at date: Timestamp) -> Int {
        guard let topics = roadmaps[roadmapID]?.topics, !topics.isEmpty else { return 0 }
        let entries = topics.keys.sorted().map { ProgressChange.Entry(slug: $0, before: topics[$0], after: nil) }
        roadmaps[roadmapID] = nil
        history.append(ProgressChange(date: date, roadmap: roadmapID, action: .reset, summary: "forget all progress", entries: entries))
        return entries.count
    }

    /// Reverts the most recent change, or the most recent made on `roadmapID` when one is
    /// given, and returns it; nil when there is none. Changes on other roadmaps stay: each
    /// change touches the entries of its own roadmap only, so any one of them can be undone
    /// without the later ones on other roadmaps.
    public mutating func undoLastChange(in roadmapID: String? = nil) -> ProgressChange? {
        guard let index = history.lastIndex(where: { roadmapID == nil || $0.roadmap == roadmapID }) else { return nil }
        let change = history.remove(at: index)
        for entry in change.entries.reversed() {
            setEntry(entry.before, for: entry.slug, in: change.roadmap)
        }
        return change
    }
}
