/// Readers for the rarer Markdown lines, which the line scanner reads as text rather than
/// bytes (see ``LineBytes`` for the rules it runs on every line).
extension Substring {
    /// `<h1 …>Title</h1>` on one line.
    var htmlHeading: (level: Int, text: String)? {
        guard utf8.first == UInt8(ascii: "<"), utf8.dropFirst().first?.asciiLowercased == UInt8(ascii: "h") else { return nil }
        let lower = self.lowercased()
        guard lower.hasPrefix("<h"), lower.count > 3 else { return nil }
        let digit = lower[lower.index(lower.startIndex, offsetBy: 2)]
        guard let level = digit.wholeNumberValue, (1...6).contains(level),
            let open = firstIndex(of: ">"),
            let close = lower.firstRange(of: "</h\(level)>")
        else { return nil }
        let start = index(after: open)
        let closeStart = index(startIndex, offsetBy: lower.distance(from: lower.startIndex, to: close.lowerBound))
        guard start <= closeStart else { return nil }
        return (level, String(self[start..<closeStart]))
    }

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
        let utf8 = text.utf8
        guard let (first, last) = text.withUTF8Bytes({ bytes in bytes.first.map { ($0, bytes[bytes.count - 1]) } }) else { return "" }
        // Most text has a printable ASCII character at each end: nothing to trim.
        if first < 0x80, !first.isASCIIWhiteSpace, last < 0x80, !last.isASCIIWhiteSpace { return text }
        // ASCII white space, trimmed by byte while no other text is at the ends.
        if let start = utf8.firstIndex(where: { !$0.isASCIIWhiteSpace }), utf8[start] < 0x80,
            let end = utf8.lastIndex(where: { !$0.isASCIIWhiteSpace }), utf8[end] < 0x80
        {
            return String(text[start...end])
        }
        if !utf8.contains(where: { !$0.isASCIIWhiteSpace }) { return "" }
        guard let start = firstIndex(where: { !$0.isWhitespace }),
            let end = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[start...end])
    }
}
