extension TextRenderer {
    /// What to study next, with its phase, subtopics and resources, and the overall progress.
    public static func next(_ report: ProgressReport, progress: StudyProgress, style: RenderStyle) -> String {
        guard let (phase, topic) = report.next else {
            let skipped = report.skippedCount > 0 ? " (\(report.skippedCount) of them skipped)" : ""
            return "Nothing left in \(name(of: report.roadmap)): all \(report.topicCount) topics are done or skipped\(skipped).\n"
                + progressLine(report) + "\n"
        }
        var lines = style.wrap("Next in \(name(of: report.roadmap)):")
        lines.append("")
        let entry = progress.entry(for: topic.slug, in: report.roadmap.id)
        lines += topicBody(topic, phase: phase, entry: entry, showStatus: entry != nil, style: style)
        lines.append("")
        let phaseCount = report.count(for: phase)
        lines += style.wrap(progressLine(report) + " - phase \(phase.number): \(phaseCount?.done ?? 0)/\(phase.topics.count)")
        lines += unmatchedNote(report).flatMap { style.wrap($0) }
        return lines.joinedLines()
    }

    /// Everything about one topic, with its status, dates and notes.
    public static func topic(_ topic: Topic, in roadmap: Roadmap, progress: StudyProgress, style: RenderStyle) -> String {
        guard let (phase, _) = roadmap.topic(withSlug: topic.slug) else { return "" }
        let entry = progress.entry(for: topic.slug, in: roadmap.id)
        var lines = [style.bold(style.fit(name(of: roadmap), style.width)), ""]
        lines += topicBody(topic, phase: phase, entry: entry, showStatus: true, style: style)
        if let entry, entry.started != nil || entry.finished != nil {
            lines.append("")
            if let started = entry.started { lines.append("  started:  \(style.day(started))") }
            if let finished = entry.finished { lines.append("  finished: \(style.day(finished))") }
        }
        if let notes = entry?.notes, !notes.isEmpty {
            lines.append("")
            lines.append("  Notes:")
            for note in notes {
                // Each line of a note wrapped on its own, its later lines under its text.
                let prefix = "    \(style.day(note.date))  "
                let noteLines = note.text.textLines
                lines += style.wrap(prefix + noteLines[0], indent: 12)
                let indent = String(repeating: " ", count: prefix.count)
                for line in noteLines.dropFirst() {
                    lines += line.isEmpty ? [""] : style.wrap(indent + line, indent: 0)
                }
            }
        }
        return lines.joinedLines()
    }

    private static func topicBody(_ topic: Topic, phase: Phase, entry: TopicProgress?, showStatus: Bool, style: RenderStyle) -> [String] {
        var lines = style.wrap("  \(topic.position)  \(topic.title)\(kindLabel(topic))", indent: 3 + topic.position.count).map(style.bold)
        lines.append("  slug: \(topic.slug)")
        if showStatus { lines.append("  status: \(statusText(entry, style: style))") }
        let optional = phase.isOptional ? " (optional)" : ""
        lines += style.wrap("  phase \(phase.number): \(phase.title)\(optional) - \(estimate(phase.estimate))", indent: 4)
        if !topic.subtopics.isEmpty {
            lines.append("")
            lines.append("  Subtopics:")
            lines += topic.subtopics.flatMap { style.wrap("    - \($0)") }
        }
        if !topic.resources.isEmpty {
            lines.append("")
            lines.append("  Resources:")
            lines += topic.resources.flatMap { style.wrap("    - " + resourceLine($0)) }
        }
        if !phase.resources.isEmpty {
            lines.append("")
            lines.append("  Phase resources:")
            lines += phase.resources.flatMap { style.wrap("    - " + resourceLine($0)) }
        }
        return lines
    }

    /// What a `start`, `done`, `skip`, `reset` or `note` recorded, topic by topic, then the
    /// new progress and what comes next.
    public static func actionReport(_ action: TopicAction, outcome: ActionOutcome, report: ProgressReport, style: RenderStyle) -> String {
        var lines: [String] = [name(of: report.roadmap)]
        let verb: String
        switch action {
        case .start: verb = "Started"
        case .done: verb = "Done"
        case .skip: verb = "Skipped"
        case .reset: verb = "Reset"
        case .note: verb = "Noted on"
        }
        for topic in outcome.changed { lines.append("\(verb): \(topic.position) \(topic.title)") }
        for (topic, reason) in outcome.unchanged {
            lines.append("Unchanged: \(topic.position) \(topic.title) is \(describe(reason, style: style))")
        }
        lines.append(progressLine(report))
        if let (_, topic) = report.next {
            lines.append("Next: \(topic.position) \(topic.title)")
        } else {
            lines.append("Nothing left: every topic is done or skipped.")
        }
        return lines.joinedLines()
    }

    private static func describe(_ reason: TopicAction.NoChange, style: RenderStyle) -> String {
        switch reason {
        case .already(.notStarted, _):
            return "not started"
        case .already(let status, let since):
            let state = status == .inProgress ? "in progress" : status.rawValue
            return "already \(state)" + (since.map { " since \(style.day($0))" } ?? "")
        case .isDone(let since):
            return "done" + (since.map { " since \(style.day($0))" } ?? "") + "; reset it first to work on it again"
        }
    }

    /// What `undo` reverted; `roadmapID` is the roadmap it was limited to, if any.
    public static func undoReport(_ change: ProgressChange?, in roadmapID: String? = nil, style: RenderStyle) -> String {
        guard let change else { return roadmapID.map { "Nothing to undo in \($0).\n" } ?? "Nothing to undo.\n" }
        return "Undid: \(change.summary.onOneLine) (\(change.roadmap), \(style.day(change.date)))\n"
    }

    /// The history of changes, newest first; `roadmap` is the one it was limited to, if any,
    /// by id and by the name the command line gave it, which the hint for older changes repeats.
    public static func log(
        _ history: [ProgressChange], limit: Int?, roadmap: (id: String, name: String)? = nil, style: RenderStyle
    ) -> String {
        guard !history.isEmpty else { return roadmap.map { "No changes recorded in \($0.id) yet.\n" } ?? "No changes recorded yet.\n" }
        let shown = history.reversed().prefix(limit ?? history.count)
        var lines = shown.map { change in
            // One line a change, also for a note recorded with its line breaks before they were
            // joined (`show` has the note whole).
            "\(style.minute(change.date))  \(change.roadmap)  \(change.summary.onOneLine)"
        }
        if shown.count < history.count {
            let command = roadmap.map { "roadmap log --all --roadmap \($0.name.quotedForShell)" } ?? "roadmap log --all"
            lines.append("… \(history.count - shown.count) older changes (\(command))")
        }
        return lines.joinedLines()
    }

    /// The available roadmaps, the active one marked with `*`: id and title, then a line of
    /// phases, topics, estimate and progress.
    public static func roadmaps(_ reports: [ProgressReport], active: String?, style: RenderStyle) -> String {
        let idWidth = reports.map(\.roadmap.id.count).max() ?? 0
        var lines: [String] = []
        for report in reports {
            let roadmap = report.roadmap
            let marker = roadmap.id == active ? "*" : " "
            let line = style.fit("\(marker) \(pad(roadmap.id, idWidth))  \(roadmap.title)", style.width)
            lines.append(roadmap.id == active ? style.bold(line) : line)
            let counts = "\(counted(roadmap.phases.count, "phase")), \(counted(report.topicCount, "topic")), \(estimate(roadmap.estimate))"
            lines += style.wrap("  \(pad("", idWidth))  \(report.doneCount)/\(report.topicCount) done; \(counts)", indent: 0)
        }
        lines.append("")
        // The active roadmap may be missing from the list (an added one that cannot be read).
        lines.append(reports.contains { $0.roadmap.id == active } ? "* active. Switch with: roadmap use <id>" : "Switch with: roadmap use <id>")
        return lines.joinedLines()
    }
}
