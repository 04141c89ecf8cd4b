/// Searching and replacing text character by character, with the standard library alone
/// (the string-processing module's `contains(_:)`, `ranges(of:)` and `replacing(_:with:)` are
/// not linked). Characters compare as `String` compares them: `é` written as one scalar or
/// as `e` and an accent is the same character.
extension StringProtocol {
    /// Whether `other` occurs in the text, starting at a character boundary.
    func contains(text other: some StringProtocol) -> Bool {
        firstRange(ofText: other) != nil
    }

    /// Where `other` first occurs in the text, or nil.
    func firstRange(ofText other: some StringProtocol) -> Range<Index>? {
        var start = startIndex
        while true {
            if let end = end(ofText: other, at: start) { return start..<end }
            guard start != endIndex else { return nil }
            formIndex(after: &start)
        }
    }

    /// Where `other` last occurs in the text, or nil.
    func lastRange(ofText other: some StringProtocol) -> Range<Index>? {
        var start = endIndex
        while true {
            if let end = end(ofText: other, at: start) { return start..<end }
            guard start != startIndex else { return nil }
            formIndex(before: &start)
        }
    }

    /// The text's lines (split at any line break, `\r\n` included), the empty ones kept.
    var textLines: [SubSequence] {
        split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    /// The text on one line: its lines joined with spaces, the empty ones left out.
    var onOneLine: String {
        split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// The text with every occurrence of `target` (from the start, not overlapping) replaced.
    func replacing(every target: some StringProtocol, with replacement: some StringProtocol) -> String {
        guard !target.isEmpty else { return String(self) }
        var result = ""
        var copied = startIndex
        var start = startIndex
        while start != endIndex {
            if let end = end(ofText: target, at: start) {
                result += self[copied..<start]
                result += replacement
                copied = end
                start = end
            } else {
                formIndex(after: &start)
            }
        }
        result += self[copied...]
        return result
    }

    /// Where `other` ends when it occurs at `start`, or nil.
    private func end(ofText other: some StringProtocol, at start: Index) -> Index? {
        var index = start
        for character in other {
            guard index != endIndex, self[index] == character else { return nil }
            formIndex(after: &index)
        }
        return index
    }
}
