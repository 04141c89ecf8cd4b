/// A document's lines as ``TextRepair`` repairs them, made one at a time while the scanner
/// reads them: only a line that needs a repair is copied, so a large document is never
/// written out again whole.
///
/// A repair never reaches across a line: mojibake is made of characters from U+0080 up, and
/// the controls removed are single characters other than line breaks. So the lines repaired
/// one by one are the lines of the document repaired whole.
struct RepairedLines: ~Copyable {
    /// The repaired lines, kept until the reading is done.
    private var copies: [UnsafeMutableBufferPointer<UInt8>] = []
    /// Whether a repaired line holds `][` or `]()` (``ReferenceLinks/mentionsReferenceMarks(inText:)``).
    private(set) var mentionReferenceMarks = false

    init() {}

    deinit {
        for copy in copies { copy.deallocate() }
    }

    /// `line` (up to its line feed) repaired, or `line` itself when it needs no repair. What
    /// comes back is valid while both `line`'s bytes and this value live.
    mutating func repairing(_ line: LineBytes) -> LineBytes {
        guard let repaired = TextRepair.repaired(UnsafeBufferPointer(rebasing: line)) else { return line }
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: repaired.count)
        _ = copy.initialize(fromContentsOf: repaired)
        copies.append(copy)
        let text = UnsafeBufferPointer(copy)
        if ReferenceLinks.mentionsReferenceMarks(inText: text) { mentionReferenceMarks = true }
        return text[...]
    }
}
