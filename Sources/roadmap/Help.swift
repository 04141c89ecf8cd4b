import RoadmapCore

/// The top-level help text and command suggestions.
enum Help {
    static let version = "0.1.0"

    static var overview: String {
        let width = Commands.visible.map { $0.name.count }.max() ?? 0
        let commands = Commands.visible.map { type in
            "  " + type.name + String(repeating: " ", count: width - type.name.count + 2) + type.summary
        }
        return header + "\nCommands:\n" + commands.joined(separator: "\n") + "\n\n" + footer
    }

    /// An option's lines in the footer: its description, then the commands that take it
    /// (from the commands themselves), wrapped at 80 columns under the description.
    private static func option(_ name: String, _ description: String, takenBy takes: (any Command.Type) -> Bool) -> String {
        let names = Commands.visible.filter { $0.name != HelpCommand.name && takes($0) }.map { $0.name }
        let words = description.split(separator: " ").map(String.init)
            + names.enumerated().map { $1 + ($0 == names.count - 1 ? "." : ",") }
        var lines = ["  " + name + String(repeating: " ", count: max(1, 16 - name.count))]
        for word in words {
            let last = lines[lines.count - 1]
            if last.count + 1 + word.count > 80 {
                lines.append(String(repeating: " ", count: 18) + word)
            } else {
                lines[lines.count - 1] += (last.hasSuffix(" ") ? "" : " ") + word
            }
        }
        return lines.joined(separator: "\n")
    }

    private static let header = """
        roadmap: track your progress through a learning roadmap.

        Usage: roadmap [<command>] [<arguments>] [options]
               roadmap with no command runs 'roadmap next'.

        """

    private static var footer: String {
        """
        Options:
        \(option("--roadmap <id>", "Work on another roadmap (an id or a Markdown file) without switching to it:", takenBy: { $0.acceptsRoadmap }))
        \(option("--json", "Print JSON for scripts:", takenBy: { $0.acceptsJSON }))
          -h, --help      Show help.
          --version       Show the version.

        Progress is kept in ~/.roadmap/progress.json (the folder is $ROADMAP_HOME when
        set).

        Exit codes: 0 success, 1 a failure you can fix (topic not found, unreadable
        progress file), 64 a usage error.

        Examples:
          roadmap next
          roadmap done linear-algebra
          roadmap list 2

        """
    }

    /// `; did you mean 'list'?` when a known command is close to `typed`.
    static func suggestion(for typed: String) -> String {
        let names = Commands.visible.map { $0.name }.filter { EditDistanceHint.isClose(typed, $0) }
        guard let close = names.min(by: { EditDistance.between(typed, $0) < EditDistance.between(typed, $1) }) else { return "" }
        return "; did you mean '\(close)'?"
    }
}
