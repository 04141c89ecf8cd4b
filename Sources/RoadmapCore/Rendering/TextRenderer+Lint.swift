extension TextRenderer {
    /// What the parser read from a file, then its warnings as `warning: file:line: message`.
    public static func lint(_ roadmap: Roadmap, warnings: [ParseWarning], file: String, style: RenderStyle) -> String {
        let resources = roadmap.phases.reduce(0) { $0 + $1.resources.count + $1.topics.reduce(0) { $0 + $1.resources.count } }
        var lines = [
            "\(file): \(roadmap.title)",
            "id: \(roadmap.id)",
            "estimate: \(estimate(roadmap.estimate))",
            "\(counted(roadmap.phases.count, "phase")), \(counted(roadmap.topicCount, "topic")), \(counted(resources, "resource"))",
            "",
        ]
        let numberWidth = String(roadmap.phases.count).count
        let indent = String(repeating: " ", count: numberWidth + 4)
        for phase in roadmap.phases {
            let number = String(repeating: " ", count: numberWidth - String(phase.number).count) + String(phase.number)
            let resourceCount = phase.resources.count + phase.topics.reduce(0) { $0 + $1.resources.count }
            let optional = phase.isOptional ? " (optional)" : ""
            lines.append(style.fit("  \(number)  \(phase.title)\(optional)  (line \(phase.line))", style.width))
            lines += style.wrap("\(indent)\(estimate(phase.estimate)); \(counted(phase.topics.count, "topic")), "
                + "\(counted(resourceCount, "resource"))")
        }
        lines.append("")
        if warnings.isEmpty {
            lines.append("No warnings.")
        } else {
            // Whole lines, never wrapped: editors and scripts read `file:line:` from them.
            lines += warnings.map { "warning: \(file):\($0.line): \($0.message)" }
        }
        return lines.joinedLines()
    }
}
