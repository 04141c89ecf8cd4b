/// The quick way to read the progress file: ``StudyProgress`` straight from the bytes, with
/// no ``JSONValue`` tree in between (at 100,000 topics the file is 16 MB).
///
/// It reads what ``ProgressStore`` writes, and any other file ``ProgressReader`` accepts whose
/// keys are all known and none repeated. At anything else (broken JSON, a wrong shape, an
/// unknown or repeated key, an escape JSON does not define) it gives up and returns nil, and
/// the store reads the file the careful way, with ``JSONValue`` and ``ProgressReader``, which
/// either accept it or say what is wrong and where. So this reader never words an error, and
/// what it returns is what ``ProgressReader`` returns for the same bytes; the tests compare the
/// two on written, hand-written and mutated files.
struct ProgressScanner {
    /// The scanner met something it leaves to ``ProgressReader``.
    struct GaveUp: Error {}

    var tokens: JSONTokens
    /// The text of the last date read (in the file's bytes) and the date it gave.
    var lastDate: (text: UnsafeBufferPointer<UInt8>, date: Timestamp)?

    /// The progress in `bytes`, or nil when the careful reader has to look at them.
    static func progress(from bytes: [UInt8]) -> StudyProgress? {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = ProgressScanner(tokens: JSONTokens(buffer))
            return try? scanner.document()
        }
    }

    private mutating func document() throws(GaveUp) -> StudyProgress {
        var progress = StudyProgress()
        progress.version = 1
        var members = try tokens.open(.object)
        var seen = Field.Seen()
        while try members.next(&tokens) {
            switch try field(&seen) {
            case .version:
                guard !tokens.null() else { continue }
                let number = try tokens.number()
                guard number == number.rounded(), abs(number) < 1e9 else { throw GaveUp() }
                progress.version = Int(number)
            case .activeRoadmap: progress.activeRoadmap = tokens.null() ? nil : try tokens.string()
            case .roadmaps: progress.roadmaps = try roadmaps()
            case .history: progress.history = try history()
            case .settings:
                guard !tokens.null() else { continue }
                var fields = try tokens.open(.object)
                var seen = Field.Seen()
                while try fields.next(&tokens) {
                    guard try field(&seen) == .hoursPerWeek else { throw GaveUp() }
                    progress.settings.hoursPerWeek = tokens.null() ? nil : try tokens.number()
                }
            default: throw GaveUp()
            }
        }
        try tokens.end()
        return progress
    }

    private mutating func roadmaps() throws(GaveUp) -> [String: RoadmapProgress] {
        var roadmaps: [String: RoadmapProgress] = [:]
        guard !tokens.null() else { return roadmaps }
        var ids = try tokens.open(.object)
        while try ids.next(&tokens) {
            let id = try tokens.key().string
            var topics: [String: TopicProgress] = [:]
            if !tokens.null() {
                var fields = try tokens.open(.object)
                var seen = Field.Seen()
                while try fields.next(&tokens) {
                    guard try field(&seen) == .topics else { throw GaveUp() }
                    if !tokens.null() { topics = try self.topics() }
                }
            }
            guard roadmaps.updateValue(RoadmapProgress(topics: topics), forKey: id) == nil else { throw GaveUp() }
        }
        return roadmaps
    }

    private mutating func topics() throws(GaveUp) -> [String: TopicProgress] {
        // Collected first, so the dictionary is made once at its full size: growing it step by
        // step would hash every slug again and move every entry at each step.
        var entries: [(slug: String, entry: TopicProgress)] = []
        // Room for one entry per 64 bytes left (a written entry takes over 100), reserved
        // once; what is not used is never touched.
        entries.reserveCapacity(tokens.bytesLeft / 64)
        var slugs = try tokens.open(.object)
        while try slugs.next(&tokens) {
            entries.append((try tokens.key().string, try topic()))
        }
        var topics = [String: TopicProgress](minimumCapacity: entries.count)
        while let (slug, entry) = entries.popLast() {  // moved, not copied
            guard topics.updateValue(entry, forKey: slug) == nil else { throw GaveUp() }
        }
        return topics
    }

    private mutating func topic() throws(GaveUp) -> TopicProgress {
        var status: TopicProgress.Status?
        var updated: Timestamp?
        var started: Timestamp?
        var finished: Timestamp?
        var notes: [Note] = []
        var fields = try tokens.open(.object)
        var seen = Field.Seen()
        while try fields.next(&tokens) {
            switch try field(&seen) {
            case .status: status = try self.status()
            case .updated: updated = try self.date()
            case .started: started = tokens.null() ? nil : try self.date()
            case .finished: finished = tokens.null() ? nil : try self.date()
            case .notes: notes = tokens.null() ? [] : try self.notes()
            default: throw GaveUp()
            }
        }
        guard let status, let updated else { throw GaveUp() }
        // Version 1 files kept only `updated`, which for a done topic is when it was finished.
        if finished == nil, status == .done { finished = updated }
        return TopicProgress(status: status, updated: updated, started: started, finished: finished, notes: notes)
    }

    private mutating func notes() throws(GaveUp) -> [Note] {
        var notes: [Note] = []
        var elements = try tokens.open(.array)
        while try elements.next(&tokens) {
            var date: Timestamp?
            var text: String?
            var fields = try tokens.open(.object)
            var seen = Field.Seen()
            while try fields.next(&tokens) {
                switch try field(&seen) {
                case .date: date = try self.date()
                case .text: text = try tokens.string()
                default: throw GaveUp()
                }
            }
            guard let date, let text else { throw GaveUp() }
            notes.append(Note(date: date, text: text))
        }
        return notes
    }

    private mutating func history() throws(GaveUp) -> [ProgressChange] {
        var history: [ProgressChange] = []
        guard !tokens.null() else { return history }
        var elements = try tokens.open(.array)
        while try elements.next(&tokens) {
            history.append(try change())
        }
        return history
    }

    private mutating func change() throws(GaveUp) -> ProgressChange {
        var date: Timestamp?
        var roadmap: String?
        var action: TopicAction.Kind?
        var summary = ""
        var entries: [ProgressChange.Entry] = []
        var fields = try tokens.open(.object)
        var seen = Field.Seen()
        while try fields.next(&tokens) {
            switch try field(&seen) {
            case .date: date = try self.date()
            case .roadmap: roadmap = try tokens.string()
            case .action:
                guard let kind = TopicAction.Kind(rawValue: try tokens.string()) else { throw GaveUp() }
                action = kind
            case .summary: summary = tokens.null() ? "" : try tokens.string()
            case .entries: entries = tokens.null() ? [] : try self.entries()
            default: throw GaveUp()
            }
        }
        guard let date, let roadmap, let action else { throw GaveUp() }
        return ProgressChange(date: date, roadmap: roadmap, action: action, summary: summary, entries: entries)
    }

    private mutating func entries() throws(GaveUp) -> [ProgressChange.Entry] {
        var entries: [ProgressChange.Entry] = []
        var elements = try tokens.open(.array)
        while try elements.next(&tokens) {
            var slug: String?
            var before: TopicProgress?
            var after: TopicProgress?
            var fields = try tokens.open(.object)
            var seen = Field.Seen()
            while try fields.next(&tokens) {
                switch try field(&seen) {
                case .slug: slug = try tokens.string()
                case .before: before = tokens.null() ? nil : try topic()
                case .after: after = tokens.null() ? nil : try topic()
                default: throw GaveUp()
                }
            }
            guard let slug else { throw GaveUp() }
            entries.append(ProgressChange.Entry(slug: slug, before: before, after: after))
        }
        return entries
    }
}
