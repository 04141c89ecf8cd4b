#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import RoadmapCore

/// The interactive side of the terminal: whether a person can answer, and asking them.
struct Terminal {
    /// Colour and Unicode only when standard output is a terminal and neither `NO_COLOR`
    /// (any value), `--no-color` nor `TERM=dumb` asks otherwise; the width of the terminal,
    /// else `COLUMNS`, else 80; dates in the local time zone. Piped output is plain and
    /// stable for scripts.
    static func style(environment: Environment, noColorFlag: Bool) -> RenderStyle {
        let isTerminal = isatty(STDOUT_FILENO) == 1
        let fancy = isTerminal && environment["NO_COLOR"] == nil && !noColorFlag && environment["TERM"] != "dumb"
        var width = 80
        var size = winsize()
        if isTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            width = Int(size.ws_col)
        } else if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            width = columns
        }
        return RenderStyle(color: fancy, unicode: fancy, width: max(40, width), zone: SystemTime.zone)
    }

    /// True when standard input and standard error are both a terminal.
    var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1 }

    /// Asks a yes/no question on standard error; only `y` or `yes` is yes.
    func confirm(_ question: String) -> Bool {
        Output.write("\(question) [y/N] ", to: .standardError)
        guard let answer = readLine() else { return false }
        return ["y", "yes"].contains(answer.trimmingSpaces.lowercased())
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
