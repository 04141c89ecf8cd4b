/// How terminal output may look: colour, Unicode symbols, the width to fit, and the time
/// zone dates are shown in.
///
/// The CLI decides from the terminal and `NO_COLOR`; the renderers only follow. ``plain`` is
/// what pipes and scripts get: no escape codes, ASCII decoration only.
public struct RenderStyle: Equatable, Sendable {
    public var color: Bool
    public var unicode: Bool
    public var width: Int
    /// The time zone dates are shown in. It is asked for an offset only when a date is shown.
    public var zone: LocalZone

    public init(color: Bool, unicode: Bool, width: Int, zone: LocalZone = .utc) {
        self.color = color
        self.unicode = unicode
        self.width = width
        self.zone = zone
    }

    /// No colour, ASCII only, 80 columns, dates in UTC.
    public static let plain = RenderStyle(color: false, unicode: false, width: 80)

    /// `2026-11-22`: the day `moment` falls on in ``zone``.
    func day(_ moment: Timestamp) -> String { zone.civilTime(at: moment).dayText }

    /// `2026-11-22 14:05` in ``zone``.
    func minute(_ moment: Timestamp) -> String { zone.civilTime(at: moment).minuteText }

    func bold(_ text: String) -> String { paint(text, "1") }
    func green(_ text: String) -> String { paint(text, "32") }
    func dim(_ text: String) -> String { paint(text, "2") }
    func cyan(_ text: String) -> String { paint(text, "36") }

    /// `text` in an SGR style, or as it is without colour; nothing for nothing.
    private func paint(_ text: String, _ code: String) -> String {
        color && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// The same style without colour, for text that is coloured as a whole.
    var uncoloured: RenderStyle {
        var style = self
        style.color = false
        return style
    }

    var ellipsis: String { unicode ? "…" : "..." }
    var dash: String { unicode ? "–" : "-" }

    /// `text` broken into lines of at most `width` characters at spaces; lines after the
    /// first start with `indent` more spaces than the first.
    func wrap(_ text: String, indent: Int = 2) -> [String] {
        // A character takes at least one byte, so text with no more bytes than columns fits.
        if text.utf8.count <= width { return [text] }
        if let lines = text.utf8.withContiguousStorageIfAvailable({ wrapASCII($0, indent: indent) }), let lines {
            return lines
        }
        if text.count <= width { return [text] }
        let leadingCount = text.prefix { $0 == " " }.count
        let leading = String(repeating: " ", count: leadingCount)
        let continuation = leading + String(repeating: " ", count: indent)
        // Words longer than a line (links) overflow rather than being cut.
        var lines: [String] = []
        var line = leading
        var lineCount = leadingCount
        var prefixCount = leadingCount
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let wordCount = word.count
            if lineCount > prefixCount, lineCount + 1 + wordCount > width {
                lines.append(line)
                line = continuation
                lineCount = continuation.count
                prefixCount = lineCount
            }
            if lineCount > prefixCount {
                line += " "
                lineCount += 1
            }
            line += word
            lineCount += wordCount
        }
        if lineCount > prefixCount { lines.append(line) }
        return lines
    }

    /// ``wrap(_:indent:)`` for ASCII text, where a byte is a character, by bytes; nil for
    /// other text (and for a carriage return, which makes one character with a line feed).
    private func wrapASCII(_ bytes: UnsafeBufferPointer<UInt8>, indent: Int) -> [String]? {
        let space = UInt8(ascii: " ")
        for byte in bytes where byte >= 0x80 || byte == UInt8(ascii: "\r") { return nil }
        var leadingCount = 0
        while leadingCount < bytes.count, bytes[leadingCount] == space { leadingCount += 1 }
        var lines: [String] = []
        var line: [UInt8] = []
        line.reserveCapacity(max(width, bytes.count) + leadingCount + indent)
        line.append(contentsOf: repeatElement(space, count: leadingCount))
        var prefixCount = leadingCount
        var index = leadingCount
        while index < bytes.count {
            if bytes[index] == space {
                index += 1
                continue
            }
            let start = index
            while index < bytes.count, bytes[index] != space { index += 1 }
            // Words longer than a line (links) overflow rather than being cut.
            if line.count > prefixCount, line.count + 1 + (index - start) > width {
                lines.append(String(decoding: line, as: UTF8.self))
                line.removeAll(keepingCapacity: true)
                prefixCount = leadingCount + indent
                line.append(contentsOf: repeatElement(space, count: prefixCount))
            }
            if line.count > prefixCount { line.append(space) }
            line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        }
        if line.count > prefixCount { lines.append(String(decoding: line, as: UTF8.self)) }
        return lines
    }

    /// `text` cut to `width` characters, ending in an ellipsis when cut.
    func fit(_ text: String, _ width: Int) -> String {
        guard text.count > width else { return text }
        guard width > ellipsis.count else { return String(text.prefix(width)) }
        return String(text.prefix(width - ellipsis.count)) + ellipsis
    }
}
