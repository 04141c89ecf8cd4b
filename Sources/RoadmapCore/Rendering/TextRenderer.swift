/// Renders the model as plain terminal text: stable, ASCII marks, one item per line, so the
/// output reads well on screen and in a pipe alike.
public enum TextRenderer {
    /// `Machine Learning Mastery Roadmap (ml-mastery)`.
    public static func name(of roadmap: Roadmap) -> String {
        "\(roadmap.title) (\(roadmap.id))"
    }

    /// `2-3 months`, or `no estimate`.
    public static func estimate(_ estimate: TimeEstimate?) -> String {
        guard let estimate else { return "no estimate" }
        return estimate.text
    }

    /// `Progress: 3/30 topics done (10%), 1 in progress, 2 skipped`: the counts that are not zero.
    public static func progressLine(_ report: ProgressReport) -> String {
        var line = "Progress: \(report.doneCount)/\(report.topicCount) topics done (\(report.percentDone)%)"
        if report.inProgressCount > 0 { line += ", \(report.inProgressCount) in progress" }
        if report.skippedCount > 0 { line += ", \(report.skippedCount) skipped" }
        return line
    }

    /// `[x]` done, `[>]` in progress, `[-]` skipped, `[ ]` not started.
    static func mark(_ status: TopicProgress.Status) -> String {
        switch status {
        case .done: "[x]"
        case .inProgress: "[>]"
        case .skipped: "[-]"
        case .notStarted: "[ ]"
        }
    }

    /// `done on 2026-11-22`, `in progress since 2026-11-20`, `skipped on …`, `not started`.
    static func statusText(_ entry: TopicProgress?, style: RenderStyle) -> String {
        guard let entry else { return "not started" }
        switch entry.status {
        case .done: return "done on \(style.day(entry.finished ?? entry.updated))"
        case .inProgress: return "in progress since \(style.day(entry.started ?? entry.updated))"
        case .skipped: return "skipped on \(style.day(entry.updated))"
        case .notStarted: return "not started"
        }
    }

    /// Left-aligns `text` in a column of `width` characters (fit it first to cut it).
    static func pad(_ text: String, _ width: Int) -> String {
        let count = text.count
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }

    static func resourceLine(_ resource: Resource) -> String {
        guard let url = resource.url else { return resource.title }
        return resource.title == Title.fromURL(url) ? url : "\(resource.title) - \(url)"
    }

    /// A note for recorded entries that name no topic of this roadmap any more.
    static func unmatchedNote(_ report: ProgressReport) -> [String] {
        guard !report.unmatchedEntries.isEmpty else { return [] }
        let count = report.unmatchedEntries.count
        return ["Note: \(count) recorded \(count == 1 ? "entry no longer matches a topic" : "entries no longer match a topic") "
            + "(kept): \(report.unmatchedEntries.joined(separator: ", "))"]
    }
}
