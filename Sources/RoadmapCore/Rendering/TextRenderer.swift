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

    /// `1 topic`, `3 topics`.
    public static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// `line` without the spaces that pad its last column. By byte when the character before
    /// them is ASCII (a space always starts a new character after one); otherwise by
    /// character, which keeps a space that joins the character before it.
    static func trimmingTrailingSpaces(_ line: String) -> String {
        let utf8 = line.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: " ") { end = utf8.index(before: end) }
        guard end < utf8.endIndex else { return line }
        if end == utf8.startIndex || utf8[utf8.index(before: end)] < 0x80 { return String(line[..<end]) }
        return String(line.reversed().drop { $0 == " " }.reversed())
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
