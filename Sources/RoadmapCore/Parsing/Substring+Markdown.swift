/// Readers for the rarer Markdown lines, which the line scanner reads as text rather than
/// bytes (see ``LineBytes`` for the rules it runs on every line).
extension Substring {
    /// `[label]: https://example.org "title"`: a link reference definition.
    var linkDefinition: (label: String, url: String)? {
        guard utf8.first == UInt8(ascii: "["), let close = utf8.firstIndex(of: UInt8(ascii: "]")), close > index(after: startIndex) else { return nil }
        let rest = self[index(after: close)...]
        guard rest.first == ":" else { return nil }
        let label = self[index(after: startIndex)..<close]
        var target = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
        if let space = target.firstIndex(where: { $0 == " " || $0 == "\t" }) { target = target[..<space] }
        if target.hasPrefix("<"), target.hasSuffix(">") { target = target.dropFirst().dropLast() }
        guard !target.isEmpty, !label.isEmpty else { return nil }
        return (label.lowercased(), String(target))
    }
}

extension StringProtocol {
    /// The text without spaces, tabs or newlines at either end.
    var trimmingSpace: String {
        let text = String(self)
        let ends: TrimmedEnds = text.withUTF8Bytes { bytes in
            guard let first = bytes.first, let last = bytes.last else { return .empty }
            // Most text has a printable ASCII character at each end: nothing to trim.
            if first < 0x80, !first.isASCIIWhiteSpace, last < 0x80, !last.isASCIIWhiteSpace { return .whole }
            guard let start = bytes.firstIndex(where: { !$0.isASCIIWhiteSpace }),
                let end = bytes.lastIndex(where: { !$0.isASCIIWhiteSpace })
            else { return .empty }
            // Other text at an end (rare) may be white space too, and is trimmed by character.
            return bytes[start] < 0x80 && bytes[end] < 0x80 ? .bytes(start, end) : .characters
        }
        switch ends {
        case .whole:
            return text
        case .empty:
            return ""
        case .bytes(let start, let end):
            let utf8 = text.utf8
            return String(text[utf8.index(utf8.startIndex, offsetBy: start)...utf8.index(utf8.startIndex, offsetBy: end)])
        case .characters:
            guard let start = text.firstIndex(where: { !$0.isWhitespace }),
                let end = text.lastIndex(where: { !$0.isWhitespace })
            else { return "" }
            return String(text[start...end])
        }
    }
}

/// What trimming finds at a text's ends: nothing to trim, nothing left, ASCII white space
/// to cut at these byte offsets (kept inclusive), or other text to read by character.
private enum TrimmedEnds {
    case whole, empty, bytes(Int, Int), characters
}
