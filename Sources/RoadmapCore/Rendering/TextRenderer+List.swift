extension TextRenderer {
    /// The phases of a roadmap with their estimates and done counts; the current phase (that
    /// of the next topic) marked.
    public static func phaseList(_ report: ProgressReport, style: RenderStyle) -> String {
        let roadmap = report.roadmap
        var lines = [style.bold(style.fit(name(of: roadmap) + " - " + estimate(roadmap.estimate), style.width)), ""]
        let estimateWidth = report.phases.map { estimate($0.phase.estimate).count }.max() ?? 0
        let countWidth = report.phases.map { "\($0.done)/\($0.total)".count }.max() ?? 3
        let numberWidth = String(report.phases.count).count
        let titles = report.phases.map { $0.phase.title + ($0.phase.isOptional ? " (optional)" : "") }
        let available = style.width - (2 + numberWidth + 2 + 2 + estimateWidth + 2 + countWidth)
        let titleWidth = max(8, min(titles.map(\.count).max() ?? 0, available))
        for (count, title) in zip(report.phases, titles) {
            let phase = count.phase
            let isCurrent = phase.number == report.next?.phase.number
            let number = String(repeating: " ", count: numberWidth - String(phase.number).count) + String(phase.number)
            let line = "\(isCurrent ? ">" : " ") \(number)  \(pad(style.fit(title, titleWidth), titleWidth))  "
                + "\(pad(estimate(phase.estimate), estimateWidth))  \(count.done)/\(count.total)"
            lines.append(isCurrent ? style.bold(line) : line)
        }
        lines.append("")
        lines += style.wrap(progressLine(report))
        lines += unmatchedNote(report).flatMap { style.wrap($0) }
        return lines.joinedLines()
    }

    /// One phase's topics with ids, status marks and slugs.
    public static func phaseTopics(_ phase: Phase, report: ProgressReport, progress: StudyProgress, style: RenderStyle) -> String {
        var lines = [style.bold(style.fit(name(of: report.roadmap), style.width)), ""]
        lines += phaseBlock(phase, count: report.count(for: phase), report: report, progress: progress, style: style)
        return lines.joinedLines()
    }

    /// Every phase and topic.
    public static func tree(_ report: ProgressReport, progress: StudyProgress, style: RenderStyle) -> String {
        var lines = [style.bold(style.fit(name(of: report.roadmap) + " - " + estimate(report.roadmap.estimate), style.width))]
        // By the report's counts, which hold the phases in order: no phase is looked up.
        for count in report.phases {
            lines.append("")
            lines += phaseBlock(count.phase, count: count, report: report, progress: progress, style: style)
        }
        lines.append("")
        lines += style.wrap(progressLine(report))
        lines += unmatchedNote(report).flatMap { style.wrap($0) }
        return lines.joinedLines()
    }

    private static func phaseBlock(
        _ phase: Phase, count: ProgressReport.PhaseCount?, report: ProgressReport, progress: StudyProgress, style: RenderStyle
    ) -> [String] {
        let optional = phase.isOptional ? " (optional)" : ""
        let header = "Phase \(phase.number): \(phase.title)\(optional) - \(estimate(phase.estimate)) - \(count?.done ?? 0)/\(phase.topics.count) done"
        var lines = [style.bold(style.fit(header, style.width))]
        let idWidth = phase.topics.map(\.position.count).max() ?? 0
        let slugWidth = phase.topics.map(\.slug.rawValue.count).max() ?? 0
        let titles = phase.topics.map { $0.title + kindLabel($0) }
        // "  [x] 1.10  title  slug": the title gives way first, then the slug is cut.
        let fixed = 2 + 3 + 1 + idWidth + 2 + 2
        let titleWidth = max(12, min(titles.map(\.count).max() ?? 0, style.width - fixed - slugWidth))
        let slugRoom = max(8, style.width - fixed - titleWidth)
        for (topic, title) in zip(phase.topics, titles) {
            let status = progress.status(of: topic.slug, in: report.roadmap.id)
            let mark = status == .done ? style.green(mark(status)) : mark(status)
            let line = "  \(mark) \(pad(topic.position, idWidth))  \(pad(style.fit(title, titleWidth), titleWidth))  "
                + style.dim(style.fit(topic.slug.rawValue, slugRoom))
            lines.append(trimmingTrailingSpaces(line))
        }
        return lines
    }

    static func kindLabel(_ topic: Topic) -> String {
        topic.kind == .study ? "" : " (\(topic.kind.rawValue))"
    }
}
