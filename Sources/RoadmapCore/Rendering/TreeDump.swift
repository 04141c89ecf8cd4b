/// An indented text tree of a roadmap: every phase, topic, subtopic, resource and estimate.
///
/// Used for golden files: a diff of two dumps shows exactly what a parser change did.
public enum TreeDump {
    public static func render(_ roadmap: Roadmap) -> String {
        var lines: [String] = []
        lines.append("roadmap \(roadmap.id): \(roadmap.title)")
        lines.append("  estimate: \(describe(roadmap.estimate))")
        for phase in roadmap.phases {
            let optional = phase.isOptional ? " (optional)" : ""
            lines.append("  phase \(phase.number): \(phase.title)\(optional) [line \(phase.line)]")
            lines.append("    estimate: \(describe(phase.estimate))")
            for goal in phase.goals { lines.append("    goal: \(goal)") }
            for resource in phase.resources { lines.append("    resource: \(describe(resource))") }
            for topic in phase.topics {
                let kind = topic.kind == .study ? "" : " <\(topic.kind.rawValue)>"
                lines.append("    topic \(topic.position) \(topic.slug): \(topic.title)\(kind) [line \(topic.line)]")
                for subtopic in topic.subtopics { lines.append("      - \(subtopic)") }
                for resource in topic.resources { lines.append("      resource: \(describe(resource))") }
            }
        }
        return lines.joinedLines()
    }

    private static func describe(_ estimate: TimeEstimate?) -> String {
        guard let estimate else { return "none" }
        var parts = ["\"\(estimate.text)\""]
        if let min = estimate.minWeeks { parts.append("min \(EstimateFormatter.number(min))w") }
        if let max = estimate.maxWeeks { parts.append("max \(EstimateFormatter.number(max))w") }
        if estimate.isOngoing { parts.append("ongoing") }
        if let low = estimate.minHoursPerWeek, let high = estimate.maxHoursPerWeek {
            parts.append("\(EstimateFormatter.number(low))-\(EstimateFormatter.number(high)) h/week")
        }
        return parts.joined(separator: ", ")
    }

    private static func describe(_ resource: Resource) -> String {
        resource.url.map { "\(resource.title) <\($0)>" } ?? resource.title
    }
}
