/// Strings in the order of their UTF-8 bytes (the order `JSONEncoder` gives sorted keys),
/// found quickly for the 100,000 topic slugs of a large progress file.
///
/// A radix sort on each key's first sixteen bytes, a byte at a time from the last (each pass is
/// stable, so earlier bytes decide), passing over the bytes every key shares (`topic-name-…`);
/// keys whose first sixteen bytes are the same are then ordered by all their bytes.
enum KeyOrder {
    /// The indices of `keys` in the order of the keys' UTF-8 bytes.
    static func indices(sorting keys: [String]) -> [Int] {
        var items = keys.indices.map { index in
            let words = keys[index].utf8.withContiguousStorageIfAvailable(ByteWords.sortingWords)
                ?? Array(keys[index].utf8.prefix(16)).withUnsafeBufferPointer(ByteWords.sortingWords)
            return (words: words, index: index)
        }
        var sorted = items
        var starts = [Int](repeating: 0, count: 257)
        for position in (0..<16).reversed() {
            let moved = items.withUnsafeBufferPointer { items in
                sorted.withUnsafeMutableBufferPointer { sorted in
                    starts.withUnsafeMutableBufferPointer { starts in
                        starts.update(repeating: 0)
                        for item in items { starts[Int(byte(position, of: item.words)) + 1] += 1 }
                        if starts.contains(items.count) { return false }  // every key has the same byte here
                        for value in 1...256 { starts[value] += starts[value - 1] }
                        for item in items {
                            let value = Int(byte(position, of: item.words))
                            sorted[starts[value]] = item
                            starts[value] += 1
                        }
                        return true
                    }
                }
            }
            if moved { swap(&items, &sorted) }
        }
        var start = 0
        while start < items.count {
            var end = start + 1
            while end < items.count, items[end].words == items[start].words { end += 1 }
            if end - start > 1 {
                items[start..<end].sort { keys[$0.index].utf8.lexicographicallyPrecedes(keys[$1.index].utf8) }
            }
            start = end
        }
        return items.map(\.index)
    }

    /// Byte `position` (0 to 15) of the sixteen that `words` hold.
    private static func byte(_ position: Int, of words: (UInt64, UInt64)) -> UInt8 {
        UInt8(truncatingIfNeeded: (position < 8 ? words.0 : words.1) >> (56 - 8 * (position % 8)))
    }
}
