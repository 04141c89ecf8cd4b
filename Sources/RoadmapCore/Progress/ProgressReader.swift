/// Reads ``StudyProgress`` from a parsed JSON document, with the same rules as its
/// `Codable` conformance (which still writes the file): missing optional keys take their
/// defaults, unknown keys are ignored, and a wrong shape is reported with where it is.
struct ProgressReader {
    /// A value of the wrong shape, with its place: `roadmaps.x.topics.a.status`.
    struct ShapeError: Error {
        let message: String
    }

    static func progress(from json: JSONValue) throws(ShapeError) -> StudyProgress {
        guard case .object(let root) = json else { throw ShapeError(message: "expected an object at the top level") }
        var progress = StudyProgress()
        progress.version = try int(root["version"], at: "version") ?? 1
        progress.activeRoadmap = try string(root["activeRoadmap"], at: "activeRoadmap")
        for (id, value) in try object(root["roadmaps"], at: "roadmaps") ?? [:] {
            let path = "roadmaps.\(id)"
            var topics: [String: TopicProgress] = [:]
            for (slug, entry) in try object(try object(value, at: path)?["topics"], at: "\(path).topics") ?? [:] {
                topics[slug] = try topic(entry, at: "\(path).topics.\(slug)")
            }
            progress.roadmaps[id] = RoadmapProgress(topics: topics)
        }
        for (offset, value) in (try array(root["history"], at: "history") ?? []).enumerated() {
            progress.history.append(try change(value, at: "history[\(offset)]"))
        }
        if let settings = try object(root["settings"], at: "settings") {
            progress.settings.hoursPerWeek = try number(settings["hoursPerWeek"], at: "settings.hoursPerWeek")
        }
        return progress
    }

    private static func topic(_ value: JSONValue, at path: String) throws(ShapeError) -> TopicProgress {
        guard let fields = try object(value, at: path) else { throw ShapeError(message: "expected an object at \(path)") }
        guard let statusText = try string(fields["status"], at: "\(path).status") else {
            throw ShapeError(message: "missing \"status\" at \(path)")
        }
        guard let status = TopicProgress.Status(rawValue: statusText) else {
            throw ShapeError(message: "unknown status \"\(statusText)\" at \(path).status")
        }
        guard let updated = try date(fields["updated"], at: "\(path).updated") else {
            throw ShapeError(message: "missing \"updated\" at \(path)")
        }
        var entry = TopicProgress(
            status: status, updated: updated, started: try date(fields["started"], at: "\(path).started"),
            finished: try date(fields["finished"], at: "\(path).finished"))
        // Version 1 files kept only `updated`, which for a done topic is when it was finished.
        if entry.finished == nil, status == .done { entry.finished = updated }
        for (offset, note) in (try array(fields["notes"], at: "\(path).notes") ?? []).enumerated() {
            let notePath = "\(path).notes[\(offset)]"
            guard let noteFields = try object(note, at: notePath), let noteDate = try date(noteFields["date"], at: "\(notePath).date"),
                let text = try string(noteFields["text"], at: "\(notePath).text")
            else { throw ShapeError(message: "a note needs \"date\" and \"text\" at \(notePath)") }
            entry.notes.append(Note(date: noteDate, text: text))
        }
        return entry
    }

    private static func change(_ value: JSONValue, at path: String) throws(ShapeError) -> ProgressChange {
        guard let fields = try object(value, at: path), let date = try date(fields["date"], at: "\(path).date"),
            let roadmap = try string(fields["roadmap"], at: "\(path).roadmap"),
            let actionText = try string(fields["action"], at: "\(path).action"),
            let action = TopicAction.Kind(rawValue: actionText)
        else { throw ShapeError(message: "a change needs \"date\", \"roadmap\" and a known \"action\" at \(path)") }
        var entries: [ProgressChange.Entry] = []
        for (offset, entry) in (try array(fields["entries"], at: "\(path).entries") ?? []).enumerated() {
            let entryPath = "\(path).entries[\(offset)]"
            guard let entryFields = try object(entry, at: entryPath), let slug = try string(entryFields["slug"], at: "\(entryPath).slug") else {
                throw ShapeError(message: "missing \"slug\" at \(entryPath)")
            }
            let before = try entryFields["before"].flatMap { value throws(ShapeError) in value == .null ? nil : try topic(value, at: "\(entryPath).before") }
            let after = try entryFields["after"].flatMap { value throws(ShapeError) in value == .null ? nil : try topic(value, at: "\(entryPath).after") }
            entries.append(ProgressChange.Entry(slug: slug, before: before, after: after))
        }
        return ProgressChange(date: date, roadmap: roadmap, action: action, summary: try string(fields["summary"], at: "\(path).summary") ?? "",
                              entries: entries)
    }

    // MARK: - Typed access; nil for a missing key or null

    private static func object(_ value: JSONValue?, at path: String) throws(ShapeError) -> [String: JSONValue]? {
        switch value {
        case nil, .null?: return nil
        case .object(let fields)?: return fields
        default: throw ShapeError(message: "expected an object at \(path)")
        }
    }

    private static func array(_ value: JSONValue?, at path: String) throws(ShapeError) -> [JSONValue]? {
        switch value {
        case nil, .null?: return nil
        case .array(let elements)?: return elements
        default: throw ShapeError(message: "expected an array at \(path)")
        }
    }

    private static func string(_ value: JSONValue?, at path: String) throws(ShapeError) -> String? {
        switch value {
        case nil, .null?: return nil
        case .string(let text)?: return text
        default: throw ShapeError(message: "expected a string at \(path)")
        }
    }

    private static func number(_ value: JSONValue?, at path: String) throws(ShapeError) -> Double? {
        switch value {
        case nil, .null?: return nil
        case .number(let number)?: return number
        default: throw ShapeError(message: "expected a number at \(path)")
        }
    }

    private static func int(_ value: JSONValue?, at path: String) throws(ShapeError) -> Int? {
        guard let number = try number(value, at: path) else { return nil }
        guard number == number.rounded(), abs(number) < 1e9 else { throw ShapeError(message: "expected a whole number at \(path)") }
        return Int(number)
    }

    private static func date(_ value: JSONValue?, at path: String) throws(ShapeError) -> Timestamp? {
        guard let text = try string(value, at: path) else { return nil }
        guard let date = ISO8601.timestamp(from: text) else {
            throw ShapeError(message: "expected an ISO 8601 date such as 2026-11-22T10:00:00Z at \(path), found \"\(text)\"")
        }
        return date
    }
}
