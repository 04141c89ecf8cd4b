import RoadmapCore

/// A failure the user can fix, with the message to show (exit code 1).
struct CLIError: Error, Equatable {
    let message: String

    static func failure(_ message: String) -> CLIError { CLIError(message: message) }
}

/// Turns any error into the text and exit code the user sees. The one place errors are worded.
enum ErrorReport {
    static let usageExitCode: Int32 = 64
    static let failureExitCode: Int32 = 1

    static func describe(_ error: any Error) -> (message: String, exitCode: Int32) {
        switch error {
        case let error as UsageError:
            var text = "error: \(error.message)\n"
            if let command = error.command, let type = Commands.type(named: command) {
                text += "usage: \(type.usage)\n"
            } else {
                text += "usage: roadmap <command> [options]\n"
            }
            let help = error.command.map { "roadmap \($0) --help" } ?? "roadmap --help"
            text += "See '\(help)'.\n"
            return (text, usageExitCode)
        case let error as CLIError:
            return ("error: \(error.message)\n", failureExitCode)
        case let error as RoadmapError:
            return ("error: \(describe(error))\n", failureExitCode)
        case let error as ProgressError:
            return ("error: \(describe(error))\n", failureExitCode)
        default:
            return ("error: \(error)\n", failureExitCode)
        }
    }

    /// The warning for a roadmap a command over every roadmap left out, because it could not
    /// be read: what is wrong, and how to fix it or be rid of it.
    static func skipped(roadmap id: String, _ error: any Error) -> String {
        let problem = (error as? RoadmapError).map(describe) ?? "\(error)"
        return "warning: left out roadmap '\(id)': \(problem)\n"
            + "Fix the file, or remove the roadmap with: roadmap remove \(id)\n"
    }

    private static func describe(_ error: RoadmapError) -> String {
        switch error {
        case .noPhases(let file):
            return "\(file): no phases found. The parser looks for headings (#, ##, … or underlined) "
                + "or one-line bold paragraphs that name stages, such as '## Phase 1: Foundations (2 weeks)', "
                + "'Week 1-2', '**Step 3: Practice**' or '### Month 1', or else for several sections "
                + "under one title ('## Basics', '## Advanced'), each listing topics as bullets or sub-headings."
        case .tooLarge(let file, let bytes, let limit):
            return "\(file): too large to be a roadmap (\(bytes / 1_048_576) MiB; the limit is \(limit / 1_048_576) MiB); nothing was read"
        case .cannotRead(let file, let reason):
            return "\(file): cannot read: \(reason)"
        case .cannotWrite(let file, let reason):
            return "\(file): cannot write: \(reason)"
        case .unknownRoadmap(let id, let available):
            var text = "no roadmap named '\(id)'"
            let close = available.filter { EditDistanceHint.isClose(id, $0) }
            if let suggestion = close.first { text += "; did you mean '\(suggestion)'?" }
            return text + "\navailable: " + available.joined(separator: ", ")
        case .bundledID(let file, let id):
            return "\(file): its name gives the id '\(id)', which is a bundled roadmap's, and progress is kept by id; "
                + "rename the file, or add it under another id with 'roadmap add \(file.quotedForShell) --id <id>'"
        case .addedID(let file, let id):
            return "\(file): its name gives the id '\(id)', which is the id of a roadmap you added (roadmap keeps a copy of "
                + "its file), and progress is kept by id; use '--roadmap \(id)' for that one, rename this file, "
                + "or add it under another id with 'roadmap add \(file.quotedForShell) --id <id>'"
        }
    }

    private static func describe(_ error: ProgressError) -> String {
        switch error {
        case .unreadable(let path, let reason):
            return "\(path): cannot read progress: \(reason)\n"
                + "The file was left as it is. To start over, move it aside (mv '\(path)' '\(path).bad'); "
                + "to keep your progress, fix the file by hand."
        case .newerVersion(let path, let found, let supported):
            return "\(path): written by a newer roadmap (format version \(found); this one reads up to \(supported)). "
                + "Update roadmap; the file was left as it is."
        case .notAFolder(let path):
            return "\(path): is not a folder; roadmap keeps its data in a folder (set ROADMAP_HOME to a folder path)"
        case .folderUnavailable(let path, let reason):
            return "\(path): cannot use the data folder: \(reason)"
        case .cannotWrite(let path, let reason):
            return "\(path): cannot save progress: \(reason). Nothing was changed."
        }
    }
}

/// Whether two short words are a typo apart, for "did you mean" hints.
enum EditDistanceHint {
    static func isClose(_ typed: String, _ candidate: String) -> Bool {
        if candidate.hasPrefix(typed) || typed.hasPrefix(candidate) { return true }
        return EditDistance.between(typed, candidate) <= max(2, typed.count / 3)
    }
}
