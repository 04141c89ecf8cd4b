extension ProgressScanner {
    /// The keys of the progress format.
    enum Field: UInt8, CaseIterable {
        case version, activeRoadmap, roadmaps, history, settings, hoursPerWeek, topics
        case status, updated, started, finished, notes, date, text
        case roadmap, action, summary, entries, slug, before, after

        /// The fields an object has had so far.
        struct Seen {
            private var bits: UInt32 = 0

            /// Adds `field`; false when it was there already.
            mutating func insert(_ field: Field) -> Bool {
                let bit: UInt32 = 1 << field.rawValue
                defer { bits |= bit }
                return bits & bit == 0
            }
        }

        var name: StaticString {
            switch self {
            case .version: "version"
            case .activeRoadmap: "activeRoadmap"
            case .roadmaps: "roadmaps"
            case .history: "history"
            case .settings: "settings"
            case .hoursPerWeek: "hoursPerWeek"
            case .topics: "topics"
            case .status: "status"
            case .updated: "updated"
            case .started: "started"
            case .finished: "finished"
            case .notes: "notes"
            case .date: "date"
            case .text: "text"
            case .roadmap: "roadmap"
            case .action: "action"
            case .summary: "summary"
            case .entries: "entries"
            case .slug: "slug"
            case .before: "before"
            case .after: "after"
            }
        }

        /// The field named by `bytes`, if any.
        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let first = bytes.first, let last = bytes.last else { return nil }
            // Length, first and last letter tell the names apart; the whole name is compared below.
            let field: Field? =
                switch (bytes.count, first, last) {
                case (7, UInt8(ascii: "v"), _): .version
                case (13, _, _): .activeRoadmap
                case (8, UInt8(ascii: "r"), _): .roadmaps
                case (7, UInt8(ascii: "h"), _): .history
                case (8, UInt8(ascii: "s"), _): .settings
                case (12, _, _): .hoursPerWeek
                case (6, UInt8(ascii: "t"), _): .topics
                case (6, UInt8(ascii: "s"), _): .status
                case (7, UInt8(ascii: "u"), _): .updated
                case (7, UInt8(ascii: "s"), UInt8(ascii: "d")): .started
                case (8, UInt8(ascii: "f"), _): .finished
                case (5, UInt8(ascii: "n"), _): .notes
                case (4, UInt8(ascii: "d"), _): .date
                case (4, UInt8(ascii: "t"), _): .text
                case (7, UInt8(ascii: "r"), _): .roadmap
                case (6, UInt8(ascii: "a"), _): .action
                case (7, UInt8(ascii: "s"), UInt8(ascii: "y")): .summary
                case (7, UInt8(ascii: "e"), _): .entries
                case (4, UInt8(ascii: "s"), _): .slug
                case (6, UInt8(ascii: "b"), _): .before
                case (5, UInt8(ascii: "a"), _): .after
                default: nil
                }
            guard let field, ByteWords.same(bytes, field.name) else { return nil }
            self = field
        }
    }

    /// The next key of an object with fixed keys, and its `:`; gives up at an unknown key or
    /// one the object had already.
    mutating func field(_ seen: inout Field.Seen) throws(GaveUp) -> Field {
        guard let field = try tokens.key().withBytes(Field.init), seen.insert(field) else { throw GaveUp() }
        return field
    }

    mutating func status() throws(GaveUp) -> TopicProgress.Status {
        let status: TopicProgress.Status? = try tokens.text().withBytes { bytes in
            if ByteWords.same(bytes, "done") { .done }
            else if ByteWords.same(bytes, "not-started") { .notStarted }
            else if ByteWords.same(bytes, "in-progress") { .inProgress }
            else if ByteWords.same(bytes, "skipped") { .skipped }
            else { nil }
        }
        guard let status else { throw GaveUp() }
        return status
    }

    /// A date, read as ``ISO8601`` reads it. A topic's dates are often the same (a topic done
    /// at once is updated and finished together), so the last one read is kept.
    mutating func date() throws(GaveUp) -> Timestamp {
        let date: Timestamp?
        switch try tokens.text() {
        case .bytes(let bytes):
            if let lastDate, ByteWords.same(bytes, lastDate.text) { return lastDate.date }
            date = ISO8601.timestamp(from: bytes)
            if let date { lastDate = (bytes, date) }
        case .decoded(let text):
            date = ISO8601.timestamp(from: text)
        }
        guard let date else { throw GaveUp() }
        return date
    }
}
