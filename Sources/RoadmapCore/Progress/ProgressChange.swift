/// One recorded change: what a command did to which topics, with the entries before and
/// after, so `undo` can restore them exactly and `log` can tell the story.
public struct ProgressChange: Codable, Equatable, Sendable {
    /// One topic's entry before and after the change (nil: nothing recorded).
    public struct Entry: Codable, Equatable, Sendable {
        public var slug: String
        public var before: TopicProgress?
        public var after: TopicProgress?
    }

    public var date: Timestamp
    public var roadmap: String
    public var action: TopicAction.Kind
    /// What happened, in words: `done 1.1 Linear Algebra, 1.2 Calculus`.
    public var summary: String
    public var entries: [Entry]
}
