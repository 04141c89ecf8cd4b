/// Levenshtein distance over UTF-8 bytes, for "did you mean" suggestions.
public enum EditDistance {
    /// The number of single-byte insertions, deletions and substitutions between two strings.
    public static func between(_ a: String, _ b: String) -> Int {
        between(a, b, atMost: .max)!
    }

    /// ``between(_:_:)`` when it is `limit` or less, else nil. Strings whose lengths differ by
    /// more than `limit` are not compared, and a comparison stops at the first row whose every
    /// entry is over `limit`: looking for the titles closest to a typo among 100,000 topics
    /// compares each of them against the few that could be close.
    public static func between(_ a: String, _ b: String, atMost limit: Int) -> Int? {
        var a = a, b = b
        return a.withUTF8 { a in b.withUTF8 { b in distance(a, b, atMost: limit) } }
    }

    private static func distance(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, atMost limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        // Two rows of the table, on the stack: the one before and the one being filled.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (b.count + 1)) { rows -> Int? in
            var previous = rows.baseAddress!
            var current = previous + (b.count + 1)
            for j in 0...b.count { previous[j] = j }
            for i in 1...a.count {
                current[0] = i
                var smallest = i
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    smallest = Swift.min(smallest, current[j])
                }
                // Every path to the end passes through this row.
                if smallest > limit { return nil }
                swap(&previous, &current)
            }
            return previous[b.count] <= limit ? previous[b.count] : nil
        }
    }
}
