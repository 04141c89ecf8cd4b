extension TextRenderer {
    /// The phases of a roadmap with their estimates and done counts.
    public static func phaseList(_ report: ProgressReport) -> String {
        let roadmap = report.roadmap
        var lines = [name(of: roadmap) + " - " + estimate(roadmap.estimate), ""]
        let titleWidth = min(48, report.phases.map { $0.phase.title.count + ($0.phase.isOptional ? 11 : 0) }.max() ?? 0)
        let estimateWidth = report.phases.map { estimate($0.phase.estimate).count }.max() ?? 0
        for count in report.phases {
            let phase = count.phase
            let title = phase.title + (phase.isOptional ? " (optional)" : "")
            lines.append("  \(pad(String(phase.number), 2)) \(pad(title, titleWidth))  \(pad(estimate(phase.estimate), estimateWidth))  \(count.done)/\(count.total)")
        }
        lines.append("")
        lines.append(progressLine(report))
        lines += unmatchedNote(report)
        return lines.joined(separator: "\n") + "\n"
    }

    /// One phase's topics with ids, status marks and slugs.
    public static func phaseTopics(_ phase: Phase, report: ProgressReport, progress: StudyProgress) -> String {
        var lines = ["\(name(of: report.roadmap))", ""]
        lines += phaseBlock(phase, report: report, progress: progress)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every phase and topic.
    public static func tree(_ report: ProgressReport, progress: StudyProgress) -> String {
        var lines = [name(of: report.roadmap) + " - " + estimate(report.roadmap.estimate)]
        for phase in report.roadmap.phases {
            lines.append("")
            lines += phaseBlock(phase, report: report, progress: progress)
        }
        lines.append("")
        lines.append(progressLine(report))
        lines += unmatchedNote(report)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func phaseBlock(_ phase: Phase, report: ProgressReport, progress: StudyProgress) -> [String] {
        let count = report.count(for: phase)
        let optional = phase.isOptional ? " (optional)" : ""
        var lines = ["Phase \(phase.number): \(phase.title)\(optional) - \(estimate(phase.estimate)) - \(count?.done ?? 0)/\(phase.topics.count) done"]
        let idWidth = phase.topics.map(\.position.count).max() ?? 0
        let titleWidth = min(56, phase.topics.map { $0.title.count + kindLabel($0).count }.max() ?? 0)
        for topic in phase.topics {
            let status = progress.status(of: topic.slug, in: report.roadmap.id)
            let title = pad(topic.title + kindLabel(topic), titleWidth)
            lines.append("  \(mark(status)) \(pad(topic.position, idWidth))  \(title)  \(topic.slug)")
        }
        return lines
    }

    static func kindLabel(_ topic: Topic) -> String {
        topic.kind == .study ? "" : " (\(topic.kind.rawValue))"
    }
}
