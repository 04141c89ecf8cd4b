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

    /// The `--json` line of the footer, naming the commands that print JSON (from the
    /// commands themselves), wrapped at 80 columns under its description.
    private static var jsonOption: String {
        let names = Commands.visible.filter { $0.acceptsJSON }.map { $0.name }
        var lines = ["  --json          Print JSON for scripts:"]
        for (index, name) in names.enumerated() {
            let word = " " + name + (index == names.count - 1 ? "." : ",")
            if lines[lines.count - 1].count + word.count > 80 { lines.append(String(repeating: " ", count: 17)) }
            lines[lines.count - 1] += word
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
        Options for every command:
          --roadmap <id>  Work on another roadmap without switching to it.
        \(jsonOption)
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
