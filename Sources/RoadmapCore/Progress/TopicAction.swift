/// Something a learner does to a topic.
public enum TopicAction: Equatable, Sendable {
    case start
    case done
    case skip
    /// Back to not started; notes are kept.
    case reset
    case note(String)

    public enum Kind: String, Codable, Sendable {
        case start, done, skip, reset, note
    }

    public var kind: Kind {
        switch self {
        case .start: .start
        case .done: .done
        case .skip: .skip
        case .reset: .reset
        case .note: .note
        }
    }

    /// Why an action changed nothing for a topic.
    public enum NoChange: Equatable, Sendable {
        case already(TopicProgress.Status, since: Timestamp?)
        /// Done topics are not started or skipped again without a reset.
        case isDone(since: Timestamp?)
    }

    /// The entry after this action, or why nothing changes.
    func apply(to entry: TopicProgress?, at date: Timestamp) -> Result<TopicProgress?, NoChangeError> {
        let status = entry?.status ?? .notStarted
        var next = entry ?? TopicProgress(status: .notStarted, updated: date)
        switch self {
        case .start:
            if status == .inProgress { return .failure(.init(.already(.inProgress, since: entry?.started))) }
            if status == .done { return .failure(.init(.isDone(since: entry?.finished))) }
            next.status = .inProgress
            next.started = date
            next.finished = nil
        case .done:
            if status == .done { return .failure(.init(.already(.done, since: entry?.finished))) }
            next.status = .done
            next.finished = date
        case .skip:
            if status == .skipped { return .failure(.init(.already(.skipped, since: entry?.updated))) }
            if status == .done { return .failure(.init(.isDone(since: entry?.finished))) }
            next.status = .skipped
            next.finished = nil
        case .reset:
            if status == .notStarted { return .failure(.init(.already(.notStarted, since: nil))) }
            next.status = .notStarted
            next.started = nil
            next.finished = nil
        case .note(let text):
            next.notes.append(Note(date: date, text: TextRepair.removingControlCharacters(text)))
            return .success(next)
        }
        next.updated = date
        // A topic back at the start with nothing to remember needs no entry.
        if next.status == .notStarted, next.notes.isEmpty { return .success(nil) }
        return .success(next)
    }

    /// `NoChange` as an error, so ``apply(to:at:)`` can return a `Result`.
    struct NoChangeError: Error {
        let reason: NoChange
        init(_ reason: NoChange) { self.reason = reason }
    }
}
