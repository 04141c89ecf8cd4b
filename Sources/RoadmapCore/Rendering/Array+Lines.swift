extension [String] {
    /// The lines as one text, each ending in a line feed: `joined(separator: "\n") + "\n"`
    /// without the generic `joined`, in one allocation.
    func joinedLines() -> String {
        guard !isEmpty else { return "\n" }
        var count = self.count
        for line in self { count += line.utf8.count }
        var text = ""
        text.reserveCapacity(count)
        for line in self {
            text += line
            text += "\n"
        }
        return text
    }
}
