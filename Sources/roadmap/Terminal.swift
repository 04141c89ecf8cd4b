#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The interactive side of the terminal: whether a person can answer, and asking them.
struct Terminal {
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
