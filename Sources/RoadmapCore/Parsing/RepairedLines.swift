/// A document's lines as ``TextRepair`` repairs them, made one at a time while the scanner
/// reads them: only a line that needs a repair is copied, so a large document is never
/// written out again whole.
///
/// A repair never reaches across a line: mojibake is made of characters from U+0080 up, and
/// the controls removed are single characters other than line breaks. So the lines repaired
/// one by one are the lines of the document repaired whole.
struct RepairedLines: ~Copyable {
    /// Where the repaired lines are written, one after another, a chunk at a time; kept until
    /// the reading is done.
    private var chunks: [UnsafeMutableBufferPointer<UInt8>] = []
    /// How many bytes of the last chunk are taken.
    private var used = 0
    /// Whether a repaired line holds `][` or `]()` (``ReferenceLinks/mentionsReferenceMarks(inText:)``).
    private(set) var mentionReferenceMarks = false

    /// The size of a chunk, unless a longer line needs more.
    static let chunkSize = 64 << 10

    init() {}

    deinit {
        for chunk in chunks { chunk.deallocate() }
    }

    /// `line` (up to its line feed) repaired, or `line` itself when it needs no repair. What
    /// comes back is valid while both `line`'s bytes and this value live.
    mutating func repairing(_ line: LineBytes) -> LineBytes {
        // A repaired line is never longer than it was.
        if chunks.isEmpty || chunks[chunks.count - 1].count - used < line.count {
            chunks.append(.allocate(capacity: max(Self.chunkSize, line.count)))
            used = 0
        }
        let room = UnsafeMutableBufferPointer(rebasing: chunks[chunks.count - 1][used..<(used + line.count)])
        guard let count = TextRepair.repair(UnsafeBufferPointer(rebasing: line), into: room) else { return line }
        used += count
        let text = UnsafeBufferPointer(rebasing: room[..<count])
        if ReferenceLinks.mentionsReferenceMarks(inText: text) { mentionReferenceMarks = true }
        return text[...]
    }
}
