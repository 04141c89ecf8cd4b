/// A document's lines as ``TextRepair`` repairs them, made one at a time while the scanner
/// reads them: only a line that needs a repair is copied, so a large document is never
/// written out again whole.
///
/// A repair never reaches across a line: mojibake is made of characters from U+0080 up, and
/// the controls removed are single characters other than line breaks. So the lines repaired
/// one by one are the lines of the document repaired whole.
struct RepairedLines: ~Copyable {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Where the next repair may begin, at or after the lines read so far.
    private var nextPossibleRepair: Int?
    /// The repaired lines, kept until the reading is done.
    private var copies: [UnsafeMutableBufferPointer<UInt8>] = []
    /// Whether a repaired line holds `][` or `]()` (``ReferenceLinks/mentionsReferenceMarks(inText:)``).
    private(set) var mentionReferenceMarks = false

    /// Lines of well-formed UTF-8 `bytes`, which must outlive this value.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        nextPossibleRepair = TextRepair.firstPossibleRepair(in: bytes, from: 0)
    }

    deinit {
        for copy in copies { copy.deallocate() }
    }

    /// The line at `range` of the bytes (up to its line feed), repaired. Lines are asked for
    /// in order; what comes back is valid while this value lives.
    mutating func line(_ range: Range<Int>) -> LineBytes {
        guard let next = nextPossibleRepair, next < range.upperBound else { return bytes[range] }
        nextPossibleRepair = TextRepair.firstPossibleRepair(in: bytes, from: range.upperBound)
        guard let repaired = TextRepair.repaired(UnsafeBufferPointer(rebasing: bytes[range])) else { return bytes[range] }
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: repaired.count)
        _ = copy.initialize(from: repaired)
        copies.append(copy)
        let line = UnsafeBufferPointer(copy)
        if ReferenceLinks.mentionsReferenceMarks(inText: line) { mentionReferenceMarks = true }
        return line[...]
    }
}
