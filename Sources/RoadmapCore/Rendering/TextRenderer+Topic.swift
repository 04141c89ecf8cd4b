extension TextRenderer {
    /// What to study next, with its phase, subtopics and resources, and the overall progress.
    public static func next(_ report: ProgressReport) -> String {
        guard let (phase, topic) = report.next else {
            return "All \(report.topicCount) topics of \(name(of: report.roadmap)) are done. Well done!\n"
                + progressLine(report) + "\n"
        }
        var lines = ["Next in \(name(of: report.roadmap)):", ""]
        lines += topicBody(topic, phase: phase, status: nil)
        lines.append("")
        let phaseCount = report.count(for: phase)
        lines.append(progressLine(report) + " - phase \(phase.number): \(phaseCount?.done ?? 0)/\(phase.topics.count)")
        lines += unmatchedNote(report)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Everything about one topic.
    public static func topic(_ topic: Topic, in roadmap: Roadmap, progress: StudyProgress) -> String {
        guard let (phase, _) = roadmap.topic(withSlug: topic.slug) else { return "" }
        let entry = progress.entry(for: topic.slug, in: roadmap.id)
        let status = entry.map { "done on \(day($0.updated))" } ?? "not started"
        var lines = ["\(name(of: roadmap))", ""]
        lines += topicBody(topic, phase: phase, status: status)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func topicBody(_ topic: Topic, phase: Phase, status: String?) -> [String] {
        var lines = ["  \(topic.position)  \(topic.title)\(kindLabel(topic))"]
        lines.append("  slug: \(topic.slug)")
        if let status { lines.append("  status: \(status)") }
        let optional = phase.isOptional ? " (optional)" : ""
        lines.append("  phase \(phase.number): \(phase.title)\(optional) - \(estimate(phase.estimate))")
        if !topic.subtopics.isEmpty {
            lines.append("")
            lines.append("  Subtopics:")
            lines += topic.subtopics.map { "    - \($0)" }
        }
        if !topic.resources.isEmpty {
            lines.append("")
            lines.append("  Resources:")
            lines += topic.resources.map { "    - " + resourceLine($0) }
        }
        if !phase.resources.isEmpty {
            lines.append("")
            lines.append("  Phase resources:")
            lines += phase.resources.map { "    - " + resourceLine($0) }
        }
        return lines
    }

    /// What `done` recorded: one line per topic, then the new progress.
    public static func doneReport(marked: [Topic], alreadyDone: [(Topic, TopicProgress)], report: ProgressReport) -> String {
        var lines: [String] = []
        for topic in marked { lines.append("Done: \(topic.position) \(topic.title)") }
        for (topic, entry) in alreadyDone {
            lines.append("Already done: \(topic.position) \(topic.title) (since \(day(entry.updated))); nothing changed")
        }
        lines.append(progressLine(report))
        if let (_, topic) = report.next {
            lines.append("Next: \(topic.position) \(topic.title)")
        } else {
            lines.append("Every topic of \(name(of: report.roadmap)) is done. Well done!")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The available roadmaps, the active one marked with `*`: id and title, then a line of
    /// phases, topics, estimate and progress.
    public static func roadmaps(_ reports: [ProgressReport], active: String?) -> String {
        let idWidth = reports.map(\.roadmap.id.count).max() ?? 0
        var lines: [String] = []
        for report in reports {
            let roadmap = report.roadmap
            let marker = roadmap.id == active ? "*" : " "
            lines.append("\(marker) \(pad(roadmap.id, idWidth))  \(roadmap.title)")
            let counts = "\(roadmap.phases.count) phases, \(report.topicCount) topics, \(estimate(roadmap.estimate))"
            lines.append("  \(pad("", idWidth))  \(counts); \(report.doneCount)/\(report.topicCount) done")
        }
        lines.append("")
        lines.append("* active. Switch with: roadmap use <id>")
        return lines.joined(separator: "\n") + "\n"
    }
}
