/// Writes a roadmap and its progress as a Markdown checklist that reads back as the same
/// phases and topics: phases as `## Phase N: Title (estimate)` headings, topics as task
/// items (`- [x] Title (done 2026-11-22)`), subtopics nested, resources as links under a
/// `Resources:` item, notes under a `Notes:` item.
public enum MarkdownExporter {
    public static func export(_ roadmap: Roadmap, progress: StudyProgress, style: RenderStyle) -> String {
        var lines = ["# \(escaped(roadmap.title))", ""]
        if let estimate = roadmap.estimate, !estimate.text.isEmpty {
            lines += ["**Time estimate:** \(escaped(estimate.text))", ""]
        }
        for phase in roadmap.phases {
            var heading = "## Phase \(phase.number): \(escaped(phase.title))"
            if let estimate = phase.estimate { heading += " (\(escaped(estimate.text)))" }
            if phase.isOptional { heading += " (optional)" }
            lines += [heading, ""]
            for goal in phase.goals { lines += ["**Goal:** \(escaped(goal))", ""] }
            var kind = Topic.Kind.study
            for topic in phase.topics {
                if topic.kind != kind {
                    lines += ["", "**\(label(for: topic.kind)):**", ""]
                    kind = topic.kind
                }
                lines += item(topic, entry: progress.entry(for: topic.slug, in: roadmap.id), style: style)
            }
            if !phase.resources.isEmpty {
                lines += ["", "**Resources:**", ""]
                lines += phase.resources.map { "- " + link($0) }
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private static func item(_ topic: Topic, entry: TopicProgress?, style: RenderStyle) -> [String] {
        var line = "- [\(entry?.status == .done ? "x" : " ")] \(escaped(topic.title))"
        switch entry?.status {
        case .done?: line += " (done \(style.day(entry?.finished ?? entry!.updated)))"
        case .inProgress?: line += " (in progress since \(style.day(entry?.started ?? entry!.updated)))"
        case .skipped?: line += " (skipped)"
        default: break
        }
        var lines = [line]
        lines += topic.subtopics.map { "  - \(escaped($0))" }
        if !topic.resources.isEmpty {
            lines.append("  - Resources:")
            lines += topic.resources.map { "    - " + link($0) }
        }
        if let notes = entry?.notes, !notes.isEmpty {
            lines.append("  - Notes:")
            for note in notes {
                // A note's later lines stay inside its item, indented under its text, so a line
                // that starts like a list item does not read back as a topic.
                let noteLines = note.text.textLines
                lines.append("    - \(style.day(note.date)): \(escaped(String(noteLines[0])))")
                lines += noteLines.dropFirst().map { $0.isEmpty ? "" : "      " + escaped(String($0)) }
            }
        }
        return lines
    }

    private static func label(for kind: Topic.Kind) -> String {
        switch kind {
        case .study: "Topics"
        case .practice: "Practice"
        case .project: "Projects"
        }
    }

    private static func link(_ resource: Resource) -> String {
        guard let url = resource.url else { return escaped(resource.title) }
        return "[\(escaped(resource.title))](<\(url.replacing(every: ">", with: "%3E"))>)"
    }

    /// Markdown punctuation escaped so the text reads back as the same words.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
